"""People set 60's fix pass (tests/data/people/fresh60): each rule on a text of its own."""

from __future__ import annotations

from people_support import folded_aliases_in, names_in
from reader.core.folding import fold
from reader.core.people.credits import credited_names


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


def _go_results(third: str, after: str) -> str:
    """A results table under a 选手 heading, ``third`` in its third row, then ``after``."""
    rows = "".join(f"{i}｜{name}｜{wins}\n" for i, (name, wins) in enumerate(_go_rows(third), 1))
    return "少儿围棋赛昨日结束，前四名如下。\n名次｜选手｜胜局\n" + rows + after


def _go_rows(third: str) -> list[tuple[str, int]]:
    return [("刘一鸣", 7), ("陈思远", 6), (third, 6), ("许安然", 5)]


def test_a_child_named_after_a_novels_hero_fills_a_results_tables_player_column() -> None:
    text = _go_results("郭靖", "八岁的郭靖是最小的选手，妈妈说名字是照着《射雕英雄传》里的郭靖取的。")
    assert {"刘一鸣", "陈思远", "郭靖", "许安然"} <= names_in(text)


def test_a_one_character_given_name_that_is_a_particle_is_whole_in_a_column_of_people() -> None:
    assert {"刘一鸣", "陈思远", "高和", "许安然"} <= names_in(_go_results("高和", "颁奖后，选手们合影留念。"))


def test_a_compound_surname_read_alone_takes_a_rare_noun_after_it_as_the_given_name() -> None:
    text = "3. 去年的账目已公开。皇甫建军户对鱼塘承包费有异议，已由村会计当面解释。"
    assert "皇甫建军" in names_in(text)


def test_a_compound_surnames_title_after_it_is_no_given_name() -> None:
    text = "评比由慕容理事长主持，他说今年的蜂蜜品质比往年更好。"
    assert not any(n.startswith("慕容理事") for n in names_in(text))


def test_a_bylines_name_that_is_an_everyday_noun_after_a_role_among_names() -> None:
    line = "2025年05月02日　来源：西江晚报　本报记者 林晓　摄影 江山"
    assert [line[a:b] for a, b in credited_names(line, single_latin=True)] == ["林晓", "江山"]


def test_an_everyday_noun_alone_after_a_role_or_a_dateline_is_no_name() -> None:
    assert credited_names("摄影 江山", single_latin=True) == []
    line = "本报记者 林晓 北京报道"
    assert [line[a:b] for a, b in credited_names(line, single_latin=True)] == ["林晓"]
