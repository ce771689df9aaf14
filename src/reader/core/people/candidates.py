"""The rules that propose names in an article, each with its evidence.

Rules run over two aligned copies of the text (same length, so offsets are
shared): ``plain`` is the text with URLs blanked out (English rules, which
need case), and ``folded`` is ``plain`` folded to Simplified, lower case and
one kind of name dot (Chinese rules, so Traditional text needs no second set
of tables). A rule proposes :class:`Proposal` s (a span, its folded form and
whether the evidence alone is enough) and :class:`Link` s (two forms that
name the same person, e.g. 奥特曼 and Sam Altman in ``奥特曼(Sam Altman)``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from reader.core.people import lexicon
from reader.core.people.lexicon import EVERYDAY, FREQUENT, WORD
from reader.core.people.names import (
    AFTER_CUES,
    BEFORE_CUES,
    CJK,
    COMMON_SURNAMES,
    COMPOUND_SURNAMES,
    CUED_SURNAMES,
    EN_ORG_WORDS,
    EN_RUN_RE,
    HARD_NOT_IN_GIVEN_NAME,
    JAPANESE_SURNAMES,
    LIST_CUES,
    NAME_DOTS,
    NAME_PARTICLES,
    NAMED_AFTER,
    NOT_IN_GIVEN_NAME,
    SOFT_IN_GIVEN_NAME,
    SURNAMES,
    TRANSLIT_CHARS,
    is_english_stopword,
    is_han,
    surname_length,
    translit_prefix,
    translit_suffix,
)
from reader.core.script import fold

DOT = "·"
_DOT_TABLE = str.maketrans({d: DOT for d in NAME_DOTS})
_ANSI_RE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\x1b\][^\x07]*\x07")
# Both branches start at a literal and match a bounded character class, so
# the cost is linear (a bare ``\S+@`` retried a whole space-free paragraph
# from each of its positions). The e-mail branch only runs where ``@`` occurs.
_URL_RE = re.compile(r"(?:https?://|www\.)[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+", re.I)
_EMAIL_RE = re.compile(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63})*\.[A-Za-z]{2,}")
_HAN_RUN_RE = re.compile(f"[{CJK}]+")
_SURNAME_START_RE = re.compile(
    "[" + re.escape("".join(sorted(SURNAMES | {s[0] for s in COMPOUND_SURNAMES | JAPANESE_SURNAMES}))) + "]"
)
# Parts may hold a hyphen (尚-皮耶·杜蒙, 让·皮萨尼-费里), as French names do.
# Anchored at the start of a Han run and possessive: a long run without a dot
# is read once, not once from each of its characters (that was quadratic).
_DOTTED_RE = re.compile(f"(?<![{CJK}\\-－])[{CJK}]++(?:[-－][{CJK}]++)*+(?:{DOT}[{CJK}]++(?:[-－][{CJK}]++)*+)++")
_HYPHENS = "-－"
_PAREN_EN_RE = re.compile(r"[（(]\s*([A-ZÀ-Þ][A-Za-zÀ-ÿ.'’\- ]{1,60}?)\s*[)）]")
_SEPARATORS = "：:|丨/ \u3000"
_PUNCT = set("，。；：！？、,.;:!?)）」』”’\"》\n")
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
        blank = lambda m: " " * len(m.group())  # noqa: E731 - keeps offsets
        plain = text
        if "\x1b" in plain:
            plain = _ANSI_RE.sub(blank, plain)
        if "://" in plain or "www." in plain or "WWW." in plain:
            plain = _URL_RE.sub(blank, plain)
        if "@" in plain:
            plain = _EMAIL_RE.sub(blank, plain)
        folded = fold(plain).translate(_DOT_TABLE)
        return cls(plain, folded, frozenset(_LOWER_WORD_RE.findall(plain)))


# --------------------------------------------------------------------------
# Context cues


def cue_after(folded: str, end: int) -> bool:
    """A speech verb or a title right after the name (表示, 说, 教授)."""
    if not folded.startswith(AFTER_CUES, end):
        return False
    # 武侠小说: the "cue" is the end of a common word, not a verb after a name.
    return not (end > 0 and lexicon.is_common_word(folded[end - 1 : end + 1], EVERYDAY))


_BEFORE_MATCH = tuple(c.lower() for c in BEFORE_CUES)  # folded text is lower case
_AFTER_RE = re.compile("|".join(map(re.escape, AFTER_CUES)))
_BEFORE_RE = re.compile("|".join(map(re.escape, _BEFORE_MATCH)))


def cue_before(folded: str, start: int) -> bool:
    """A title, job or byline right before the name (separators allowed)."""
    i = start
    while i > 0 and start - i < 2 and folded[i - 1] in _SEPARATORS:
        i -= 1
    return folded.endswith(_BEFORE_MATCH, max(0, i - 6), i)


def interview_label(folded: str, start: int, end: int) -> bool:
    """``田渊栋：`` at the start of a paragraph."""
    return (start == 0 or folded[start - 1] == "\n") and folded[end : end + 1] in ("：", ":")


def clause_has_list_cue(folded: str, start: int) -> bool:
    i = start
    while i > 0 and folded[i - 1] not in _PUNCT and start - i < 12:
        i -= 1
    return any(cue in folded[i:start] for cue in LIST_CUES if len(cue) > 1) or (
        start > 0 and folded[start - 1] in "、和与及"
    )


def boundary_after(folded: str, end: int) -> bool:
    """The name can stop here: punctuation, Latin, a particle, or the end."""
    if end >= len(folded):
        return True
    ch = folded[end]
    if not is_han(ch) or ch in NOT_IN_GIVEN_NAME or cue_after(folded, end):
        return True
    # A word starts right after (赵勇赛后, 司徒嘉欣台北): the name ended.
    return lexicon.is_common_word(folded[end : end + 2], WORD)


def named_after(folded: str, end: int) -> bool:
    """The name is part of an institution's, a prize's or a law's name."""
    return folded.startswith(NAMED_AFTER, end)


