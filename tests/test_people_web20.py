"""The eighth fix pass (people on saved web pages, tests/data/people/web20):
menus, greetings, job words, Cantonese particles, credit pairs, addresses."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from reader.core.people import find_people
from reader.core.people.credits import credit_lines, credited_names

both = pytest.mark.parametrize("use_tagger", [False, True], ids=["rules", "rules+tagger"])


def _names(text: str, use_tagger: bool = True, **kw) -> set[str]:
    return {p.person.name for p in find_people(text, use_tagger=use_tagger, **kw)}


@both
def test_a_latin_phrase_on_a_menu_row_or_as_a_greeting_is_no_person(use_tagger: bool) -> None:
    text = (
        "今年除咗回歸嘅人氣 Bolo Rei，師傅仲整咗新蛋撻。\n"
        "Bolo Rei 國王蛋糕（原個，約600克）　MOP 268\n"
        "Bolo Rainha 皇后蛋糕（果仁版）　MOP 288\n"
        "祝大家聖誕快樂，Feliz Natal！"
    )
    assert not {"Bolo Rei", "Bolo Rainha", "Feliz Natal"} & _names(text, use_tagger)


def test_a_latin_name_with_a_cue_stays_a_person_beside_a_price() -> None:
    text = "主厨 Nuno Silva 推荐：\nBolo Rei 國王蛋糕　MOP 268\n記者 Maria Lopes 表示，Nuno Silva 每年都做。"
    found = _names(text)
    assert "Nuno Silva" in found and "Bolo Rei" not in found


def test_a_latin_given_name_after_a_masters_title_is_a_person() -> None:
    text = "「栗子蓉太多會搶咗蛋漿味，最後先搵到而家呢個比例。」負責新品嘅師傅 Nuno 話。我哋沿用老師傅陳伯嘅配方。"
    found = _names(text)
    assert "Nuno" in found
    assert not {"栗子蓉", "傅陳伯", "陳伯嘅"} & found


@both
def test_a_cantonese_particle_sits_in_no_name(use_tagger: bool) -> None:
    text = "佢講起九十年代嘅深水埗，而家生意淡咗，但每日仲有設計學生嚟搵布。我哋沿用陳伯嘅配方。"
    assert not [n for n in _names(text, use_tagger) if set(n) & set("嘅咗嚟喺啲")]


def test_a_job_word_is_no_name_and_a_name_does_not_run_into_an_adverb() -> None:
    text = (
        "主唱冯阔一上台就笑：“今天你们不用担心热。”开场的《雨季以后》把鼓压得很低，贝斯手罗菁的线条几乎撑起了整首歌。"
    )
    found = _names(text)
    assert {"冯阔", "罗菁"} <= found
    assert not {"冯阔一", "贝斯手"} & found


def test_a_work_in_title_marks_is_no_credited_name() -> None:
    assert credited_names("12.05　西安　无人岛乐队《白噪音》专场") == []


def test_two_names_apart_after_a_credit_mark_and_a_given_name_with_qi() -> None:
    line = "（文：贾明远　宁筱　摄影：邵其东）"
    assert [line[s:e] for s, e in credited_names(line)] == ["贾明远", "宁筱", "邵其东"]


def test_credit_pairs_cleaning_read_reach_the_finder() -> None:
    article = SimpleNamespace(
        title="龙岗遗址发掘收官",
        bylines=("2026年11月28日|来源：第二研究室",),
        credits=(("文", "贾明远"), ("摄影", "邵其东")),
        author=None,
        source="淮北考古研究院",
    )
    lines = credit_lines(article)  # type: ignore[arg-type]
    assert ("credits[1]", "摄影：邵其东") in lines
    found = {p.person.name: p for p in find_people("项目负责人贾明远说，今年发掘结束。", credits=lines)}
    assert {"贾明远", "邵其东"} <= set(found)
    (m,) = found["邵其东"].credits
    assert dict(lines)[m.field][m.start : m.end] == "邵其东"


def test_a_surname_and_title_joins_the_one_full_name_of_that_surname() -> None:
    text = "「湯水唔係藥，但日日飲，影響都唔細。」岑醫師提醒，孕婦進補前應先諮詢醫生。"
    people = find_people(text, credits=[("bylines[0]", "撰文：註冊中醫師 岑靜儀")])
    (cen,) = [p for p in people if "岑靜儀" in p.person.aliases]
    assert "岑醫師" in cen.person.aliases and cen.credits and cen.mentions
    assert len([p for p in people if p.person.name.startswith("岑")]) == 1


def test_a_surname_and_title_stays_apart_with_two_full_names_of_that_surname() -> None:
    text = "岑醫師提醒，孕婦進補前應先諮詢醫生。"
    credits = [("bylines[0]", "撰文：岑靜儀　攝影：岑家樂")]
    people = find_people(text, credits=credits)
    assert not [p for p in people if "岑醫師" in p.person.aliases and len(p.person.aliases) > 1]


def test_a_nickname_of_a_and_an_english_name_said_twice_is_a_person() -> None:
    text = "導賞員阿Ken一開始就叫大家抬頭。阿Ken話，戰後深水埗人口急增。阿Ken冇直接答。"
    assert "阿Ken" in _names(text)
    assert "阿Ken" not in _names("佢話阿Ken都係咁講。")


def test_a_member_before_a_name_is_a_cue() -> None:
    assert "贺建平" in _names("“风是看不见的，但机子会告诉你。”这是老会员贺建平常说的一句话。")
