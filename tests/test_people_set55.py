"""People set 55's fix pass (tests/data/people/fresh55): each rule on a text of its own."""

from __future__ import annotations

from cleaning_support import kept_set, same
from people_support import aliases_in, names_in


def test_an_owners_and_a_riders_column_hold_names_with_no_han_shape() -> None:
    # (a Mongolian name of three, four or six characters; a Han surname before a long given part)
    table = (
        "今年的马术赛成绩如下。\n"
        "名次｜骑手｜马名｜马主\n"
        "1｜王建国｜赤兔｜李秀英\n"
        "2｜巴图额日和｜白龙｜哈森格\n"
        "3｜苏德那木｜飞燕｜巴音吉日嘎拉\n"
    )
    names = names_in(table)
    assert {"巴图额日和", "哈森格", "苏德那木", "巴音吉日嘎拉"} <= names
    assert not {"赤兔", "白龙", "飞燕"} & names


def test_a_found_name_opening_an_agents_cell_is_the_name_and_its_address() -> None:
    # (a guard on the rule above: it passed before it, and must still)
    table = (
        "本期导览员名单。\n"
        "场次｜导览员｜时间\n"
        "上午｜陈美华｜九点\n"
        "下午｜释常安法师｜两点\n"
        "晚上｜林志强｜七点\n"
        "释常安法师出家前是中学老师，陈美华与林志强都是退休教员。\n"
    )
    assert "释常安法师" not in names_in(table)


def test_a_cantonese_particle_starts_no_dotted_name() -> None:
    names = names_in("阿姐係做過清潔嘅瑪麗·拉哈瑪，今日好開心。")
    assert "嘅瑪麗·拉哈瑪" not in names and "瑪麗·拉哈瑪" in names


def test_a_cyrillic_gloss_vouches_for_a_first_part_outside_the_table() -> None:
    text = "来自蒙古国的巴特孟赫·策登（Батмөнх Цэдэн）获得亚军，他说明年还要再来。"
    assert "巴特孟赫·策登" in names_in(text)


def test_a_roll_after_its_own_label_between_paragraphs_is_no_menu() -> None:
    lines = [
        "上週六晚嘅賽事，紅隊以五比二擊敗藍隊，繼續喺聯賽榜首，隊長賽後話全隊狀態好好，下週會再接再厲。",
        "後備名單：\u3000鍾國豪\u3000麥子聰\u3000岑浩\u3000馬可",
        "聯賽主席提醒各隊，下週將舉行抽籤，請各隊隊長準時出席，如有查詢請聯絡會務秘書，多謝大家支持。",
    ]
    assert same(lines[1]) in kept_set("\n".join(lines))


def test_a_labelled_rolls_first_name_and_a_name_cut_at_its_cells_start_are_whole() -> None:
    text = (
        "获奖名单公布如下。\n"
        "一等奖：阿果拉则\u3000沙马木呷\u3000王建国\n"
        "二等奖：曲比阿依\u3000马海木乃\u3000邓远\n"
        "沙马木呷和曲比阿依是夫妻，马海木乃、王建国和邓远也都是老邮递员。\n"
    )
    names = names_in(text)
    assert {"沙马木呷", "曲比阿依", "阿果拉则"} <= names and not {"马木呷", "阿果拉"} & names


def test_a_first_row_over_a_column_of_numbers_is_the_heading() -> None:
    table = (
        "店內學徒一覽：\n"
        "學徒｜師承｜入行年份\n"
        "周到｜范姜志明｜1988\n"
        "江湖｜范姜志明｜1995\n"
        "吳明｜周到｜2019\n"
        "范姜志明今年八十二歲。\n"
    )
    names = names_in(table)
    assert "師承" not in names
    assert {"江湖", "吳明"} <= names


def test_the_aliases_of_a_glossed_mongolian_name_stay_one_person() -> None:
    aliases = aliases_in("来自蒙古国的巴特孟赫·策登（Батмөнх Цэдэн）获得亚军。")
    assert "赫·策登" not in aliases
