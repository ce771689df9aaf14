"""People set 86's fix pass (tests/data/people/fresh86): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.folding import fold
from reader.core.people.vetting import not_a_name


def _names(text: str) -> set[str]:
    return {fold(n) for n in names_in(text)}


def test_a_glottal_stops_apostrophe_inside_a_latin_name_part_is_part_of_it() -> None:
    names = _names("部落耆老林正義（Pasuya Tiakiana'ngu，日本名林正一）帶著年輕人重建會所。")
    assert fold("Pasuya Tiakiana'ngu") in names and fold("Pasuya Tiakiana") not in names, names


def test_a_possessive_or_a_contraction_stays_out_of_a_latin_name() -> None:
    names = _names("我们采访了Tom Smith's团队的负责人，他说They're ready。")
    assert fold("Tom Smith's") not in names and fold("They're") not in names, names


def test_a_prefectures_governor_before_a_name_is_a_role() -> None:
    names = _names("延边第一任州长朱德海的故事，常被讲给孩子听。")
    assert fold("朱德海") in names, names


def test_a_works_other_name_bracketed_after_its_title_is_no_person() -> None:
    names = _names("晚会上，大家合唱了《阿里郎》和《桔梗谣》（道拉吉）。民俗学者安在贤教授全程做了记录。")
    assert fold("道拉吉") not in names and fold("安在贤") in names, names


def test_a_singer_credited_in_brackets_after_a_song_stays_a_person() -> None:
    names = _names("点歌单：《月亮代表我的心》（邓丽君），《甜蜜蜜》。")
    assert fold("邓丽君") in names, names


def test_zhi_before_the_hand_of_ends_the_name() -> None:
    names = _names("新龍頭出自紮作師傅林火之手。七十三歲嘅火叔用咗三個月先整好。")
    assert fold("林火") in names and fold("林火之") not in names, names


def test_a_generation_word_is_no_name() -> None:
    assert not_a_name("孙辈") and not_a_name("晚辈") and not not_a_name("金昌浩")


def test_two_found_names_written_together_at_every_mention_of_the_second_are_one() -> None:
    text = (
        "藏族机械师次仁多吉和蒙古族发电班长苏和巴特尔一起守着发电栋，苏和会拉马头琴。\n\n"
        "岗位｜姓名｜驻地\n发电班长｜苏和巴特尔｜发电栋\n机械｜次仁多吉｜发电栋\n厨师｜胡德顺｜食堂\n"
    )
    names = _names(text)
    assert fold("巴特尔") not in names and fold("苏和巴特尔") in names, names


def test_a_clan_part_alone_before_a_modal_verb_is_the_short_name() -> None:
    text = "机械师次仁多吉守着发电栋，次仁会唱酒歌。\n岗位｜姓名\n机械｜次仁多吉\n厨师｜胡德顺\n"
    names = _names(text)
    assert fold("次仁会唱") not in names and fold("次仁多吉") in names, names


def test_a_cantonese_pronoun_and_daughter_cue_the_name_after_them() -> None:
    names = _names(
        "插香組由鄭淑芬（芬姐）帶領。芬姐話：「插香要快又要密，唔係就會甩香。」佢個女鄭嘉欣今年第一次入組，一晚插咗成千枝，手指都燙到起泡。"
    )
    assert fold("鄭嘉欣") in names, names


def test_a_nationality_and_a_gloss_a_word_a_character_make_a_name_spelt_by_sound() -> None:
    names = _names("今年的散文首獎頒給緬甸籍的覺溫（Kyaw Win），他在桃園的工廠工作。")
    assert fold("覺溫") in names, names


def test_a_form_the_text_writes_before_a_closing_flower_is_the_flowers_name() -> None:
    names = _names(
        "舞蹈队成员有李春子、韩玉兰、崔达莱。崔达莱的名字来自长白山上的金达莱花，她说：“金达莱每年春天开，我们每年冬天跳。”"
    )
    assert fold("金达莱") not in names and fold("崔达莱") in names, names


def test_the_tail_of_a_quoted_term_is_no_name() -> None:
    names = _names("壓軸環節「子孫龍」由一班細路托起。何月明則係大隻志嘅仔，佢話：「我阿爸托龍頭，我托子孫龍。」")
    assert fold("孫龍") not in names and fold("何月明") in names, names


def test_a_son_named_after_his_kin_word_stays_a_person() -> None:
    names = _names("他的儿子孙龙在北京工作。「子孙」两字写在门上。")
    assert fold("孙龙") in names, names
