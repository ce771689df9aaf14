"""People set 84's fix pass (tests/data/people/fresh84): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.folding import fold
from reader.core.people.credits import credited_names


def _names(text: str) -> set[str]:
    return {fold(n) for n in names_in(text)}


def _credited(line: str) -> list[str]:
    return [line[s:e] for s, e in credited_names(line, single_latin=True)]


def test_a_signers_humble_closing_verb_after_the_name_is_no_second_person() -> None:
    assert _credited("【行述】\u3000文／孝女 黃美華 敬撰") == ["黃美華"]
    assert _credited("序\u3000王建民 谨识") == ["王建民"]
    assert _credited("作者：敬一丹") == ["敬一丹"]


def test_an_in_law_kin_word_the_tagger_reads_as_a_person_is_no_name() -> None:
    text = "孝孫媳　黃李佩君\n告別式那天，孫媳黃李佩君會帶著孩子到靈堂外。"
    names = _names(text)
    assert not names & {fold("孝孫媳"), fold("孫媳")}, names


def test_the_taboo_name_word_before_a_given_name_is_no_part_of_it() -> None:
    text = "顯考 黃府君 諱國輝 慟於民國一一三年壽終正寢。先父黃國輝一生務農，晚年種花。"
    names = _names(text)
    assert fold("諱國輝") not in names and fold("黃國輝") in names, names


def test_a_late_parent_word_cues_a_name_whose_given_part_is_a_noun() -> None:
    names = _names("家母常說，先父林水田一輩子都在田裡。")
    assert fold("林水田") in names, names
    names = _names("先母晚年常提起先父黃水井，說他脾氣硬。")
    assert fold("黃水井") in names, names
    names = _names("伍拾萬元｜蔡天賜、蔡黃玉梅｜子蔡明峰代先父母敬獻")
    assert fold("母敬獻") not in names, names  # (先父母: both parents' word, no cue)


def test_a_one_character_photo_credit_takes_its_whole_value_as_its_role_word_does() -> None:
    assert _credited("2025-10-01 18:00\u3000文：李明\u3000攝：高興") == ["李明", "高興"]
    assert _credited("文／王明\u3000圖／受訪") == ["王明"]


def test_three_characters_no_surname_opens_cut_inside_a_word_at_every_mention_are_no_name() -> None:
    text = "昨日，鑑泉太極拳研習會為創會會長黃振邦八十大壽舉行壽宴。\n■鑑泉太極拳研習會逢星期日練習。"
    names = _names(text)
    assert not {n for n in names if n.startswith(fold("鑑泉"))} and fold("黃振邦") in names, names


def test_a_people_before_a_role_vouches_for_a_rarer_surnames_two_characters() -> None:
    names = _names("清末喺北京教拳，滿族弟子全佑學成後傳畀兒子吳鑑泉，吳式太極拳由此得名。")
    assert fold("全佑") in names and fold("全佑學") not in names, names


def test_a_name_spelt_a_character_for_each_word_of_its_gloss_after_a_role_is_one() -> None:
    text = "职务｜姓名｜籍贯\n船长｜林远航｜浙江宁波\n厨师｜昂敏（Aung Min）｜缅甸仰光\n"
    names = _names(text)
    assert fold("昂敏") in names, names
    assert fold("红虾") not in _names("本周价格\n红虾（Udang Merah）　RM45／公斤\n")


def test_a_classifier_before_a_name_and_de_counts_what_the_phrase_heads_not_the_person() -> None:
    text = "她书桌上一直摆着一张王淑瑛的照片。王淑瑛是第一位获奖的护理专家，她年轻时读过王淑瑛的文章。"
    names = _names(text)
    assert fold("王淑瑛") in names, names


def test_a_works_title_after_a_name_and_de_vouches_for_its_author_at_one_mention() -> None:
    names = _names("老师还在班上读过徐迟的报告文学《哥德巴赫猜想》，讲数学家如何演算。")
    assert fold("徐迟") in names, names


def test_a_police_officers_job_cues_the_name_after_it() -> None:
    names = _names("边检站民警莫凡和同事当天为下船船员办理了入境手续。")
    assert fold("莫凡") in names, names


def test_a_role_before_two_characters_the_dictionary_lists_as_a_name_reads_them_though_one_is_a_particle() -> None:
    names = _names("船名取自明代航海家郑和，与姊妹船共同执行航线。")
    assert fold("郑和") in names, names


def test_the_four_characters_after_a_womans_kin_word_are_read_as_her_married_name() -> None:
    names = _names("先母為外祖父吳金水、外祖母吳黃罔市之三女。")
    assert fold("吳黃罔市") in names and fold("吳黃") not in names, names
    names = _names("先父為祖父張阿木、祖母張李罔腰之長子。")
    assert fold("張李罔腰") in names, names


def test_a_name_introduced_after_shi_and_quoted_at_once_is_the_person_whatever_word_it_starts() -> None:
    names = _names("今年接过奖杯的新队员代表是周末晴。他说：“我会把这份荣誉传下去。”")
    assert fold("周末晴") in names, names
    assert not _names("今年的主题是团结。她说：“大家要一起努力。”")
