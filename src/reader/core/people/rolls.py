"""People named once in a list: a sign-up list (1. 丁香 1箱), an honour roll
(one name a line: 方圓（台中女中）) or a run of names joined by 、 (阿杰、甜甜、
文斌). Such a name may be an everyday word (丁香, 高尚, 向前) or a nickname
(阿强, 甜甜) no other rule takes; the list says what it is when enough of its
other items are people already (a found name, its given name, an address
such as 吴老师 or 邵奶奶)."""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.award_rows import award_rows
from reader.core.people.citations import cited_authors
from reader.core.people.counted_lists import counted_lists
from reader.core.people.crowded_items import LIST_ENDS as _LIST_ENDS
from reader.core.people.crowded_items import joined_name, unsurnamed_long
from reader.core.people.cues import cue_ends_at
from reader.core.people.field_lists import field_lists
from reader.core.people.field_runs import field_runs
from reader.core.people.glossed_lists import glossed_lists
from reader.core.people.headed_rolls import headed_rolls
from reader.core.people.household_rows import household_rows
from reader.core.people.label_rows import label_rows
from reader.core.people.name_shape import cut_in_cell
from reader.core.people.named_cells import cell_vetted
from reader.core.people.names import (
    ADDRESS_SUFFIXES,
    CJK,
    JAPANESE_SURNAMES,
    KIN_ADDRESSES,
    NICKNAME_PREFIXES,
    NOT_LAST,
    NOT_PEOPLE,
    PARTICLES,
    is_han,
    surname_length,
)
from reader.core.people.person_glosses import attribute_glossed, glossed_shape
from reader.core.people.role_heads import role_heads
from reader.core.people.role_lists import role_listed
from reader.core.people.roll_labels import roll_labels
from reader.core.people.row_echoes import row_echoed
from reader.core.people.row_lists import row_lists
from reader.core.people.spaced_tables import spaced_columns
from reader.core.people.table_columns import (
    Cell,
    bar_columns,
    headed_bar_columns,
    name_column_cells,
    role_columns,
    typed_cells,
    wide_headed_columns,
)
from reader.core.people.texts import Proposal, Texts
from reader.core.people.unit_pairs import UNITS, unit_pairs
from reader.core.people.vetting import not_a_name
from reader.core.people.wide_runs import wide_runs

