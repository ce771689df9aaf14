"""People set 81's fix pass (tests/data/people/fresh81): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.folding import fold


def _names(text: str) -> set[str]:
    return {fold(n) for n in names_in(text)}


def test_a_columns_own_names_crowd_it_so_a_one_character_given_name_that_is_a_particle_is_read() -> None:
    names = _names(
        "新赛季名单公布，队长王建国说大家都很期待。\n\n"
        "号码｜姓名｜位置｜进球\n"
        "1｜王建国｜门将｜0\n"
        "2｜李晓东｜后卫｜1\n"
        "4｜陈志强｜中场｜2\n"
        "5｜赵立新｜中场｜0\n"
        "6｜鄂伦｜前锋｜4\n"
        "7｜乌日娜｜后卫｜0\n"
        "8｜敖日格勒｜前锋｜3\n"
        "9｜葛和｜前锋｜1\n"
    )
    assert fold("葛和") in names, names
