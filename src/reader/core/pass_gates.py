"""Which of the rescue passes a text needs.

A rescue pass takes back lines that went for some reasons only (a label's
row that went as a counter, a table's row that went as a menu). Most texts
carry few kinds of junk, so most rescues would walk every line to change
nothing. :func:`census` takes stock of the lines' verdicts in one walk, and
:func:`run_rescues` runs a rescue only where a line carries one of its
reasons. The result is the same as running every rescue: each gate names
every state its pass can change (``tests/test_pass_gates.py`` holds them to
it on every page of the tests).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Final

from reader.core.body_rescues import rescue_lone_links, rescue_references, rescue_weak
from reader.core.body_span import keep_list_runs
from reader.core.box_fields import TAKEN as BOX_FIELDS_TAKEN
from reader.core.box_fields import keep_box_credits, rescue_box_fields
from reader.core.bracketed_notes import rescue_bracketed_notes
from reader.core.closing_contacts import (
    rescue_closing_contacts,
    rescue_section_contacts,
    rescue_section_end_contacts,
    rescue_signed_contacts,
)
from reader.core.dated_rows import rescue_dated_rows
from reader.core.end_boxes import mark_empty_sections
from reader.core.figure_lists import rescue_figure_lists
from reader.core.figure_rows import rescue_figure_rows
from reader.core.head_passes import rescue_heading_over_body
from reader.core.headed_label_runs import rescue_headed_label_runs
from reader.core.item_rows import rescue_item_rows
from reader.core.junk_rules import ROW_LIKE, SHAPE_ONLY, Reason
from reader.core.label_pairs import rescue_label_pairs
from reader.core.line_passes import Line, resolve_short
from reader.core.list_runs import rescue_list_runs
from reader.core.list_siblings import rescue_siblings
from reader.core.menu_paths import rescue_menu_paths
from reader.core.meta_lines import rescue_boxed_rows
from reader.core.notice_attachments import rescue_notice_attachments
from reader.core.numbered_contacts import rescue_numbered_contacts, rescue_section_close_contact
from reader.core.numbered_entries import rescue_numbered_entries
from reader.core.numbered_steps import rescue_clause_steps, rescue_numbered_steps
from reader.core.offer_blocks import rescue_offer_blocks
from reader.core.price_cells import rescue_price_cells
from reader.core.price_rows import GONE as PRICE_ROWS_GONE
from reader.core.price_rows import rescue_price_rows, rescue_price_runs, rescue_related_prices
from reader.core.quoted_rows import rescue_quoted_rows
from reader.core.row_rescues import (
    rescue_contact,
    rescue_facts,
    rescue_introduced_list,
    rescue_label_runs,
    rescue_label_values,
    rescue_number_rows,
    rescue_section_values,
    rescue_sibling_labels,
)
from reader.core.row_runs import rescue_bullet_rows, rescue_group_heads, rescue_unit_rows
from reader.core.row_tests import ROW_TESTS, SHORT_TESTS, WEAK_TESTS
from reader.core.schedule_rows import rescue_day_heads, rescue_schedule_rows, rescue_session_rows
from reader.core.section_numbers import (
    rescue_announced_items,
    rescue_numbered_sections,
    rescue_section_notes,
    rescue_section_rows,
)
from reader.core.sibling_rows import rescue_sibling_rows, rescue_spaced_runs, rescue_stub_entries
from reader.core.sign_off_names import rescue_dated_sign_off
from reader.core.spaced_rolls import rescue_spaced_rolls
from reader.core.table_rows import rescue_head_rows, rescue_headed_cells, rescue_table_rows
from reader.core.thread_turns import turn
from reader.core.title_price import rescue_title_price
from reader.core.word_heads import rescue_word_heads

# Besides the reasons and the metadata kinds the lines carry, the census
# holds these marks:
SHORT_KEPT: Final = "short line kept"  # context judges it (resolve_short and others)
LOOSE: Final = "kept with a verdict's flags"  # reason taken back, own_rule or weak left
WEAK: Final = "weak"  # junk only by a phrase
SHORT_GONE: Final = "short line gone"  # a short line with a reason, no metadata (rescue_sibling_labels')

_BOILER, _COUNTER, _CONTROLS = Reason.BETWEEN_BOILERPLATE, Reason.COUNTER, Reason.CONTROLS

Pass = Callable[[list[Line]], object]
_SHORT: Final = frozenset({SHORT_KEPT})  # (a short line taken back)
_FLAGS_LEFT: Final = frozenset({SHORT_KEPT, LOOSE})  # (and a reason cleared with its flags left)
# Each pass: every census entry under which it can change a line, and the
# entries its changes can add.
_RESCUES: Final[tuple[tuple[Pass, frozenset[object], frozenset[object]], ...]] = (
    (rescue_references, frozenset({Reason.RELATED, _BOILER, Reason.LINKS}), _FLAGS_LEFT),
    (rescue_weak, frozenset({WEAK}), _SHORT),
    (rescue_numbered_steps, frozenset({WEAK, Reason.PROMOTION}), _SHORT),
    (rescue_clause_steps, frozenset({WEAK}), _SHORT),
    (rescue_announced_items, frozenset({WEAK}), _SHORT),
    (rescue_dated_rows, frozenset({Reason.RELATED, _BOILER, Reason.NAVIGATION}), _SHORT),
    (rescue_lone_links, frozenset({Reason.LINKS}), _SHORT),
    (rescue_contact, frozenset({Reason.CONTACT}), _SHORT),
    (rescue_section_contacts, frozenset({Reason.CONTACT}), _SHORT),
    (rescue_closing_contacts, frozenset({Reason.CONTACT}), _SHORT),
    (rescue_signed_contacts, frozenset({Reason.CONTACT, _COUNTER}), _SHORT),
    (rescue_section_end_contacts, frozenset({Reason.CONTACT}), _SHORT),
    (rescue_numbered_contacts, frozenset({Reason.CONTACT}), _SHORT),
    (rescue_section_close_contact, frozenset({Reason.CONTACT}), _SHORT),
    (rescue_facts, frozenset({_COUNTER}), _SHORT),
    (rescue_table_rows, frozenset({Reason.NAVIGATION, _BOILER, _CONTROLS}), _SHORT),
    (rescue_spaced_rolls, frozenset({Reason.NAVIGATION, _COUNTER, _CONTROLS}), _SHORT),
    (rescue_session_rows, frozenset({_COUNTER}), _SHORT),
    (rescue_day_heads, frozenset({_COUNTER}), _SHORT),
    # (it says whether it added its reason)
    (resolve_short, _SHORT, frozenset({SHORT_GONE})),
    (rescue_schedule_rows, ROW_LIKE, _SHORT),
    (rescue_word_heads, frozenset({_BOILER}), _FLAGS_LEFT),
    (rescue_numbered_sections, SHAPE_ONLY, _SHORT),
    (rescue_label_values, SHAPE_ONLY, _SHORT),
    (rescue_label_pairs, SHAPE_ONLY, _SHORT),
    # (these two also clear a kept row's flags: LOOSE; the first also keeps a box of
    # an item's facts, rows gone as shape-only reasons or, under the story, as a
    # list of links: table_rows.rescue_fact_box)
    (rescue_label_runs, SHAPE_ONLY | {Reason.DISCLAIMER, Reason.CONTACT, Reason.RELATED, LOOSE}, _FLAGS_LEFT),
    (rescue_headed_label_runs, SHAPE_ONLY, _SHORT),
    (rescue_introduced_list, SHAPE_ONLY | {LOOSE}, _SHORT),
    (rescue_quoted_rows, frozenset({Reason.NAVIGATION}), _SHORT),
    (rescue_box_fields, BOX_FIELDS_TAKEN, _SHORT),
    (rescue_number_rows, ROW_LIKE, _SHORT),
    (rescue_head_rows, ROW_LIKE, _SHORT),
    (rescue_headed_cells, frozenset({Reason.PROMOTION, Reason.CONTACT}), _SHORT),
    (rescue_boxed_rows, frozenset({Reason.WIDGET, _COUNTER}), _SHORT),
    (rescue_price_cells, PRICE_ROWS_GONE, _SHORT),
    (rescue_price_runs, PRICE_ROWS_GONE, _SHORT),
    (rescue_price_rows, PRICE_ROWS_GONE, _SHORT),
    (rescue_related_prices, frozenset({Reason.RELATED}), _SHORT),
    (rescue_offer_blocks, frozenset({_COUNTER}), _SHORT),
    (rescue_figure_rows, frozenset({_COUNTER}), _SHORT),
    (rescue_item_rows, ROW_LIKE, _SHORT),
    (rescue_numbered_entries, ROW_LIKE, _SHORT),
    (rescue_sibling_labels, frozenset({SHORT_GONE}), _SHORT),
    (rescue_siblings, ROW_LIKE | {WEAK}, _SHORT),
    (rescue_section_values, ROW_LIKE, _SHORT),
    (rescue_section_rows, ROW_LIKE, _SHORT),
    (rescue_sibling_rows, ROW_LIKE, _SHORT),
    (rescue_stub_entries, SHAPE_ONLY, _SHORT),
    (rescue_spaced_runs, ROW_LIKE, _SHORT),
    (rescue_dated_sign_off, frozenset({_COUNTER}), _SHORT),
    (rescue_group_heads, frozenset({_CONTROLS}), _SHORT),
    (rescue_bullet_rows, ROW_LIKE, _SHORT),
    (rescue_unit_rows, ROW_LIKE, _SHORT),
    (rescue_list_runs, SHAPE_ONLY, _SHORT),
    (rescue_figure_lists, frozenset({_COUNTER}), _SHORT),
    (keep_box_credits, frozenset({"byline", "editor", "credit"}), _FLAGS_LEFT),
    (keep_list_runs, frozenset({_BOILER, _COUNTER}), _FLAGS_LEFT),
    (mark_empty_sections, _SHORT, frozenset({Reason.RELATED})),
    (rescue_notice_attachments, frozenset({Reason.ATTACHMENT}), _SHORT),
    (rescue_bracketed_notes, frozenset({Reason.DISCLAIMER}), _SHORT),
    (rescue_menu_paths, frozenset({Reason.NAVIGATION}), _SHORT),
    (rescue_section_notes, frozenset({Reason.DISCLAIMER}), _SHORT),
)


def census(lines: list[Line]) -> set[object]:
    """The reasons, the metadata kinds and the marks above that the lines carry."""
    found: set[object] = set()
    for line in lines:
        if (reason := line.reason) is None and line.meta is None:  # (kept, most lines: their tests first)
            if line.short:
                found.add(SHORT_KEPT)
            if line.weak:
                found.add(LOOSE)
                found.add(WEAK)
            elif line.own_rule:
                found.add(LOOSE)
            continue
        if reason is not None:
            found.add(reason)
            if line.short and line.meta is None:
                found.add(SHORT_GONE)
        if line.meta is not None:
            found.add(line.meta.kind)
        if line.weak:
            found.add(WEAK)
    return found


# (each census entry's rescues as bits, bit k for the k-th pass: a text's entries name the passes due in a
# few steps, where asking each of some sixty passes' needs was most of a plain text's cost here)
_DUE: dict[object, int] = {}
for _k, _pass in enumerate(_RESCUES):
    for _key in _pass[1]:
        _DUE[_key] = _DUE.get(_key, 0) | 1 << _k


# (each pass's row test, by its place: row_tests; the lines it asks are those gone for a reason a tested pass needs)
_TESTS: Final = tuple(ROW_TESTS.get(rescue) for rescue, _, _ in _RESCUES)
_ROWS: Final = frozenset(
    key
    for (_, needs, _), test in zip(_RESCUES, _TESTS, strict=True)
    if test
    for key in needs
    if isinstance(key, Reason)
)
# (the census marks a tested pass needs that are no reason, a weak line: with one of them in the census the pass
# runs untested, its test asking only the lines gone; None for most passes, which need reasons only)
# (asked of the short kept lines, or of the short lines gone without metadata for a pass that needs one)
_SHORT_TESTS: Final = tuple(SHORT_TESTS.get(rescue) for rescue, _, _ in _RESCUES)
_WEAK_TESTS: Final = tuple(WEAK_TESTS.get(rescue) for rescue, _, _ in _RESCUES)  # (asked of the weak lines)
_GONE_ASKED: Final = tuple(SHORT_GONE in needs for _, needs, _ in _RESCUES)
_UNTESTED: Final = tuple(
    frozenset(key for key in needs if not isinstance(key, Reason)) or None for _, needs, _ in _RESCUES
)


def run_rescues(lines: list[Line], seen: set[object] | None = None) -> set[object]:
    """Every rescue pass, in order, each where the census says it can act;
    the census, for the passes after them to ask. ``seen``: the lines'
    census, when the caller took it since the last change of a verdict."""
    seen = census(lines) if seen is None else seen
    due = 0
    for key in seen:
        due |= _DUE.get(key, 0)
    shorts: list[int] | None = None  # (the short lines, found when first asked: short never changes)
    rows: list[int] | None = None  # (the lines gone for one of _ROWS, found when a row test first asks)
    weak: list[int] | None = None  # (the weak lines, found when first asked: a rescue never makes a line weak)
    while due:
        k = (due & -due).bit_length() - 1  # (the first pass due)
        due &= due - 1
        rescue, needs, makes = _RESCUES[k]
        if (test := _TESTS[k]) is not None and ((untested := _UNTESTED[k]) is None or seen.isdisjoint(untested)):
            rows = [i for i, x in enumerate(lines) if x.reason in _ROWS] if rows is None else rows
            if not any(lines[i].reason in needs and test(lines, i) for i in rows):
                continue  # (no line it could take back)
        elif (test := _SHORT_TESTS[k]) is not None:
            shorts = [i for i, x in enumerate(lines) if x.short] if shorts is None else shorts
            gone = _GONE_ASKED[k]
            if not any(
                (lines[i].reason is not None) is gone and lines[i].meta is None and test(lines, i) for i in shorts
            ):
                continue  # (no short line it could judge)
        elif (test := _WEAK_TESTS[k]) is not None:
            weak = [i for i, x in enumerate(lines) if x.weak] if weak is None else weak
            if not any(lines[i].weak and test(lines, i) for i in weak):
                continue  # (no weak line it could take back)
        turn()  # (between two passes over a long text: see reader.core.thread_turns)
        # (True: resolve_short found lines to go; False: the pass says it changed no line, so added no state)
        if (done := rescue(lines)) is False:
            continue
        if done is True or not makes.isdisjoint(_ROWS):
            rows = None  # (a line may have gone for one of them since: found again; rescues mostly take lines back)
        for key in (*makes, _BOILER) if done is True else makes:
            if key in seen:
                continue
            # (a pass that may take a short line back mostly took none: asked of the short lines, so the two
            # passes that judge kept short lines run only when one is)
            if key is SHORT_KEPT:
                shorts = [i for i, x in enumerate(lines) if x.short] if shorts is None else shorts
                if not any(lines[i].reason is None and lines[i].meta is None for i in shorts):
                    continue
            seen.add(key)  # (a new entry: the passes after this one that need it are due)
            due |= _DUE.get(key, 0) >> (k + 1) << (k + 1)
    return seen


def run_head_rescues(lines: list[Line], seen: Collection[object]) -> None:
    """The two rescues at the head, after the title. The first takes back a line gone between boilerplate,
    a reason only the rescues before the title may add: it runs where their census ``seen`` holds it (most
    pages' does not; the title's passes set other reasons, ``tests/test_clean_gates.py`` runs it where it is
    skipped and finds it changes nothing). The second asks the headline's last character before any line's
    reason (a figure under the headline may have gone as a counter with the title: no census tells it)."""
    if _BOILER in seen:
        rescue_heading_over_body(lines)
    rescue_title_price(lines)


def carries(lines: list[Line], reasons: Collection[Reason]) -> bool:
    """Some line goes for one of ``reasons``."""
    return not {line.reason for line in lines}.isdisjoint(reasons)


__all__ = [
    "LOOSE",
    "SHORT_GONE",
    "SHORT_KEPT",
    "WEAK",
    "carries",
    "census",
    "run_head_rescues",
    "run_rescues",
]
