"""Tables flattened into lines: rows of cells apart by wide spaces (a
timetable, a clinic's hours) that each alone look like a site's menu.
``reader.core.cleaning.clean`` runs :func:`rescue_table_rows` among the
row rescues of :mod:`reader.core.row_rescues`.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.junk_rules import ROW_LIKE, SHAPE_ONLY, Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import LABEL_VALUE, Line, is_prose_start, row_cells
from reader.core.price_rows import spaced_head
from reader.core.row_runs import one_shape, value_names

_TABLE_ROWS: Final = 3


def rescue_table_rows(lines: list[Line]) -> None:
    """A table flattened into lines under a heading of the body (門診時間 /
    星期一　上午 甲　下午 乙 / 星期二　上午 丙 …): three rows or more split
    into cells, each led by its own first cell, sharing a word in every
    row (a column's 上午), or under a header row of short labels with as
    many cells in every row (a timetable). A site's menu rows share no
    word and have no header."""
    i = 0
    while i < len(lines):
        # (most lines can open no run: passed over in one test, the run's own first below)
        if (
            (first := lines[i]).reason not in _TABLE_LIKE
            or first.meta
            or not (first.short or first.reason in _LONG_ROWS)
        ):
            i += 1
            continue
        j = i
        # (a row on its own among them may not be judged yet: 星期五　上午 甲)
        while (
            j < len(lines)
            and lines[j].reason in (_TABLE_LIKE if j == i else _KEPT_OR_TABLE_LIKE)
            and not lines[j].meta
            # (a timetable's rows may be long: their header tells them, see _headed)
            and (lines[j].short or lines[j].reason in _LONG_ROWS)
        ):
            j += 1
        if j - i < _TABLE_ROWS:
            i = max(j, i + 1)
            continue  # (most lines: too few rows for a table)
        rows = lines[i:j]
        # (a kept heading right under the table is no row of it: 二、停运列车)
        while len(rows) > _TABLE_ROWS and rows[-1].kept and not _table(rows):
            rows.pop()
            j -= 1
        # (under a kept line with the body above it, not under a block of the page's: 上一篇 / 排行榜;
        # or a table with its head row under a kept heading and over the body going on)
        above = i > 0 and lines[i - 1].kept and (not lines[i - 1].short or (i > 1 and lines[i - 2].kept))
        if not above and i > 0 and lines[i - 1].kept and j + 1 < len(lines):
            above = lines[j].kept and lines[j + 1].kept and _headed(rows)
        if len(rows) >= _TABLE_ROWS and above and any(r.bad for r in rows) and _table(rows):
            for row in rows:
                row.restore()
            j = _rows_on(lines, j, len(row_cells(rows[-1].text)))
            # (where to go and whom to call, right under the table and not
            # over more junk, belongs to its section: 治療室位置：… 聯絡電話：…)
            if (
                j + 1 < len(lines)
                and lines[j].reason is Reason.CONTACT
                and LABEL_VALUE.match(lines[j].text)
                and not lines[j + 1].bad
            ):
                lines[j].restore()
        i = max(j, i + 1)


_TABLE_LIKE: Final = (Reason.NAVIGATION, Reason.BETWEEN_BOILERPLATE, Reason.CONTROLS)
_KEPT_OR_TABLE_LIKE: Final = (None, *_TABLE_LIKE)


def _rows_on(lines: list[Line], j: int, width: int) -> int:
    """The table's rows on past a long one the run stopped at (3　梅竹新村　12幢与13幢之间空地　24　2029年2月
    / 4　栖湖小学教师宿舍　…): as many cells (three or more), gone only for their shape; where the walk goes on."""
    while width >= 3 and j < len(lines) and not lines[j].meta and lines[j].reason in _KEPT_OR_TABLE_LIKE:
        if len(row_cells(lines[j].text)) != width:
            break
        lines[j].restore()
        j += 1
    return j


# (a row of cells apart by wide spaces, at any length: a menu's or a control's shape)
_LONG_ROWS: Final = (Reason.NAVIGATION, Reason.CONTROLS)


def _cells(rows: list[Line]) -> list[list[str]]:
    """Each row's cells: apart by wide gaps, or, where no row has one, by one
    space, as a saved page's table rows come out (冠軍 馮少芬 翠泉樓 41)."""
    cells = [row_cells(row.text) for row in rows]
    if all(len(c) < 2 for c in cells):
        return [row.text.split(" ") for row in rows]
    return cells


