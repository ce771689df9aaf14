"""people/language_names: a people's name (X族 … X人) is no person, and the
text's strings before 族 are read once, not searched for each form."""

from __future__ import annotations

import random

from reader.core.people.language_names import _before_zu, peoples


def test_a_people_written_before_zu_is_no_person_and_a_person_stays() -> None:
    text = "毛利族的长老说，毛利人重视祖先。景颇族的节日到了，景颇人都来了。撒奇莱雅族的撒奇莱雅语课。王小明也来了。"
    assert peoples(text, {"毛利", "景颇人", "撒奇莱", "王小明"}) == {"毛利", "景颇人", "撒奇莱"}


def test_strings_before_zu_are_every_x_with_x_zu_in_the_text() -> None:
    rng = random.Random(5)
    for _ in range(300):
        text = "".join(rng.choice("族毛利人语王") for _ in range(rng.randint(0, 30)))
        found = _before_zu(text)
        for n in range(1, 6):
            for i in range(len(text)):
                x = text[i : i + n]
                assert (x in found) == (x + "族" in text), (text, x)
        assert all(x + "族" in text for x in found)
