"""A table of results flattened into lines under group heads (各組冠軍 /
男子12歲以下組 / 50米自由泳　梁樂軒　31.26秒 / 50米背泳　鄭浩晴　38.09秒 /
女子公開組 / …): rows of as many cells apart by wide spaces, each ending
in a measured figure (a time, a score, a weight), with short heads of one
cell between them. Alone each row looks like a menu or a counter, and the
run, long as it is, like the page's furniture. Run by ``clean`` after the
passes that mark junk, where a row's text holds a wide space.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.code_rows import keep_code_rows
from reader.core.junk_rules import Reason
from reader.core.line_passes import Line
from reader.core.row_runs import story_line
from reader.core.wide_gaps import WIDE_GAP

# A measured figure: 31.26秒, 1:02.93, 9.86公斤, 2:21.35; or a labelled one, 得分 1,158
_MEASURE: Final = re.compile(
    r"^\d+(?:[:.]\d+)+\s*[^\d\s:：]{0,2}$|^\d+\s*[^\d\s:：]{1,2}$|^[^\d\s:：]{1,4}\s*\d{1,3}(?:,\d{3})*(?:\.\d+)?$"
)
_HEAD: Final = 12  # (a group's head is short)
_ROWS: Final = 4
_WIDTH: Final = 3
# (what a row's own shape or its place among junk takes it for; the folder's repeats stay gone)
_SHAPES: Final = frozenset(
    {
        Reason.COUNTER,
        Reason.NAVIGATION,
        Reason.BETWEEN_BOILERPLATE,
        Reason.CONTROLS,
        Reason.PAGE_FOOTER,
        Reason.RELATED,
        Reason.TIMESTAMP,
    }
)


def _width(line: Line) -> int:
    """How many cells a result row has (0: not such a row)."""
    text = line.text
    if line.meta is not None or ("\u3000" not in text and "  " not in text):
        return 0
    cells = WIDE_GAP.split(text.strip())
    if len(cells) < _WIDTH or not _MEASURE.match(cells[-1]) or any("：" in c or ":" in c for c in cells[:-1]):
        return 0
    return len(cells)


def _head(line: Line) -> bool:
    text = line.text
    if text[-1:] in "）)":  # (a group's note in brackets is no part of its head: 女子公开组（9公里，22个检查点）)
        text = _GLOSS.sub("", text)
    plain = not any(p in text for p in "。，：:！？")
    return line.meta is None and len(text) <= _HEAD and plain and not WIDE_GAP.search(text)


def keep_result_rows(lines: list[Line]) -> None:
    """Rows of one width ending in a figure, four or more, with single heads
    between them, right under a kept line of the body: the article's
    results, kept with their heads. Then tables typed in columns, columns of
    labelled rows and the rows of codes (``code_rows``)."""
    n, i = len(lines), 0
    while i < n:
        width = _width(lines[i]) or (_width(lines[i + 1]) if i + 1 < n and _head(lines[i]) else 0)
        if not width or i == 0 or not lines[i - 1].kept:
            i += 1
            continue
        j, rows = i, 0
        while j < n:
            if _width(lines[j]) == width:
                rows += 1
            elif not (_head(lines[j]) and j + 1 < n and _width(lines[j + 1]) == width):
                break
            j += 1
        run = lines[i:j]
        if rows >= _ROWS and all(line.reason is None or line.reason in _SHAPES for line in run):
            for line in run:
                line.restore()
        i = max(j, i + 1)
    keep_typed_tables(lines)
    keep_labelled_rows(lines)
    keep_code_rows(lines)


# A table typed in columns (名次　虫名　　虫主　　产地 / 冠军　赵子龙　　任天翔　　宁阳 / …): a heading
# of words over rows as wide, set between two kept lines of the body, a sentence after it. Alone
# each row looks like a menu; a menu is no run of such rows amid the text.
_TYPED_ROWS: Final = 4  # (the heading and three rows)
_CELL: Final = 12
_TYPED_LINE: Final = 80  # (a row of a few short cells is short: a paragraph indented by wide spaces is no row)
_NOT_IN_CELL: Final = re.compile(r"[。，：:！？；]")
_GLOSS: Final = re.compile(r"[（(][^（()）\u3000]{1,30}[)）]")


def _typed_width(line: Line) -> int:
    """How many cells a typed table's row has (0: not such a row)."""
    text = line.text
    if len(text) > _TYPED_LINE or line.meta is not None:
        return 0
    if not _gapped(text):
        return 0
    # (a name's gloss in brackets is no part of its cell's length: 艾米丽·卡特（Emily Carter）)
    cells = WIDE_GAP.split(_GLOSS.sub("", text.strip()))
    # (a cell of digits and colons is a clock's or a race's time, 0:58:20, no label's colon)
    if len(cells) < _WIDTH or any(
        (len(c) > _CELL and _cell_width(c) > _CELL) or (_NOT_IN_CELL.search(c) and not c.replace(":", "").isdigit())
        for c in cells
    ):
        return 0
    return len(cells)


