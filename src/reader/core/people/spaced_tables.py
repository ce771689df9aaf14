"""The columns of a table whose cells one space sets apart and which has no
heading left (a results table whose heading row reader mode dropped:
1 李陈玉莲 永发鸽舍 关公 hk26-18833 1,352.7). Each column holds one kind of
thing: a column mostly of people already found is a list of people (an
owner's name no rule knew, 麦润好, is one too); a column with few of them,
beside such a column, holds what those people own or make (a racing pigeon
named after a hero, 吕布), so a name met only there is that thing's."""

from __future__ import annotations

from functools import lru_cache

from reader.core.people import lexicon
from reader.core.people.table_columns import SPACED_ROW_RE, Cell, each_table, even_table, names_in, spaced_cells
from reader.core.people.texts import starts


# (the last text's: rolls and thing_columns both ask for the same article's; callers only read them)
@lru_cache(maxsize=1)
def spaced_columns(folded: str) -> list[list[list[Cell]]]:
    """Each even table of ``folded`` written with single spaces, as its
    columns of name-shaped cells (every row, a heading's too)."""
    if " " not in folded:
        return []
    tables: list[list[list[Cell]]] = []

    def collect(table: list[list[Cell]]) -> list[list[Cell]]:
        if even_table(table):
            tables.append([[c for row in table for c in names_in(row[i])] for i in range(len(table[0]))])
        return []

    each_table(SPACED_ROW_RE, folded, spaced_cells, collect)
    return tables


def _people_in(column: list[Cell], forms: set[str]) -> int:
    return sum(text in forms for _, _, text in column)


def things_beside_people(folded: str, forms: set[str]) -> set[str]:
    """The forms of ``forms`` met only as cells of a column where fewer than a
    third of the cells are people (``forms``), beside a column where half or
    more are."""
    found: set[int] = set()
    for columns in spaced_columns(folded):
        people = [_people_in(column, forms) for column in columns]
        if not any(n >= 2 and n * 2 >= len(column) for n, column in zip(people, columns, strict=True)):
            continue
        found |= {s for n, column in zip(people, columns, strict=True) if n * 3 < len(column) for s, _, _ in column}
    # (a form the text never spells so, a Latin name folded, is met nowhere)
    return {form for form in forms if found and (at := starts(folded, form)) and all(s in found for s in at)}


def _time_word(text: str) -> bool:
    entry = lexicon.lookup(text)
    return entry is not None and entry.tag == "t"


def cells_among_times(folded: str, forms: set[str]) -> set[str]:
    """The forms of ``forms`` met only as cells of a column of time words (a
    rota's 上午, 下午 beside 全天): the column says when, so its odd cell is a
    time too, no person. Time words must be two at least and twice the others."""
    found: set[int] = set()
    for columns in spaced_columns(folded):
        for column in columns:
            others = [s for s, _, text in column if not _time_word(text)]
            if len(column) - len(others) >= max(2, 2 * len(others)):
                found.update(others)
    return {form for form in forms if found and (at := starts(folded, form)) and all(s in found for s in at)}


__all__ = ["cells_among_times", "spaced_columns", "things_beside_people"]
