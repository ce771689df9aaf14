"""The twenty-first fix pass's rules (held-out people set 21: a wine
competition's judges, a student council election, a clan association's
reunion notice, a podcast's guests), each on a text of its own. (The brief
named this file test_people_set19.py, which the nineteenth pass already has.)"""

from __future__ import annotations

from people_support import names_in
from reader.core.people.compound_spans import compound_spans


def test_a_compound_surname_and_a_given_name_that_is_a_word() -> None:
    # 明月, 向东 are words: the compound surname the tagger reads says "name".
    assert "澹台明月" in names_in("EP02　心理咨询师澹台明月：为什么人生值得过\n")
    assert "欧阳向东" in names_in("嘉宾：多多、诸葛小红、欧阳向东、金敏浩\n")


def test_a_compound_surname_the_tagger_splits_is_made_whole() -> None:
    names = names_in("1號　令狐婷／林宥辰（青鳥連線）　2,418票　當選\n")
    assert "令狐婷" in names and "狐婷" not in names


def test_a_malay_honorific_before_a_compound_surname() -> None:
    names = names_in("马来西亚公孙氏公会：拿督斯里公孙国良（团长）、公孙美玲、公孙志伟\n")
    assert "公孙国良" in names
    assert not names & {"孙国良", "督斯里公"}


def test_a_title_after_a_compound_surnamed_name_is_cut_off() -> None:
    names = names_in("上午拜祖大典，主祭：总会会长公孙振华宗长；下午宗亲联谊座谈\n")
    assert "公孙振华" in names and "公孙振华宗" not in names


def test_a_married_name_whose_own_surname_is_compound() -> None:
    names = names_in("新加坡公孙氏联谊会：林公孙丽华（团长）\n")
    assert "林公孙丽华" in names and "公孙丽华" not in names


def test_a_dotted_name_as_a_lists_last_item() -> None:
    # 吾 is no transliteration character: the list's commas and the line's end bound it.
    names = names_in("评委：田村美咲、罗建军、沙吾提·艾买提\n")
    assert "沙吾提·艾买提" in names and "提·艾买提" not in names


def test_a_famous_name_after_a_title_before_a_verb() -> None:
    assert "杜甫" in names_in("唐代舞蹈家公孙大娘，其剑器舞曾令诗人杜甫写下名篇。")


def test_no_compound_surname_across_a_word() -> None:
    # 广东|方晓: 东 ends the place, the tagger's 方晓 stays as it is.
    folded = "他来自广东方晓明的家乡"
    spans = [(5, 8)]
    assert compound_spans(folded, spans) == spans


def test_what_a_compound_surname_does_not_make_a_name() -> None:
    # a verb with its aspect (张罗了), a novel's character before 的, a numbered paragraph's 、
    assert "申屠张罗" not in names_in("这次聚会是申屠张罗了大半年的结果。")
    assert "呼延灼" not in names_in("他常开玩笑说自己是《水浒传》里呼延灼的后人，店名就叫「双鞭咖啡」。")
    assert "聘任汉斯·穆勒" not in names_in("二、聘任汉斯·穆勒（Hans Müller）先生为集团顾问。\n")


def test_a_word_glued_before_a_compound_surname_stays_out() -> None:
    folded = "黄帝本姓公孙,名轩辕。"
    assert compound_spans(folded, [(7, 10)]) == [(8, 10)]
