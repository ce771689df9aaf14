"""The names in a table's column whose heading is a person's role: a cast
table (角色　　日本聲優　　台灣配音) lists its voice actors under 日本聲優, a
staff table its people under 主治医师. The rows are lines of two or more
cells set apart by runs of spaces; the heading (the run's first row) says
what the column holds, so its cells are people whatever they mean."""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.core.people import lexicon
from reader.core.people.column_labels import labels_off
from reader.core.people.cues import cue_ends_at
from reader.core.people.heading_rows import NAME_HEADINGS, heading_row, names_heading, series_heading
from reader.core.people.named_cells import word_named
from reader.core.people.names import CJK, surname_length
from reader.core.people.ruled_tables import ruled_off, unruled
from reader.core.round_brackets import before_note

_ROW_RE = re.compile(r"(?m)^[^\n]*?[^\s\u3000][ \t\u3000]{2,}[^\s\u3000][^\n]*$")
_GAP_RE = re.compile(r"[ \t\u3000]{2,}")
_CELL_RE = re.compile(rf"[{CJK}]{{2,5}}")
MIN_ROWS = 3  # the heading and two rows


def role_columns(folded: str) -> list[list[tuple[int, int, str]]]:
    """The Han cells under each role heading, one run per column."""
    if "  " not in folded and "\u3000\u3000" not in folded:
        return []
    return each_table(_ROW_RE, folded, _cells, _columns)


Cell = tuple[int, int, str]


def each_table(
    row_re: re.Pattern[str],
    folded: str,
    cells: Callable[[str, int], list[Cell]],
    columns: Callable[[list[list[Cell]]], list[list[Cell]]],
) -> list[list[Cell]]:
    """The ``columns`` of each table in ``folded``: a run of adjacent lines
    that ``row_re`` matches, each split into ``cells``."""
    runs: list[list[Cell]] = []
    table: list[list[Cell]] = []
    last_end = -2
    for m in row_re.finditer(folded):
        if m.start() != last_end + 1:
            runs += columns(table)
            table = []
        table.append(cells(m.group(), m.start()))
        last_end = m.end()
    return runs + columns(table)


def _cells(line: str, offset: int) -> list[tuple[int, int, str]]:
    cells, pos = [], 0
    for gap in [*_GAP_RE.finditer(line), None]:
        end = gap.start() if gap else len(line)
        text = line[pos:end].strip(" \t\u3000")
        start = offset + pos + (len(line[pos:end]) - len(line[pos:end].lstrip(" \t\u3000")))
        cells.append((start, start + len(text), text))
        pos = gap.end() if gap else len(line)
    return cells


def _columns(table: list[list[tuple[int, int, str]]]) -> list[list[tuple[int, int, str]]]:
    if not even_table(table):
        return []
    head, rows = table[0], table[1:]
    columns = []
    for i, (_, _, heading) in enumerate(head):
        cells = [row[i] for row in rows]
        # A column of roles is the labels of a list (主席　陳德華, 副主席　李淑儀),
        # its first row no heading.
        roles = sum(cue_ends_at(text, len(text)) for _, _, text in cells)
        if cue_ends_at(heading, len(heading)) and roles * 2 < len(cells):
            columns.append([c for c in cells if _CELL_RE.fullmatch(c[2])])
    return columns


# A row of a table written with bars (大副 | 赫连东 | 中国 |): two bars or more.
_BAR_ROW_RE = re.compile(r"(?m)^[^\n|]*\|[^\n|]*\|[^\n]*$")
# A row of a two-column table (角色 | 演員): one bar between two cells.
_TWO_COLUMN_ROW_RE = re.compile(r"(?m)^[^\n|]+\|[^\n|]+$")


def bar_columns(folded: str) -> list[list[tuple[int, int, str]]]:
    """The Han cells of each column of a table written with bars, one run per
    column; its rows have the same number of bars. No heading vouches for a
    column here: its cells are people where enough of the others are."""
    if "|" not in folded:
        return []
    return each_table(_BAR_ROW_RE, folded, bar_cells, _bar_columns)


def bar_cells(line: str, offset: int) -> list[tuple[int, int, str]]:
    """The cells of a line written with bars, as (start, end, text) in the
    whole text (``offset``: where the line starts), spaces around them off."""
    cells, pos = [], 0
    for part in line.split("|"):
        text = part.strip(" \t\u3000")
        start = offset + pos + len(part) - len(part.lstrip(" \t\u3000"))
        cells.append((start, start + len(text), text))
        pos += len(part) + 1
    return cells


