"""The twenty-sixth people fix pass (tests/data/people/fresh26): a results
table cut by its section headings whose rows have three cells stays in
reader mode; a dotted name that fills a table's cell or opens a line before a
space is read whole; a sex or an ethnic group glossed after a name, and a
list a person's role labels, vouch for their names; an office in a byline
and a class named after a scholar are no people."""

from __future__ import annotations

from people_support import names_in
from reader.core.cleaning import clean
from reader.core.people.credits import credited_names
from reader.core.people.dotted_names import dotted_names
from reader.core.people.texts import Texts

_RESULTS = """2025全省国际标准舞公开赛成绩
本届公开赛于省体育馆举行，共有来自十二个城市的两百余对选手参赛，赛程两天。
职业组 摩登舞
名次｜选手｜城市
1｜韩立群／苏婉清｜杭州
2｜曹文博／林雪｜南京
3｜邓子健／许晴｜苏州
业余组 拉丁舞
1｜高云翔／沈月｜宁波
2｜田野／孟佳慧｜温州
3｜蒋明远／韦丽｜绍兴
赛后，冠军韩立群说，这次比赛的水平比往年更高，明年还会继续参加，也希望更多年轻人加入。
"""


def test_table_of_three_cells_split_by_a_heading_stays() -> None:
    paragraphs = clean(_RESULTS).paragraphs
    assert "1｜高云翔／沈月｜宁波" in paragraphs
    assert "3｜邓子健／许晴｜苏州" in paragraphs
    assert "业余组 拉丁舞" in paragraphs


def test_couples_in_a_kept_table_are_found() -> None:
    names = names_in("\n".join(clean(_RESULTS).paragraphs))
    assert {"苏婉清", "高云翔", "孟佳慧", "蒋明远"} <= names


def _dotted(text: str) -> list[str]:
    return [p.form for p in dotted_names(Texts.of(text))]


def test_dotted_name_in_a_cell_is_whole() -> None:
    # 大 is no transliteration character: the cell's bar and slash bound the name.
    assert _dotted("2|亚历山大·科瓦廖夫/娜塔莎·伊万诺娃|俄罗斯") == ["亚历山大·科瓦廖夫", "娜塔莎·伊万诺娃"]


def test_dotted_name_opening_a_line_before_a_space_is_whole() -> None:
    names = names_in("信息学院\n买买提·艾力地 副教授，研究机器翻译。\n")
    assert "买买提·艾力地" in names


def test_dotted_name_after_a_title_at_a_line_start_keeps_its_title_out() -> None:
    names = names_in("本月消息\n传道人约翰·布朗（John Brown）在清迈服事，请代祷。\n")
    assert "传道人约翰·布朗" not in names


def test_sex_or_ethnic_gloss_vouches_for_the_name() -> None:
    text = "委员（按姓氏笔画排序）：\n马立新 次仁卓嘎（女，藏族） 刘建华（女） 李平\n"
    assert "次仁卓嘎" in names_in(text)


def test_role_labelled_list_items_are_people_even_as_place_names() -> None:
    text = "四、城市建设委员会（6人）\n委员：王强、巴黎、赵文静（女）、钱多多\n"
    assert "巴黎" in names_in(text)


def test_place_list_without_a_role_label_stays_places() -> None:
    text = "出访城市：巴黎、柏林、罗马、马德里\n"
    assert not {"巴黎", "罗马"} & names_in(text)


def test_office_in_a_byline_is_no_person() -> None:
    line = "作者：总务处 陈明"
    assert [line[a:b] for a, b in credited_names(line)] == ["陈明"]


def test_class_named_after_a_scholar_is_no_person() -> None:
    names = names_in("张晓梅 讲师，毕业于李四光地质班，研究构造地质。")
    assert "李四光" not in names
    assert "张晓梅" in names


def test_class_leader_after_a_name_stays_a_person() -> None:
    assert "王建国" in names_in("王建国班长说，大家明天早点集合。王建国还说要带水。")


def test_list_item_whose_given_name_is_a_word_opening_with_a_particle() -> None:
    # 和平 is a word: 和 joins nothing inside an item the list sets apart.
    text = "委员：\n王立新 陈和平 赵小燕 周国庆\n"
    assert "陈和平" in names_in(text)


def test_a_count_before_class_is_no_field() -> None:
    # 一个班 is "a class": the name before it is no class's.
    assert "比尔·盖茨" in names_in("比尔·盖茨一个班的同学都记得他。")
