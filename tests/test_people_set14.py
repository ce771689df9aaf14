"""People: the rules of the fix pass on held-out people set 14
(tests/data/people/fresh14): each on a text of its own shape, not the set's."""

from __future__ import annotations

from people_support import folded_aliases_in
from reader.core.folding import fold


def test_an_era_before_a_dot_is_no_part_of_the_name() -> None:
    names = folded_aliases_in(
        "〈春夜喜雨〉　唐·杜甫\n好雨知時節，當春乃發生。\n〈題西林壁〉　宋·蘇軾\n橫看成嶺側成峰。"
    )
    assert {fold("杜甫"), fold("蘇軾")} <= names
    assert not {n for n in names if "·" in n}


def test_a_verb_with_a_pronoun_after_a_name_is_no_given_name() -> None:
    names = folded_aliases_in("相傳劉三姐在江邊唱歌，不及陳浩送我的那首動聽。")
    assert fold("陳浩送") not in names


def test_the_taiwan_double_surname_zhang_jian() -> None:
    names = folded_aliases_in("本屆理事長張簡文雄先生致詞，感謝各界支持。")
    assert fold("張簡文雄") in names and fold("簡文雄") not in names


def test_a_sum_in_cheque_numerals_is_no_name() -> None:
    names = folded_aliases_in("善款明細：\n無名氏　　　　陸仟元\n信士陳志明　　參仟元\n")
    assert fold("陸仟元") not in names and fold("陳志明") in names


def test_a_married_name_keeps_the_husbands_surname() -> None:
    names = folded_aliases_in("主婚人：吳正雄先生、吳葉淑惠女士\n感謝各位親友蒞臨。")
    assert fold("吳葉淑惠") in names
    assert fold("葉淑惠") not in names and fold("吳葉淑") not in names


def test_a_team_sheet_vouches_for_its_numbered_names() -> None:
    text = (
        "东港海鸥（4-4-2）：1-孙立平；2-黄山、4-周建华、5-吴晓东、3-林涛；7-白云、8-马文博、6-何俊、11-田园；"
        "9-谢天宇、10-杜明轩\n"
        "替补：12-金鑫　14-唐志远　16-江河\n"
    )
    names = folded_aliases_in(text)
    assert {fold(n) for n in ("黄山", "白云", "田园", "江河", "金鑫")} <= names


def test_a_role_with_its_actor_in_brackets_is_a_character() -> None:
    text = (
        "第3集，富商之子趙天明（林冠廷 飾）在婚禮上現身，管家老李（黃志忠 飾）認出了他。"
        "另一邊，郭靜飾演的女警蘇曉雲追查線索。導演陳俊宏表示下週更精彩。"
    )
    names = folded_aliases_in(text)
    assert fold("趙天明") not in names
    assert {fold("林冠廷"), fold("黃志忠"), fold("陳俊宏")} <= names


def test_a_masked_name_is_no_name() -> None:
    names = folded_aliases_in("被告人：張某｜12月3日 9:00｜第二法庭｜審判長 林立德")
    assert fold("張某") not in names


def test_a_dharma_name_before_a_monastic_title() -> None:
    names = folded_aliases_in("法會由普照寺釋覺淨法師主持，信眾三百餘人參加，他向大家解釋法師的用意。")
    assert fold("釋覺淨") in names and not {n for n in names if n.startswith("解")}


def test_fu_is_a_surname_a_role_vouches_for() -> None:
    names = folded_aliases_in("书记员：付敏（第1、2号案件）\n本院提醒当事人按时到庭，逾期需付款。")
    assert fold("付敏") in names and fold("付款") not in names