def _bar_columns(table: list[list[tuple[int, int, str]]]) -> list[list[tuple[int, int, str]]]:
    if not even_table(table):
        return []
    ruled = ruled_off(table)
    table = unruled(table)
    # A person's heading (车手 | 领航员) is the column's label, not one of its people;
    # so is a whole first row naming a series (冠军 | 亚军 | 季军), or one ruled off,
    # or one that heads a column of names (姓名 | 崗位 | 花名: 花名, nickname, heads its own).
    series = ruled or heading_row(table)
    return [
        labels_off([names_in(row[i]) for row in table[1 if series or person_heading(table[0][i][2]) else 0 :]])
        for i in range(len(table[0]))
    ]


# How a heading naming people ends: a role (作者, 摄影师) or an agent noun (车手, 学徒,
# 领航员, 指导教师, 受访者).
_AGENT_ENDS = frozenset("师手员者徒")
# (and one who does it: 认养人, 负责人, 联系人; 人 alone heads no column; or owns it: 虫主, 马主, 车主)
_AGENT_NOUN = "人"
_OWNER = "主"


def person_heading(text: str) -> bool:
    """A heading over people: a role, an agent noun, 姓名 (教练姓名: whose names)."""
    return bool(text) and (
        text[-1] in _AGENT_ENDS
        or (len(text) >= 2 and (text[-1] == _AGENT_NOUN or text[-1] == _OWNER))
        or names_heading(text)
        or cue_ends_at(text, len(text))
    )


def even_table(table: list[list[Cell]]) -> bool:
    """Rows enough, each with as many cells: a table, not a line with bars."""
    return len(table) >= MIN_ROWS and len({len(row) for row in table}) == 1


def _nearly_even(table: list[list[Cell]]) -> bool:
    """A page's tab table once loaded, where a row may be one cell short (an
    empty last cell leaves none: 6 周明德 1986–1990 under 任次 姓名 任期 備註) or
    wider (a cell of names set apart by spaces: 8 郑小雨 孙红旗 何春花 白马村 …);
    most rows as wide as the heading."""
    if len(table) < MIN_ROWS:
        return False
    width = len(table[0])
    odd = [row for row in table[1:] if len(row) != width]
    return all(len(row) >= width - 1 for row in odd) and len(odd) * 2 <= len(table) - 1


def _under(row: list[Cell], i: int, width: int) -> list[Cell]:
    """The cells of ``row`` under heading ``i``: a wider row's extra cells are
    the column's own (the cells before it sit under theirs from the left, the
    cells after it from the right); a short row lacks its last."""
    if len(row) <= width:
        return row[i : i + 1]
    return row[i : i + len(row) - width + 1]


def _columns_headed(
    folded: str,
    wanted: Callable[[str], bool],
    row_re: re.Pattern[str] = _BAR_ROW_RE,
    cells: Callable[[str, int], list[Cell]] = bar_cells,
) -> list[list[Cell]]:
    """The Han cells under each heading ``wanted`` takes, in the tables of
    ``folded`` written with bars (rows ``row_re`` matches, ``cells`` splits)."""
    if cells is bar_cells and "|" not in folded:
        return []

    def under(table: list[list[Cell]]) -> list[list[Cell]]:
        if not (even_table(table) or (cells is spaced_cells and _nearly_even(table))):
            return []
        width = len(table[0])
        return [
            [c for row in table[1:] for cell in _under(row, i, width) for c in names_in(cell)]
            for i, (_, _, heading) in enumerate(table[0])
            if wanted(heading)
        ]

    return each_table(row_re, folded, cells, under)


def headed_tables(folded: str) -> list[tuple[list[Cell], list[list[Cell]]]]:
    """Each table of ``folded`` written with bars, or typed in columns (see
    :func:`wide_cells`), as its first row (a heading unless a series of labels)
    and its other rows."""
    tables: list[tuple[list[Cell], list[list[Cell]]]] = []

    def collect(table: list[list[Cell]]) -> list[list[Cell]]:
        if even_table(table):
            table = unruled(table)
            if table[0] and not series_heading(table[0]):
                tables.append((table[0], table[1:]))
        return []

    if "|" in folded:
        each_table(_BAR_ROW_RE, folded, bar_cells, collect)
    if "  " in folded:
        each_table(_ROW_RE, folded, wide_cells, collect)
    return tables


