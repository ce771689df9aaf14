"""What a row rescue must find before it can take a line back.

A row rescue is due (``pass_gates``) when some line went as a menu's, a
counter's or for its shape alone; on most pages that is one line, a counter
(• 35332) or a menu's row (扫描二维码 | 授权登录甲子光年), that no row rescue
takes back, and each due pass walked every line to change nothing. Each pass
here changes a line only where some line gone for one of its reasons, at
``i``, passes its test: asked of those lines alone (a few), the test proves
the walk idle. A test is asked right before its pass would run, of the
lines as they stand then (their texts, metadata and verdicts). A pass that
also needs a mark no reason is (a weak line) runs untested whenever the
census holds that mark. ``tests/test_pass_gates.py`` holds every test to its
pass on every page of the tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from reader.core.body_rescues import _has_clause, _is_call, _prose_on_both_sides, rescue_weak
from reader.core.body_span import _BULLETS as _ITEM_BULLETS
from reader.core.body_span import _ORDINAL_HEAD, keep_list_runs
from reader.core.box_fields import _FIELDS as _BOX_ROWS_ABOVE
from reader.core.box_fields import _LABEL as _BOX_LABEL
from reader.core.box_fields import _field, rescue_box_fields
from reader.core.closing_contacts import _PHONE as _CONTACT_PHONE
from reader.core.closing_contacts import _ROW as _CONTACT_ROW
from reader.core.closing_contacts import rescue_signed_contacts
from reader.core.end_boxes import _WORD_HEADING, is_heading, mark_empty_sections
from reader.core.figure_lists import _FIGURE_ROW, rescue_figure_lists
from reader.core.figure_rows import _row as _figure_row
from reader.core.figure_rows import rescue_figure_rows
from reader.core.headed_label_runs import _heading, rescue_headed_label_runs
from reader.core.item_rows import _CELLS as _ITEM_CELLS
from reader.core.item_rows import _labels, rescue_item_rows
from reader.core.junk_rules import Reason
from reader.core.label_pairs import _LABEL as _PAIR_LABEL
from reader.core.label_pairs import _LABEL_LONGEST, _VALUE, rescue_label_pairs
from reader.core.line_passes import LABEL_VALUE, Line, resolve_short, row_cells
from reader.core.list_runs import _GAPS, _MARKS, _WORDS, _bulleted, rescue_list_runs
from reader.core.list_siblings import _FIELD, _cells, _same_tail, list_item, rescue_siblings
from reader.core.menu_paths import menu_path_at, rescue_menu_paths
from reader.core.meta_lines import _figure_cell, boxed_row, rescue_boxed_rows
from reader.core.numbered_entries import _ENTRY, rescue_numbered_entries
from reader.core.offer_blocks import _BARE_PRICE, rescue_offer_blocks
from reader.core.price_cells import cell_price, rescue_price_cells
from reader.core.price_rows import (
    _LAST,
    _price_row,
    _tier,
    bare_price,
    has_price,
    rescue_price_rows,
    rescue_price_runs,
    spaced_head,
)
from reader.core.round_brackets import CLOSERS
from reader.core.row_rescues import (
    _SECTION_LABEL,
    _label,
    rescue_label_values,
    rescue_number_rows,
    rescue_section_values,
    rescue_sibling_labels,
)
from reader.core.row_runs import _BULLETS, _PRICE_END, _UNIT_ROW, rescue_bullet_rows, rescue_unit_rows
from reader.core.schedule_rows import (
    _DAY_HEAD,
    _DAY_TIMES,
    _TIMES,
    rescue_day_heads,
    rescue_schedule_rows,
    rescue_session_rows,
)
from reader.core.section_numbers import (
    _LABEL,
    _NUMERALS,
    _SENTENCE_MARKS,
    NUMBERED_ITEM,
    rescue_announced_items,
    rescue_numbered_sections,
    rescue_section_rows,
    section_number,
)
from reader.core.sibling_rows import (
    _STUB,
    _STUB_END,
    _lead,
    _shape,
    head_frame,
    rescue_sibling_rows,
    rescue_spaced_runs,
    rescue_stub_entries,
)
from reader.core.sign_off_names import _signs_dated, rescue_dated_sign_off
from reader.core.spaced_rolls import _WIDE, _counted, rescue_spaced_rolls
from reader.core.table_rows import LABEL_MARK, figure_row, rescue_head_rows

RowTest = Callable[[list[Line], int], bool]
_COUNTER: Final = Reason.COUNTER


def _price_run(lines: list[Line], i: int) -> bool:
    text = lines[i].text
    return not lines[i].meta and (text[-1:].isdigit() or text.endswith(_LAST)) and _tier(text)


def _head_row(lines: list[Line], i: int) -> bool:
    # (over two rows: three cells or more, as its rows have, or words one space apart)
    text = lines[i].text
    return (
        1 <= i < len(lines) - 2
        and not lines[i].meta
        and (len(row_cells(text)) >= 3 or (" " in text and spaced_head(text)))
    )


def _item_row(lines: list[Line], i: int) -> bool:
    # (a run's first row has three cells or more; a run of labelled rows, each its labels)
    text = lines[i].text
    return i > 0 and not lines[i].meta and (len(row_cells(text)) >= _ITEM_CELLS or _labels(text) is not None)


def _numbered_section(lines: list[Line], i: int) -> bool:
    # (a head numbered 二、 or later, that goes on from a kept one above it)
    text = lines[i].text
    return text[:1] in _NUMERALS and (n := section_number(text)) is not None and n >= 2


def _section_row(lines: list[Line], i: int) -> bool:
    # (under a numbered head with no sentence, 五、…, or a bare price under its label, 课程费用：)
    if not 0 < i < len(lines) - 1 or lines[i].meta is not None or _SENTENCE_MARKS.search(head := lines[i - 1].text):
        return False
    return head[:1] in _NUMERALS or (len(head) <= _LABEL and head[-1:] in "：:" and bare_price(lines[i].text))


def _stub_entry(lines: list[Line], i: int) -> bool:
    # (a frame, without its closing mark, that a name and its bracketed gloss give: H（#）…)
    if not 0 < i < len(lines) - 1 or lines[i].meta is not None:
        return False
    stub = _shape(lines[i].text).rstrip(_STUB_END)
    return len(stub) >= _STUB and stub.startswith("H") and stub.endswith(CLOSERS) and "#" in stub


def _list_run(lines: list[Line], i: int) -> bool:
    # (a run starts at a row that is a list's item, a bulleted item, or a head gone as a counter over gapped rows)
    line, text = lines[i], lines[i].text
    return i > 0 and (
        (line.short and not line.meta and list_item(line))
        or (text[:1] in _MARKS and _bulleted(line, text[:2]))
        or (
            line.reason is _COUNTER
            and i + 2 < len(lines)
            and not any(gap in text for gap in _GAPS)
            and sum(ch.isalpha() for ch in text) >= _WORDS
        )
    )


def _day_times(line: Line) -> bool:
    return (t := line.text)[:1].isdigit() and ":" in t and not line.meta and _DAY_TIMES.fullmatch(t) is not None


def _schedule_row(lines: list[Line], i: int) -> bool:
    # (a day and its clock times, or a head row of cells right over one)
    return _day_times(lines[i]) or (
        i + 1 < len(lines) and not lines[i].meta and lines[i].text.count("\u3000") >= 2 and _day_times(lines[i + 1])
    )


def _label_pair(lines: list[Line], i: int) -> bool:
    # (a box's label, or its value under one: a bare label-shaped line at it or right above it)
    return len(lines[i].text) <= _VALUE and any(
        len(t := lines[k].text) <= _LABEL_LONGEST and _PAIR_LABEL.fullmatch(t) is not None for k in (i - 1, i) if k >= 0
    )


def _list_item(lines: list[Line], i: int) -> bool:
    # (a numbered head, Day 2; or an item led by a bullet and a space that another line leads with too)
    text = lines[i].text
    if lines[i].meta:
        return False
    if _ORDINAL_HEAD.match(text):
        return True
    mark = text[:2]
    return text[:1] in _ITEM_BULLETS and mark[1:] == " " and sum(x.text[:2] == mark for x in lines) >= 2


def _roll_row(lines: list[Line], i: int) -> bool:
    # (a row of names set apart by spaces; a counter only where it ends with a count of people)
    text = lines[i].text
    if lines[i].reason is _COUNTER:
        return i + 1 < len(lines) and _counted(text) != 0
    return " " in text or _WIDE in text


def _sibling(lines: list[Line], i: int) -> bool:
    # (a row beside a kept row of the same cells, or ending in the same word)
    text = lines[i].text
    if lines[i].meta or len(text) > _FIELD:
        return False
    shape = _cells(text)
    figured = shape is not None and True in shape
    return any(
        0 <= k < len(lines)
        and lines[k].kept
        and ((figured and _cells(lines[k].text) == shape) or _same_tail(lines[k].text, text))
        for k in (i - 1, i + 1)
    )


def _boxed_row(lines: list[Line], i: int) -> bool:
    # (a control's row between two kept rows of its shape; a counter only as a label and its figure)
    if lines[i].reason is _WIDGET:
        return not lines[i].meta and boxed_row(lines, i)
    return _figure_cell(lines[i])


def _box_field(lines: list[Line], i: int) -> bool:
    # (a one-label row under two kept ones; gone for an advert's or a contact's words, its label a word or two)
    line = lines[i]
    return (
        i >= _BOX_ROWS_ABOVE
        and _field(line)
        and (line.reason is _WIDGET or LABEL_MARK.search(line.text, 0, _BOX_LABEL + 1) is not None)
        and all(lines[k].kept and _field(lines[k]) for k in range(i - _BOX_ROWS_ABOVE, i))
    )


_WIDGET: Final = Reason.WIDGET


# Each pass, and the test a line gone for one of the reasons it needs must pass for it to act.
ROW_TESTS: Final[dict[Callable[[list[Line]], object], RowTest]] = {
    # (a menu path between the body's kept lines)
    rescue_menu_paths: menu_path_at,
    # (a day's row of clock times, or the head row right over one)
    rescue_schedule_rows: _schedule_row,
    # (between two heads alike but for their numerals, 大一班 / … / 大二班)
    rescue_sibling_rows: lambda lines, i: (
        0 < i < len(lines) - 1
        and lines[i].meta is None
        and (frame := head_frame(lines[i - 1])) is not None
        and head_frame(lines[i + 1]) == frame
    ),
    # (a label of a box of label and value lines, or a value under one)
    rescue_label_pairs: _label_pair,
    # (a heading over a label row)
    rescue_headed_label_runs: lambda lines, i: (
        i + 1 < len(lines) and _heading(lines[i]) and LABEL_VALUE.match(lines[i + 1].text) is not None
    ),
    rescue_spaced_rolls: _roll_row,
    # (a row gone by its shape next to a kept sibling: a weak line's rescue runs whenever the census has one)
    rescue_siblings: _sibling,
    # (a contact's row, or a labelled phone number gone as a counter, where a signed block may start)
    rescue_signed_contacts: lambda lines, i: (
        not lines[i].meta
        and len(lines[i].text) <= _CONTACT_ROW
        and (lines[i].reason is not _COUNTER or _CONTACT_PHONE.search(lines[i].text) is not None)
    ),
    rescue_boxed_rows: _boxed_row,
    rescue_box_fields: _box_field,
    keep_list_runs: _list_item,
    # (a run of figure rows, the head row over it taken back with it)
    rescue_number_rows: lambda lines, i: not lines[i].meta and figure_row(lines[i]),
    # (the head row of a table, over two kept rows)
    rescue_head_rows: _head_row,
    # (a row led by a list's mark that ends in a price)
    rescue_bullet_rows: lambda lines, i: (
        not lines[i].meta and lines[i].text[:1] in _BULLETS and _PRICE_END.search(lines[i].text) is not None
    ),
    # (a figure with its unit, then words)
    rescue_unit_rows: lambda lines, i: (
        not lines[i].meta and lines[i].text[:1].isdigit() and _UNIT_ROW.match(lines[i].text) is not None
    ),
    # (a row led by figures one space apart, or a word and its gloss)
    rescue_spaced_runs: lambda lines, i: lines[i].meta is None and " " in lines[i].text and _lead(lines[i]) is not None,
    # (a numbered entry's head, 3号 …)
    rescue_numbered_entries: lambda lines, i: (
        not lines[i].meta and lines[i].text[:1].isdigit() and _ENTRY.match(lines[i].text) is not None
    ),
    # (right under a section's label in brackets, 【规格】)
    rescue_section_values: lambda lines, i: (
        0 < i < len(lines) - 1 and not lines[i].meta and _SECTION_LABEL.match(lines[i - 1].text) is not None
    ),
    # (a label and its value between paragraphs)
    rescue_label_values: lambda lines, i: not lines[i].meta and LABEL_VALUE.match(lines[i].text) is not None,
    rescue_numbered_sections: _numbered_section,
    rescue_section_rows: _section_row,
    rescue_stub_entries: _stub_entry,
    rescue_list_runs: _list_run,
    # (an item's row of cells over a sentence)
    rescue_item_rows: _item_row,
    # (an item and its price last)
    rescue_price_runs: _price_run,
    # (a row with a price)
    rescue_price_rows: lambda lines, i: not lines[i].meta and _price_row(lines[i]),
    # (a counter's price cell, or a row of cells with a price)
    rescue_price_cells: lambda lines, i: (
        (lines[i].reason is _COUNTER and cell_price(lines[i].text))
        or (" " in lines[i].text and has_price(lines[i].text))
    ),
    # (the passes below need a line gone as a counter: the test asks such a line)
    # (a day's head, 週六（12/14）, over a row led by a clock time)
    rescue_day_heads: lambda lines, i: _DAY_HEAD.fullmatch(lines[i].text.strip()) is not None,
    # (a row of three clock times or more)
    rescue_session_rows: lambda lines, i: (
        lines[i].text[:1].isdigit() and _TIMES.fullmatch(lines[i].text.strip()) is not None
    ),
    # (a bare price, where an offer's block starts)
    rescue_offer_blocks: lambda lines, i: _BARE_PRICE.match(lines[i].text) is not None,
    # (a word and its figure, a block's row)
    rescue_figure_rows: lambda lines, i: _figure_row(lines[i].text),
    # (a name and a date, the writer's sign-off)
    rescue_dated_sign_off: lambda lines, i: _signs_dated(lines[i].text),
    # (a row led by a figure, then a word: the list's rows, one of them gone as a counter)
    rescue_figure_lists: lambda lines, i: (
        not lines[i].meta and lines[i].text[:1].isdigit() and _FIGURE_ROW.match(lines[i].text) is not None
    ),
}


def _beside_junk(lines: list[Line], i: int) -> bool:
    """The nearest line on one side of short kept line ``i``, past metadata and other short kept lines, is
    gone, or there is none: what resolve_short asks before it weighs the line."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and ((x := lines[j]).meta is not None or (x.short and x.reason is None)):
            j += step
        if not 0 <= j < len(lines) or lines[j].reason is not None:
            return True
    return False


