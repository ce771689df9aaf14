"""People set 39's fix pass (tests/data/people/fresh39): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.people.credits import credited_names


def test_a_role_before_a_name_in_a_table_cell_is_no_name() -> None:
    text = (
        "| 日期 | 拾获物品 | 拾获人 |\n"
        "| 3月1日 | 钱包 | 保洁员 林秀珍 |\n"
        "| 3月9日 | 雨伞 | 安检员 赵志远 |\n"
        "| 4月2日 | 手机 | 司机 郑建国 |\n"
    )
    names = names_in(text)
    assert {"林秀珍", "赵志远", "郑建国"} <= names
    assert not names & {"保洁员", "安检员", "司机"}


def test_a_dotted_name_does_not_run_on_past_the_same_name_written_whole() -> None:
    text = (
        "| 日期 | 车站 | 拾获人 |\n"
        "| 5月1日 | 东站 | 库尔班·吐逊 |\n"
        "| 5月8日 | 西站 | 乘客 周丽 |\n"
        "5月1日，来自喀什的小伙库尔班·吐逊捡到一个钱包，交给了车站。"
    )
    names = names_in(text)
    assert "库尔班·吐逊" in names and "库尔班·吐逊捡" not in names


def test_a_dotted_foreign_name_in_a_credit_line_is_one_name() -> None:
    line = "文：阿明 ｜ 攝影：拉傑什·庫馬爾 ｜ 2025年3月15日"
    assert [line[s:e] for s, e in credited_names(line)] == ["阿明", "拉傑什·庫馬爾"]


def test_two_chinese_names_a_dot_apart_in_a_credit_line_stay_two() -> None:
    line = "编辑：王明·李华"
    assert [line[s:e] for s, e in credited_names(line)] == ["王明", "李华"]


def test_one_of_a_city_the_text_names_is_no_person() -> None:
    text = (
        "林川市职工业余大学举行毕业典礼，校长周建明致辞。\n"
        "软件专业的田中健来自日本大阪，妻子是林川人，他在一家日企做工程师。"
    )
    names = names_in(text)
    assert "周建明" in names and "林川人" not in names


def test_the_places_of_a_list_before_an_area_are_no_people() -> None:
    text = (
        "林嘉慧是村里第一位大学毕业的村长，曾在金马仑、甘文丁一带从事社区工作。\n"
        "村里的路名：敦拉萨路、大伯公庙、甘文丁路"
    )
    names = names_in(text)
    assert "林嘉慧" in names and not names & {"金马仑", "甘文丁"}


def test_a_verb_before_a_dotted_name_in_a_credit_line_stays_out() -> None:
    line = "记者联系了拉廉密·约苏苏，很类比这些有表现"
    assert not any("联系" in line[s:e] for s, e in credited_names(line))
