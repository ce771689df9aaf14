"""Items of the article's own lists that went while a sibling stayed.

A list's item is judged alone by its shape or a phrase in it: a parts list's
row with a measure in it (發條　1條（1.10 × 0.10 × 300mm）) reads as a counter,
a field naming an app's account (预约渠道：“…”微信公众号—…) as a promotion.
The signal here is the item's neighbour: a kept line of the same list (a
row with as many cells, the same ones led by a figure; a field whose label
begins the same way) inside the article. The page's furniture has
no kept sibling in the body: its neighbours go with it.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.junk_rules import ROW_LIKE, Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import LABEL_VALUE, PROSE_ENDS, Line
from reader.core.wide_gaps import WIDE_GAP

# (reasons a row may carry by its shape alone: a menu's gaps, a counter's digits, a control's brackets)
_FIELD: Final = 40  # (a list's item is no longer: a longer line is a paragraph)
_ROW: Final = 80  # (nor is a table's row)
_CONTACT: Final = Reason.CONTACT
_LIST_FACT: Final = re.compile(r"^[^\s:：，。]{1,12}(?:[:：]\s*|\s+)\S{1,24}$")


def list_item(line: Line, kept: bool = False) -> bool:
    """A name and its figure (沙市区　32部, 功率：1800W), or, with ``kept``, a
    line of a list the body kept, no sentence (手機程式（App Store、Google Play）)."""
    if kept and line.kept:
        return len(line.text) <= _FIELD and not line.text.endswith(SENTENCE_END)
    return line.short and _LIST_FACT.match(line.text) is not None


def named_item(lines: list[Line], k: int) -> bool:
    """A bare name gone by its shape right over a kept name of the same list
    (畅聊家庭59元档 / 校园宽带包年套餐（480元/年）), or that kept name under it."""
    line = lines[k]
    if not line.short or len(line.text) > _FIELD or line.text.endswith(SENTENCE_END) or line.meta:
        return False
    if line.kept:
        return k > 0 and lines[k - 1].reason is Reason.COUNTER and _named(lines[k - 1].text)
    nxt = lines[k + 1] if k + 1 < len(lines) else None
    if nxt is None or not nxt.kept or line.reason is not Reason.COUNTER:
        return False
    return _named(line.text) and named_item(lines, k + 1)


def _named(text: str) -> bool:
    """A name has words: a share bar's lone count (• 0) is no item."""
    return sum(ch.isalpha() for ch in text) >= 2


def _cells(text: str) -> tuple[bool, ...] | None:
    """Which cells of a row set apart by wide gaps a figure leads (None: no row)."""
    if "\u3000" not in text and "  " not in text:
        return None
    cells = WIDE_GAP.split(text.strip())
    return tuple(c[:1].isdigit() for c in cells) if len(cells) >= 2 and any(cells) else None


def rescue_siblings(lines: list[Line]) -> None:
    """A row gone by its shape next to a kept row of the same cells (擺軸　1支（…）),
    under the article's prose, is the next row of the article's list; a field
    gone for a phrase only (预约渠道：“…”微信公众号—服务大厅) right above or under
    a kept field whose label begins the same way (预约时段：…) is one more field
    of the notice's list (a contact row is weighed by whom it names: row_rescues);
    so is a row gone for a phrase only next to a kept row of the same cells."""
    started = False  # (the article's prose above)
    start = 0  # (where it ends)
    n = len(lines)
    for i, line in enumerate(lines):
        if line.weak and line.reason is not None and line.reason is not _CONTACT and not line.meta:
            if _weak_sibling(lines, i) or _weak_row(lines, i) or _weak_item(lines, i):
                line.restore()
            continue
        if not started:
            started = line.reason is None and line.meta is None and not line.short and line.text.endswith(PROSE_ENDS)
            start = i
            continue
        if line.reason not in ROW_LIKE or line.meta or len(line.text) > _FIELD:
            continue
        shape = _cells(line.text)
        figured = shape is not None and True in shape
        last = line.text[-1:]  # (rows that end alike end in one character: most rows have no such neighbour)
        for k in (i - 1, i + 1):
            if (
                0 <= k < n
                and (figured or lines[k].text[-1:] == last)
                and (x := lines[k]).kept
                and ((figured and _cells(x.text) == shape) or _same_tail(x.text, line.text))
            ):
                line.restore()
                if shape is not None and figured:  # (the rows above it, gone while it was: the list's first rows)
                    _restore_above(lines, i, shape, start)
                break


def _restore_above(lines: list[Line], i: int, shape: tuple[bool, ...], start: int) -> None:
    """Take back the rows right above row ``i``, under the prose at ``start``,
    that went by their shape with its cells: a list's first rows, whose only
    kept sibling was below them (2028-11-06　網上遞交 over 2029-01-15　打指模)."""
    for j in range(i - 1, start, -1):
        x = lines[j]
        if x.reason not in ROW_LIKE or x.meta or len(x.text) > _FIELD or _cells(x.text) != shape:
            return
        x.restore()


def _same_tail(a: str, b: str) -> bool:
    """Two items of one list, named apart and ending in the same word
    (序曲：聖誕晚會 Pre-Primary 班 / 中國舞 Grade 2 班): a programme's rows."""
    x, y = a.split(), b.split()
    return len(x) >= 2 and len(y) >= 2 and x[-1] == y[-1] and x[0] != y[0] and x[-1].isalpha()


_ROW_CELLS: Final = 3  # (a timetable's row: its day, its clock, what happens)


def _weak_row(lines: list[Line], i: int) -> bool:
    """A row of cells gone for a phrase only (a fixture naming a club
    之友) between kept rows of the same cells, one of them right above or
    under it, is one more row of the article's table."""
    shape = _cells(lines[i].text) if len(lines[i].text) <= _ROW else None
    if shape is None or len(shape) < _ROW_CELLS or True not in shape:
        return False
    return any(0 <= k < len(lines) and lines[k].kept and _cells(lines[k].text) == shape for k in (i - 1, i + 1))


_ITEM_MARKS: Final = frozenset("-*+•·")
_ITEMS: Final = 2  # (kept items of the same list beside it, at least)


def _weak_item(lines: list[Line], i: int) -> bool:
    """A field led by a list's mark gone for a phrase only (- 二维码：太新，老读者会骂)
    in a run of items of that mark, every other one a kept field (- 内卷：编辑说不要 /
    - 鲈鱼：…), two or more: one more item of the article's list. A page's list of
    accounts to follow goes whole, no item of it kept."""
    text = lines[i].text
    mark = text[:2]
    if mark[:1] not in _ITEM_MARKS or mark[1:] != " " or not LABEL_VALUE.match(text[2:]):
        return False
    up, down = i, i + 1
    while up > 0 and lines[up - 1].text[:2] == mark:
        up -= 1
    while down < len(lines) and lines[down].text[:2] == mark:
        down += 1
    others = [x for x in lines[up:down] if x is not lines[i]]
    return len(others) >= _ITEMS and all(x.kept and LABEL_VALUE.match(x.text[2:]) for x in others)


def _label(text: str) -> str | None:
    return re.split(r"[:：]", text, maxsplit=1)[0].strip() if LABEL_VALUE.match(text) else None


def _weak_sibling(lines: list[Line], i: int) -> bool:
    if (b := _label(lines[i].text)) is None or len(b) < 2:
        return False
    for k in (i - 1, i + 1):
        a = _label(lines[k].text) if 0 <= k < len(lines) and lines[k].kept else None
        if a and a != b and len(a) >= 2 and a[:2] == b[:2]:
            return True
    return False


__all__ = ["list_item", "rescue_siblings"]
