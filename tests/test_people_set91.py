"""People set 91's fix pass (tests/data/people/fresh91): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.folding import fold


def _names(text: str) -> set[str]:
    return {fold(n) for n in names_in(text)}


def test_a_cantonese_said_after_a_compound_surname_and_one_given_character_is_the_verb() -> None:
    text = "講完成班學生圍住佢影大合照，攝影師歐陽光話佢影咗幾十年相，從來未見過咁多人一齊喊。"
    names = _names(text)
    assert "欧阳光" in names and "欧阳光话" not in names, names