def glued_to_neighbours(folded: str, start: int, end: int) -> bool:
    """The name's first or last character forms a common word with the
    character beside it (四川普通 -> 川普 is no name), unless a cue stands
    there (许鞍华表示: 华表 is a word, but 表示 is the cue)."""
    left = folded[start - 1 : start + 1] if start > 0 and not cue_before(folded, start) else ""
    right = folded[end - 1 : end + 1] if end < len(folded) and not cue_after(folded, end) else ""
    return any(len(w) == 2 and is_han(w[0]) and lexicon.is_common_word(w, FREQUENT) for w in (left, right))


def trim_glued_start(folded: str, start: int, limit: int) -> int:
    """Move a name's start past characters that belong to the word before
    it (主席阿里 -> 阿里: 席 ends 主席), never past ``limit``."""
    while start < limit and start > 0 and lexicon.is_common_word(folded[start - 1 : start + 1], WORD):
        start += 1
    # A title ending inside the run (工程师约翰: 师 is a transliteration character too).
    return next((k for k in range(start + 1, limit + 1) if cue_before(folded, k)), start)


def in_title(folded: str, start: int, end: int) -> bool:
    """The whole of a 《title》: a book, film or journal, not a person."""
    return folded[start - 1 : start] == "《" and folded[end : end + 1] == "》"


# --------------------------------------------------------------------------
# Chinese names by surname


class Verdict(Enum):
    """What the shape and context of a surname + given name say."""

    NAME = "name"  # enough on its own
    SHAPED = "shaped"  # name-shaped: a second mention (or the tagger) must confirm
    NO = "no"


# Japanese given names end in 和 (裕和, 和也 start with it): after a Japanese
# surname it is part of the name, not "and".
_JAPANESE_GIVEN = frozenset("和")