def _headed(rows: list[Line]) -> bool:
    """``rows`` open with a head row of labels over rows with figures (名次 姓名 座數 答中題數)."""
    cells = _cells(rows)
    return not any(ch.isdigit() for ch in rows[0].text) and one_shape(cells)


def _table(rows: list[Line]) -> bool:
    cells = _cells(rows)
    if any(len(c) < 2 for c in cells):
        return False
    if all(len(row_cells(row.text)) < 2 for row in rows):
        # (rows one space apart: a menu's rows share words too, 新闻 国内 … 更多 /
        # 体育 足球 … 更多; only a table's shape and figures tell them apart)
        return len({row.text for row in rows}) == len(rows) and one_shape(cells)
    if len({c[0] for c in cells}) < len(cells):
        # (a lead repeated, as tied places are (優異獎 … / 優異獎 …): rows of one shape, none twice)
        return len({row.text for row in rows}) == len(rows) and one_shape(cells)
    if not all(row.short for row in rows):
        return one_shape(cells)
    words = [set(row.text.split()[1:]) for row in rows]
    return bool(set.intersection(*words)) or one_shape(cells)


# A field row's value is short: a name, a date, a place (box_fields asks the same).
FIELD_ROW: Final = 40


def rescue_fact_box(lines: list[Line], labelled: list[int]) -> None:
    """A box of one-label rows under a short heading of its own, or right under
    the page's head (豆子資訊 /
    國家：衣索比亞 / 產區：… / 海拔：2,150–2,300 公尺) that runs, with only
    metadata lines or a heading between, into the body's paragraphs of prose is the
    item's facts, the body's opening: when two of its values or more share
    words with the page's head or its prose (the item's name, the story),
    its rows that went as counters or for the junk around them stay, and
    its heading too. A profile's or a shop's box (等级：5 / 积分：1234)
    names nothing the article is about."""
    n = len(lines)
    after = 0  # (the lines of a box weighed already)
    # (``labelled``: the lines with a label's colon in their first nine characters;
    # a box's first row is one, the line over it none)
    for k in labelled:
        i = k - 1
        if i < max(after, 1) or i >= n - _BOX_ROWS or (head := lines[i]).meta:
            continue
        if (":" in (label := head.text[:9]) or "：" in label) and LABEL_VALUE.match(head.text):
            continue  # (a row of the box itself, or of one above it)
        # (its own heading, or none: the box right under the page's head)
        headed = (
            len(head.text) <= _BOX_HEAD
            and not head.own_rule
            and head.reason in (None, Reason.BETWEEN_BOILERPLATE)
            and not LABEL_MARK.search(head.text)
            and not head.text.endswith(SENTENCE_END)
        )
        j, rows, tail = i + 1, 0, False
        while j < n and len((row := lines[j]).text) <= FIELD_ROW:
            if not LABEL_VALUE.match(row.text) or len(LABEL_MARK.findall(row.text)) != 1:
                break
            if not (row.meta or row.reason is None or row.reason in SHAPE_ONLY or row.reason is Reason.RELATED):
                break
            if row.reason is Reason.COUNTER and reaction_count(row):
                break
            rows += row.meta is None
            tail = tail or row.reason is Reason.RELATED
            j += 1
        after = j
        box = lines[i + 1 : j]
        if rows < _BOX_ROWS or not any(row.meta is None and row.reason is not None for row in box):
            continue
        # (a box under its own heading right under the story's last paragraph:
        # 档口资料 / 地址：… / 营业时间：… at the foot of a column, taken for a list of links)
        if tail:
            if not headed or not _under_story(lines, i):
                continue
            story = "".join(line.text for line in lines[:i] if line.kept and not line.short)
            if sum(value_names(row.text, story, _FIGURE) for row in box) >= 2:
                for line in (head, *box):
                    if line.meta is None:
                        line.restore()
            continue
        k = j
        while k < n and lines[k].meta:
            k += 1
        # (or under one heading of the body's, 產品介紹, or one gone beside the box's
        # rows, 释文, between the box and the story: it stays with the box)
        between: Line | None = None
        if (
            k + 1 < n
            and lines[k].reason in (None, Reason.BETWEEN_BOILERPLATE)
            and not lines[k].meta
            and lines[k].short
            and not lines[k].text.endswith(SENTENCE_END)
        ):
            between = lines[k]
            k += 1
        if k == n or not lines[k].kept or not is_prose_start(lines[k]):
            continue
        # (topic continuity: the page's head and its prose name what the values name)
        context = "".join(line.text for line in lines[: i + 1]) + "".join(
            line.text for line in lines[k:] if line.kept and not line.short
        )
        if sum(value_names(row.text, context, _FIGURE) for row in box) < 2:
            continue
        taken = [head, *box] if headed else box
        for line in [*taken, between] if between is not None else taken:
            if line.meta is None:
                line.restore()


