"""People set 79's fix pass (tests/data/people/fresh79): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.folding import fold


def _names(text: str) -> set[str]:
    return {fold(n) for n in names_in(text)}


def test_a_peoples_name_with_yu_is_its_language_not_a_person() -> None:
    names = _names(
        "魯凱族的頭飾有嚴格的階級。負責評議的召集人唐文德透露，今年有十六人被提名。"
        "「要看一個人很多年。」唐長老說，評議過程全部用魯凱語進行，外人不能旁聽。"
    )
    assert fold("魯凱語") not in names, names
    assert fold("唐文德") in names, names