def _given_ok(given: str, japanese: bool = False) -> bool:
    return all(is_han(c) and (c not in HARD_NOT_IN_GIVEN_NAME or (japanese and c in _JAPANESE_GIVEN)) for c in given)


def _surname_starts(folded: str) -> list[int]:
    """Positions where a surname may start (the only ones worth a look)."""
    return [m.start() for m in _SURNAME_START_RE.finditer(folded)]


def han_names(t: Texts) -> list[Proposal]:
    """Surname + one or two given characters, kept when a cue, the list they
    stand in, the dictionary's name tag, or repetition says it is a person,
    and rejected when it is a common word (小姐, 高速路) instead."""
    folded = t.folded
    found: list[Proposal] = []
    shaped: list[Proposal] = []  # name-shaped, waiting for repetition
    run_end = _run_ends(folded)
    after = 0  # a name was taken up to here
    for i in _surname_starts(folded):
        if i < after:
            continue
        sl = surname_length(folded, i)
        if not sl or (_left_glued(folded, i) and not cue_before(folded, i)):
            continue
        end_of_run = run_end(i)
        for given in (2, 1):
            end = i + sl + given
            if end > end_of_run:
                continue
            verdict = _judge(folded, i, sl, end)
            if verdict is Verdict.NO:
                continue
            form = folded[i:end]
            strong = verdict is Verdict.NAME
            (found if strong else shaped).append(Proposal(i, end, form, strong))
            after = end
            break
    # Name-shaped twice (once with a clear end is enough to have proposed it).
    counts = occurrences(folded, {p.form for p in shaped})
    found += [Proposal(p.start, p.end, p.form, True) for p in shaped if counts[p.form] >= 2]
    return found


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


def _run_ends(folded: str) -> Callable[[int], int]:
    """End of the Han run containing a position (the position itself if none)."""
    runs = [(m.start(), m.end()) for m in _HAN_RUN_RE.finditer(folded)]
    keys = [a for a, _ in runs]

    def run_end(pos: int) -> int:
        i = bisect.bisect_right(keys, pos) - 1
        return runs[i][1] if i >= 0 and pos < runs[i][1] else pos

    return run_end


def shaped_han_name(folded: str, start: int, end: int) -> bool:
    """A common surname and a two-character given name that is no word."""
    sl = surname_length(folded, start)
    return bool(sl) and end - start == sl + 2 and _judge(folded, start, sl, end) is not Verdict.NO


def _left_glued(folded: str, i: int) -> bool:
    return i > 0 and is_han(folded[i - 1]) and lexicon.is_common_word(folded[i - 1 : i + 1], WORD)


def _judge(folded: str, start: int, sl: int, end: int) -> Verdict:
    name = folded[start:end]
    given = name[sl:]
    if not _given_ok(given, name[:sl] in JAPANESE_SURNAMES) or lexicon.is_common_word(name):
        return Verdict.NO
    if folded[end : end + 1] == DOT or folded[start - 1 : start] == DOT or named_after(folded, end):
        return Verdict.NO  # part of a dotted foreign name, or of an institution's name
    if in_title(folded, start, end):
        return Verdict.NO  # 《柳叶刀》: a journal
    entry = lexicon.lookup(name)
    cued = cue_after(folded, end) or interview_label(folded, start, end) or (
        cue_before(folded, start) and boundary_after(folded, end)
    )
    japanese = name[:sl] in JAPANESE_SURNAMES
    if japanese and (not cued or len(given) != 2):
        return Verdict.NO  # 小林, 中山 are words and places too: only with a cue
    common = name[:sl] in COMMON_SURNAMES or name[:sl] in COMPOUND_SURNAMES
    # 何之谦, 潘一心: a stop character inside the given name needs support.
    soft = any(c in SOFT_IN_GIVEN_NAME for c in given)
    if len(given) == 1:
        # Two-character names need a cue, a common surname (来越 in 越来越 is
        # no name), and no dictionary word (李娜 is there as a name: fine).
        known_name = entry is None or (entry.is_name and entry.freq < FREQUENT)
        common_surname = name[:sl] in CUED_SURNAMES
        ok = cued and common_surname and known_name and not soft and boundary_after(folded, end)
        return Verdict.NAME if ok else Verdict.NO
    if lexicon.is_common_word(name[: sl + 1], WORD) and not cued:
        return Verdict.NO
    if lexicon.is_common_word(folded[end - 1 : end + 1], WORD) and not cue_after(folded, end):
        return Verdict.NO  # 李明日前: 日前 is a word, the name is shorter
    if lexicon.is_common_word(given, EVERYDAY):
        return Verdict.NO  # 来准确预测: the "given name" is an everyday word
    if cued:
        return Verdict.NAME
    if not common or lexicon.is_common_word(given, FREQUENT):
        return Verdict.NO
    if start > 0 and folded[start - 1] in TRANSLIT_CHARS and all(c in TRANSLIT_CHARS for c in name):
        return Verdict.NO  # the tail of a longer transliteration (布宜诺斯艾利斯)
    if soft:
        return Verdict.SHAPED if boundary_after(folded, end) else Verdict.NO
    if entry is not None and entry.is_name:
        return Verdict.NAME
    if boundary_after(folded, end) and clause_has_list_cue(folded, start):
        return Verdict.NAME
    return Verdict.SHAPED if boundary_after(folded, end) else Verdict.NO


