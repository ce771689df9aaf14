"""The twenty-third people fix pass (tests/data/people/fresh23): a roster
written as a table with full-width bars (台次｜姓名｜等级分) stays in reader
mode, so the people finder reads its names."""

from __future__ import annotations

from reader.core.cleaning import clean
from reader.core.people import find_people

_PAGE = """关于代表队人选的公示
经过三个月的选拔赛，现将参加团体赛的代表队人选公示如下，公示期为七天，请大家监督。
二、公开组名单
台次｜姓名｜等级分｜备注
第一台｜唐一鸣｜2648｜国际特级大师
第二台｜欧阳晓晨｜2611｜
第三台｜何方｜2587｜
替补｜林海｜2544｜
三、女子组名单：沈佳琪、夏天、崔秀妍　替补：梁晓雪
唐一鸣在选拔赛中九轮积7.5分，以西西里防御和卡罗-卡恩防御连胜三局，稳居第一台。
"""


def test_full_width_bar_table_rows_stay() -> None:
    paragraphs = clean(_PAGE).paragraphs
    assert "第二台｜欧阳晓晨｜2611｜" in paragraphs
    assert "替补｜林海｜2544｜" in paragraphs


def test_roster_names_in_a_full_width_bar_table_are_found() -> None:
    text = "\n".join(clean(_PAGE).paragraphs)
    names = {p.person.name for p in find_people(text)}
    assert {"欧阳晓晨", "何方", "林海"} <= names
