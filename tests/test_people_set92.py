"""People set 92's fix pass (tests/data/people/fresh92): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.folding import fold


def _names(text: str) -> set[str]:
    return {fold(n) for n in names_in(text)}


def test_more_before_a_count_after_bi_is_the_comparison_not_a_given_character() -> None:
    text = (
        "排字房的歐陽德仁說，新來的司馬光明第一天報到，師傅說：「比砸缸的司馬光多一個字，看你能不能更耐得住。」"
        "結果司馬光明一做就是二十年。"
    )
    names = _names(text)
    assert "司马光" in names and "司马光多" not in names, names


def test_a_compound_surname_and_one_given_character_is_no_short_form_of_a_longer_name() -> None:
    text = "小时候读过司马光砸缸的故事，司马光救了朋友。排字工人司马光明说，司马光明这个名字常被人念错。"
    names = _names(text)
    assert {"司马光", "司马光明"} <= names, names


def test_mrs_and_the_husbands_surname_before_a_married_name_is_her_address() -> None:
    text = "娟姐話，舊時果欄啲老闆娘個個都識打算盤，隔籬舖嘅梁太梁何秀英仲試過同電腦比賽計數，贏咗。"
    names = _names(text)
    assert "梁何秀英" in names and "梁太梁" not in names, names


def test_a_traders_word_before_a_dotted_name_whose_first_part_is_written_alone_is_no_part() -> None:
    text = (
        "每年五、六月係泰國榴槤旺季，佢嘅合作夥伴、泰國果商頌猜·汶納（Somchai Boonma）都會飛嚟香港睇貨。"
        "頌猜話，香港人揀榴槤最刁鑽。"
    )
    names = _names(text)
    assert "颂猜·汶纳" in names and "果商颂猜·汶纳" not in names, names


def test_a_given_name_and_a_firms_end_beside_its_owner_is_the_firm() -> None:
    text = (
        "果欄商會名單：謝志堅（廣生隆）、梁振邦（振邦果業）、何德勝（德勝行）、黎文輝（文輝蔬果）。"
        "何德勝話生意越嚟越難做。"
    )
    names = _names(text)
    assert "何德胜" in names and "德胜行" not in names, names


def test_an_ordinal_compound_surname_after_a_title_it_takes_elsewhere_opens_a_name() -> None:
    text = (
        "车场场长第五建平告诉记者，今年车场评选“驾龄最长的十位老司机”，第五名是女司机白桦。"
        "第五场长笑着补充：“我这个姓也总被人当成排名。”"
    )
    names = _names(text)
    assert "第五建平" in names and "第五名" not in names, names