# One item a line: an optional marker (1. / 2、/ ·), then the head, then a
# bracket, a space, a digit, a dash or the line's end.
_ITEM_RE = re.compile(
    rf"(?m)^[ \t\u3000]*(?P<marker>\d{{1,3}}[.、．)）][ \t\u3000]*|[·•・●][ \t\u3000]*)?"
    rf"(?P<head>[{CJK}]{{2,5}}|阿[a-z]{{2,8}})(?=[（(\s\u3000\d—]|$)(?P<rest>[^\n]*)"
)
# A line without a marker is an item only when short (a roll: 王子豪（台中一中）).
_SHORT_LINE = 16
# Names joined by 、 (two or more 、): 阿杰、甜甜、文斌.
# (an item may be a dotted name, 努尔买买提·吐尔逊: the list runs on through it; or
# glossed in brackets, 朴佳恩（박가은）: the list runs on past the gloss)
_JOINED_ITEM = rf"(?:[{CJK}]{{2,8}}·[{CJK}]{{2,8}}|[{CJK}]{{2,4}})(?:\([^()、\n]{{1,24}}\))?"
# (the last item may run into the count of the list: 孟繁荣、金花五名队员, 五名 a number and a classifier)
_JOINED_RE = re.compile(
    rf"(?<![{CJK}·]){_JOINED_ITEM}(?:、{_JOINED_ITEM}){{2,}}(?:(?![{CJK}·])|(?=[两三四五六七八九十]{{1,2}}[名位个]))"
)
# A label's value that is names joined by spaces, to the line's end (二等奖：
# 王清风 李阿春 刘文雄 洪素娥).
_SPACED_RE = re.compile(rf"(?m)(?<=:)[ \t\u3000]*([{CJK}]{{2,4}}(?:[ \t\u3000][{CJK}]{{2,4}}){{2,}})[ \t\u3000]*$")
_NICKNAME_RE = re.compile(rf"阿[{CJK}]|阿[a-z]{{2,8}}")
MIN_ITEMS = 3
# A roll by unit: each line a department, a space, a name (研发中心　高山). The
# labels name units, so the names after them are people whatever they mean.
_LABELLED_RE = re.compile(
    rf"(?m)^[ \t\u3000]*(?P<label>[{CJK}]{{2,6}})[ \t\u3000]+(?P<head>[{CJK}]{{2,4}})[ \t\u3000]*$"
)
# A ranked table's rows: a rank or a numbered group (第二组), then partners joined by a slash
# (1　王建民／林雅婷 62.8%), each maybe glossed in brackets: the pairs of a run of rows make one list.
_PAIR_ROW_RE = re.compile(
    rf"(?m)^[ \t\u3000]*(?:\d{{1,3}}[.、．)）]?|第[\d一二三四五六七八九十]{{1,3}}[组組队隊])[ \t\u3000]+"
    rf"(?P<a>[{CJK}]{{2,4}}|[A-Za-z{CJK}][^\n／/()]{{1,30}}?)(?:\([^()\n]{{1,30}}\))?[／/]"
    rf"(?P<b>[{CJK}]{{2,4}})(?=[ \t\u3000(]|$)"
)
# A line-up: each line a role, a bar, a name (演员｜小北（北京来的会计）). When
# most labels of three or more such lines are a person's role, the lines
# vouch for their names, nicknames (小北) too.
_ROLE_LINE_RE = re.compile(rf"(?m)^[ \t\u3000]*(?P<label>[{CJK}]{{2,4}})[｜|](?P<head>[^\n（(｜|]{{1,12}})")
_HEAD_RE = re.compile(rf"[{CJK}]{{2,4}}")
# A name with its rank in brackets, as a roster writes it (周一凡（副主任医师）):
# the bracket's role vouches for the name before it, set off by no Han character.
_ROLE_GLOSS_RE = re.compile(rf"(?<![{CJK}])(?P<head>[{CJK}]{{2,4}})[（(](?P<role>[{CJK}]{{2,8}})[）)]")
# A roster's row: a name at the line's start, a space, then its rank (上官振东　主任医师　专长：…).
_ROLE_ROW_RE = re.compile(
    rf"(?m)^[ \t\u3000]*(?P<head>[{CJK}]{{2,4}})[ \t\u3000]+(?P<role>[{CJK}]{{2,8}})(?=[ \t\u3000（(]|$)"
)
# A team sheet's items: a shirt number, a dash, a name (2-李帅、5-赵铁柱；替补：
# 22-张力　25-钱多多), ended by a separator, a space or the line's end.
_NUMBERED_RE = re.compile(rf"(?<![\w.\-－])\d{{1,3}}[-－](?P<head>[{CJK}]{{2,4}})(?=[、；;，,\s\u3000]|$)")


