"""Names of works: a name-shaped form the text also prints whole in title
marks (新歌〈林美麗〉… 其實林美麗是…) names the song or the book, unless one
of its mentions has a person's cue (作家林美麗說) or the registry knows it.
So does one the text writes only inside a work's title (一段《穆桂英挂帅》: an
opera named after its heroine, who is no one the article meets), or else only
as the subject of a sentence calling it a character (孙悟空是她最喜欢的角色), or
only right after the word for one (看《棋魂》入门…最喜欢的角色是藤原佐为), or only
as the bracketed other name right after a work's title (《桔梗谣》（道拉吉）)."""

from __future__ import annotations

import re

from reader.core.people.cues import cue_after, cue_before, printed_titles, title_spans
from reader.core.people.texts import starts
from reader.core.surnames import COMMON_SURNAMES


def work_titles(folded: str, forms: set[str], registered: set[str]) -> set[str]:
    titles = printed_titles(folded)
    if not titles and not any(q + b in folded for q in _CLOSING_QUOTES for b in "（("):
        return set()
    out = set()
    for form in (titles & forms) - registered:
        i = folded.find(form)
        cued = False
        while i != -1 and not cued:
            cued = cue_before(folded, i) or cue_after(folded, i + len(form))
            i = folded.find(form, i + len(form))
        if not cued:
            out.add(form)
    spans = title_spans(folded)
    for form in forms - registered - out:
        inside = [title for title in titles if form in title]
        if inside and all(
            any(s <= at and at + len(form) <= e for s, e in spans)
            or _called_a_character(folded, at)
            or _title_written(folded, at, form, inside)
            for at in starts(folded, form)
        ):
            out.add(form)
    # (a work's other name in brackets right after its marked title at every mention: 《桔梗谣》（道拉吉）; a
    # common surname opening it is a singer's or a writer's credit: 《月亮代表我的心》（邓丽君）)
    for form in forms - registered - out:
        if form[:1] in COMMON_SURNAMES:
            continue
        ats = list(starts(folded, form))
        if ats and all(_title_glossed(folded, at, form) for at in ats):
            out.add(form)
    # (only where the text names a character: 角色是X at every mention; a position after each, once)
    after = {m.end() for m in _CHARACTER_IS_RE.finditer(folded)} if "角色" in folded else set()
    named = {f for f in forms - registered - out if any(folded.startswith(f, at) for at in after)}
    return out | {f for f in named if all(at in after for at in starts(folded, f))}


_CHARACTER = ("角色", "人物")  # (…是她最喜欢的角色: what a story's figure is called)
_CHARACTER_IS_RE = re.compile("角色(?:是|为|叫)")
_SENTENCE_ENDS = "。！？\n"


def _title_glossed(folded: str, at: int, form: str) -> bool:
    """The mention fills a bracket opened right after a work's closing title mark (《桔梗谣》（道拉吉）,
    〈雨夜〉(Rainy Night)): the work's other name or its original title, no person."""
    if folded[at + len(form) : at + len(form) + 1] not in (")", "）"):
        return False
    return folded[at - 2 : at] in _TITLE_BRACKET or (
        # (or after a quoted term sharing its last character, 「頭手絃」（殼仔絃）: another word for the
        # same kind of thing; a name in brackets after a nickname or a flower's, 「為食貓」（蘇家明）, shares none)
        folded[at - 2 : at - 1] in _CLOSING_QUOTES and folded[at - 1] in "（(" and folded[at - 3 : at - 2] == form[-1:]
    )


_TITLE_BRACKET = ("》（", "》(", "〉（", "〉(")
_CLOSING_QUOTES = frozenset("」』”")


def _title_written(folded: str, at: int, form: str, titles: list[str]) -> bool:
    """The mention is inside a work's whole title, longer than the form, written without its marks
    (的陳三五娘。 after 《陳三五娘》): the work again, not a person the title's first characters would name."""
    return any(
        len(title) > len(form) and at >= (k := title.find(form)) and folded.startswith(title, at - k)
        for title in titles
    )


def _called_a_character(folded: str, at: int) -> bool:
    """The mention opens a sentence that ends calling it a character (孙悟空是她
    小时候最喜欢的角色): a work's figure, as its title named it."""
    ends = [k for k in (folded.find(c, at) for c in _SENTENCE_ENDS) if k != -1]
    end = min(ends, default=len(folded))
    return folded.endswith(_CHARACTER, at, end) and folded[at - 1 : at] in ("", "，", ",", "。", "\n")
