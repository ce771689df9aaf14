"""Lines a junk rule caught that are the article's own: a clause between
paragraphs of prose, a list of links under a references heading, a lone
link that reads as a sentence. Each pass restores them to the body.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from reader.core.junk_rules import ANYWHERE, Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import LIST_ITEM, Line


def rescue_weak(lines: list[Line]) -> None:
    """A clause caught only by a phrase ("提前下载翻译App，让爸妈也能自己点餐")
    between two paragraphs of prose is part of the body."""
    for i, line in enumerate(lines):
        if line.weak and _has_clause(line.text) and _prose_on_both_sides(lines, i) and not _is_call(line):
            line.restore()


# A call to the reader's action (扫码, 打开…app, 点此): one that opens or closes a
# line without a sentence end is a button's words, not a clause of the story.
@cache
def _call() -> re.Pattern[str]:
    """(compiled at its first use, not at import: few pages have a weak promotion between paragraphs)"""
    return re.compile("|".join(p for reason, p, _ in ANYWHERE if reason is Reason.PROMOTION))


_LEADING_MARKS: Final = re.compile(r"^[\W_]*")
_CALL_EDGE: Final = 2


def _is_call(line: Line) -> bool:
    folded = line.folded
    if folded is None or line.reason is not Reason.PROMOTION or folded.endswith(SENTENCE_END):
        return False
    start = _LEADING_MARKS.match(folded).end()  # type: ignore[union-attr]
    return any(m.start() == start or m.end() >= len(folded) - _CALL_EDGE for m in _call().finditer(folded))


_CLAUSE: Final = re.compile(r"[，,；;]")
# (a comma inside brackets is a note's, no clause: 下載完整報告（PDF，2.3MB）)
_BRACKETED: Final = re.compile(r"[(（][^()（）]*[)）]")


def _has_clause(text: str) -> bool:
    return _CLAUSE.search(text) is not None and _CLAUSE.search(_BRACKETED.sub("", text)) is not None


# A heading over the article's sources: 参考资料, 參考文獻, References, 资料来源
_REFERENCES: Final = re.compile(
    r"^[#*\s【\[]*(?:参考|引用|资料来源|文献|注释|references?|sources?|bibliography|notes|further reading)"
    r"\S{0,6}?[\s】\]:：*]*$",
    re.IGNORECASE,
)


def rescue_references(lines: list[Line]) -> None:
    """A list of links under a references heading is the article's sources,
    not a menu or a list of other posts."""
    under = False
    for line in lines:
        if line.folded is not None and _REFERENCES.match(line.folded):
            under = True
            if line.reason in (Reason.RELATED, Reason.BETWEEN_BOILERPLATE):
                line.reason = None
        elif under and line.reason in (Reason.LINKS, Reason.RELATED) and LIST_ITEM.match(line.text):
            line.restore()
        else:
            under = False


# A line that is one link and nothing else: [anchor](url)
_LONE_LINK: Final = re.compile(r"^[-*+•·\s]*\[([^\]]+)\]\([^)\s]+[^)]*\)\s*$")
# A link's words that read as the article's sentence, not a menu item.
_LINKED_SENTENCE: Final = 16


def rescue_lone_links(lines: list[Line]) -> None:
    """A line that is a single link whose words read as a sentence (a
    clause mark, a sentence's end, or a sentence's length), between two
    paragraphs of prose, is the article's (a source it cites), not a menu."""
    for i, line in enumerate(lines):
        if line.reason is not Reason.LINKS or not (m := _LONE_LINK.match(line.text)):
            continue
        words = m.group(1)
        if (
            (_CLAUSE.search(words) or words.endswith(SENTENCE_END) or len(words) >= _LINKED_SENTENCE)
            and "![" not in line.text
            and _prose_on_both_sides(lines, i)
        ):
            line.restore()


def _prose_on_both_sides(lines: list[Line], i: int) -> bool:
    sides = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and (lines[j].meta or (lines[j].short and not lines[j].bad) or lines[j].weak):
            j += step
        sides.append(0 <= j < len(lines) and not lines[j].bad and not lines[j].short)
    return all(sides)


__all__ = ["rescue_lone_links", "rescue_references", "rescue_weak"]
