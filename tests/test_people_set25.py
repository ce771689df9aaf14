"""The twenty-fifth people fix pass (tests/data/people/fresh25): a prize
list's table split by its section headings stays in reader mode, so the
people finder reads the names in its rows."""

from __future__ import annotations

from reader.core.cleaning import clean
from reader.core.people import find_people

_PAGE = """第九届全国大学生机器人大赛总决赛获奖名单公示
11月26日至27日，第九届全国大学生机器人大赛总决赛在海川会展中心举行，来自全国62所高校的148支队伍参赛。
一、冠军
队名 | 学校 | 队员 | 指导教师
擎天柱队 | 海川理工大学 | 鲁班、叶知秋、陈思远 | 司马文博
注：队长鲁班是机械工程专业大三学生，队伍的夹爪结构借鉴了传统鲁班锁的榫卯原理。
二、亚军
大白队 | 南江大学 | 刘洋、卓玛、徐铭 | 周建平
三、季军
哪吒队 | 西岭科技大学 | 黄晓东、阿迪力·买买提、温柔 | 孙建国
评委点评：各队设计结构简洁、运行稳定，可见团队功底。
"""


def test_table_split_by_section_headings_stays() -> None:
    paragraphs = clean(_PAGE).paragraphs
    assert "擎天柱队 | 海川理工大学 | 鲁班、叶知秋、陈思远 | 司马文博" in paragraphs
    assert "哪吒队 | 西岭科技大学 | 黄晓东、阿迪力·买买提、温柔 | 孙建国" in paragraphs
    assert "三、季军" in paragraphs


def test_names_in_a_split_table_are_found() -> None:
    text = "\n".join(clean(_PAGE).paragraphs)
    names = {p.person.name for p in find_people(text)}
    assert {"叶知秋", "司马文博", "阿迪力·买买提", "孙建国"} <= names


def test_menu_lines_far_apart_are_no_table() -> None:
    # Bar lines of the page's furniture, each alone between prose, stay junk.
    page = (
        "首页 | 新闻 | 公告 | 联系我们\n"
        "11月26日至27日，第九届全国大学生机器人大赛总决赛在海川会展中心举行，来自全国62所高校的队伍参赛。\n"
        "本届赛题要求机器人在三分钟内搬运并堆叠积木，既考算法，也考耐心，各队设计结构简洁、运行稳定。\n"
        "评委们认为，今年的作品整体水平明显高于往届，可见各校团队功底扎实，明年还将扩大规模。\n"
        "关于我们 | 隐私政策 | 网站地图 | 友情链接\n"
    )
    paragraphs = clean(page).paragraphs
    assert "关于我们 | 隐私政策 | 网站地图 | 友情链接" not in paragraphs


def _names(text: str) -> list[str]:
    return [p.person.name for p in find_people(text)]


def test_name_before_a_conjunction_and_a_role_before_another_name() -> None:
    # 与先生佐佐木健: 先生 is her husband's role, not 刘敏与's title.
    names = _names("二、从外地赶回的同学：\n刘敏与先生佐佐木健（从大阪回来）\n")
    assert "刘敏" in names
    assert "刘敏与" not in names


def test_name_joined_to_a_spouse_named_after_the_role() -> None:
    assert "李明" in _names("李明和妻子王芳一起来了。")


def test_compound_surname_the_tagger_read_as_words() -> None:
    # 闻|人|志远: the tagger read the compound surname as a verb and a noun.
    assert "闻人志远" in _names("海川理工大学教授闻人志远致开幕词。")