def _under_story(lines: list[Line], i: int) -> bool:
    """Line ``i`` sits right under a paragraph of the story (a photo's caption between)."""
    j = i - 1
    while j >= 0 and (lines[j].meta or lines[j].reason is Reason.CAPTION):
        j -= 1
    return j >= 0 and lines[j].kept and not lines[j].short and lines[j].text.endswith(SENTENCE_END)


_BOX_ROWS: Final = 4
_BOX_HEAD: Final = 10
# A box row names the story by a Han word or a figure with its unit or its
# decimals (1800W, 1.7L, 2.5; a bare count, 234, or a share, 5%, names nothing here)
_FIGURE: Final = re.compile(r"\d[\d.]*[A-Za-z]+|\d+\.\d+")


# A count of readers or reactions and nothing else: 瀏覽人次：412, 阅读：1.2万
_COUNT_VALUE: Final = re.compile(r"[:：]\s*[\d,.]+\s*[万萬千次人]?$")


def reaction_count(line: Line) -> bool:
    """The page's counter under a label of reactions (the page counts its
    readers; a fact of the article counts something else: 参与人数：120),
    or a row of counters one of whose labels is (查看: 2,874 | 回覆: 23)."""
    folded = line.folded or line.text
    if _COUNT_VALUE.search(folded) is None:
        return False
    return any(REACTION.search(cell.split("：")[0].split(":")[0]) is not None for cell in folded.split("|"))


# (回覆: the fold keeps 覆, a Simplified character too)
REACTION: Final = re.compile(r"赞|评|留言|回复|回覆|阅读|浏览|收藏|转发|分享|关注|粉丝|播放|人气|热度|点击|点阅|在看")


# (rows that only context tells from junk: a figure read as a counter, a row beside junk)
# A label's colon (not a clock's: 14:30).
LABEL_MARK: Final = re.compile(r"(?<!\d)[:：]|[:：](?!\d)")


def figure_row(line: Line) -> bool:
    """Cells apart by wide gaps, two thirds of them with figures (二等奖　138注　178,216元)."""
    cells = row_cells(line.text)
    return len(cells) >= 2 and figure_cells(cells) * 3 >= len(cells) * 2


def figure_cells(cells: list[str]) -> int:
    """How many of a row's ``cells`` hold a figure."""
    return sum(any(ch.isdigit() for ch in c) for c in cells)


def head_row_over(above: Line, row: Line) -> bool:
    """``above`` is a table's head row over ``row``: as many cells, three or
    more, apart by the same gaps (年份　累计投用（台）　困人事件（起） over 2023　1,104　18)."""
    cells = row_cells(above.text)
    return len(cells) >= 3 and len(cells) == len(row_cells(row.text))


def rescue_head_rows(lines: list[Line]) -> None:
    """A row of labels gone as a menu (岗位代码　准考证号　姓名　成绩), under a
    kept line and over two kept rows of figures with as many cells, is the
    head of the body's table: a menu's row stands over no such rows. So is
    the table's heading over it, gone for its shape alone between the kept
    line and the head row (多人組（…） over 名次　呼號　… over 1　BX4ZQA　…)."""
    for i in range(1, len(lines) - 2):
        line = lines[i]
        if line.reason not in ROW_LIKE or line.meta:
            continue  # (most lines)
        heading = None
        if not (above := lines[i - 1]).kept:
            # (a short line gone for its shape alone, under a kept line: the table's heading)
            # (the line over it first: in a run of junk most fail there)
            if i < 2 or not lines[i - 2].kept or not above.short or above.meta or above.reason not in SHAPE_ONLY:
                continue
            heading = above
        rows = lines[i + 1 : i + 3]
        if (
            (all(row.kept and figure_row(row) and head_row_over(line, row) for row in rows) and not figure_row(line))
            # (cells one space apart, as a table's rows come out: 鱼种 今日价 昨日价 涨跌)
            or (" " in line.text and spaced_head(line.text) and all(_spaced_figures(line, row) for row in rows))
            # (over rows numbered 1, 2 with its cells: 序号 答辩人 … over 1 邵明哲 …)
            or (" " in line.text and spaced_head(line.text) and _numbered_rows(line, rows))
            # (日期　時間　地點　備註 over rows whose 備註 may be blank: 12/10　08:30　東勢里)
            or _blank_last_cells(line, rows)
        ):
            line.restore()
            if heading is not None:
                heading.restore()


