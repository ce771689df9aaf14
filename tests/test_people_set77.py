"""People set 77's fix pass (tests/data/people/fresh77): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.folding import fold


def _names(text: str) -> set[str]:
    return {fold(n) for n in names_in(text)}


def test_her_address_by_the_husbands_surname_right_before_sets_the_married_form_off() -> None:
    names = _names("問：阿嫂點睇？\n何太何陳秀英（街坊叫佢秀英姐）：佢呢個人，打風都唔收檔。")
    assert fold("何陳秀英") in names and fold("陳秀英") not in names, names


def test_a_title_before_the_taggers_married_reading_clears_a_verb_after_it() -> None:
    names = _names("田边坐着几位老人，村民周吴桂英嫁到寨子已经三十年，她说今年雨水好。")
    assert fold("周吴桂英") in names, names


def test_a_rarer_own_surname_another_person_bears_vouches_for_the_married_form() -> None:
    text = "這本族譜由簡家第九代後人李簡素琴捐贈，她說族譜原本壓在神明廳。族長簡德旺具名畫押，修復師李恩英花了四個月。"
    names = _names(text)
    assert fold("李簡素琴") in names, names