def _cell_width(cell: str) -> float:
    """A cell's width in Han characters: a Latin letter takes half as much room
    (Rodrigues, Tomás is as wide as a name of eight characters)."""
    return len(cell) - sum(ch < "\u0250" for ch in cell) / 2


def _gapped(text: str) -> bool:
    """Cells set apart by a wide gap: a full-width space or two spaces (a
    tab never reaches cleaning: sanitize makes it a space)."""
    return "\u3000" in text or "  " in text


def keep_typed_tables(lines: list[Line]) -> None:
    """Restore each table typed in columns that the body holds (see above)."""
    # (most pages have no short line with wide gaps gone for its shape: nothing to restore)
    if not any(line.reason is not None and len(line.text) <= _TYPED_LINE and _gapped(line.text) for line in lines):
        return
    n, i = len(lines), 1
    while i < n:
        # (the heading row: under a kept line, or under the first group's head gone for its shape
        # under one, 长距离组（21公里） read as a counter; no figure in it)
        if (above := lines[i - 1]).kept:
            headed = False
        elif i > 1 and above.reason in _SHAPES and _kept_over(lines, i - 2) and _head(above):
            headed = True
        else:
            i += 1
            continue
        if not (width := _typed_width(lines[i])) or any(ch.isdigit() for ch in lines[i].text):
            i += 1
            continue
        j = i + 1
        while j < n:
            if _typed_width(lines[j]) == width:
                j += 1
            # (a group's head over the next table goes on the run: 【女子组】 / 名次　姓名 … / 1　白雪 …)
            elif _head(lines[j]) and j + 1 < n and (w := _typed_width(lines[j + 1])):
                j, width = j + 2, w
            else:
                break
        if j - i < _TYPED_ROWS and lines[i].reason in _SHAPES and _held_rows(lines, i + 1, width) >= _HELD_ROWS:
            lines[i].restore()  # (rows too wide for cells of words, 逢星期一 14:30-16:00, that the body kept)
        run = lines[i - headed : j]
        if (
            j - i >= _TYPED_ROWS
            and _body_after(lines, j)
            and all(line.reason is None or line.reason in _SHAPES for line in run)
        ):
            for line in run:
                line.restore()
        i = max(j, i + 1)


_HELD_ROWS: Final = 2


def _kept_over(lines: list[Line], k: int) -> bool:
    """Line ``k`` is kept, or a picture's caption is, right under a kept line
    (a photo between the text and the first group's head: [相片] … / 男子公開組)."""
    if lines[k].reason is Reason.CAPTION:
        k -= 1
    return k >= 0 and lines[k].kept


def _held_rows(lines: list[Line], k: int, width: int) -> int:
    """How many kept rows from ``k`` on have ``width`` cells apart by wide gaps: under
    a heading of words as wide, the body's table, whatever their cells hold."""
    n = k
    while n < len(lines) and lines[n].kept and len(WIDE_GAP.split(lines[n].text.strip())) == width:
        n += 1
    return n - k


def _body_after(lines: list[Line], j: int) -> bool:
    """The body's prose at ``j``, or a heading over it (作品说明 / 03号…): kept, or
    gone only for its place after the rows the walk takes for junk (備註 over
    1. 時間以感應晶片計算…)."""
    if j >= len(lines) or not (lines[j].kept or (lines[j].reason in _SHAPES and lines[j].short and _head(lines[j]))):
        return False
    return any(k < len(lines) and lines[k].kept and not lines[k].short for k in (j, j + 1))


