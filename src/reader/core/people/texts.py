"""The two aligned copies of an article the rules read, and what a rule
proposes.

``plain`` is the text with URLs, e-mail addresses and terminal escapes
blanked out (the English rules, which need case, read it); ``folded`` is
``plain`` folded to Simplified, lower case and one kind of name dot (the
Chinese rules read it, so Traditional text needs no second set of tables).
Both have the text's length, so offsets are shared. A rule proposes
:class:`Proposal` s (a span, its folded form, and whether the evidence alone
is enough) and :class:`Link` s (two forms that name the same person, as
奥特曼 and Sam Altman in ``奥特曼(Sam Altman)``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.core.folding import fold
from reader.core.people.names import (
    CJK,
    NAME_DOTS,
)
from reader.core.sanitize import ESCAPE_SEQUENCES

DOT = "·"
# The tagger's words by start: (end, tag).
WordTags = dict[int, tuple[int, str]]
_DOT_TABLE = str.maketrans({d: DOT for d in NAME_DOTS})
_ANSI_RE = ESCAPE_SEQUENCES
# Both branches start at a literal and match a bounded character class, so
# the cost is linear (a bare ``\S+@`` retried a whole space-free paragraph
# from each of its positions). The e-mail branch only runs where ``@`` occurs.
_URL_RE = re.compile(r"(?:https?://|www\.)[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+", re.IGNORECASE)
_EMAIL_RE = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63})*\.[A-Za-z]{2,}"
)
HAN_RUN_RE = re.compile(f"[{CJK}]+")
_LOWER_WORD_RE = re.compile(r"(?<![A-Za-zÀ-ÿ])[a-zß-ÿ]{2,}(?![A-Za-zÀ-ÿ])")


@dataclass(frozen=True, slots=True)
class Proposal:
    start: int
    end: int
    form: str  # folded, the identity used for merging
    strong: bool  # enough evidence on its own
    latin: bool = False


@dataclass(frozen=True, slots=True)
class Link:
    a: str
    b: str


@dataclass
class Texts:
    """The aligned copies the rules read."""

    plain: str
    folded: str
    lower_words: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, text: str) -> Texts:
        def blank(m: re.Match[str]) -> str:
            return " " * len(m.group())

        plain = text
        if "\x1b" in plain:
            plain = _ANSI_RE.sub(blank, plain)
        if "://" in plain or "www." in plain or "WWW." in plain:
            plain = _URL_RE.sub(blank, plain)
        if "@" in plain:
            plain = _EMAIL_RE.sub(blank, plain)
        folded = fold(plain).translate(_DOT_TABLE)
        return cls(plain, folded, frozenset(_LOWER_WORD_RE.findall(plain)))


def occurrences(folded: str, forms: set[str]) -> dict[str, int]:
    """How often each form occurs in the text, in one pass per form length
    (a ``count`` per form is quadratic when a long text has many)."""
    counts = dict.fromkeys(forms, 0)
    if not forms:
        return counts
    for length in {len(f) for f in forms}:
        firsts = "".join(sorted({f[0] for f in forms if len(f) == length}))
        for m in re.finditer(f"[{re.escape(firsts)}]", folded):
            piece = folded[m.start() : m.start() + length]
            if piece in counts:
                counts[piece] += 1
    return counts


# A text at least this long keeps each form's starts (see ``starts``).
_MEMO_CHARS = 20_000
# (the last long text and its forms' starts, swapped whole: a thread never pairs one text's starts with another's)
_memo: tuple[str, dict[str, list[int]]] = ("", {})


def starts(text: str, sub: str) -> list[int]:
    """Where ``sub`` (not empty) starts in ``text``, left to right and not
    overlapping, as ``re.finditer(re.escape(sub), text)`` finds it.

    A long text's answers are kept until another long text is asked about:
    several rules ask for the same form's starts, and each answer is a scan
    of the whole text (a 2 MB article's people took 9 s of such scans)."""
    global _memo
    if len(text) >= _MEMO_CHARS:
        memo = _memo
        if memo[0] is not text:
            memo = _memo = (text, {})
        known = memo[1].get(sub)
        if known is None:
            known = memo[1][sub] = _scan(text, sub)
        return known
    return _scan(text, sub)


# How far after a mention its bracketed gloss may close (its other name in Latin letters).
_GLOSS_REACH = 40


def latin_glosses(folded: str, forms: set[str], heads: set[str]) -> set[str]:
    """The Latin-letter forms among ``forms`` written in brackets right after
    a mention of one of ``heads`` (伊達邵（Ita Thaw）, 蓝花糯米糕(Kueh Salat)):
    the head's name in another script, the same kind of thing as the head."""
    latin = {f.lower(): f for f in forms if f.isascii() and any(c.isalpha() for c in f)}
    if not latin or not heads:
        return set()
    found = set()
    for head in heads:
        for s in starts(folded, head):
            at = s + len(head)
            close = folded.find(")", at, at + _GLOSS_REACH) if folded[at : at + 1] == "(" else -1
            if close != -1 and (f := latin.get(folded[at + 1 : close].strip())) is not None:
                found.add(f)
    return found


def _scan(text: str, sub: str) -> list[int]:
    out = []
    at = text.find(sub)
    while at >= 0:
        out.append(at)
        at = text.find(sub, at + len(sub))
    return out


def every_start(text: str, sub: str) -> list[int]:
    """Where ``sub`` (not empty) starts in ``text``, overlapping starts too
    (哈哈 in 哈哈哈: 0 and 1); not kept, unlike :func:`starts`."""
    out = []
    at = text.find(sub)
    while at >= 0:
        out.append(at)
        at = text.find(sub, at + 1)
    return out


def only_there(folded: str, counted: dict[str, int]) -> set[str]:
    """The forms that ``counted`` found as often as the text names them: a
    form named only in the places a rule counted (a sponsors' list, a
    table's cells) and nowhere else."""
    return {form for form, n in counted.items() if folded.count(form) == n}


class CappedCounts:
    """``folded.count(form)`` for rare rule checks, memoised, and at most
    ``cap`` distinct forms per text (beyond that: None), so a hostile page
    with thousands of candidates stays linear."""

    def __init__(self, folded: str, cap: int = 64) -> None:
        self._folded = folded
        self._cap = cap
        self._seen: dict[str, int] = {}

    def __call__(self, form: str) -> int | None:
        n = self._seen.get(form)
        if n is None:
            if len(self._seen) >= self._cap:
                return None
            n = self._seen[form] = self._folded.count(form)
        return n