def wide_headed_columns(folded: str) -> list[list[Cell]]:
    """The names under each person's heading of a table typed in columns
    (名次　虫名　　虫主: the owners' column)."""
    if "  " not in folded:
        return []
    return _columns_headed(folded, person_heading, _ROW_RE, wide_cells)


# A row typed in columns, in the text before folding: a full-width space or a run of spaces inside.
_TYPED_ROW_RE = re.compile(r"(?m)^[^\n]*?\S(?:\u3000|[ \t]{2,})[^\n]*?\S[^\n]*$")


def typed_cells(
    plain: str, folded: str = "", roll: Callable[[list[Cell]], bool] = lambda cells: False
) -> tuple[set[int], list[Cell]]:
    """Where the cells of the rows of the tables typed in columns start (read
    in ``plain``, where a full-width space is still one): a row holds cells of
    its columns' kinds, no roll. Apart: the cells (in ``folded``, notes off) of
    the tables ``roll`` takes for people nearly all through, a roll after all
    (of couples: 陈明　佐藤和子（陈和子）)."""
    found: set[int] = set()
    rolled: list[Cell] = []

    def collect(table: list[list[Cell]]) -> list[list[Cell]]:
        if even_table(table):
            notes_off = [(a, before_note(c)) for row in table for a, _, c in row]
            cells = [(a, a + len(n), folded[a : a + len(n)]) for a, n in notes_off if n]
            if folded and roll(cells):
                rolled.extend(cells)
            else:
                found.update(start for row in table for start, _, _ in row)
        return []

    each_table(_TYPED_ROW_RE, plain, wide_cells, collect)
    return found, rolled


def wide_cells(line: str, offset: int) -> list[Cell]:
    """The cells of a row typed in columns, as a page's full-width spaces fold
    to spaces: every run of spaces sets a cell apart (one full-width space
    may part two narrow cells: 名次　虫名　　　　虫主), but none inside brackets
    (艾米丽·卡特（Emily Carter）)."""
    cells, start, depth = [], 0, 0
    for i, ch in enumerate(line + " "):
        depth += (ch in "（(") - (ch in "）)")
        if (ch == " " or ch == "\u3000") and depth <= 0:
            if i > start:
                cells.append((offset + start, offset + i, line[start:i]))
            start = i + 1
    return cells


def headed_bar_columns(folded: str) -> list[list[Cell]]:
    """The Han cells under each person's heading of a table written with bars
    (项目 | 作者 | 指导教师, 角色 | 演員): the heading vouches for its column's names."""
    # (a two-column table has one bar a row; its rows run on as one table only
    # among lines of one bar, or a wider table's would be uneven)
    return (
        _columns_headed(folded, person_heading)
        + _columns_headed(folded, person_heading, _TWO_COLUMN_ROW_RE)
        + _columns_headed(folded, person_heading, SPACED_ROW_RE, spaced_cells)
    )


# A row of a table whose cells one space sets apart (as a page's tab-separated
# table reads once loaded: 编号 树种 树龄 认养人): three cells or more.
SPACED_ROW_RE = re.compile(r"(?m)^[^\s|]+(?: [^\s|]+){2,}$")


def spaced_cells(line: str, offset: int) -> list[Cell]:
    """The cells of a line whose cells one space sets apart; a space inside
    brackets is a gloss's own (穆罕默德·禮詹（Mohammad Rizwan）), no new cell."""
    cells, start, depth = [], 0, 0
    for i, ch in enumerate(line + " "):
        depth += (ch in "（(") - (ch in "）)")
        if ch == " " and depth <= 0:
            cells.append((offset + start, offset + i, line[start:i]))
            start, depth = i + 1, 0
    return cells


