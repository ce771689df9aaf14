"""Rules from the people109 pass over the ninety-fifth people set (tests/data/people/fresh95)."""

from __future__ import annotations

from reader.core.people.extract import find_people
from reader.core.people.vetting import not_a_name


def _names(text: str) -> set[str]:
    return {p.person.name for p in find_people(text)}


def test_a_lists_first_item_is_a_found_name_without_the_verb_glued_before_it() -> None:
    # 请 runs into the first of three names joined by 、; 黄德春 stands alone elsewhere
    text = "七十六岁的黄德春撑着竹排出来。镇里计划开设传习班，请黄德春、莫金水、罗渔生三位当老师。"
    found = _names(text)
    assert "黄德春" in found and "请黄德春" not in found


def test_a_list_item_whose_tail_has_no_surname_stays_whole() -> None:
    # 慧明 is a dharma name (no surname): 释 before it is the monk's, not a verb
    text = "王大同说，李小明也说。认养人：释慧明、王大同、李小明。\n3. 慧明法师表示，寺里将安排僧众浇水。"
    assert "释慧明" in _names(text)


def test_a_family_and_a_place_or_time_after_it_is_no_name() -> None:
    assert "陳家後" not in _names("她原本是美術系學生，嫁進陳家後跟著婆婆學藝。")
    assert not_a_name("陈家后") and not_a_name("王家里")
    assert not not_a_name("陈家明") and not not_a_name("王家中")


def test_a_name_does_not_end_in_chang_before_a_verb() -> None:
    # 常 is an adverb before 说: 我師公常說 is "my master's master often said"
    found = _names("「我師公常說，何金龍的人物有骨氣。」陳天送說。")
    assert "師公常" not in found and "何金龍" in found


def test_a_name_ending_in_an_adverbs_character_before_a_possessive_stays() -> None:
    assert "韋季常" in _names("書法則出自一位名叫韋季常的書吏之手。")


def test_a_rarer_famous_name_dated_by_a_time_after_it_is_a_person() -> None:
    text = "“宋应星在书里写过四川的盐井，李冰在两千多年前就在广都凿了盐井。”佐藤美和说"
    assert "李冰" in _names(text)


def test_a_rarer_famous_name_without_a_date_still_needs_more() -> None:
    assert "李冰" not in _names("他说，李冰在广都凿了盐井。")


def test_a_famous_name_the_tagger_glues_to_a_verb_before_it_is_the_verbs_object() -> None:
    # the tagger reads 播羅文 as one verb; 罗文 is a name the dictionary lists
    assert "羅文" in _names("吳二妹講起嗰陣收音機日日播羅文，「一邊車衣一邊跟住唱」。")


def test_a_verb_glued_to_a_word_that_is_no_name_stays_out() -> None:
    assert not _names("收音機日日播新聞，「一邊車衣一邊跟住唱」。")


def test_a_clans_name_after_a_compound_surname_takes_a_verb_before_an_adverb() -> None:
    # 完颜 (the Jurchen imperial clan) is a compound surname; 阿骨打 three given characters, 就 opens the predicate
    assert "完颜阿骨打" in _names("“阿城是金上京，完颜阿骨打就是在那儿起兵的。”完颜明说")


def test_a_han_name_before_a_verb_and_an_adverb_stays_two_given_characters() -> None:
    found = _names("欧阳振华看就是了。")
    assert "欧阳振华" in found and "欧阳振华看" not in found
