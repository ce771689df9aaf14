"""Tables written with bars: a Markdown pipe table, and a table copied with
its bars but no rule row. Each row alone looks like a menu (首页 | 船队 |
航线); the rows together are the article's structure."""

from __future__ import annotations

from typing import Final

from reader.core.end_boxes import PIPE_ROW, PIPE_RULE
from reader.core.junk_rules import Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import Line, adjacent_runs
from reader.core.person_values import han_name_shaped
from reader.core.round_brackets import before_note

# A rule-less table: this many rows (its heading and two), each of this many cells.
_MIN_ROWS: Final = 3
_MIN_BARS: Final = 2
# A two-column table (年级 | 代表 over 一年级 | 孔令晨 宋雨桐): one bar a row, so a row more.
_TWO_CELL_ROWS: Final = 4
# A table split by its section headings: rows this wide, at most this many lines apart.
_SPLIT_MIN_BARS: Final = 3
_SPLIT_GAP: Final = 2


def keep_pipe_tables(lines: list[Line]) -> None:
    """A Markdown pipe table (a header row, a |---| rule, its rows) is the
    article's structure, never the page's junk: the whole table stays, its
    rule row too (the reader shows the table as its author wrote it), and so
    does a line right above or under it gone only as between junk (its total,
    合計：76,400澳門元): the junk it stood beside was the table's rows."""
    # (a row's shape is its text's, which nothing here changes: the rows in one sweep, then their runs)
    rows = [k for k, line in enumerate(lines) if line.text[:1] == "|" and PIPE_ROW.match(line.text)]
    width, last = 0, -1  # (the last whole table's cells, and where it or its latest piece ends)
    for i, j in adjacent_runs(rows):
        if j - i >= 3 and PIPE_RULE.match(lines[i + 1].text):
            for line in lines[i:j]:
                line.reason, line.meta, line.own_rule, line.weak = None, None, False, False
            for k in (i - 1, j):
                if 0 <= k < len(lines) and lines[k].reason is _BOILER:
                    lines[k].restore()
            width, last = lines[i].text.count("|"), j
        elif width and i - last <= _SPLIT_GAP and _continues(lines, last, i, j, width):
            for line in lines[last:j]:
                if not line.meta:
                    line.restore()
            last = j
    # (a row's bars are its text's, which no step here changes: counted once for both)
    bars = [_bars(line) for line in lines]
    _keep_bare_tables(lines, bars)
    _keep_split_tables(lines, bars)


# A section's head between a table's pieces: a Markdown heading, or a line this short.
_HEAD_CHARS: Final = 10


def _continues(lines: list[Line], last: int, i: int, j: int, width: int) -> bool:
    """Rows with no header or rule of their own (| 單色染 | 1,800 | 2,400 |), as
    wide as the whole table above them and under its section heads only (## 染髮),
    are that table's next piece: the author split it by its sections. A menu
    never follows a table's rows with rows as wide."""
    heads = lines[last:i]
    return all(line.text.count("|") == width for line in lines[i:j]) and all(
        (line.text[:1] == "#" or len(line.text) <= _HEAD_CHARS) and not line.text.endswith(SENTENCE_END)
        for line in heads
    )


def _bars(line: Line) -> int:
    # (a Chinese page's table may use the full-width bar: 台次｜姓名｜等级分; a row
    # framed by bars, | 任期 | 村長 |, without a rule under its head, counts its inner bars)
    text = line.text
    if text[:1] != "|":
        return text.count("|") + text.count("｜")
    return text.count("|") - 2 if len(text) > 1 and text[-1] == "|" else 0


def _keep_bare_tables(lines: list[Line], bars: list[int]) -> None:
    """Rows with the same number of bars, one under another (职务 | 姓名 | 国籍 |
    备注 over 大副 | 赫连东 | 中国 |, an empty last cell keeping its bar), between
    two lines of the body, are a table copied without its rule row. A menu is one
    line, or lines of different lengths; it never sits inside the body. Rows of
    two cells (部门 | 姓名, one bar a row) take a row more (a stacked menu is
    rarely that long), or three where three of them stayed: a row among them
    gone as a menu's (香港分公司 | 何林淑仪) is the table's."""
    i = 1
    while i < len(lines) - 1:
        if not bars[i]:  # (most lines: no bar, no run)
            i += 1
            continue
        j = i
        while j < len(lines) - 1 and bars[j] and bars[j] == bars[i]:
            j += 1
        two = bars[i] < _MIN_BARS
        run = j - i
        stayed = sum(line.kept for line in lines[i:j]) if two else run
        named = False
        if (
            run >= _MIN_ROWS
            and (lines[i - 1].kept or (named := _names_people(lines[i].text, lines[i + 1 : j])))
            # (a table of people may end under its notes' head, 说明：, the body after it)
            and (lines[j].kept or (named and j + 1 < len(lines) and lines[j + 1].kept))
            and (not two or run >= _TWO_CELL_ROWS or stayed >= _MIN_ROWS)
        ):
            for line in lines[i:j]:
                if not line.meta and not (two and line.kept):
                    line.restore()
            if not lines[i - 1].kept and named:
                _keep_head(lines, i - 1)
        i = max(j, i + 1)


