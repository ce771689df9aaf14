"""People set 66's fix pass (tests/data/people/fresh66): each rule on a text of its own."""

from __future__ import annotations

from cleaning_support import kept_set, same
from people_support import names_in
from reader.core.people import find_people


def test_a_counted_head_keeps_its_roll_of_two_character_names_read_as_buttons() -> None:
    text = (
        "本学期评选工作日前结束，学校公布了获奖名单。\n"
        "一、优秀辅导员（5名）\n"
        "高远\u3000方正\u3000马超\u3000林立\u3000宋平\n"
        "二、优秀班长（节选）\n"
        "化学学院：周可欣、吴晓东、郑雨桐\n"
    )
    assert same("高远\u3000方正\u3000马超\u3000林立\u3000宋平") in kept_set(text)
    assert {"高远", "方正", "林立"} <= names_in(text)


def test_a_row_of_buttons_between_kept_lines_still_goes() -> None:
    text = (
        "本学期评选工作日前结束，学校公布了获奖名单。\n"
        "打印\u3000关闭\u3000收藏\u3000分享\u3000纠错\n"
        "获奖同学将在下周的大会上领奖，学院另发证书。\n"
    )
    assert same("打印\u3000关闭\u3000收藏\u3000分享\u3000纠错") not in kept_set(text)


def test_an_age_before_a_name_vouches_for_a_given_name_that_is_a_place() -> None:
    assert "卜玉山" in names_in("今年六十一岁的卜玉山第一次带队出湖。\n")
    assert "皮玉山" in names_in("六十一歲的皮玉山帶隊出湖。\n")


def test_an_age_before_a_job_word_vouches_for_no_name() -> None:
    assert "银匠吴" not in names_in("今年七十六岁的银匠吴水银坐在广场边，看着姑娘们跳舞。\n")


def test_a_japanese_name_ending_in_a_birth_order_numeral_is_whole() -> None:
    names = names_in("外方专家：中村健一、佐佐木健二。\n")
    assert "佐佐木健二" in names and "佐佐木健" not in names
    # (a numeral before more Han starts the next word: 一行人, a party)
    assert "佐佐木健一" not in names_in("专家佐佐木健一行人昨天抵达成都。\n")


def test_a_bylines_source_that_is_a_place_and_a_papers_word_is_no_name() -> None:
    byline = "2026-03-02 10:15\u3000来源：中山商报\u3000记者 林立"
    people = find_people("今天天气很好，大家都去公园散步。\n", credits=[("bylines[0]", byline)])
    assert {p.person.name for p in people} == {"林立"}


def test_a_groups_label_over_a_roll_of_names_is_no_speaker() -> None:
    text = (
        "舞狮队今年共二十人，名单如下：\n"
        "狮头组：何永康\u3000梁大成\u3000麦浪\n"
        "龙尾队：周全\u3000冯家乐\u3000区志明\u3000阮文雄\n"
    )
    assert "龙尾队" not in names_in(text)
    assert "周全" in names_in(text)


def test_a_speakers_label_still_opens_a_transcript_line() -> None:
    text = "记者：你们每天练多久？\n钱满满：我们每天都在这里练，练到天黑。\n钱满满：明年还来。\n"
    assert "钱满满" in names_in(text)


def test_a_programmes_items_joined_by_a_dot_are_no_name() -> None:
    text = "第三天\u3000全日：上山采茶·炒茶揉捻示范（指导：林茂盛）\n"
    assert "上山采茶·炒茶揉捻示范" not in names_in(text)
    assert "上山采茶·炒茶揉捻" not in names_in(text)


def test_a_three_character_name_without_a_surname_in_a_roll_of_roles_is_one() -> None:
    text = (
        "牧民合作社今年分工如下：\n"
        "挤奶员\u3000孟长河\u3000乌兰\n"
        "放牧员\u3000于海涛\u3000赵铁山\n"
        "剪毛手\u3000刘长顺\u3000其日格\n"
        "合作社的人都说，今年的羊毛成色最好。\n"
    )
    assert "其日格" in names_in(text)