def _blank_last_cells(head: Line, rows: list[Line]) -> bool:
    """``rows``, kept, each with as many wide-gap cells as ``head`` (four or more, none
    with a figure) or one fewer (a blank last cell), half of them with figures."""
    n = len(row_cells(head.text))
    if n < 4 or any(ch.isdigit() for ch in head.text):
        return False
    for row in rows:
        got = row_cells(row.text)
        if not row.kept or not n - 1 <= len(got) <= n or figure_cells(got) * 2 < n:
            return False
    return True


def _numbered_rows(head: Line, rows: list[Line]) -> bool:
    """``rows``, kept, lead with 1 and 2 and have as many one-space cells as ``head`` (three or more) or more."""
    n = head.text.count(" ") + 1
    return n >= 3 and all(
        row.kept and row.text.startswith(f"{k} ") and row.text.count(" ") + 1 >= n for k, row in enumerate(rows, 1)
    )


def _spaced_figures(head: Line, row: Line) -> bool:
    """``row``, kept, has as many one-space cells as ``head`` (three or more), half with figures
    (a dash in a cell of figures is its blank: 星期三 9:00–13:00 —)."""
    cells, n = row.text.split(" "), head.text.count(" ") + 1
    return (
        row.kept
        and n >= 3
        and len(cells) == n
        and (figure_cells(cells) + sum(c in _BLANK_CELLS for c in cells)) * 2 >= n
    )


_BLANK_CELLS: Final = frozenset({"—", "–", "-", "－", "——"})


_HEAD_CELLS: Final = 3  # (a table's head: three labels or more; two are a heading's pair)
_CELL_ROW: Final = 60  # (a row of short cells; a longer line is prose)
# A row of the table gone for its shape or for one cell's words (微信公众号)
_CELL_WORDS: Final = frozenset({Reason.PROMOTION, Reason.CONTACT})
_CELLS_GONE: Final = ROW_LIKE | _CELL_WORDS


def rescue_headed_cells(lines: list[Line]) -> None:
    """Rows of a table under its kept head row, cells one space apart as an
    HTML table's rows come out (类别 预约渠道 提前时间 over 个人 微信公众号“…” 1—7天
    / 10人以上团队 电话 0730-… 3个工作日 / 学校研学 发函至 … 7个工作日): rows gone
    for one cell's words (an account, a phone), over a kept row of the same
    table, come back; the head's labels say what they are."""
    heads = set()
    # (from the few rows gone for a cell's words, up to their head: cheaper than a walk down every line)
    for g in [k for k, line in enumerate(lines) if line.reason in _CELL_WORDS]:
        h = g - 1
        while h > 0 and _cell_row(lines[h], 2) and not _table_head(lines[h]):
            h -= 1
        if _table_head(lines[h]):
            heads.add(h)
    for i in heads:
        cells = lines[i].text.count(" ") + 1
        j = i + 1
        while j < len(lines) and _cell_row(lines[j], cells):
            j += 1
        rows = lines[i + 1 : j]
        last = max((k for k, row in enumerate(rows) if row.kept), default=0)
        if len({row.text.split(" ")[0] for row in rows}) == len(rows):
            for row in rows[:last]:
                if row.reason in _CELLS_GONE:
                    row.restore()


def _table_head(line: Line) -> bool:
    return line.kept and line.text.count(" ") >= _HEAD_CELLS - 1 and spaced_head(line.text)


def _cell_row(line: Line, cells: int) -> bool:
    text = line.text
    return (
        not line.meta
        and (line.kept or line.reason in _CELLS_GONE)
        and text.count(" ") >= cells - 1
        and len(text) <= _CELL_ROW
        and not text.endswith(SENTENCE_END)
    )


__all__ = [
    "FIELD_ROW",
    "LABEL_MARK",
    "REACTION",
    "figure_cells",
    "head_row_over",
    "reaction_count",
    "rescue_fact_box",
    "rescue_head_rows",
    "rescue_headed_cells",
    "rescue_table_rows",
]
