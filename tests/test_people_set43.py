"""People set 43's fix pass (tests/data/people/fresh43): each rule on a text of its own."""

from __future__ import annotations

from people_support import aliases_in, names_in

# A results table with no heading row left: rank, owner, loft, bird, ring, speed.
_RACE = (
    "賽果如下。\n"
    "1　李陳玉蓮　永發鴿舍　關公　HK26-18833　1,352.7\n"
    "2　冼家明　冼記鴿舍　呂布　HK26-02171　1,349.2\n"
    "3　鄧錦添　屏山鴿舍　赤兔　HK26-11205　1,341.8\n"
    "4　麥潤好　東涌鴿舍　張飛　HK26-12477　1,319.6\n"
    "5　黃子健　上水鴿舍　天后　HK26-04411　1,318.3\n"
    "6　郭偉樂　元朗鴿舍　遠走高飛　HK26-16008　1,310.5\n"
    "7　歐陽志堅　歐陽兄弟鴿舍　珠峰　HK26-15566　1,307.9\n"
    "冠軍鴿主李陳玉蓮係協會首位女子冠軍，冼家明、鄧錦添、黃子健、郭偉樂及歐陽志堅亦獲獎。\n"
)


def test_a_spaced_tables_column_mostly_of_people_vouches_for_its_other_names() -> None:
    assert "麥潤好" in names_in(_RACE)


def test_a_name_met_only_in_a_column_beside_the_people_is_a_things_name() -> None:
    names = names_in(_RACE)
    assert not {"呂布", "張飛"} & names
    assert {"李陳玉蓮", "冼家明"} <= names
    # (a Latin name, folded, is spelt nowhere in the text as found: no table holds it)
    assert "Mohammed Khan" in aliases_in(_RACE + "另有穆罕默德·汗（Mohammed Khan）出賽。\n")


def test_a_dotted_name_whose_first_part_is_a_short_run_set_off_on_its_left_is_whole() -> None:
    assert "尤命·諾幹" in names_in("一、全勤獎\n尤命·諾幹、張高美華、林佩珊\n")
    assert "哈勇·巴萬" in names_in("學員名單\n馬紹·達袞　林佩珊　陳怡如　詹文輝　哈勇·巴萬\n")
    assert "美國·紐約" not in names_in("前往美國·紐約參觀。\n")


def test_a_verb_of_writing_before_a_quotation_is_no_part_of_the_name() -> None:
    names = names_in("理事长致词，他说：“唐代诗人罗隐写‘采得百花成蜜后，为谁辛苦为谁甜’，今天甜一回。”")
    assert "罗隐写" not in names
