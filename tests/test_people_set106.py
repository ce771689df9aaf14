"""Rules from the people121 pass over the hundred-and-sixth people set (tests/data/people/fresh106)."""

from __future__ import annotations

from reader.core.people.credits import credited_names
from reader.core.people.elder_addresses import elder_run_ons
from reader.core.people.extract import find_people
from reader.core.people.texts import Proposal


def _names(text: str) -> set[str]:
    return {a for p in find_people(text) for a in p.person.aliases}


_RETIRING = "汤国梁在致员工的一封信中写道。交易完成后，汤老将卸任董事长，不再担任任何职务。"


def test_an_elders_address_run_on_into_the_future_marker_is_the_address() -> None:
    (person,) = find_people(_RETIRING)
    assert person.person.name == "汤国梁" and "汤老" in person.person.aliases and "汤老将" not in _names(_RETIRING)


def test_an_elders_address_before_a_title_is_not_cut_so() -> None:
    kept = Proposal(0, 3, "汤老将", True)
    assert elder_run_ons([kept], "汤老将军说，不再担任任何职务。") == [kept]


def test_where_the_report_was_sent_from_is_no_name() -> None:
    line = "记者 司马瑞 实习生 龙思琪 发自文昌"
    assert [line[a:b] for a, b in credited_names(line)] == ["司马瑞", "龙思琪"]


def test_a_name_after_a_staff_role_is_still_a_name() -> None:
    line = "记者 司马瑞 实习生 文昌"
    assert [line[a:b] for a, b in credited_names(line)] == ["司马瑞", "文昌"]


def test_a_preposition_the_tagger_reads_opens_no_name() -> None:
    assert "向事主" not in _names("案情指，被告向事主聲稱，自己與發展商有內部關係。")


def test_a_preposition_the_tagger_reads_ends_no_name() -> None:
    found = _names("控方由高級檢控官麥嘉欣代表；辯方由資深大律師岑國樑代表。")
    assert "方由" not in found and {"麥嘉欣", "岑國樑"} <= found


def test_a_surname_written_as_a_preposition_where_the_tagger_reads_a_person_is_a_name() -> None:
    assert "向明" in _names("記者向明表示，自己與發展商有內部關係。")


def test_a_name_the_text_calls_a_name_counts_once() -> None:
    assert "基普乔格" in _names("谈到偶像，他毫不犹豫地说出了基普乔格的名字：“他告诉我，马拉松是用脑子跑的。”")


def test_a_foreign_name_written_once_with_no_cue_is_not_listed() -> None:
    assert "基普乔格" not in _names("谈到偶像，他毫不犹豫地说出了基普乔格：“他告诉我，马拉松是用脑子跑的。”")


def test_a_wife_named_after_the_word_for_wife_is_a_person() -> None:
    assert "昆凌" in _names("婚宴最大亮點，是周杰倫的驚喜獻唱。他帶著太太昆凌一起出席，坐在主桌。")


def test_a_friend_named_once_with_no_surname_is_not_listed() -> None:
    assert "昆凌" not in _names("婚宴最大亮點，是周杰倫的驚喜獻唱。他帶著朋友昆凌一起出席，坐在主桌。")


# Older leftovers (fresh104).


def test_a_transliteration_the_tagger_cut_one_short_of_a_listed_foreign_name_is_whole() -> None:
    found = _names("58岁的老球迷彭晓东举着马拉多纳的画像，他说自己看了三十年球。")
    assert "马拉多纳" in found and "马拉多" not in found


def test_a_foreign_name_written_once_with_nothing_it_owns_after_is_not_listed() -> None:
    assert "马拉多纳" not in _names("58岁的老球迷彭晓东举着马拉多纳，他说自己看了三十年球。")
