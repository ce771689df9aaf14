"""People: the rules of the fix pass on held-out people set 16
(tests/data/people/fresh16): each on a text of its own shape, not the set's."""

from __future__ import annotations

from people_support import folded_aliases_in
from reader.core.folding import fold


def test_how_a_name_said_it_is_no_part_of_the_name() -> None:
    # 笑 before a speech verb says how: the name stops before it.
    names = folded_aliases_in("本期主持：林涛　嘉宾：许明远\n林涛笑说：“大家都很努力。”")
    assert fold("林涛") in names
    assert fold("林涛笑") not in names


def test_a_title_after_every_mention_is_no_part_of_the_name() -> None:
    # 宗師 follows each mention: a title, not the name's last character.
    names = folded_aliases_in("陳華宗師在香港授徒，陳華宗師門下弟子眾多，本會與陳華宗師一系同源。")
    assert fold("陳華") in names
    assert fold("陳華宗") not in names


def test_a_thing_named_after_a_person_is_no_person() -> None:
    names = folded_aliases_in(
        "首航航班“冯石号”顺利抵达\n执飞首航的飞机被命名为“冯石号”，以致敬中国第一位飞行家冯石。\n"
        "董事长在致辞中说：“一百多年前，冯石先生驾驶自制飞机飞上天空；今天，我们用‘冯石号’把两地连在一起。”"
    )
    assert fold("冯石") in names
    assert fold("冯石号") not in names


def test_a_married_name_after_a_kin_word_of_a_school_is_whole() -> None:
    names = folded_aliases_in("師父過世後，由師母林張美華女士主持會務，她至今仍每天到館。")
    assert fold("林張美華") in names
    assert fold("張美華") not in names


def test_a_married_name_heading_a_roster_row_is_whole() -> None:
    # The tagger reads 何 and 陈佩珊 as two people here: one married name.
    text = "何陈佩珊　教授　香港特聘专家　专长：肝胆胰外科、机器人手术　出诊：每月第一周周六上午"
    assert fold("何陈佩珊") in folded_aliases_in(text)


def test_a_roster_row_with_a_rank_names_its_person() -> None:
    # Each row: a name, a space, a rank. A compound surname, a given name that
    # is an everyday word (繁荣).
    text = (
        "心内科\n欧阳建国　主任医师　专长：心律失常\n唐繁荣　副主任医师　专长：高血压\n邱丽娟　主治医师　专长：心衰\n"
    )
    names = folded_aliases_in(text)
    assert {fold("欧阳建国"), fold("唐繁荣")} <= names


def test_a_shop_named_after_its_founder_is_no_person() -> None:
    names = folded_aliases_in("本市老字号张小泉剪刀店迎来一百周年，店员李红梅说，生意一直很好。")
    assert fold("张小泉") not in names
    assert fold("李红梅") in names


def test_a_dharma_name_before_its_lay_name_is_a_person() -> None:
    names = folded_aliases_in("释慧明（俗名李芳）遗失居民身份证一张，声明作废。")
    assert {fold("释慧明"), fold("李芳")} <= names


def test_a_spouse_named_after_a_kin_word_is_a_person() -> None:
    # 国庆 is an everyday word; 老伴 before it says a person follows.
    assert fold("李国庆") in folded_aliases_in("陈桂兰和老伴李国庆，两人五十年前在济州度过蜜月。")


def test_a_role_after_the_actor_in_brackets_is_a_character() -> None:
    names = folded_aliases_in("最佳男主角：张博文《最后一班车》（饰 陈阿伯）\n张博文说陈阿伯这个角色的原型是他父亲。")
    assert fold("张博文") in names
    assert fold("陈阿伯") not in names


def test_a_festival_is_no_person() -> None:
    names = folded_aliases_in("南風影展 North Lake Film Festival | 最新消息 | 影展節目\n評審潘若瑜說很好。")
    assert not {n for n in names if "festival" in n.lower()}


def test_a_rank_in_a_roster_row_makes_a_person_of_a_place_name() -> None:
    text = (
        "神经内科\n罗志明　主任医师　专长：癫痫\n柏林　主任医师　曾在德国柏林进修两年\n曹文斌　副主任医师　专长：儿科\n"
    )
    assert fold("柏林") in folded_aliases_in(text)


def test_a_famous_name_alone_in_quotes_is_a_person() -> None:
    # A quiz's answer: the dictionary tags it as a person's name in use.
    names = folded_aliases_in("第二题“桃园三结义中的老三是谁？”王奶奶抢答“张飞”，主持人林涛笑着点头。")
    assert fold("张飞") in names
