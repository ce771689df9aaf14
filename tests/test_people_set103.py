"""Rules from the people119 pass over the hundred-and-third and hundred-and-fourth people sets
(tests/data/people/fresh103 and fresh104)."""

from __future__ import annotations

from reader.core.people.extract import find_people


def _names(text: str) -> set[str]:
    return {p.person.name for p in find_people(text)}


_PORTERS = """茶馆墙上贴着一张红纸，是队员们自己写的名单：
冉光荣、谭大力、向幺娃、邓二娃、蒋登科、罗汉清、秦天福、田小兵
饭后，蒋登科去街口的“刘一手火锅”给大家打包了一锅底料。"""


def test_a_name_before_a_verb_of_going_and_a_street_word_is_no_street() -> None:
    assert "蒋登科" in _names(_PORTERS)


def test_a_name_right_before_a_street_word_still_heads_a_street() -> None:
    found = _names(_PORTERS.replace("蒋登科去街口", "大家去蒋登科街口"))
    assert "蒋登科" not in found and "冉光荣" in found


def test_one_counted_by_a_persons_measure_and_named_by_a_noun_is_a_person() -> None:
    assert "邵宏伟" in _names("同案被告人何某负责市场推广。公司另一名股东邵宏伟已潜逃出境，另案处理。")


def test_a_name_whose_given_part_is_a_word_with_no_count_before_is_none() -> None:
    assert "邵宏伟" not in _names("同案被告人何某负责市场推广。公司股东邵宏伟已潜逃出境，另案处理。")


_KEPLER = "“四百年前，开普勒描述行星运动的时候，不会想到我们能‘闻’到另一颗行星的味道。”"


def test_a_name_a_time_dates_before_a_verb_is_a_person() -> None:
    assert "开普勒" in _names(_KEPLER)


def test_a_name_an_era_names_straight_before_a_verb_is_no_dated_act() -> None:
    assert "噶瑪蘭" not in _names("據地方文史工作者考證，清代噶瑪蘭通判楊廷理在任時，頭城一帶已有搶孤習俗。")


def test_a_surname_written_as_the_preposition_yu_is_none() -> None:
    found = _names("這次補選起因於原市議員林美雲今年六月病逝，留下席次。")
    assert "於原市" not in found and "林美雲" in found


def test_the_surname_yu_after_a_title_is_a_name() -> None:
    assert "於美玲" in _names("議員於美玲昨日表示，補選將在十二月舉行。")


def test_the_tail_of_a_proper_noun_before_a_title_is_none() -> None:
    found = _names("電影由金馬獎導演柯文傑執導，首度主演電影的歌手邱靜宜飾演繼承父親漁船的女兒。")
    assert "馬獎" not in found and {"柯文傑", "邱靜宜"} <= found


def test_a_telescope_named_after_someone_is_no_person() -> None:
    text = "国际团队利用韦布望远镜的观测数据发现水汽。团队已申请下一周期的韦布望远镜观测时间，范雨桐说。"
    found = _names(text)
    assert not {"韦布望", "韦布"} & found and "范雨桐" in found


def test_a_name_before_another_word_of_a_telescope_team_stays() -> None:
    assert "韦布" in _names("天文学家韦布说，望远镜的观测时间已经排满。韦布还说，结论要留有余地。")
