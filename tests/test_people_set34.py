"""The thirty-fourth people fix pass (tests/data/people/fresh34): a dharma
name the text addresses with a monk's title is the monastic's whole name
with 释 wherever written so (释见心 … 见心法师); a married woman's 夫姓+本姓
name after a job ending in 师 (架构师刘陈美玲); a compound surname's name the
rule after a title ran on into the next word is cut where the tagger ends it
(由父亲司马强代签); the far end of a route joined by a dash to a place is a
place (太子道—黄大仙); a name read inside a short quoted term is a piece of
the term («小巴阿姐»); a table whose cells single spaces set apart (as a
tab-separated table reads once loaded) vouches for the names under a heading
of one who does something (认养人)."""

from __future__ import annotations

from people_support import names_in


def test_a_dharma_name_with_shi_where_the_text_addresses_it() -> None:
    text = "書法班導師：釋見行（見行法師）"
    names = names_in(text)
    assert "釋見行" in names
    assert "見行" not in names


def test_a_married_name_after_a_job_ending_in_shi() -> None:
    text = "本次项目由两位导师带领：产品经理张明、架构师黄林秀珍；欢迎同学踊跃报名。"
    assert "黄林秀珍" in names_in(text)


def test_a_compound_surname_name_before_on_behalf_of() -> None:
    text = "获奖名单：欧阳小雨（由母亲欧阳红代领）。"
    names = names_in(text)
    assert "欧阳红代" not in names
    assert "欧阳红" in names


def test_a_route_end_after_a_dash_is_a_place() -> None:
    text = "司机名单\n陈志明（阿明）\t柴湾道—黄大仙\t15年\n"
    names = names_in(text)
    assert "黄大仙" not in names


def test_a_name_inside_a_short_quoted_term_is_a_piece_of_it() -> None:
    text = "註：陳太是本會首位女司機，當年大家都叫她「小巴阿姐」。"
    assert "巴阿姐" not in names_in(text)


def test_a_spaced_table_under_a_heading_of_one_who_does_it() -> None:
    text = "\n".join(
        [
            "现将认养结果公示如下。",
            "编号 树种 树龄 认养人",
            "A-01 银杏 约300年 上官明月",
            "A-02 香樟 约200年 崔敏浩",
            "A-03 油松 约100年 柏青",
            "说明：认养期三年。",
        ]
    )
    names = names_in(text)
    assert {"上官明月", "崔敏浩", "柏青"} <= names
