"""People set 41's fix pass (tests/data/people/fresh41): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.people import find_people


def _credited(line: str) -> set[str]:
    return {p.person.name for p in find_people("本站消息。", credits=[("bylines[0]", line)])}


def test_a_tab_table_row_short_of_its_empty_last_cell_keeps_its_columns() -> None:
    text = (
        "歷任所長如下。\n"
        "任次 姓名 任期 備註\n"
        "1 渡邊正男 1920–1931 首任所長\n"
        "2 鄭大同 1931–1940\n"
        "3 王美玲 1940–1950 任內擴建\n"
        "4 陳志明 1950–1961 退休返鄉\n"
    )
    names = names_in(text)
    assert {"渡邊正男", "鄭大同", "王美玲", "陳志明"} <= names


def test_a_wider_row_holds_several_names_in_its_name_cell() -> None:
    text = (
        "获奖名单如下。\n"
        "排名 姓名 所在村 产品\n"
        "1 李秋生 东湾村 茶叶\n"
        "2 高志远 石桥村 板栗\n"
        "3 卓玛央金 牧场 奶渣\n"
        "4 何东海 孙向阳 王春花（三人团队） 西岭村 腊肉\n"
    )
    names = names_in(text)
    assert {"李秋生", "高志远", "卓玛央金", "何东海", "孙向阳", "王春花"} <= names
    assert "西岭村" not in names


def test_a_numbered_list_of_households_names_its_members() -> None:
    text = (
        "本年度文明家庭名单如下：\n"
        "1. 张立新、吴小燕家庭（东城社区）——照顾孤寡老人\n"
        "2. 刘德明家庭（西城社区）——三代同堂\n"
        "3. 白云、钱刚家庭（东城社区）——热心公益\n"
        "4. 欧阳家庭：欧阳海涛 欧阳晓晴（新村）——垃圾分类\n"
        "5. 郑伟强、何秀英家庭（南苑社区）——邻里互助\n"
    )
    names = names_in(text)
    assert {"白云", "钱刚", "欧阳海涛", "欧阳晓晴"} <= names


def test_a_surname_before_the_address_old_gentleman_is_no_name() -> None:
    text = "王德福家庭：王老先生说，读书最要紧。他的孙子王小明今年考上了大学。"
    names = names_in(text)
    assert "王老" not in names


def test_an_office_word_before_a_role_is_no_person() -> None:
    text = "队员周海是麻醉科医生，另一位队员刘洋是检验科医生。周海说高原缺氧最难熬。"
    names = names_in(text)
    assert "周海" in names and "麻醉科" not in names


def test_an_office_in_a_byline_is_no_person() -> None:
    names = _credited("作者：宣传科 陈静 日期：2026-11-25")
    assert "陈静" in names and "宣传科" not in names


def test_a_name_ending_in_and_in_a_byline_is_whole() -> None:
    names = _credited("作者：地方文史工作者 陳永和 更新：2026-11-22")
    assert "陳永和" in names and "陳永" not in names


def test_a_role_qualifier_glued_to_the_role_is_no_pen_name() -> None:
    names = _credited("作者：鐵道文史工作者 陳永和")
    assert not any(n.startswith("鐵道") for n in names)


def test_a_romanized_gloss_keeps_a_dotted_name_whole() -> None:
    text = "選手名單：\n3 達海·塔納大（Dahai Tanada） 捕手\n達海·塔納大：阿嬤每天騎機車載他到球場練球。"
    names = names_in(text)
    assert "達海·塔納大" in names and "達海·塔納" not in names


def test_a_list_item_a_character_short_takes_a_part_another_name_shares() -> None:
    text = "医疗队带出了第一批护士，其中次仁卓嘎、巴桑、格桑次仁已能独立值班。护士长刘芳说，格桑次仁最用功。"
    names = names_in(text)
    assert "次仁卓嘎" in names and "仁卓嘎" not in names
