"""A form the tagger reads as a person but the dictionary holds whole as a
thing's name (a common noun of three characters or more: 白大褂) is no
person unless a title, a speech verb or a list says otherwise. Found in the
walkthrough on a doctor's diary: 我把白大褂从柜子里取出来."""

from __future__ import annotations

from people_support import names_in


def test_a_thing_the_dictionary_holds_whole_is_no_person() -> None:
    text = "晚上七点五十分，我把白大褂从柜子里取出来，口袋里照例放着三支笔。交班的同事说，今晚天冷。"
    assert "白大褂" not in names_in(text)


def test_a_real_name_beside_it_still_counts() -> None:
    text = "值班医生白明远把白大褂挂在门后。白明远说，今晚病人不少。"
    names = names_in(text)
    assert "白明远" in names
    assert "白大褂" not in names
