"""The thirty-fifth people set's fixes (tests/data/people/fresh35), each a
general rule: Vietnamese Latin letters, a compound surname's two-character
given name that is a word, and a dotted name's last part before an address."""

from __future__ import annotations

from people_support import names_in


def test_vietnamese_letters_stay_inside_a_latin_name() -> None:
    # (ị and ư are Latin Extended letters: no name ends at one)
    assert "Võ Thị Phương" in names_in("他是越南人Võ Thị Phương，来自河内。")
    assert "Łukasz Piszczek" in names_in("波兰球员Łukasz Piszczek今天说")
    # (Thu is no Thursday in a Vietnamese name)
    assert "Trần Thị Thu" in names_in("陳氏秋（Trần Thị Thu，越南語）")


def test_compound_surname_keeps_a_given_name_that_is_a_word() -> None:
    # 建国 is a word and 今年 the next: the tagger's 欧阳建 is cut
    assert "欧阳建国" in names_in("我父亲欧阳建国今年七十六岁，9月突发急性心梗被送到医院。")
    # (光明 is a word but 天来 none: 明天 is the next word)
    assert names_in("司马光明天来") == {"司马光"}


def test_dotted_last_part_runs_to_the_address() -> None:
    assert "买买提·吐尔地" in names_in("后勤集团的买买提·吐尔地师傅在学校开了二十年的烤包子窗口")
    # (老先生 is a word: 老 is no part of the name)
    assert "约翰·史密老" not in names_in("约翰·史密老先生说")
