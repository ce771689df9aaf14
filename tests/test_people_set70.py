"""People set 70's fix pass (tests/data/people/fresh70): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.people.dotted_surnames import dotted_end


def test_a_dotted_part_cut_short_is_completed_where_another_name_writes_it_whole() -> None:
    text = (
        "主祭的是部落長老夏本·莫那吉（Syapen Monaji），今年七十歲。他年輕時叫希·莫那吉。\n"
        "船員有夏曼·洛坦、莫那吉·拉灣等人。莫那吉·拉灣則是部落裡的年輕人。\n"
    )
    found = names_in(text)
    assert {"希·莫那吉", "莫那吉·拉灣"} <= found
    assert not found & {"希·莫", "吉·拉灣"}


def test_a_spaced_roll_of_dotted_names_is_not_fused_across_the_space() -> None:
    text = (
        "今年的船組由夏曼·洛坦帶隊，船員名單如下：\n"
        "夏曼·洛坦\u3000希·洛坦\u3000夏曼·拉卡\u3000周文德\u3000林志明\n"
        "夏曼·洛坦說，今年的飛魚特別多。\n"
    )
    found = names_in(text)
    assert "希·洛坦" in found
    assert not any("\u3000" in f or " " in f for f in found)
    # (the tagger may read a span over the space into the next name's first part)
    folded = "名单：夏曼·洛坦 希·洛坦 夏曼·拉卡"
    assert dotted_end(folded, 3, folded.index("希") + 1) == folded.index(" 希")


def test_two_persons_either_side_of_a_name_dot_are_one_name() -> None:
    found = names_in("老师还提到元代的赛典赤·赡思丁，称他是不少人家的先祖。")
    assert "赛典赤·赡思丁" in found
    assert not found & {"赛典赤", "赡思丁"}


def test_a_credit_name_ending_in_a_one_character_role_keeps_it() -> None:
    from reader.core.people.credits import credited_names

    line = "编辑：贺志文\u3000审核：林海"
    assert [line[a:b] for a, b in credited_names(line)] == ["贺志文", "林海"]
    line = "文／贺志文　图／林海"  # (the role before a separator still reads as one)
    assert [line[a:b] for a, b in credited_names(line)] == ["贺志文", "林海"]


def test_a_title_s_last_character_is_not_joined_as_a_surname_to_the_name_after_it() -> None:
    from reader.core.people.cut_names import _joined

    # (the tagger may read 任 of 主任 as a lone person before a name of a rare surname)
    folded = "村主任虎建国介绍，全村二百户。"
    spans = [(2, 3), (3, 6)]
    assert _joined(folded, spans) == spans
    folded = "歌手马世芳说"  # (a lone surname piece still joins: 马|世芳)
    assert _joined(folded, [(2, 3), (3, 5)]) == [(2, 5)]


def test_a_dotted_name_whose_last_part_the_table_spells_is_not_joined_by_the_tagger() -> None:
    from reader.core.people.cut_names import _joined

    folded = "他的作品《马可·波罗的箱子》"
    spans = [(5, 7), (8, 10)]
    assert _joined(folded, spans) == spans


def test_a_surname_and_a_noun_is_a_name_where_the_given_part_takes_a_kin_word() -> None:
    text = "村里最年长的吕春风老人今年九十岁，大家都叫她春风奶奶。她在炕头指挥儿媳揉面。"
    assert "吕春风" in names_in(text)


def test_a_noun_after_a_surname_with_no_kin_word_stays_a_word() -> None:
    from reader.core.people.given_addressed import given_addressed

    assert given_addressed("大家都叫她金花奶奶。", "金花")
    assert given_addressed("建平叔，你好", "建平")
    assert not given_addressed("金花油香坊和她的婆家", "金花")
    assert not given_addressed("她嫁到海洋婆家去了", "海洋")


def test_a_credited_name_that_is_a_japanese_surname_whole_reads_as_surname_and_given_name() -> None:
    from reader.core.people.credits import credited_names

    line = "撰文：林靜　｜　攝影：高山"
    assert [line[a:b] for a, b in credited_names(line)] == ["林靜", "高山"]


def test_a_place_reading_with_a_role_before_and_a_verb_after_is_a_person() -> None:
    from reader.core.people.texts import Proposal
    from reader.core.people.vetting import outside

    folded = "地方文史工作者黄金城说，这里很热闹。"
    at = folded.index("黄金城")
    p = Proposal(at, at + 3, "黄金城", True)
    assert outside([p], [(at, at + 3)], folded) == [p]
    folded = "他们去了黄金城说是很好玩。"  # (no role before: the tagger's place stands)
    at = folded.index("黄金城")
    assert outside([Proposal(at, at + 3, "黄金城", True)], [(at, at + 3)], folded) == []


def test_hui_and_zhuang_surnames_that_are_everyday_characters_open_a_name_with_a_cue() -> None:
    from reader.core.surnames import CUED_SURNAMES, SURNAMES

    assert set("纳虎撒侬") <= SURNAMES
    assert not set("纳虎撒侬") & CUED_SURNAMES  # (never a name on their own, 纳税, 虎年)
    text = "村主任说了帮厨名单：\n\n丁秀芳、撒玉英、纳喜、马小红、白雪英、马建华\n\n其中纳喜在银川开面馆。"
    assert {"纳喜", "撒玉英"} <= names_in(text)
    assert not names_in("今年是虎年，大家都按时纳税，虎头虎脑的孩子们很开心。")