def listed_people(t: Texts, known: set[str]) -> list[Proposal]:
    """Items of the text's lists that are people: each has a person's shape,
    and at least two of the list's items (a third of them or more) are
    people already. ``known``: the forms found so far."""
    folded = t.folded
    if "\n" not in folded and "、" not in folded and ":" not in folded:
        return []
    givens = {f[surname_length(f, 0) :] for f in known if is_han(f[:1]) and len(f) >= 3}
    found: list[Proposal] = []
    runs = [(items, False) for items in _lists(folded) + _pair_rows(folded) + _numbered_rows(folded)]
    runs += [(items, False) for items in field_lists(folded) + bar_columns(folded) + glossed_lists(folded)]
    runs += [(items, False) for items in row_lists(folded) + role_heads(folded, known) + household_rows(folded)]
    runs += [(items, False) for table in spaced_columns(folded) for items in table]
    headed = headed_rolls(folded)  # (a roll's heading over it: half of it people already is enough)
    runs += [(items, False) for items in headed]
    runs += [
        (items, True)
        for items in _unit_rolls(folded)
        + unit_pairs(folded)
        + cited_authors(folded)
        + role_columns(folded)
        + headed_bar_columns(folded)
        + wide_headed_columns(folded)
    ]
    line_up, ranked, glossed = _line_up(folded), _role_rows(folded), attribute_glossed(folded)
    counted = [item for items in counted_lists(folded) for item in items]
    ranks, named, paired = label_rows(t.plain, folded, known)  # (a column of ranks is a roll even typed as a table)
    labelled = role_listed(folded) + award_rows(folded) + ranks
    wide_rows = wide_runs(t.plain, folded, known) + named  # (a roll apart by full-width spaces, a person in it)
    wide = [item for items in wide_rows for item in items]
    # (a row of its own full of people: 二等奖：曲比阿果　马海木乃　邓远, though the rows together are not;
    # a labelled column's, whose labels vouch: 乘务员　海来拉且; a full column of kin pairs crowds its names)
    full_rows = {item for items in wide_rows if _full(items, known, givens) for item in items} | set(labelled)
    if wide or "\u3000" in t.plain:  # (see typed_cells: a table is no roll, unless all of it is people)
        typed, rolled = typed_cells(t.plain, t.folded, lambda cells: _full(cells, known, givens))
        wide = [item for item in wide if item[0] not in typed or item[0] in paired] + rolled  # (kin pairs: no kinds)
    wide += [item for items in field_runs(folded, known) for item in items]
    for items, vouched in [
        *runs,
        (line_up, True),
        (_role_glossed(folded), True),
        (ranked, True),
        (glossed, True),
        (labelled, True),
        (counted, True),
        (wide, True),
    ]:
        people = sum(_person_like(form, known, givens) for _, _, form in items)
        if not vouched and (people < 2 or people * 3 < len(items)):
            continue
        # Three in four of the other items people already: the list vouches even for a
        # name ending as places do (林小路 among 刘昊然、赵一凡; 许仙桥 in an owners' column).
        crowded = _full(items, known, givens, people) or (people * 2 >= len(items) and any(items is h for h in headed))
        ranked_like = items is ranked or items is labelled or items is counted or items is wide

        def take(
            crowded: bool, items: list[Cell] = items, ranked_like: bool = ranked_like, vouched: bool = vouched
        ) -> list[Proposal]:
            return [
                Proposal(s, e, form, True)
                for s, e, form in items
                # (a known item too: the list holds it whole, see list_heads.listed_run_ons)
                if form in known
                or (
                    form not in givens
                    and (
                        _shaped(
                            form, ranked_like, crowded or (items is wide and s in paired and (s, e, form) in full_rows)
                        )
                        or _nickname(form, items is line_up)
                        or (items is glossed and glossed_shape(form))
                        or (crowded and "、" in folded[s - 1 : s] + folded[e : e + 1] and joined_name(form))
                        or (((vouched and crowded) or (s, e, form) in full_rows) and unsurnamed_long(form))
                        or (items is wide and cut_in_cell(form, known))
                    )
                )
            ]

        taken = take(crowded)
        # (a vouched column's names the column itself reads crowd it too: 鄂伦, 张北方 and 敖日格勒 under 姓名
        # leave 苏和 one more cell of the column, read whole)
        if vouched and not crowded and len(items) > MIN_ITEMS:
            own = sum(not _person_like(p.form, known, givens) for p in taken)
            taken = take(True) if _full(items, known, givens, people + own) else taken
        found += taken
    found += [
        Proposal(s, e, form, True)
        for s, e, form in name_column_cells(folded)
        if form not in known
        and cell_vetted(form, not_a_name)
        # (or the found name stops one short of the cell: cut at a prose mention, 卓玛央|金第一次)
        and (cut_in_cell(form, known) or not any(form[:k] in known for k in range(2, len(form))))
    ]
    found += row_echoed(folded, known | {p.form for p in found})  # (4｜妥当｜裕固族｜大河乡 … 第四名的妥当来自大河乡)
    return (
        [p for p in found if p.start not in labels]
        if found and (labels := roll_labels(t.plain, [(p.start, p.end) for p in found]))
        else found
    )


def _full(items: list[tuple[int, int, str]], known: set[str], givens: set[str], people: int = -1) -> bool:
    """Three in four of the items but one people already (``people``: their count, if known)."""
    if people < 0:
        people = sum(_person_like(form, known, givens) for _, _, form in items)
    return people >= 2 and people * 4 >= (len(items) - 1) * 3


