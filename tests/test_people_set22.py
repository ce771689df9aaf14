"""The twenty-second fix pass's rules (held-out people set 22: a choir
concert's review, a university's honorary doctorate citations), each on a
text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.people.dotted_names import dotted_names, dotted_starts_kept
from reader.core.people.texts import Proposal, Texts


def test_a_one_character_last_part_before_the_copula_is_completed() -> None:
    # 給 is a verb's character, but before 為 (is) it ends the name.
    names = names_in("阿布·達給為太魯閣族耆老，花費四十年整理族語口述歷史。\n")
    assert "阿布·達給" in names and "阿布·達" not in names


def test_no_word_with_the_copula_is_read_into_the_name() -> None:
    # 称为 is a word: 杨 stays the whole last part.
    forms = {p.form for p in dotted_names(Texts.of("大家把罗伯特·杨称为老师。"))}
    assert forms == {"罗伯特·杨"}


def test_an_address_closes_a_two_character_last_part() -> None:
    forms = {p.form for p in dotted_names(Texts.of("二、阿布·達給先生（Abu Dakis）｜名譽文學博士\n"))}
    assert forms == {"阿布·达给"}


def test_the_dot_rules_start_beats_the_taggers() -> None:
    # The tagger reads 音 of 男中音 into the name; the dot rule trimmed it.
    folded = "意大利男中音恩里科·罗西"
    tagged = [Proposal(5, 12, "音恩里科·罗西", True)]
    dotted = [Proposal(6, 12, "恩里科·罗西", True)]
    assert [p.form for p in dotted_starts_kept(tagged, dotted, folded)] == ["恩里科·罗西"]
    # 官肖 is no word: 肖恩 is the name's (the dot rule read 恩·奥布莱恩).
    folded = "首席执行官肖恩·奥布莱恩"
    tagged = [Proposal(5, 12, "肖恩·奥布莱恩", True)]
    assert dotted_starts_kept(tagged, [Proposal(6, 12, "恩·奥布莱恩", True)], folded) == tagged
    names = names_in("女高音周麗萍感人至深；意大利男中音恩里科·羅西（Enrico Rossi）咬字清楚。\n")
    assert "恩里科·羅西" in names and "音恩里科·羅西" not in names


def test_a_married_name_with_the_surname_guan() -> None:
    names = names_in("團長譚關淑芬（團員都叫她譚太）在演出後的酒會上表示，明年再來。\n")
    assert "譚關淑芬" in names and "關淑芬" not in names
