"""People set 38's fix pass (tests/data/people/fresh38): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in


def test_a_given_name_a_dot_and_a_chinese_surname() -> None:
    names = names_in("優異獎：陳友諒、賴秋霞、朱麗葉·陳、鄧美麗。朱麗葉·陳（Juliet Chan）是退休護士，她說很開心。")
    assert "朱麗葉·陳" in names and "朱麗葉" not in names


def test_a_dotted_name_ending_on_a_surname_does_not_run_on_into_a_verb() -> None:
    text = (
        "技术指导：邬春晖、格桑卓嘎、克里斯托弗·李（Christopher Lee）\n"
        "凌晨两点，克里斯托弗·李讲了哈雷彗星与哈雷本人的故事，又讲了第谷和开普勒的恩怨。"
    )
    names = names_in(text)
    assert "克里斯托弗·李" in names and "克里斯托弗·李讲" not in names


def test_a_dotted_name_ending_on_a_surname_does_not_run_on_across_a_space() -> None:
    text = "参加观测的会员：\n呼延志刚 邬春晖 格桑卓嘎 克里斯托弗·李 蒋张秀兰 闵浩 小林美纪 陈启明 等23人"
    names = names_in(text)
    assert not any(n.startswith("克里斯托弗·李 ") for n in names)


def test_a_rare_compound_surname_of_the_hundred_surnames() -> None:
    names = names_in("化学与分子工程学院 夹谷明哲 教授\n夹谷明哲教授长期从事手性催化研究。")
    assert "夹谷明哲" in names and "谷明哲" not in names


def test_a_name_before_a_noun_and_a_halls_character_names_the_hall() -> None:
    assert "李政道" not in names_in("聘任仪式定于4月8日在李政道报告厅举行，院长方静怡将致辞。")


def test_four_characters_listed_beside_people_are_a_name_without_a_surname() -> None:
    assert "阿布力孜" in names_in("周日 | 09:00-11:00 | 学校门口 | 邓志强、薛梅、阿布力孜\n二、上季度表彰")


def test_a_listed_name_without_a_surname_may_end_in_he() -> None:
    text = "五、青年讲席教授（10人）\n丁宁、马晓川、王一鸣、巴图孟和、吉田真由美、刘畅、李白桦、杨帆、谢菲\n"
    assert "巴图孟和" in names_in(text)


def test_a_name_before_the_hong_kong_title_for_a_nurse_or_chaplain() -> None:
    assert "區嘉欣" in names_in("駐院院牧：\n區嘉欣姑娘（Ivy Au）－內科病房\n區姑娘每天都來探訪病人。")


def test_a_department_the_tagger_reads_ending_an_organisation_is_no_person() -> None:
    text = (
        "主辦：怡保華人大會堂樂齡部\n"
        "頒獎嘉賓：大會堂會長 丹斯里林天福、樂齡部主任 葉清蓮（葉姐）。\n"
        "大會堂樂齡部 版權所有"
    )
    assert "樂齡部" not in names_in(text)


def test_a_two_character_name_between_two_people_in_a_spaced_list() -> None:
    text = (
        "参加人员（按报名顺序）：\n呼延志刚 邬春晖 格桑卓嘎 闵浩 小林美纪 陈启明 韩宝贤 周北辰 徐天狼 "
        "阮明 江月白 等23人"
    )
    assert "阮明" in names_in(text)


def test_a_dictionary_word_between_two_people_in_a_spaced_list_is_a_label() -> None:
    assert "揚琴" not in names_in("樂師名單：頭架 黃錦泉　揚琴 曾玉珍　二胡 龐國棟　擊樂 簡家樂（Ken Kan）")
