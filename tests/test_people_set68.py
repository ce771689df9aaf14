"""People set 68's fix pass (tests/data/people/fresh68): each rule on a text of its own."""

from __future__ import annotations

from cleaning_support import kept_set, same
from people_support import names_in


def test_the_sites_reporter_at_the_scene_closing_the_story_stays() -> None:
    text = (
        "港口日报 > 体育\n"
        "龙舟赛昨日落幕\n"
        "今年的龙舟赛吸引了三十支队伍参赛，两岸观众超过一万人，场面十分热闹。\n"
        "赛后，冠军队的队员们把奖杯高高举起，向观众致意，现场掌声不断。\n"
        "比赛成绩\n"
        "男子组｜冠军 何海波｜亚军 孔令峰｜季军 沈一舟\n"
        "女子组｜冠军 苏晓雯｜亚军 郑可欣｜季军 吕思远\n"
        "少年组｜冠军 邓子航｜亚军 方明远｜季军 韩小北\n"
        "本报记者梁河在现场看到，颁奖结束后，队员们又划着龙舟回到了江心。\n"
        "责任编辑：周正\n"
    )
    kept = kept_set(text)
    assert same("本报记者梁河在现场看到，颁奖结束后，队员们又划着龙舟回到了江心。") in kept
    assert same("女子组｜冠军 苏晓雯｜亚军 郑可欣｜季军 吕思远") in kept


def test_the_sites_notice_after_the_story_still_goes() -> None:
    text = (
        "今年的龙舟赛吸引了三十支队伍参赛，两岸观众超过一万人，场面十分热闹。\n"
        "赛后，冠军队的队员们把奖杯高高举起，向观众致意，现场掌声不断。\n"
        "责任编辑：周正\n"
        "本报招聘实习记者，有意者请将简历发送至编辑部邮箱。\n"
    )
    assert same("本报招聘实习记者，有意者请将简历发送至编辑部邮箱。") not in kept_set(text)


def test_a_rank_written_before_each_name_down_a_column_is_its_label() -> None:
    text = (
        "男子组｜冠军 何海波｜亚军 孔令峰｜季军 沈一舟\n"
        "女子组｜冠军 苏晓雯｜亚军 郑可欣｜季军 吕思远\n"
        "少年组｜冠军 邓子航｜亚军 方明远｜季军 韩小北\n"
    )
    names = names_in(text)
    assert {"沈一舟", "吕思远", "韩小北", "孔令峰"} <= names
    assert not {"季军", "亚军"} & names


def test_a_three_character_name_with_no_surname_always_before_one_character_is_four() -> None:
    names = names_in("大家把年长的次仁旺堆叫作“大旺堆”。\n5月17日：次仁旺堆、王建国、渡边阳子\n")
    assert "次仁旺堆" in names and "次仁旺" not in names


def test_a_listed_four_character_name_ending_in_a_rare_place_word_is_whole() -> None:
    names = names_in("5月23日：林小琳、何佩仪、德庆卓嘎、普布顿珠、向阳\n")
    assert "普布顿珠" in names and "普布顿" not in names
    assert "边巴扎西" in names_in("登顶名单：王建国、何佩仪、边巴扎西\n队员何佩仪说很累。\n")