def _nickname(form: str, lined_up: bool) -> bool:
    return lined_up and len(form) == 2 and form[0] in NICKNAME_PREFIXES and form not in NOT_PEOPLE


def _pair_rows(folded: str) -> list[list[tuple[int, int, str]]]:
    """The partners of a ranked table's rows, one run for the text."""
    items = []
    for m in _PAIR_ROW_RE.finditer(folded):
        items += [(m.start(g), m.end(g), m.group(g)) for g in ("a", "b") if _HEAD_RE.fullmatch(m.group(g))]
    return [items] if len(items) >= MIN_ITEMS else []


def _numbered_rows(folded: str) -> list[list[tuple[int, int, str]]]:
    """The numbered items of each block of adjacent lines that hold them
    (a team's starters and its substitutes: one list)."""
    runs: list[list[tuple[int, int, str]]] = []
    last_line = -2
    line = pos = 0
    for m in _NUMBERED_RE.finditer(folded):
        line += folded.count("\n", pos, m.start())
        pos = m.start()
        if line > last_line + 1 or not runs:
            runs.append([])
        runs[-1].append((m.start("head"), m.end("head"), m.group("head")))
        last_line = line
    return [run for run in runs if len(run) >= MIN_ITEMS]


def _line_up(folded: str) -> list[tuple[int, int, str]]:
    """The names of a line-up whose labels are mostly a person's roles."""
    if "｜" not in folded and "|" not in folded:
        return []
    lines = list(_ROLE_LINE_RE.finditer(folded))
    roles = sum(cue_ends_at(m.group("label"), len(m.group("label"))) for m in lines)
    if len(lines) < MIN_ITEMS or roles * 2 <= len(lines):
        return []
    return [(m.start("head"), m.end("head"), m.group("head")) for m in lines if _HEAD_RE.fullmatch(m.group("head"))]


def _role_glossed(folded: str) -> list[tuple[int, int, str]]:
    """The names followed by a bracketed role (林晓（主任医师）)."""
    if "（" not in folded and "(" not in folded:
        return []
    return [
        (m.start("head"), m.end("head"), m.group("head"))
        for m in _ROLE_GLOSS_RE.finditer(folded)
        if cue_ends_at(m.group("role"), len(m.group("role")))
    ]


def _role_rows(folded: str) -> list[tuple[int, int, str]]:
    """The names heading a roster's rows, each followed by its rank (a
    doctors' roster): three rows or more, so that one line's label and
    value (北京　记者) do not make a roster."""
    rows = [
        (m.start("head"), m.end("head"), m.group("head"))
        for m in _ROLE_ROW_RE.finditer(folded)
        if cue_ends_at(m.group("role"), len(m.group("role")))
    ]
    return rows if len(rows) >= MIN_ITEMS else []


def _lists(folded: str) -> list[list[tuple[int, int, str]]]:
    """Runs of items: consecutive item lines of one kind (numbered, marked,
    short), and each run of names joined by 、 or, as a label's value, by spaces."""
    runs: list[list[tuple[int, int, str]]] = []
    run: list[tuple[int, int, str]] = []
    kind: str | None = None
    last_line_end = -2
    for m in _ITEM_RE.finditer(folded):
        marker = m.group("marker")
        item_kind: str | None = "numbered" if marker and marker[0].isdigit() else "marked" if marker else "short"
        if item_kind == "short" and m.end() - m.start() > _SHORT_LINE:
            item_kind = None
        line_start = folded.rfind("\n", 0, m.start()) + 1
        adjacent = line_start == last_line_end + 1
        if item_kind is None or item_kind != kind or not adjacent:
            if len(run) >= MIN_ITEMS:
                runs.append(run)
            run = []
        kind = item_kind
        if item_kind is not None:
            run.append((m.start("head"), m.end("head"), m.group("head")))
        last_line_end = m.end()
    if len(run) >= MIN_ITEMS:
        runs.append(run)
    for m in _JOINED_RE.finditer(folded):
        runs.append(_joined_parts(m.start(), m.group()))
    for m in _SPACED_RE.finditer(folded):
        runs.append(_parts(m.start(1), m.group(1)))
    return runs


