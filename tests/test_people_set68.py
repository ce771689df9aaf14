"""People set 68's fix pass (tests/data/people/fresh68): each rule on a text of its own."""

from __future__ import annotations

from cleaning_support import kept_set, same
from people_support import names_in
from reader.core.cleaning import clean
from reader.core.people import find_people


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


def test_a_two_character_name_no_dictionary_knows_after_a_bylines_role() -> None:
    byline = "2026-03-02 10:15\u3000来源：高原日报\u3000记者 央金\u3000摄影 林立"
    people = find_people("今天天气很好。\n", credits=[("bylines[0]", byline)])
    assert {p.person.name for p in people} == {"央金", "林立"}
    # (after 作者 two unknown characters say the writer is not named)
    for byline in ("作者：佚名", "作者：匿名\u3000摄影 林立"):
        people = find_people("今天天气很好。\n", credits=[("bylines[0]", byline)])
        assert {p.person.name for p in people} <= {"林立"}, byline
    # (nor after another role: 译者：佚名, 圖／受訪, 記者翻攝)
    for byline in ("译者：佚名", "摄影：佚名", "圖／受訪", "圖／翻攝", "記者翻攝", "圖／待考"):
        people = find_people("今天天气很好。\n", credits=[("bylines[0]", byline)])
        assert not people, byline
    # (but a surname addressed by 老 is a pen name: 老柴)
    people = find_people("今天天气很好。\n", credits=[("bylines[0]", "作者：老柴")])
    assert {p.person.name for p in people} == {"老柴"}


def test_a_verb_right_after_the_old_names_word_is_no_name() -> None:
    assert "登记" not in names_in("这块地仍按原名登记。村民都同意。\n")
    assert "张建国" in names_in("他原名张建国，后来改了名。\n")


def test_a_married_name_whose_title_the_page_gives_with_the_husbands_surname() -> None:
    text = "社区主任何高美玲昨天表示，活动办得很成功。何主任还感谢了志愿者。\n"
    assert "何高美玲" in names_in(text)


def test_a_name_the_text_writes_before_a_peaks_word_is_the_peak() -> None:
    text = "大本营有一只小狗，总在去卓奥友峰方向的路口等人，被大家叫作“卓奥友”。\n队员王建国说很累。\n"
    assert "卓奥友" not in names_in(text)
    assert "李高" not in names_in("记者李高峰报道。李高峰说，峰会明天开幕。\n")


def test_where_one_served_as_a_soldier_is_a_place() -> None:
    text = "抽中金门、马祖的役男很多。高振宇笑说：“我阿公以前也在马祖当兵。”\n"
    assert names_in(text) == {"高振宇"}


def test_a_byline_with_its_date_first_and_a_photo_credits_giver_last_is_metadata() -> None:
    text = (
        "晚報 > 地方\n"
        "龍舟賽昨日落幕\n"
        "2025-06-01　18:05　｜　文／梁河　圖／蘇可欣（鎮公所提供）\n"
        "今年的龍舟賽吸引了三十支隊伍參賽，兩岸觀眾超過一萬人，場面十分熱鬧。\n"
        "賽後，冠軍隊的隊員們把獎盃高高舉起，向觀眾致意，現場掌聲不斷。\n"
    )
    meta = clean(text).metadata
    assert meta.author == "梁河" and meta.date == "2025-06-01 18:05"
    assert ("圖", "蘇可欣") in meta.credits


def test_a_caption_opening_with_a_date_is_still_a_caption() -> None:
    text = (
        "今年的龍舟賽吸引了三十支隊伍參賽，兩岸觀眾超過一萬人，場面十分熱鬧。\n"
        "2025年6月1日，隊員們在江邊合影。（鎮公所提供）\n"
        "賽後，冠軍隊的隊員們把獎盃高高舉起，向觀眾致意，現場掌聲不斷。\n"
    )
    cleaned = clean(text)
    assert cleaned.metadata.date is None


def test_a_rarer_surnames_name_no_dictionary_knows_read_at_every_mention_and_cued_at_one() -> None:
    text = "本季登山总指挥桑珠介绍，今年的窗口集中在五月。队员们都很顺利。桑珠说，明年还会再来。\n"
    assert "桑珠" in names_in(text)
    assert "桑珠" not in names_in("总指挥桑珠介绍，今年的窗口集中在五月。\n")


def test_a_teams_doctor_before_a_name_is_a_role() -> None:
    assert "罗布" in names_in("队医罗布每天在大本营为队员测血氧。\n")
