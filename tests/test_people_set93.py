"""People set 93's fix pass (tests/data/people/fresh93): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.folding import fold
from reader.core.people import find_people


def _names(text: str) -> set[str]:
    return {fold(n) for n in names_in(text)}


def _people(text: str) -> list[set[str]]:
    return [{fold(a) for a in p.person.aliases} for p in find_people(text)]


def test_a_roll_that_lists_a_name_and_a_longer_one_it_opens_lists_two_people() -> None:
    text = (
        "村里为新修的凉亭立了功德碑，捐款人有：王德明、李顺、刘家宝、李顺发、陈桂香、赵大山。"
        "碑文由刘家宝书写，王德明负责刻字。"
    )
    people = _people(text)
    assert {"李顺"} in people and {"李顺发"} in people, people


def test_a_famous_name_the_dictionary_lists_is_no_short_form_of_a_longer_one() -> None:
    text = "退休教师杜甫生每天来店里看书。他说自己最爱读杜甫，常有人把他的名字念成杜甫。杜甫生笑着说不敢当。"
    people = _people(text)
    assert {"杜甫"} in people and {"杜甫生"} in people, people