# A roll typed as a column of labelled rows: each line a short label (a role
# or a rank, maybe spaced out to the column's width: 副 爐 主, 爐　　主, 佳　作),
# then a few short cells apart by full-width spaces (names, a pair joined by ×,
# a prize's work): 頭　　旗　尤明德 / 一等奖　欧阳春华　欧阳小满　　碱水豆沙粽. Alone
# a row looks like a menu; a menu is no run of such rows part kept already or
# announced by a line ending in a colon.
_WIDE_GAP: Final = re.compile(r"\u3000+")
# (a name's gloss in brackets is no part of its cell: 邱水木（大家叫他水木伯）)
_NAME_GLOSS: Final = re.compile(r"[（(][^（()）\u3000]{1,30}[)）]")
_LABELLED_LINE: Final = 60
_LABELLED_ROWS: Final = 3


def _labelled_row(line: Line) -> bool:
    """A labelled row's shape (its verdict aside)."""
    text = line.text.strip()
    if line.meta is not None or len(text) > _LABELLED_LINE or "\u3000" not in text:
        return False
    cells = _WIDE_GAP.split(_NAME_GLOSS.sub("", text))
    # (the label: its first cell, or single characters set apart to the column's width: 爐　　主)
    k = next((i for i, c in enumerate(cells) if len(c) != 1), len(cells))
    k = k if k >= 2 else 1
    label = "".join(cells[:k]).replace(" ", "")
    return (
        2 <= len(label) <= 6
        and all("\u4e00" <= ch <= "\u9fff" for ch in label)  # (no Han class in a pattern: its compile is dear)
        and len(cells) > k
        and all(len(c) <= _CELL and not _NOT_IN_CELL.search(c) and not c.isdigit() for c in cells[k:])
    )


# (a head and rows gone for their own shape or place among junk; not as a block of the page's, a box's
# head and its rows gone with it, 热门菜苗 / 小白菜苗　★★★★★ 4.8)
_OWN_SHAPES: Final = _SHAPES - {Reason.RELATED, Reason.PAGE_FOOTER}


def keep_labelled_rows(lines: list[Line]) -> None:
    """Restore each run of three or more labelled rows under a kept line, one of
    them kept already, or of two or more under a line ending in a colon, when
    what dropped the others is only their shape. A run under a short head gone
    for its shape (第一週（11/5～11/9） read as a counter) right under the body's
    paragraph, with the body right under the run, is a table too, its head kept
    with it (a week's menu: 星期一　糙米飯　滷雞腿 …); so are the heads of its next
    groups between its rows (第二週…)."""
    n, i = len(lines), 1
    while i < n:
        # (the line above first, an attribute's test: kept, or gone for its shape, a head's)
        above = lines[i - 1]
        kept = above.reason is None and above.meta is None
        if not (kept or above.reason in _OWN_SHAPES) or not _labelled_row(lines[i]):
            i += 1
            continue
        # (the head gone for its shape, under a paragraph of the story: its table's caption)
        headed = not kept and i > 1 and _head(above) and story_line(lines[i - 2])
        if not kept and not headed:
            i += 1
            continue
        j, rows = i + 1, 1
        while j < n:
            if _labelled_row(lines[j]):
                rows += 1
            elif not (headed and _head(lines[j]) and j + 1 < n and _labelled_row(lines[j + 1])):
                break
            j += 1
        run = lines[i - headed : j]
        # (two rows make a roll under a line that announces it, 名单如下：; a menu between body lines is none)
        announced = not headed and rows >= 2 and above.text.rstrip().endswith(("：", ":"))
        framed = headed and j < n and lines[j].kept  # (the body goes on under the rows)
        if (
            (rows >= _LABELLED_ROWS or announced)
            and (announced or framed or any(line.kept for line in run))
            and all(line.reason is None or line.reason in (_OWN_SHAPES if headed else _SHAPES) for line in run)
        ):
            for line in run:
                line.restore()
        i = j
