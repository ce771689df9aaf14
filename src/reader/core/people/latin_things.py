"""Latin phrases of a name's shape that name works, journals and things, told by where the text sets
them: one the text writes in title marks at some mention (《Advanced Energy Materials》) is a work at each;
one in a reference line (… charging[J]. Nature Reviews Chemistry, 2019.) past its authors is the work's
title or its journal, and one running across an author's initial into the title (Shinbrot T.
Long-standing) no name at all; one a Han term of everyday words glosses on its line, the two alone
between the line's separators (雾港回声 Foghaven Echoes, Yin Yoga 阴瑜伽), is the thing that term names.
A phrase a person's cue leads or follows at any mention stays a name. Used by
:mod:`reader.core.people.extract`."""

from __future__ import annotations

import re

from reader.core.folding import fold
from reader.core.people import lexicon
from reader.core.people.cues import cue_after, cue_before
from reader.core.people.display import is_latin
from reader.core.people.english import title_spans_of
from reader.core.people.texts import Texts, starts

# GB/T 7714's mark of a reference's kind: a journal article, a book, a thesis, a web page ([J], [EB/OL]).
_REFERENCE_MARK_RE = re.compile(r"\[(?:[JMCDNRSPZAG]|EB/OL|DB/OL)(?:/OL)?\]")
# Where a reference's authors end: the first full stop and a space (Lacks D J, Shinbrot T. Long-…).
_AUTHORS_END = ". "
# A Han term alone on its side of the phrase: the line's start or a separator, the term, one gap.
_SEPARATORS = "\n|｜/／()（）[]【】"
_GAP = " \u3000\t"
_TERM_MAX = 4
_BRACKETS = frozenset("()（）[]【】")


def latin_things(t: Texts, forms: set[str]) -> set[str]:
    """The Latin forms of ``forms`` that name a work or a thing at their mentions."""
    plain = t.plain
    latin = [f for f in forms if is_latin(f)]
    if not latin:
        return set()
    titles = title_spans_of(plain)
    things = set()
    for form in latin:
        spans = [(s, s + len(form)) for s in starts(plain, form)]
        if not spans or any(_cued(t.folded, s, e) for s, e in spans):
            continue
        if any(_in_title(titles, s, e) or _referenced(plain, s, e) or _glossed(plain, s, e, forms) for s, e in spans):
            things.add(form)
    return things


def _cued(folded: str, start: int, end: int) -> bool:
    """A person's cue beside the mention, a gap between the scripts allowed (Anjali Sharma 博士, Kelvin 说)."""
    before = start - 1 if folded[start - 1 : start] in _GAP else start
    after = end + 1 if folded[end : end + 1] in _GAP else end
    return cue_before(folded, start) or cue_before(folded, before) or cue_after(folded, end) or cue_after(folded, after)


def _in_title(titles: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < start and end < b for a, b in titles)


def _referenced(plain: str, start: int, end: int) -> bool:
    """The mention stands in a reference line past its authors, or runs from them into the title."""
    line_start = plain.rfind("\n", 0, start) + 1
    line_end = plain.find("\n", end)
    line = plain[line_start : len(plain) if line_end < 0 else line_end]
    if _REFERENCE_MARK_RE.search(line) is None:
        return False
    authors_end = line.find(_AUTHORS_END)
    return authors_end >= 0 and end - line_start > authors_end


def _glossed(plain: str, start: int, end: int, forms: set[str]) -> bool:
    """A Han term of an everyday word or more stands alone beside the mention, one gap apart, and is no
    name found (Wang Haiyang 王海洋: the person's Chinese name)."""
    # (the phrase's other side is set apart too: 老师叫 Kak Ros，五十多岁 is a clause naming someone)
    before_apart = start == 0 or plain[start - 1] in _SEPARATORS or plain[start - 1] in _GAP
    after_apart = end == len(plain) or plain[end] in _SEPARATORS or plain[end] in _GAP
    terms = (_term(plain, end, 1) if before_apart else "", _term(plain, start, -1) if after_apart else "")
    return any(term and fold(term) not in forms and _everyday(term) for term in terms)


def _term(plain: str, at: int, step: int) -> str:
    """The Han run one gap from ``at`` (after it when ``step`` is 1, before it when -1), if a separator or
    the line's edge closes it on its far side."""
    i = at if step == 1 else at - 1
    if not (0 <= i < len(plain)) or plain[i] not in _GAP:
        return ""
    i += step
    chars: list[str] = []
    while 0 <= i < len(plain) and "\u4e00" <= plain[i] <= "\u9fff" and len(chars) <= _TERM_MAX:
        chars.append(plain[i])
        i += step
    # (a gap and a bracket: Yin Yoga 阴瑜伽 (Vicky); a gap alone parts a table's cells: Ana Chan 镜湖学校 4)
    gapped = 0 <= i < len(plain) and plain[i] in _GAP and plain[i + step : i + step + 1] in _BRACKETS
    edge = i < 0 or i >= len(plain) or plain[i] in _SEPARATORS or gapped
    if not chars or len(chars) > _TERM_MAX or not edge:
        return ""
    return "".join(chars if step == 1 else reversed(chars))


def _everyday(term: str) -> bool:
    """A term holding a word the dictionary lists as a common one that names no person (回声, 瑜伽)."""
    folded = fold(term)
    entry = lexicon.lookup(folded)
    if entry is not None and entry.is_name:
        return False
    return any(
        lexicon.is_common_word(w := folded[i : i + 2], lexicon.WORD)
        and not ((e := lexicon.lookup(w)) is not None and e.is_name)
        for i in range(len(folded) - 1)
    )
