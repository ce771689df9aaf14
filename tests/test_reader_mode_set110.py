"""Reader mode on the shapes held-out page set 110 showed (its pages are in
tests/data/pages as f110_*; the texts here are invented in their shapes)."""

from __future__ import annotations

from reader.core.cleaning import clean

_LEAD = "以下为本校今年小一报名活动（明年入学）各阶段的统计，供家长参考。"
_ROWS = (
    "阶段\t名额\t报名人数\t是否抽签",
    "第1阶段\t30\t28\t否",
    "第2A阶段\t50\t49\t否",
    "第2B阶段\t20\t27\t是",
    "第2C补充阶段\t0\t—\t—",
)
_AFTER = (
    "抽签结果",
    "1公里以内：全部录取",
    "抽签于7月28日在学校礼堂进行，共有五十多位家长到场，过程顺利。",
    "已获录取的家长，请于8月15日前登入网上系统确认。",
)


def test_a_tables_lead_in_of_heads_and_label_rows_under_the_bodys_paragraph_is_the_articles() -> None:
    # (总名额 / 总名额：180 / 第1阶段保留：30 / 各阶段, then the rows: nothing kept within two lines of them
    # is prose, but the body's paragraph stands over their lead-in)
    lead_in = ("总名额", "总名额：180", "第1阶段保留：30", "各阶段")
    text = "\n".join(("小一报名各阶段名额与抽签结果", _LEAD, *lead_in, *_ROWS, *_AFTER))
    kept = set(clean(text).paragraphs)
    assert {"总名额：180", "第1阶段保留：30", "各阶段", "第1阶段 30 28 否", "第2B阶段 20 27 是"} <= kept
    # (the same rows under the page's menu, no paragraph of the body over their lead-in, stay gone)
    menu = "首页 | 关于我们 | 家长专区 | 联系我们"
    text = "\n".join(("小一报名各阶段名额与抽签结果", menu, *lead_in, *_ROWS, *_AFTER[:1], _LEAD, *_AFTER[1:]))
    assert "第1阶段 30 28 否" not in set(clean(text).paragraphs)