def name_column_cells(folded: str) -> list[Cell]:
    """The cells under a heading that says they are names (姓名 | 年级): a
    four- or five-character one is a person even without a Chinese surname
    (哈斯其其格, a Mongolian name), which the shape rules want; in a table
    written with bars or with spaces (a page's tabs, 序号 项目名称 姓名 性别).
    Under an agent's or an owner's heading (选手 | 代表队, 马主), one of three to
    six characters with no Han name's shape (扎西平措, a Tibetan name; 其木格,
    巴图吉日嘎拉, Mongolian ones): one with a surname and a given name of one or
    two the shape rules read. A found name opening a longer cell is the name
    and its address (释常安法师, 葉志聰弟兄), which :mod:`rolls` drops."""
    named = NAME_HEADINGS.__contains__
    spaced = SPACED_ROW_RE, spaced_cells
    cells = [c for column in _columns_headed(folded, named) + _columns_headed(folded, named, *spaced) for c in column]
    # (a surname and a given name that make a word, 黄金, or end as a road does, 李山路; 和 opening it, 和平)
    words = [c for c in cells if word_named(c[2])]
    cells = [c for c in cells if 4 <= len(c[2]) <= 5]
    agents = [c for column in _columns_headed(folded, _agent_heading) for c in column]
    if "  " in folded:  # (or typed in columns: 编号　作者　　印文 / 07　乌云其其格　　草原之子)
        agents += [c for column in _columns_headed(folded, _agent_heading, _ROW_RE, wide_cells) for c in column]
    # (nor does a surname before three characters or more: 巴图吉日嘎拉)
    cells += [c for c in agents if 3 <= len(c[2]) <= 6 and _unsurnamed_cell(c[2])]
    return [c for c in cells if not lexicon.is_common_word(c[2])] + words


def _unsurnamed_cell(text: str) -> bool:
    """No Han name's shape, nor two words (日本游客 佐藤由香: a label); after a
    surname, no word ending it (區美儀姊妹: an address)."""
    if len(text) == 4 and lexicon.is_common_word(text[:2]) and lexicon.is_common_word(text[2:]):
        return False
    sl = surname_length(text, 0)
    return not sl or (len(text) - sl >= 3 and not lexicon.is_common_word(text[-2:]))


def _agent_heading(text: str) -> bool:
    # (or an owner's: 马主, 车主; a Mongolian owner has no surname either, 其木格)
    return len(text) >= 2 and (text[-1] in _AGENT_ENDS or text[-1] == _OWNER)


# A dotted name counts among a column's people (彼得·基普罗蒂奇 over 高飞); so does
# a six-character Mongolian one (巴图吉日嘎拉).
_NAME_CELL_RE = re.compile(rf"[{CJK}]{{2,6}}|[{CJK}]{{1,8}}(?:·[{CJK}]{{1,8}})+")


# A gloss in brackets after a cell's name (韩率（한솔）, 江流（本名江小流）).
_GLOSS_RE = re.compile(r"[（(][^（()）]{1,24}[）)]$")


def names_in(cell: Cell) -> list[Cell]:
    """The names of a cell: the cell, or each of the names it sets apart by
    spaces, 、 or / (a shared rank's row: 6-10 | 程浩然　谢婉清　朱建平; a pair's, 江淮/吕金宝), each
    without a gloss in brackets after it. A role before another part labels
    it (安检员 东郭明, 司机 邓师傅: a job, then the person), no name."""
    start, _, text = cell
    parts = list(re.finditer(r"[^ \t\u3000、/]+", text))
    return [
        (start + m.start(), start + m.start() + len(name), name)
        for i, m in enumerate(parts)
        if _NAME_CELL_RE.fullmatch(name := _GLOSS_RE.sub("", m.group()))
        and not (i + 1 < len(parts) and text[m.end()] != "、" and person_heading(name))
    ]


# How a heading naming places ends (訪談地點, 出生地, 籍貫).
_PLACE_HEADINGS = ("地", "地点", "地区", "地址", "籍贯", "城市", "国家", "国籍")


def place_columns(folded: str) -> list[list[Cell]]:
    """The Han cells under each place heading of a table written with bars."""
    return _columns_headed(folded, lambda heading: heading.endswith(_PLACE_HEADINGS))


# A cast table's heading over its roles (角色 | 演員, 角色名): the parts played.
_ROLE_HEADING = "角色"


def character_columns(folded: str) -> list[list[Cell]]:
    """The Han cells under a cast table's role heading: characters, the
    actors who play them in the other column."""
    if _ROLE_HEADING not in folded:
        return []
    return [
        column
        for row_re in (_BAR_ROW_RE, _TWO_COLUMN_ROW_RE)
        for column in _columns_headed(folded, lambda heading: heading.startswith(_ROLE_HEADING), row_re)
    ]