def _parts(pos: int, run: str) -> list[tuple[int, int, str]]:
    """The items of a run joined by 、 or by single spaces, with their spans."""
    items = []
    for part in re.split(r"[、 \t\u3000]", run):
        items.append((pos, pos + len(part), part))
        pos += len(part) + 1
    return items


def _joined_parts(pos: int, run: str) -> list[tuple[int, int, str]]:
    """The items of a run joined by 、, each without its bracketed gloss."""
    items = []
    for part in run.split("、"):
        name = part.split("(", 1)[0]
        items.append((pos, pos + len(name), name))
        pos += len(part) + 1
    return items


def _unit_rolls(folded: str) -> list[list[tuple[int, int, str]]]:
    """Runs of three or more adjacent unit-labelled lines: the units vouch
    for their names, so no item need be known already."""
    runs: list[list[tuple[int, int, str]]] = []
    run: list[tuple[int, int, str]] = []
    last_end = -2
    for m in _LABELLED_RE.finditer(folded):
        if not m.group("label").endswith(UNITS):
            continue
        if m.start() != last_end + 1 and len(run) >= MIN_ITEMS:
            runs.append(run)
        if m.start() != last_end + 1:
            run = []
        run.append((m.start("head"), m.end("head"), m.group("head")))
        last_end = m.end()
    if len(run) >= MIN_ITEMS:
        runs.append(run)
    return runs


def _person_like(form: str, known: set[str], givens: set[str]) -> bool:
    return (
        form in known
        or form in givens
        or (form.endswith(ADDRESS_SUFFIXES) and 2 <= len(form) <= 4 and form[:1] not in "本该这那")
        or (form.endswith(KIN_ADDRESSES) and len(form) == 3 and surname_length(form, 0) == 1)
        or bool(_NICKNAME_RE.fullmatch(form))
    )


def _everyday_noun(form: str) -> bool:
    """An everyday common noun (全体 in a rota's cell: everyone), which a
    name that is also a word is not: 高峰, 向阳 are tagged as names, 江南 as a
    place, 黄鹂 (a bird) is rare."""
    entry = lexicon.lookup(form) if len(form) == 2 else None
    return entry is not None and entry.tag == "n" and entry.freq >= lexicon.EVERYDAY


def _shaped(form: str, ranked: bool = False, crowded: bool = False) -> bool:
    """A surname and one or two given characters, a nickname (阿强, 阿may),
    or a doubled character (甜甜). The list marks it as a name, so only
    function words rule a given name out (向前 is one). A rank after it in a
    roster's row (柏林　主任医师) says a person even of a place's name."""
    if (form in NOT_PEOPLE and not ranked) or form.endswith(ADDRESS_SUFFIXES) or form.endswith(KIN_ADDRESSES):
        return False
    if _NICKNAME_RE.fullmatch(form) or (len(form) == 2 and form[0] == form[1]):
        return True
    if not ranked and _everyday_noun(form):
        return False
    sl = surname_length(form, 0)
    if sl >= len(form):  # a surname alone (高山 is a Japanese one): read its first character
        sl = surname_length(form[:1], 0)
    given = form[sl:]
    japanese = form[:sl] in JAPANESE_SURNAMES
    longest = 3 if japanese else 2  # 中岛由纪子
    # A particle opening a two-character given name that is a word, rare or not (郑和平: 和平; 蒋和顺), joins
    # nothing: the list has already set the item apart (a ranked row's cell, either end: 谢平和); nor one opening a
    # Japanese woman's name in 子 (高桥和子), nor, in a list full of people, such a name under her husband's
    # surname (陈和子).
    word = len(given) == 2 and lexicon.is_common_word(given)
    opens = word or ((japanese or crowded) and given[-1:] == "子")
    inner = "" if word and ranked else given[1:] if opens else given
    # (nor a one-character given name in a list full of people: its cell is whole, 杨过)
    inner = "" if crowded and len(given) == 1 and given not in _LIST_ENDS else inner
    return (
        sl > 0
        and 1 <= len(given) <= longest
        and not any(c in PARTICLES or c in _LIST_ENDS for c in inner)
        and (form[-1] not in NOT_LAST or (crowded and len(given) == 2))
    )
