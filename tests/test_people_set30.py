"""The thirtieth people fix pass (tests/data/people/fresh30): a cast table's
role column (角色 | 演員) holds characters, its actor column people; a table's
姓名 heading vouches for its cells, names joined by 、 in a cell too; a list of
names set apart by spaces after a person's role (参展学生：林可 田甜 黄河清) is one
of people, a cell's name before its gloss (韩率（한솔）) a
name; the names a sponsor list holds are brands (赞助商李宁、江小白), a name that
opens a longer cell names a thing (李鴻章雜碎); a name
and 同事 is an address (高山同事说); a Cantonese address and 話 'said' before
a quote (強哥話：「…」) is the address."""

from __future__ import annotations

from people_support import folded_aliases_in, names_in
from reader.core.folding import fold


def test_a_cast_tables_roles_are_characters_and_its_actors_people() -> None:
    text = "\n".join(
        [
            "劇社將於明年公演曹禺經典《雷雨》，由陳文傑執導。",
            "角色 | 演員",
            "周樸園 | 鄭家輝",
            "蘩漪 | 鍾詠儀",
            "周萍 | 區俊朗",
            "魯侍萍 | 伍美鳳",
            "魯貴 | 張大民",
            "鄭家輝今次首次挑戰周樸園。",
        ]
    )
    names = {fold(n) for n in names_in(text)}
    assert {fold(n) for n in ("鄭家輝", "區俊朗", "張大民", "伍美鳳")} <= names
    assert not names & {fold(n) for n in ("周樸園", "魯侍萍", "周萍")}


def test_a_name_heading_vouches_for_the_names_of_its_cells() -> None:
    text = "\n".join(
        [
            "二、二十年服务奖",
            "部门 | 姓名",
            "装配车间 | 王铁柱、李秀兰、赵卫东",
            "质检部 | 马天宇、高山",
            "财务部 | 刘霞、孙悦",
            "备注：高山流水般的默契。",
        ]
    )
    assert {"马天宇", "高山", "刘霞", "孙悦"} <= names_in(text)


def test_names_set_apart_by_spaces_after_a_persons_role() -> None:
    text = "南岭美术学院毕业展开幕。\n参展学生：林可 田甜 黄河清 马可\n展览持续一个月。"
    assert {"林可", "田甜", "黄河清", "马可"} <= names_in(text)


def test_a_sponsor_lists_names_are_brands() -> None:
    text = (
        "记者王明表示，比赛很精彩。\n"
        "特别致谢：赞助商李宁、江小白；志愿者郑大妈全程负责签到。\n"
        "特別鳴謝：維他奶、大家樂、周生生贊助。\n"
        "本季贊助：李錦記、美心\n"
    )
    names = {fold(n) for n in names_in(text)}
    assert not names & {fold(n) for n in ("李宁", "江小白", "周生生", "李錦記")}
    assert "王明" in names


def test_a_sponsors_gift_named_alone_is_a_persons() -> None:
    assert "张三" in names_in("记者张三表示，张三赞助了十万元奖金。")


def test_a_name_and_colleague_is_an_address() -> None:
    text = "质检部 | 马天宇、高山\n备注：质检部高山同事说，二十年来最难忘的是和徒弟们的默契。"
    assert "高山同事" not in names_in(text)


def test_a_cantonese_address_and_said_before_a_quote() -> None:
    text = "主持：查家強（強哥）、伍詠梅（梅姐）\n強哥話：「今季我哋請到街坊阿嬸，總之好食就得！」"
    aliases = folded_aliases_in(text)
    assert fold("強哥話") not in aliases
    assert fold("強哥") in aliases


def test_a_cells_name_before_its_gloss() -> None:
    text = "\n".join(
        [
            "名次 | 选手 | 作品 | 得分",
            "冠军 | 江流（本名江小流） | 《黄河在我的外卖箱里》 | 29.4",
            "亚军 | 热依拉·阿不都 | 《喀什的杏花》 | 28.9",
            "季军 | 慕容秋 | 《秋风扫落叶》 | 28.7",
            "第四名 | 韩率（한솔） | 《首尔地铁二号线》 | 27.5",
        ]
    )
    assert "韩率" in names_in(text)


def test_a_thing_a_tables_cell_names_after_someone() -> None:
    text = "\n".join(
        [
            "集數 | 嘉賓 | 菜式",
            "第1集 | 米芝蓮一星大廚 羅宗堯 | 太史五蛇羹",
            "第2集 | 九十歲婆婆 李鳳嬌（鳳姐） | 李鴻章雜碎",
            "第3集 | 日本料理師傅 田中一郎 | 鰻魚飯",
        ]
    )
    assert fold("李鴻章") not in {fold(n) for n in names_in(text)}


def test_a_name_opening_a_cell_before_a_title_is_a_persons() -> None:
    text = "组别 | 指导\n甲组 | 王建国教授\n乙组 | 李秀英老师\n丙组 | 张伟"
    assert "王建国" in names_in(text)
