"""People: the rules of the fix pass on held-out people set 15
(tests/data/people/fresh15): each on a text of its own shape, not the set's."""

from __future__ import annotations

from people_support import folded_aliases_in
from reader.core.folding import fold


def test_a_dotted_name_that_fills_a_field_is_whole() -> None:
    # Parts with characters outside the transliteration table: a Uyghur name
    # and an indigenous Taiwanese one, each a field's whole value.
    names = folded_aliases_in("主讲人：热合曼·阿不都拉\n嚮導：阿浪・滿拉旺大（排灣族）　領隊：張志明")
    assert fold("热合曼·阿不都拉") in names
    assert fold("阿浪・滿拉旺大") in names
    assert not {n for n in names if n in (fold("热合曼·阿"), fold("阿浪・滿拉旺"))}


def test_an_address_after_a_dotted_field_stays_out() -> None:
    names = folded_aliases_in("顧問：阿米爾・汗先生（Aamir Khan），負責海外業務。")
    assert fold("阿米爾・汗先生") not in names


def test_a_labelled_list_set_off_by_semicolons_names_its_people() -> None:
    names = folded_aliases_in(
        "作者：司马文涛；上官燕；林　强；约翰·史密斯（John Smith）；王丽\n摘要：本文提出一种方法。"
    )
    assert {fold("上官燕"), fold("王丽"), fold("林\u3000强")} <= names


def test_items_with_bracketed_glosses_form_a_list() -> None:
    names = folded_aliases_in("当选理事：陈国强（男，得票301张）、刘秀兰（女，得票288张）、诸葛红（女，得票250张）")
    assert fold("诸葛红") in names


def test_a_row_of_labelled_fields_names_its_people() -> None:
    names = folded_aliases_in("主審：司徒家明　記分：江平　司線：何麗珊")
    assert fold("江平") in names


def test_a_list_ending_at_the_text_end_does_not_crash() -> None:
    # A compound-surname name right at the end, after 、 and a known name.
    assert fold("欧阳红") in folded_aliases_in("委员：孙建国、李秀梅、欧阳红")


def test_a_form_printed_as_a_short_title_names_the_work() -> None:
    names = folded_aliases_in("樂團發表新歌〈陳美玲〉，歌迷都在問陳美玲是誰，其實陳美玲是巷口那間麵店。")
    assert fold("陳美玲") not in names


def test_a_person_with_a_cue_is_kept_beside_a_title_of_the_same_name() -> None:
    names = folded_aliases_in("紀錄片〈陳美玲〉首映，導演說陳美玲女士本人也到場。")
    assert fold("陳美玲") in names


def test_the_address_old_sir_after_a_surname_is_no_given_name() -> None:
    names = folded_aliases_in("創辦人之一的何老先生今年九十歲，仍每天到店裡坐坐。")
    assert fold("何老") not in names


def test_the_first_item_of_a_list_of_branches_is_a_place() -> None:
    # (林大仙 has a person's shape and 大仙 is a word: the list's end says place)
    names = folded_aliases_in("她曾負責林大仙、旺角及大圍分店的開業。")
    assert fold("林大仙") not in names


def test_a_compound_surname_name_the_dictionary_tags_as_a_person_is_whole() -> None:
    # Written so often that the frequency rule took it for a word: cut to 葛亮.
    names = folded_aliases_in("讲到北伐，他引用诸葛亮说过的话。")
    assert fold("诸葛亮") in names and fold("葛亮") not in names


def test_a_saying_that_ends_in_a_famous_name_is_no_mention() -> None:
    assert fold("诸葛亮") not in folded_aliases_in("会议开完了才提意见，这叫事后诸葛亮。")
