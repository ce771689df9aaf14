"""Runs of rows of one shape about the article's own subject.

A table, a list's group heads, whom to call about a notice: each row alone
looks like a site's menu, a control or a contact line, and each was once
saved by a rescue of its own shape. The signal here is one, as jusText
judges a block with its neighbours: a run of rows of ONE shape (the same
cell count split by tabs, the same bracketed head) that stands inside the
article's prose and names what the article names (its cells share words
with the kept text, or the body announces it) is the article's. The page's
furniture shares no words with the story, or is already known as such by
stronger signals (repetition across the folder, links, prices and calls).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from reader.core.han import HAN_PAIRS, HAN_WORD
from reader.core.junk_rules import ROW_LIKE, Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import LABEL_VALUE, Line, row_cells
from reader.core.paragraph_ends import ends_paragraph

# Reasons a row of a table or a list's head may carry by its shape alone
# (a menu's gaps, a counter's digits, a control's brackets, a phone number).
_SHAPE: Final = frozenset(
    {
        Reason.NAVIGATION,
        Reason.BETWEEN_BOILERPLATE,
        Reason.COUNTER,
        Reason.CONTROLS,
        Reason.TIMESTAMP,
        Reason.CONTACT,
    }
)
# A figure with decimals or a unit (6.2, 710.52, 1800W): a bare count names nothing.
_FIGURE: Final = re.compile(r"\d+\.\d+|\d[\d.]*[A-Za-z%]+")


def _story(lines: list[Line], skip: range) -> str:
    """The kept text outside ``skip``: what the article itself says."""
    return "".join(line.text for k, line in enumerate(lines) if k not in skip and line.kept)


def names(text: str, story: str, figures: re.Pattern[str] = _FIGURE) -> bool:
    """``text`` shares a Han word (two characters in a row) or a figure
    (as ``figures`` finds them) with ``story``."""
    return any(pair in story for pair in HAN_PAIRS.findall(text)) or any(
        figure in story for figure in figures.findall(text)
    )


def value_names(row: str, story: str, figures: re.Pattern[str] = _FIGURE) -> bool:
    """The value of a ``label：value`` row :func:`names` something of ``story``."""
    return names(re.split(r"[:：]", row, maxsplit=1)[1], story, figures)


def tab_cells(text: str) -> dict[str, int]:
    """Each line copied with two tabs or more (a table's row), by its text
    without whitespace: how many cells the tabs split it into."""
    cells: dict[str, int] = {}
    for raw in text.split("\n"):
        if raw.count("\t") >= 2:
            cells["".join(raw.split())] = len(raw.strip(" \r\n").split("\t"))
    return cells


def tab_row(cells: dict[str, int], texts: list[str], stating: Callable[[int], bool], i: int) -> bool:
    """Line ``i`` (of ``texts``, cleaning's lines) was copied as a table's row, its
    cells apart by tabs (``cells``, as :func:`tab_cells` reads them), beside a row of as
    many cells that states no metadata (``stating``): a row of the table (trade_date
    拍賣日期（西元） 2029-04-08 under 欄位名稱 說明 範例), not a byline of name, outlet and
    date. No site sets its byline in a table's row between rows of the article's data."""
    width = cells.get("".join(texts[i].split()))
    if width is None:
        return False
    return any(
        0 <= j < len(texts) and not stating(j) and cells.get("".join(texts[j].split())) == width for j in (i - 1, i + 1)
    )


_TABLE_ROWS: Final = 2
_CAPTION_GONE: Final = (Reason.RELATED, Reason.BETWEEN_BOILERPLATE)  # (a heading over a junk-looking head row)
_LABEL_GONE: Final = (*_CAPTION_GONE, Reason.COUNTER)  # (a label row with a figure: a counter's shape)
_NEAR: Final = 2  # (lines between the run and the body's prose at most)
_LEAD_IN: Final = 6  # (a table's lead-in under the body's paragraph: its heads and label rows, at most)


def keep_tab_tables(lines: list[Line], text: str) -> None:
    """A table copied with tabs (序号<TAB>组别<TAB>户主姓名 / 1<TAB>一组<TAB>王*华 …):
    two rows or more with as many cells each, next to the article's prose,
    whose cells share words or figures with it (or that the line above
    announces, …如下：) are the article's table. No site's template copies
    tabs; rows the folder repeats stay gone. ``text`` is the text as
    written (cleaning's lines have the tabs made spaces)."""
    cells = tab_cells(text)
    if not cells:
        return
    # (a row's tabs are spaces now: a line without one is no row)
    width = [cells.get("".join(t.split()), 0) if " " in (t := line.text) or "\u3000" in t else 0 for line in lines]
    n, i = len(lines), 0
    while i < n:
        if width[i] < 3:
            i += 1
            continue
        j = i + 1
        # (a row of merged cells between rows of the full count is the table's: its category
        # row, （一）技能提升类, or a day it is closed, 星期一　休館)
        while j < n and (width[j] == width[i] or (j + 1 < n and width[j + 1] == width[i] and _spanned(lines[j]))):
            j += 1
        run = lines[i:j]
        # (the body kept most rows under the head on its own, two or more: the head row, a menu's shape,
        # and the rest are theirs, however far the prose is: label rows between them may be gone for their
        # figures, 總量：8,462公斤; a lot withdrawn, 04<TAB>撤拍, for a counter's digits)
        held = j - i > _TABLE_ROWS and 2 * (kept := sum(row.kept for row in run[1:])) > j - i - 1 and kept >= 2
        if (
            sum(width[k] == width[i] for k in range(i, j)) >= _TABLE_ROWS
            # (or junk by a phrase alone: a cell's word, a team 維園之友, makes no row an appeal)
            and all(row.reason is None or row.reason in _SHAPE or row.weak for row in run)
            and any(row.bad for row in run)
            and (held or _beside_prose(lines, i, j))
        ):
            above = lines[i - 1] if i else None
            story = _story(lines, range(i, j))
            announced = above is not None and above.kept and above.text.endswith(("：", ":"))
            # (the body's own lines right above and right below, its heading over the rows
            # and a paragraph under them: a register of plain entries, 無碑 / 碑已斷裂)
            held = held or (above is not None and above.kept and j < n and lines[j].kept and not lines[j].short)
            if announced or held or sum(names(row.text, story) for row in run) >= 2:
                for row in run:
                    if row.meta is None:
                        row.restore()
                _restore_labels_over(lines, i)
                if above is not None and above.reason in _CAPTION_GONE and _caption(above):
                    above.restore()  # (its caption, gone as a heading over junk while the rows were)
        i = j


def _restore_labels_over(lines: list[Line], i: int) -> None:
    """Short lines between the body's kept text and the table at ``i``, each
    gone for its shape only (a label row read as a counter, 總交易量：8,462公斤,
    then the next one as a line amid junk): the table's lead-in, the body's."""
    k = i
    while k > 0 and lines[k - 1].reason in _LABEL_GONE and _caption(lines[k - 1]):
        k -= 1
    if k < i and k > 0 and lines[k - 1].kept:
        for line in lines[k:i]:
            line.restore()


def _spanned(line: Line) -> bool:
    """A row of merged cells: a caption's shape, one tab at most."""
    return _caption(line) and line.text.count(" ") + line.text.count("\u3000") <= 1


def _caption(line: Line) -> bool:
    """A short heading of words, no sentence: 部分貨品價格比較."""
    return line.short and not line.meta and len(line.text) <= _CAPTION and not line.text.endswith(SENTENCE_END)


_CAPTION: Final = 16


def one_shape(cells: list[list[str]]) -> bool:
    """Rows of one shape: three cells or more, as many in every row, a
    figure in every row, and either a header row of words over them (车次
    始发站　终到站 over C5821　合肥南　…　07:12), or every row led by its
    place or number (第一名　何建军　竹山县代表队　9.86公斤; 1　一组　王*华　6.2),
    or a grid of figures under short labels, each row led by its name:
    a table's rows. A site's menu rows carry no figures, nor the same
    count; an archive's dates are led by no place."""
    width = len(cells[0])
    if width < 3 or any(len(row) != width for row in cells):
        return False
    head, rows = cells[0], cells[1:]
    figures = [any(ch.isdigit() for ch in "".join(row)) for row in cells]
    if all(figures) and all(_ORDINAL.match(row[0]) for row in cells):
        return True
    if rows and all(_NUMBER.fullmatch(c) for row in rows for c in row[1:]):
        # A grid of figures under a header of short labels, each row led by its name
        # (球隊　1　2　3　R　H　E / 東寧老鷹　2　0　3　8　13　2): a line score, a results table.
        names = head[0] + "".join(row[0] for row in rows)
        return all(len(c) <= _LABEL for c in head) and not any(ch.isdigit() for ch in names)
    return all(figures[1:]) and all(len(c) <= _LABEL and not any(ch.isdigit() for ch in c) for c in head) and bool(rows)


# A row's place or number: 第一名, 第3位, 冠军, 1, 12., No.3
_ORDINAL: Final = re.compile(
    r"^(?:第[一二三四五六七八九十百\d]+[名位]|[冠亚季]军|[冠亞季]軍|(?:No\.?\s?)?\d{1,3}[.、]?)$"
)
_LABEL: Final = 6  # (a header's cell is a short label)
_NUMBER: Final = re.compile(r"[+-]?\d[\d,.]*%?")


def _beside_prose(lines: list[Line], i: int, j: int) -> bool:
    """A kept line of the body within a line or two above or below lines ``i:j``."""
    near = [*lines[max(0, i - _NEAR) : i], *lines[j : j + _NEAR]]
    if any(line.kept and (not line.short or line.text.endswith(("：", ":"))) for line in near):
        return True
    # (or the body's paragraph over the table's lead-in, short heads and label rows kept or gone
    # for their shape only: 以下為…統計。 / 總名額 / 總名額：210 / 各階段, then the rows)
    k = i
    while (
        k > 0
        and i - k < _LEAD_IN
        and _caption(lines[k - 1])
        and (lines[k - 1].kept or lines[k - 1].reason in _LABEL_GONE)
    ):
        k -= 1
    return k < i and k > 0 and story_line(lines[k - 1])


_CONTROLS: Final = Reason.CONTROLS
# A list's group head: 【大专组】（共31名）, 【A組】, 【第一類】 …
_GROUP_HEAD: Final = re.compile(r"^【([^】]{2,10})】")


def rescue_group_heads(lines: list[Line]) -> None:
    """Bracketed heads of one shape (【大专组】（共31名） … 【独中组】 …), two or
    more, each between kept lines of the body and gone for its brackets (a
    control's shape), whose bracket names a word the body says
    (助学金额：大专组每名…) are the heads of the article's list. A
    page's bracketed controls (【大】【中】【小】, 【打印】) stand among junk and
    name nothing of the story."""
    controls = _CONTROLS  # (bound once: Reason.X is a slow lookup)
    heads = [
        k
        for k, line in enumerate(lines)
        if line.reason is controls
        and line.text[:1] == "【"
        and line.meta is None
        and 0 < k < len(lines) - 1
        and lines[k - 1].kept
        and lines[k + 1].kept
        and _GROUP_HEAD.match(line.text)
    ]
    if len(heads) < 2:
        return
    story = _story(lines, range(0))
    named = [k for k in heads if (m := _GROUP_HEAD.match(lines[k].text)) and m.group(1) in story]
    if len(named) >= 2:
        for k in named:
            lines[k].restore()


# Whom to ask, by name and title, and a number: 查詢：陳小姐 2345 6789, 联系：王先生 138 0000 1111
# (or the number first: 查詢：2345 6789（陳小姐）)
PERSON_CONTACT: Final = re.compile(
    r"^[^\s:：，。]{1,6}[:：]\s*(?:[^\s:：，。]{1,4}(?:先生|女士|小姐|姑娘)[^。！？]{0,16}?\d{3,4}[- ]?\d{4}"
    r"|[(（]?\d[\d()（） -]{6,16}[(（\s]*[^\s:：，。()（）]{1,4}(?:先生|女士|小姐|姑娘))"
)


def named_contact(line: Line, above: Line) -> bool:
    """Whom to call about a notice (监督电话：村委会 0724-… 镇农业服务中心 0724-…)
    right under the paragraph that names those parties (…可向村委会或镇农业服务
    中心反映。), or a person by name and title (查詢電話：2670 4418（何小姐）) right
    under one of its paragraphs (in English too), is the notice's, whatever
    follows it. A site's contact line names itself, not parties the story's
    last paragraph names, nor a person to ask."""
    if above.short or not above.kept:
        return False
    if PERSON_CONTACT.match(line.text):
        return ends_paragraph(above.text)
    if not above.text.endswith(SENTENCE_END):
        return False
    value = re.split(r"[:：]", line.text, maxsplit=1)
    parties = HAN_WORD.findall(value[1]) if len(value) == 2 else []
    return bool(parties) and all(party in above.text for party in parties)


def contact_row(text: str) -> bool:
    """A label-value row, or one led by whom it names (工作站　電話：…): a
    notice's contacts may name a unit per row."""
    if LABEL_VALUE.match(text):
        return True
    cells = row_cells(text)
    return len(cells) == 2 and ":" not in cells[0] and "：" not in cells[0] and bool(LABEL_VALUE.match(cells[1]))


# A contact row's value: one unit, then its number (教务处 0573-8888 6612)
_UNIT_NUMBER: Final = re.compile(r"^\s*([\u3400-\u9fff]{2,8})\s*(?:\d[\d-]{2,}(?:\s\d{3,}){0,2})$")


def unit_in_notice(lines: list[Line], i: int) -> bool:
    """A contact row naming one unit and its number (咨询电话：教务处 0573-…)
    where the notice's own prose above names that unit (…到教务处现场报名。)
    is whom the notice sends the reader to: a site's contact line names
    nothing of the story."""
    value = re.split(r"[:：]", lines[i].text, maxsplit=1)
    m = _UNIT_NUMBER.match(value[1]) if len(value) == 2 else None
    if m is None or sum(c.isdigit() for c in value[1]) < 7:
        return False
    unit = m.group(1)
    return any(story_line(line) and unit in line.text for line in lines[:i])


def story_line(line: Line) -> bool:
    """A kept paragraph of the story: long, ending a sentence."""
    return line.kept and not line.short and line.text.endswith(SENTENCE_END)


# A row led by a list's mark and ending in a price: ■ 菠蘿油　$12, ● 套餐 38元
_BULLETS: Final = frozenset("■□●○◆◇▲△▶▸★☆•▪◼")
_PRICE_END: Final = re.compile(r"(?:[$＄¥￥]\s?\d[\d,.]*|\d[\d,.]*\s*[元圓円])$")


def rescue_bullet_rows(lines: list[Line]) -> None:
    """A row led by a list's mark and ending in a price (■ 火腿通粉 + 炒蛋多士　$42)
    with a kept row of the same mark and shape (■ 菠蘿油　$12), and the body's
    prose above and below it, is the next item of the article's own list,
    whatever its separators look like."""
    led = [k for k, line in enumerate(lines) if line.text[:1] in _BULLETS and _PRICE_END.search(line.text)]
    if len(led) < 2:
        return
    for i in led:
        line = lines[i]
        if line.reason not in ROW_LIKE or line.meta:
            continue
        if not any(lines[k].kept and lines[k].text[0] == line.text[0] for k in led if k != i):
            continue
        if any(story_line(above) for above in lines[:i]) and any(story_line(below) for below in lines[i + 1 :]):
            line.restore()


# A row led by a figure with a unit, then words: 32K 三地門 7-11 第一次補給, 1.5km 折返點
_UNIT_ROW: Final = re.compile(r"^\d+(?:\.\d+)?\s?[A-Za-z%]{1,3}\s+\S*[\u3400-\u9fff]")
_UNIT_ROWS: Final = 3
_DIGITS: Final = frozenset("0123456789")
_UNIT_HEAD: Final = 12


def rescue_unit_rows(lines: list[Line]) -> None:
    """A run of three rows or more of one shape, a figure with a unit then
    words (0K 出發 / 32K 第一次補給 / 100K 返回), under a short head (路線與補給點)
    with the body's prose above the head and right under the run, is the
    article's own list, whatever a menu's gaps or a counter's digits make
    each row look like."""
    i, n = 0, len(lines)
    while i < n:
        # (the first character first: a digit; most lines are not such rows)
        if lines[i].text[:1] not in _DIGITS or lines[i].meta or not _UNIT_ROW.match(lines[i].text):
            i += 1
            continue
        j = i
        while j < n and lines[j].text[:1] in _DIGITS and not lines[j].meta and _UNIT_ROW.match(lines[j].text):
            j += 1
        if j - i >= _UNIT_ROWS and i >= 2 and j < n and _unit_frame(lines[i - 2], lines[i - 1], lines[j]):
            for line in lines[i:j]:
                if line.reason in ROW_LIKE:
                    line.restore()
        i = j


def _unit_frame(prose: Line, head: Line, below: Line) -> bool:
    """A short head without a sentence's end, under a kept paragraph, and a kept paragraph under the rows."""
    return (
        head.kept
        and len(head.text) <= _UNIT_HEAD
        and not head.text.endswith(SENTENCE_END)
        and story_line(prose)
        and story_line(below)
    )


__all__ = [
    "PERSON_CONTACT",
    "contact_row",
    "keep_tab_tables",
    "named_contact",
    "one_shape",
    "rescue_bullet_rows",
    "rescue_group_heads",
    "rescue_unit_rows",
    "story_line",
    "unit_in_notice",
]