# --------------------------------------------------------------------------
# Transliterated names


def dotted_names(t: Texts) -> list[Proposal]:
    """伊利亚·苏茨克维, 達奇·舒爾茨: Han parts joined by a name dot. The
    outer parts are trimmed to their transliteration characters so that a
    title glued on the left (掌门人萨姆·奥特曼) stays out."""
    folded = t.folded
    found = []
    if DOT not in folded:
        return found
    for m in _DOTTED_RE.finditer(folded):
        for m_start, m_end in _split_at_conjunctions(folded, m.start(), m.end()):
            # After 和/与/及 the name starts right there: no title to trim.
            p = _dotted(folded, m_start, m_end, bounded=m_start != m.start())
            if p is not None:
                found.append(p)
    return found


_CONJUNCTIONS = "和与及、"


def _split_at_conjunctions(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """维杰·佩雷拉和阿尼尔·夏尔马 is two names: a middle part holding 和, 与
    or 及 (or a long run that is no transliteration) is where they meet."""
    dots = [i for i in range(start, end) if folded[i] == DOT]
    segments = []
    seg_start = start
    for d1, d2 in zip(dots, dots[1:], strict=False):
        part = folded[d1 + 1 : d2]
        conj = next((d1 + 1 + k for k, c in enumerate(part) if c in _CONJUNCTIONS and 0 < k < len(part) - 1), None)
        if conj is not None:
            segments.append((seg_start, conj))
            seg_start = conj + 1
        elif len(part) > 6 and "的" in part[1:-1]:
            # 马克斯·普朗克研究所的安娜·施密特: "X's Y" joins two names too.
            k = d1 + 1 + part.index("的", 1)
            segments.append((seg_start, k))
            seg_start = k + 1
    segments.append((seg_start, end))
    return [(a, b) for a, b in segments if DOT in folded[a:b]]


def _dotted(folded: str, m_start: int, m_end: int, bounded: bool = False) -> Proposal | None:
    group = folded[m_start:m_end]
    first_dot = m_start + group.index(DOT)
    if bounded:
        # The last title in the first part ends where the name begins
        # (及马尔代夫外长易卜拉欣·纳西姆).
        start = next((k for k in range(first_dot - 1, m_start, -1) if cue_before(folded, k)), m_start)
    else:
        start = translit_suffix(folded, first_dot, m_start)
    while start - 2 >= m_start and folded[start - 1] in _HYPHENS and folded[start - 2] in TRANSLIT_CHARS:
        start = translit_suffix(folded, start - 1, m_start)
    # A title's last character may be a transliteration character too
    # (主席阿里·格拉萨): drop what forms a word with the text before it.
    if not bounded:
        start = trim_glued_start(folded, start, first_dot - 1)
    last = m_start + group.rindex(DOT) + 1
    end = translit_prefix(folded, last, m_end)
    while end + 1 < m_end and folded[end] in _HYPHENS and folded[end + 1] in TRANSLIT_CHARS:
        end = translit_prefix(folded, end + 1, m_end)
    if end - last < 2:
        # A last part outside the table (琼斯, 雨果): it ends where the
        # next word or cue begins.
        end = next((k for k in range(last + 1, min(last + 4, m_end) + 1) if boundary_after(folded, k)), end)
    if start >= first_dot or end <= last or named_after(folded, end):
        return None
    return Proposal(start, end, folded[start:end], True)


def translit_names(t: Texts) -> list[Proposal]:
    """A run of transliteration characters with a cue: 马斯克认为,
    教授辛顿的 (no dot, no brackets)."""
    folded = t.folded
    found = []
    run_of = _run_lookup(folded)
    for cue in _AFTER_RE.finditer(folded):
        end = cue.start()
        run_start = run_of(end - 1)
        if run_start is None:
            continue
        start = translit_suffix(folded, end, run_start)
        start = trim_glued_start(folded, start, end - 2) if start > run_start else start
        if _translit_ok(folded, start, end, run_start):
            found.append(Proposal(start, end, folded[start:end], True))
    for cue in _BEFORE_RE.finditer(folded):
        start = cue.end()
        while start < len(folded) and folded[start] in _SEPARATORS and start - cue.end() < 2:
            start += 1
        end = translit_prefix(folded, start)
        if end - start < 2 or named_after(folded, end) or not boundary_after(folded, end):
            continue
        if _translit_ok(folded, start, end, -1):
            found.append(Proposal(start, end, folded[start:end], True))
    return found


def _run_lookup(folded: str) -> Callable[[int], int | None]:
    """Start of the Han run containing a position, or None."""
    starts = [(m.start(), m.end()) for m in _HAN_RUN_RE.finditer(folded)]
    keys = [s for s, _ in starts]

    def run_of(pos: int) -> int | None:
        i = bisect.bisect_right(keys, pos) - 1
        if i < 0 or pos >= starts[i][1]:
            return None
        return starts[i][0]

    return run_of


def _translit_ok(folded: str, start: int, end: int, run_start: int) -> bool:
    length = end - start
    if length < 2 or length > 7:
        return False
    if length == 2 and start > run_start >= 0:
        return False  # two characters glued to other Han text: too weak
    name = folded[start:end]
    return not lexicon.is_common_word(name) and not glued_to_neighbours(folded, start, end) and not in_title(folded, start, end)


def listed_with(t: Texts, known: set[str]) -> list[Proposal]:
    """克里哲夫斯基 in 辛顿、伊利亚以及克里哲夫斯基三人: a run of
    transliteration characters listed beside someone already known."""
    folded = t.folded
    found = []
    seps = ("以及", "、", "和", "与", "及")
    for name in known:
        if not any(is_han(c) for c in name):
            continue
        for m in re.finditer(re.escape(name), folded):
            for sep in seps:
                if folded.startswith(sep, m.end()):
                    start = m.end() + len(sep)
                    end = translit_prefix(folded, start)
                    if end - start >= 3 and _translit_ok(folded, start, end, -1):
                        found.append(Proposal(start, end, folded[start:end], True))
                    for length in (3, 4):
                        if shaped_han_name(folded, start, start + length):
                            found.append(Proposal(start, start + length, folded[start : start + length], True))
                if folded.endswith(sep, 0, m.start()):
                    end = m.start() - len(sep)
                    for length in (3, 4):
                        if end - length >= 0 and shaped_han_name(folded, end - length, end):
                            found.append(Proposal(end - length, end, folded[end - length : end], True))
                    start = translit_suffix(folded, end)
                    if end - start >= 3 and (start == 0 or not is_han(folded[start - 1]) or folded[start - 1] in "，。、；"):
                        if _translit_ok(folded, start, end, -1):
                            found.append(Proposal(start, end, folded[start:end], True))
    return found


# --------------------------------------------------------------------------
# English names


def _english_tokens_ok(tokens: list[str], t: Texts) -> bool:
    inner = tokens[1:-1]
    return all(
        (tok in NAME_PARTICLES and tok in inner)
        or (not is_english_stopword(tok) and tok.lower() not in t.lower_words and (len(tok) > 1 or tok.endswith(".")))
        for tok in tokens
    ) and not tokens[0].endswith(".") and not tokens[-1].endswith(".")


HEADLINE_REACH = 400


def _is_headline(t: Texts, start: int, end: int) -> bool:
    """Title Case text (a headline, a reference, a tag list): its capitalised
    words prove nothing. A list of names is not one: a headline capitalises
    ordinary words too (Wild Plan, Should Pause Instead)."""
    plain = t.plain
    i, j = start, end
    # At most HEADLINE_REACH characters each way: on a huge one-line page a
    # scan to the line's ends from every name would be quadratic.
    left, right = max(0, start - HEADLINE_REACH), min(len(plain), end + HEADLINE_REACH)
    while i > left and plain[i - 1] not in "\n()" and plain[i - 1] < "\u3000":
        i -= 1
    while j < right and plain[j] not in "\n()" and plain[j] < "\u3000":
        j += 1
    words = re.findall(r"[A-Za-z][A-Za-z'’\-]*", plain[i:j])
    if len(words) < 5:
        return False
    caps = [w for w in words if w[0].isupper()]
    ordinary = [w for w in caps if is_english_stopword(w) or w.lower() in t.lower_words]
    return len(caps) / len(words) >= 0.6 and len(ordinary) >= 2


def english_names(t: Texts, glosses: list[tuple[int, int]]) -> list[Proposal]:
    """Two or three capitalised words (Felix Hill, Yann LeCun), not function
    words, organisations, common nouns, words the text also writes in lower
    case, a gloss of a Chinese term, or an acronym's expansion."""
    plain = t.plain
    found = []
    titles = _title_spans(plain)
    for m in EN_RUN_RE.finditer(plain):
        tokens = m.group().split(" ")
        if any(tok.lower() in EN_ORG_WORDS for tok in tokens) or tokens[0] in ("The", "A", "An"):
            continue
        pos = m.start()
        spans = []
        part: list[tuple[int, str]] = []
        for tok in tokens + [""]:
            if tok and not is_english_stopword(tok) and tok.lower() not in t.lower_words:
                part.append((pos, tok))
            else:
                if part:
                    spans.append(part)
                part = []
            pos += len(tok) + 1
        for part in spans:
            words = [tok for _, tok in part]
            start, end = part[0][0], part[-1][0] + len(part[-1][1])
            if any(g0 <= start and end <= g1 for g0, g1 in glosses) or _inside(titles, start, end):
                continue  # a gloss, or a title in 《》 or 〈〉 (On Earth We're Briefly Gorgeous)
            if len(words) == 1:
                if _single_cued(t, start, end, words[0]):
                    found.append(Proposal(start, end, plain[start:end], True, latin=True))
                continue
            if not 2 <= len(words) <= 3 or not _english_tokens_ok(words, t):
                continue
            if _is_acronym_expansion(plain, end, words):
                continue
            strong = not _is_headline(t, start, end)
            found.append(Proposal(start, end, plain[start:end], strong, latin=True))
    return found


_TITLE_RE = re.compile(r"[《〈<＜][^《》〈〉<>＜＞\n]{1,200}[》〉>＞]")


def _title_spans(plain: str) -> list[tuple[int, int]]:
    if "《" not in plain and "〈" not in plain and "<" not in plain and "＜" not in plain:
        return []
    return [m.span() for m in _TITLE_RE.finditer(plain)]


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and end <= spans[i][1]


def _single_cued(t: Texts, start: int, end: int, word: str) -> bool:
    """AI教父Hinton / 教授Okonkwo: one foreign word after a title. (A speech
    verb after one word is not enough: Slack表示 is a company speaking.)"""
    if len(word) < 3 or not _english_tokens_ok([word], t):
        return False
    return cue_before(t.folded, start)


def _is_acronym_expansion(plain: str, end: int, words: list[str]) -> bool:
    m = re.match(r"\s*[,，]\s*([A-Z]{2,})", plain[end:])
    return bool(m) and m.group(1) == "".join(w[0] for w in words)


def bracketed_aliases(t: Texts) -> tuple[list[Proposal], list[Link], list[tuple[int, int]]]:
    """奥特曼(Sam Altman), 杨立昆（Yann LeCun）, and 伊利亚·苏茨克维Ilya
    Sutskever) with its bracket lost: the Chinese name and the English one
    are one person. English in brackets after a Chinese term that is not a
    name is a gloss (神经机器翻译系统(Neural Machine Translation)), not a person."""
    folded, plain = t.folded, t.plain
    proposals: list[Proposal] = []
    links: list[Link] = []
    glosses: list[tuple[int, int]] = []
    dotted = dotted_names(t)
    dotted_ends = {p.end: p.start for p in dotted}
    for m in _PAREN_EN_RE.finditer(plain):
        english = m.group(1).strip()
        words = english.split()
        en_start = m.start(1)
        han = _han_name_before(folded, m.start(), dotted_ends)
        if han is None or not 1 <= len(words) <= 5 or not _english_tokens_ok(words, t) or not all(
            re.fullmatch(r"[A-ZÀ-Þ][A-Za-zÀ-ÿ'’\-]*\.?", w) or w in NAME_PARTICLES for w in words
        ):
            glosses.append((m.start(), m.end()))
            continue
        start, end = han
        proposals.append(Proposal(start, end, folded[start:end], True))
        proposals.append(Proposal(en_start, en_start + len(english), english, True, latin=True))
        links.append(Link(folded[start:end], english))
    for p in dotted:
        m = re.match(r"([A-Z][a-z]+(?: [A-Z][A-Za-z]+){1,2})\s*[)）]", plain[p.end :])
        if m and _english_tokens_ok(m.group(1).split(), t):
            proposals.append(Proposal(p.end, p.end + len(m.group(1)), m.group(1), True, latin=True))
            links.append(Link(p.form, m.group(1)))
    return proposals, links, glosses


def _han_name_before(folded: str, end: int, dotted_ends: dict[int, int]) -> tuple[int, int] | None:
    """The name ending right before a bracket: a dotted name, a run of
    transliteration characters, or a surname + given name."""
    if end == 0 or not is_han(folded[end - 1]) and folded[end - 1] != DOT:
        return None
    if end in dotted_ends:
        return dotted_ends[end], end
    raw = translit_suffix(folded, end)
    start = trim_glued_start(folded, raw, end - 2)
    if end - start >= 3:
        return start, end
    for length in (5, 4, 3, 2):
        s = end - length
        if s < 0 or (start > raw and s < start) or not all(is_han(c) for c in folded[s:end]):
            continue  # (a title or word ends after s: the name starts later)
        if any(cue_before(folded, k) for k in range(s + 1, end - 1)):
            continue  # 工程师约翰: a title ends inside, 师约翰 is no name
        sl = surname_length(folded, s)
        # Beside an English name, only particles rule a given name out (裕和 is fine).
        given = folded[s + sl : end]
        if not sl or length - sl > 2 or not given or set(given) & set("的了是在"):
            continue
        if not lexicon.is_common_word(folded[s:end]):
            return s, end
    entry = lexicon.lookup(folded[start:end])
    # Beside an English name in brackets, a dictionary name (约翰) is fine.
    if end - start == 2 and (entry is None or entry.is_name):
        return start, end
    return None
