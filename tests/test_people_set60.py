"""People set 60's fix pass (tests/data/people/fresh60): each rule on a text of its own."""

from __future__ import annotations

from people_support import folded_aliases_in
from reader.core.folding import fold


def _folded(*names: str) -> set[str]:
    return {fold(n) for n in names}


def test_a_costume_contests_part_before_its_work_is_no_person() -> None:
    text = (
        "漫展昨日閉幕，角色扮演比賽的結果如下。\n"
        "金獎　林嘉慧　瑪麗安·蓋勒　《星河傳說》\n"
        "銀獎　歐陽子健　鐵面將軍　《暗夜城》\n"
        "銅獎　張曉彤　白狐仙　《山海奇譚》\n"
        "評審說林嘉慧的披風「比瑪麗安·蓋勒本人還要長」，歐陽子健的鐵面將軍盔甲重三公斤。"
    )
    aliases = folded_aliases_in(text)
    assert _folded("林嘉慧", "歐陽子健", "張曉彤") <= aliases
    assert not aliases & _folded("瑪麗安·蓋勒", "比瑪麗安·蓋勒", "鐵面將軍", "白狐仙")


def test_a_real_person_played_is_a_person_by_the_title_a_mention_gives() -> None:
    text = (
        "漫展昨日閉幕，角色扮演比賽的結果如下。\n"
        "金獎　林嘉慧　瑪麗安·蓋勒　《星河傳說》\n"
        "銀獎　歐陽子健　鐵面將軍　《暗夜城》\n"
        "人氣獎　周志強　陳國華　《猛龍傳》\n"
        "周志強扮演已故功夫巨星陳國華，一出場就掌聲雷動。"
    )
    aliases = folded_aliases_in(text)
    assert _folded("周志強", "陳國華") <= aliases
    assert fold("瑪麗安·蓋勒") not in aliases


def test_a_reading_lists_authors_before_their_books_stay_people() -> None:
    text = (
        "圖書館公佈了本月借閱最多的書。\n"
        "第一名　林嘉慧　《星河傳說》\n"
        "第二名　歐陽子健　《暗夜城》\n"
        "第三名　張曉彤　《山海奇譚》\n"
        "館長說，三位作者都會來參加讀者見面會。"
    )
    assert _folded("林嘉慧", "歐陽子健", "張曉彤") <= folded_aliases_in(text)
