"""People set 62's fix pass (tests/data/people/fresh62): each rule on a text of its own."""

from __future__ import annotations

from people_support import folded_aliases_in, names_in


def test_a_column_of_rows_labelled_by_roles_vouches_for_names_that_are_words() -> None:
    text = (
        "早上七点，渡轮从北岸码头开出，船上有二十多位赶集的老乡。\n"
        "【今日当班人员】\n"
        "船　长　马德生\n"
        "水　手　江河　白云　阿木古且\n"
        "售票员　高山\n"
        "轮机员　石头\n"
        "船长马德生说，这条航线已经开了四十年。\n"
    )
    aliases = folded_aliases_in(text)
    assert {"江河", "白云", "阿木古且", "高山", "石头"} <= aliases


def test_a_ranked_rows_score_and_prize_columns_follow_its_names() -> None:
    text = (
        "镇上的钓鱼比赛昨天结束，一百多位钓友参赛。\n"
        "【比赛成绩】\n"
        "第一名　江山　　8.6公斤　渔具一套\n"
        "第二名　高原　　7.2公斤　冰箱一台\n"
        "第三名　白雪　　6.9公斤　大米五十斤\n"
        "冠军江山说，他钓了三十年鱼。\n"
    )
    aliases = folded_aliases_in(text)
    assert {"江山", "高原", "白雪"} <= aliases


def test_a_married_name_after_a_wife_word_is_whole_whatever_the_tagger_tags_it() -> None:
    text = "今天天氣很好，大家都出門了。\n比賽結束後，他轉身抱住太太黃陳秀琴。\n明天廟方還會發放平安米。\n"
    assert "黃陳秀琴" in names_in(text)


def test_a_married_name_after_her_husbands_name_and_wife_is_whole() -> None:
    text = "店里一共五个人：店长　方德明　前台　韩小雨　会计　向明亮的妻子向蔡丽华\n向明亮说，店开了十五年。\n"
    names = names_in(text)
    assert "向蔡丽华" in names and "蔡丽华" not in names


def test_a_kinship_address_before_a_conjunction_ends_there() -> None:
    names = names_in("庙会那天，管账的李婶和看门的赵师傅一直忙到半夜。")
    assert "李婶" in names and "李婶和" not in names


def test_a_name_ending_in_he_that_ends_a_clause_is_whole() -> None:
    assert "王叔和" in names_in("医书里常提到王叔和。王叔和是晋代名医，著有《脉经》。")