def _sibling_label(lines: list[Line], i: int) -> bool:
    # (a label：value row right under a kept one whose label ends alike: 定時導覽：… / 團體導覽：…)
    if i < 1 or (above := lines[i - 1]).reason is not None or above.meta is not None:
        return False
    a, b = _label(above.text), _label(lines[i].text)
    return bool(a and b and a != b and len(a) >= 2 and len(b) >= 2 and a[-2:] == b[-2:])


# The passes that judge short lines kept (or, needing the census's short line gone, gone), and the test such
# a line must pass for the pass to act (asked of those lines alone, when the census has one).
SHORT_TESTS: Final[dict[Callable[[list[Line]], object], RowTest]] = {
    # (junk, or the text's end, beside it: a short line between kept long ones is a heading and stays)
    resolve_short: _beside_junk,
    # (a heading, a junk line or a metadata line right under it: a section holding nothing of the article)
    mark_empty_sections: lambda lines, i: (
        i + 1 < len(lines)
        and (lines[i + 1].reason is not None or lines[i + 1].meta is not None)
        and (is_heading(t := lines[i].text) or _WORD_HEADING.fullmatch(t) is not None)
    ),
    rescue_sibling_labels: _sibling_label,
}


def _announced_first(lines: list[Line], i: int) -> bool:
    # (a list's item 1 right under a kept line of the body that announces it with a colon)
    lead = lines[i - 1] if i else None
    return (
        lead is not None
        and (m := NUMBERED_ITEM.match(lines[i].text)) is not None
        and m.group(1) == "1"
        and lead.reason is None
        and lead.meta is None
        and lead.text.endswith(("：", ":"))
    )


# The passes that take back weak lines only, and the test a weak line must pass for the pass to act (asked of
# the weak lines alone, when the census has one; a rescue only ever clears the flag).
WEAK_TESTS: Final[dict[Callable[[list[Line]], object], RowTest]] = {
    # (a clause between two paragraphs of prose, no call to act)
    rescue_weak: lambda lines, i: (
        _has_clause(lines[i].text) and _prose_on_both_sides(lines, i) and not _is_call(lines[i])
    ),
    rescue_announced_items: _announced_first,
}

__all__ = ["ROW_TESTS", "SHORT_TESTS", "WEAK_TESTS", "RowTest"]
