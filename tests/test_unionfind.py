"""The one union-find: joins are transitive, the first item's root stays."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.core.unionfind import UnionFind


def test_joins_are_transitive_and_the_first_root_stays() -> None:
    sets = UnionFind(["a", "b", "c", "d"])
    assert sets.union("a", "b") == "a"
    assert sets.union("c", "b") == "c"  # c's root stays: a now points to c
    assert sets.find("a") == sets.find("b") == sets.find("c") == "c"
    assert sets.find("d") == "d"
    assert sets.groups() == {"c": ["a", "b", "c"], "d": ["d"]}


def test_items_are_added_on_first_use_in_order() -> None:
    sets: UnionFind[int] = UnionFind()
    sets.union(3, 1)
    assert 2 not in sets
    assert sets.find(2) == 2
    assert list(sets) == [3, 1, 2] and len(sets) == 3


@given(st.lists(st.tuples(st.integers(0, 15), st.integers(0, 15)), max_size=40))
def test_same_sets_as_a_naive_closure(pairs: list[tuple[int, int]]) -> None:
    sets = UnionFind(range(16))
    for a, b in pairs:
        sets.union(a, b)
    # Naive: merge the groups that hold a and b, pair by pair.
    groups = [{i} for i in range(16)]
    for a, b in pairs:
        ga = next(g for g in groups if a in g)
        gb = next(g for g in groups if b in g)
        if ga is not gb:
            ga |= gb
            groups.remove(gb)
    assert sorted(sorted(g) for g in sets.groups().values()) == sorted(sorted(g) for g in groups)
