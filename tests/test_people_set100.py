"""Rules from the people115 pass over the hundredth people set (tests/data/people/fresh100)."""

from __future__ import annotations

from pathlib import Path

from reader.core.model import Article
from reader.core.people.credits import credit_lines, credited_names
from reader.core.people.extract import find_people, people_of
from reader.core.script import Script


def _names(text: str) -> set[str]:
    return {p.person.name for p in find_people(text)}


def _article(title: str) -> Article:
    return Article("a", Path("a.txt"), title, ("周素琴在这台机子下坐了四十二年。",), Script.SIMPLIFIED)


def _credited(line: str) -> list[str]:
    return [line[s:e] for s, e in credited_names(line)]


def test_a_dateline_row_taken_for_the_title_credits_its_people() -> None:
    article = _article("2026-12-03 19:05\u3000南京晨报\u3000文/褚师锦生\u3000图/青阳岚\u3000实习生 子桑禾")
    found = {p.person.name for p in people_of(article)}
    assert {"褚师锦生", "青阳岚", "子桑禾"} <= found and "南京晨报" not in found


def test_a_title_whose_words_no_wide_space_parts_credits_no_one() -> None:
    # (a role word inside a title's words is no field of a row: 文/ opens nothing here)
    assert not [f for f, _ in credit_lines(_article("南京晨报记者走访 文/图 老织手周素琴")) if f == "title"]


def test_a_credit_value_a_compound_surname_of_the_old_registers_opens_is_a_name() -> None:
    assert _credited("责任编辑：东里澈\u3000校对：公祖宁") == ["东里澈", "公祖宁"]


def test_the_compound_surnames_word_alone_or_a_place_is_no_credited_name() -> None:
    assert _credited("责任编辑：东里\u3000校对：公祖") == [] and _credited("来源：青阳县") == []


def test_a_relatives_name_of_two_read_does_not_take_the_next_character() -> None:
    assert "曹寅当" not in _names("曹雪芹的祖父曹寅当年就在江宁织造。")


def test_a_relative_sharing_the_surname_after_kin_and_de_stays_three() -> None:
    text = (
        "五代館先生依序是：施阿水、粘錦成、黃金鑼、施長壽、辜美雲。粘姓是鹿港一帶的大姓。"
        "粘錦成的孫女粘玉蘭當晚代表家族上台致詞，她說祖父生前最常講北管是拚出來的。"
    )
    assert "粘玉蘭" in _names(text)


def test_a_married_name_with_her_own_restated_is_one_woman() -> None:
    text = "黎國華係九叔個仔。佢老婆黎陳月好，即係陳月好，就幫手睇數，伙記都叫佢「黎太」。九叔個孫女黎嘉欣兩年前入行。"
    people = {p.person.name: set(p.person.aliases) for p in find_people(text)}
    assert people.get("黎陳月好") == {"黎陳月好", "陳月好"} and "黎陳月" not in people


def test_a_married_name_restating_another_name_is_not_glossed() -> None:
    people = {p.person.name: set(p.person.aliases) for p in find_people("佢老婆黎陳月好，即係陳月嬌，就幫手睇數。")}
    assert "陳月嬌" not in people.get("黎陳月好", set())


def test_one_character_and_a_shops_mark_before_its_trade_is_a_firm() -> None:
    text = "茶行老闆林志成說，錦記茶行是他阿公開的。大稻埕甘州街口的錦記茶行，二樓的揀茶間已經二十年沒有人坐了。"
    assert "錦記茶行" not in _names(text)


def test_a_reporters_address_is_no_shop() -> None:
    from reader.core.people.tails import things_dropped
    from reader.core.people.texts import Proposal

    proposals = [Proposal(2, 5, "王记者", True), Proposal(7, 11, "锦记茶行", True)]
    kept = {p.form for p in things_dropped(proposals, "他说王记者来了锦记茶行。")}
    assert "王记者" in kept and "锦记茶行" not in kept


def test_a_grandparent_after_a_pronoun_bearing_the_surname_named_before_is_a_person() -> None:
    assert "林錦泉" in _names("茶行老闆林志成說，錦記茶行是他阿公林錦泉開的。")


def test_a_grandparent_after_a_pronoun_in_another_sentence_needs_more() -> None:
    assert "林錦泉" not in _names("茶行老闆林志成說。錦記茶行是他阿公林錦泉開的。")


def test_an_age_after_a_name_ending_in_a_rivers_character_says_a_person() -> None:
    assert "汪小溪" in _names("那时候汪小溪才五岁。如今汪小溪在合肥。")


def test_a_length_after_it_says_no_person() -> None:
    assert "汪小溪" not in _names("那时候汪小溪才五米宽。如今汪小溪在合肥。")


def test_a_weaver_is_a_title_before_a_name() -> None:
    assert "山本千代" in _names("日本京都西阵织的织工山本千代专程带来一段腰带。")


def test_a_weaving_word_without_the_worker_is_no_title() -> None:
    assert "山本千代" not in _names("日本京都西阵织的织法山本千代专程带来一段腰带。")


def test_one_person_seeing_another_off_vouches_for_both() -> None:
    found = _names("有人接话，说造纸要从蔡伦算起；也有人念起李白送汪伦的诗，说桃花潭就在上游不远。")
    assert {"李白", "汪伦"} <= found


def test_the_object_of_an_act_running_into_the_next_word_needs_more() -> None:
    # (回家 follows: 汪伦's end is not clear, the verb's object may run on)
    assert "汪伦" not in _names("也有人念起王明送汪伦回家。")


def test_a_copula_does_nothing_to_anyone() -> None:
    assert "威爾斯" not in _names("解析：聖大衛是威爾斯的守護聖人；3月17日是聖派翠克日。")


def test_a_full_name_joined_to_a_found_ones_before_whose_is_a_person() -> None:
    assert "白雪仙" in _names("「任劍輝同白雪仙嘅戲迷坐滿成個棚」。")


def test_a_joined_word_before_whose_is_no_person() -> None:
    assert not _names("「任劍輝同白雪公主嘅戲迷」。王明和高山族的朋友。") & {"白雪公", "高山族"}


def test_a_class_whose_pupil_is_named_after_is_no_person() -> None:
    assert "初三孝" not in _names("個人全場總冠軍由高二理的林佩珊及初三孝的黃子軒分別奪得。")