# A table's head cell naming its rows' people: 学号 | 姓名 | 工作单位.
_NAME_CELL: Final = "姓名"


def _names_people(row: str, rows: list[Line]) -> bool:
    """A table's head row with a cell for its people's names, or a column whose
    cells under a label are mostly names (墓主 | 认领人 over 欧阳守业 | 欧阳建军): a
    menu's row never has one, so the rows stand whatever goes above them."""
    heads = _cells(row)
    if _NAME_CELL in row and _NAME_CELL in heads:
        return True
    columns = [_cells(line.text) for line in rows]
    for c, head in enumerate(heads):
        if not head or han_name_shaped(head):
            continue
        filled = [cells[c] for cells in columns if c < len(cells) and cells[c].strip("—-－ ")]
        names = sum(han_name_shaped(before_note(cell).split("、")[0]) for cell in filled)
        if names >= _MIN_ROWS and names * 4 >= len(filled) * 3:
            return True
    return False


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.replace("｜", "|").split("|")]


def _keep_head(lines: list[Line], k: int) -> None:
    """The short line over a table of people (电子商务专业（部分）), under a kept
    line, is the table's section head, gone for its junk-looking rows. Whom to
    ask (联系人：村委会主任…), between the notice's paragraph and its table of
    people, is the notice's too: a site's contact line never sits in the body."""
    head = lines[k]
    if not k or not lines[k - 1].kept:
        return
    if head.reason is _BOILER:
        if head.short and not head.text.endswith(SENTENCE_END):
            head.restore()
    elif head.reason is _CONTACT and not head.meta and not lines[k - 1].short:
        head.restore()


_BOILER: Final = Reason.BETWEEN_BOILERPLATE  # (bound once: Reason.X is a slow lookup)
_CONTACT: Final = Reason.CONTACT


def _keep_split_tables(lines: list[Line], bars: list[int]) -> None:
    """A prize list's table cut by its section headings (队名 | 学校 | 队员 | 指导教师,
    一行, then 二、亚军, then the next row): rows of four cells or more, each as wide,
    one or two lines apart, three rows or more, with the body on both sides (or
    three cells each when the first piece is a table by itself). A
    menu's lines are never this regular and never sit inside the body (or
    never mostly kept on their own, when a heading after the table is not yet).
    The headings between the rows stay with them."""
    rows = [k for k, n in enumerate(bars) if n >= _MIN_BARS]
    start = 0
    for end in range(1, len(rows) + 1):
        if end < len(rows) and bars[rows[end]] == bars[rows[start]] and rows[end] - rows[end - 1] <= _SPLIT_GAP + 1:
            continue
        i, j = rows[start], rows[end - 1] + 1
        # (or most of its rows are kept on their own: a menu's never are, a table's stray row is its)
        mostly_kept = sum(lines[k].kept for k in rows[start:end]) * 4 >= (end - start) * 3
        if (
            end - start >= _MIN_ROWS
            and (bars[i] >= _SPLIT_MIN_BARS or _opens_whole(rows[start:end]))
            and i > 0
            and j < len(lines)
            and ((lines[i - 1].kept and lines[j].kept) or mostly_kept)
        ):
            for line in lines[i:j]:
                if not line.meta:
                    line.restore()
        start = end


def _opens_whole(rows: list[int]) -> bool:
    """Narrower rows (three cells: 名次 | 选手 | 国家) make a split table when its
    first piece is a table by itself, its heading and two rows adjacent, before
    the first section heading (业余组 拉丁舞) cuts it."""
    return len(rows) >= _MIN_ROWS and rows[_MIN_ROWS - 1] - rows[0] == _MIN_ROWS - 1
