"""People set 80's fix pass (tests/data/people/fresh80): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.folding import fold


def _names(text: str) -> set[str]:
    return {fold(n) for n in names_in(text)}


def test_a_run_of_four_character_items_with_found_names_lists_names_of_that_shape() -> None:
    names = _names(
        "摔跤冠军勒格木呷说，今年对手很强。进入八强的还有勒格木呷、吉布尔哈、日色拉果、瓦其阿乃、补约木且、阿苏拉呷、"
        "加拉木哈、的日伍果。"
    )
    for name in ("日色拉果", "瓦其阿乃", "补约木且", "加拉木哈", "的日伍果"):
        assert fold(name) in names, names


def test_a_conjunction_before_a_stop_ends_the_name_it_follows() -> None:
    names = _names("今年的冠军牛叫“黑虎”，主人是吉伍拉且，已经养了它五年。")
    assert fold("吉伍拉且") in names, names
    assert fold("吉伍拉") not in names, names


def test_a_role_vouches_for_four_characters_spelt_by_sound_but_not_for_a_run_on_verb() -> None:
    names = _names("斗牛场边，牛的主人马海阿呷来自乐安乡。小林的母亲吉克阿依替女儿梳头。")
    assert fold("马海阿呷") in names, names
    assert fold("吉克阿依") in names, names
    names = _names("張偉業則係由父親張根承繼，係少數「傳仔」嘅例子。")
    assert fold("張根承繼") not in names, names


def test_a_credit_names_four_characters_set_off_as_its_whole_value() -> None:
    from reader.core.people.credits import credited_names

    line = "2025-07-24 09:36　来源：凉山日报　记者 阿苏伍呷　王海燕　摄影 沙马日果"
    assert [line[s:e] for s, e in credited_names(line)] == ["阿苏伍呷", "王海燕", "沙马日果"]
    line = "（责任编辑：阿说木且　审核：罗晓明）"
    assert [line[s:e] for s, e in credited_names(line)] == ["阿说木且", "罗晓明"]
    assert credited_names("记者 今日报道") == []


def test_a_found_name_s_clan_part_vouches_for_the_four_characters_it_opens_elsewhere() -> None:
    names = _names(
        "选美比赛前三名如下：\n\n｜名次｜姓名｜汉名｜\n｜1｜吉克索日｜王丽｜\n｜2｜海来阿芝｜李秀｜\n｜3｜阿西阿依｜杨依｜\n\n"
        "志愿者海来木呷一起维持秩序。傍晚，毕摩吉克拉果在广场念经。阿西日布一路过关斩将夺得摔跤冠军。"
    )
    for name in ("海来木呷", "吉克拉果", "阿西日布"):
        assert fold(name) in names, names


def test_a_people_written_before_zu_is_no_person_nor_is_a_cut_of_its_stem() -> None:
    names = _names(
        "今年來了一位紐西蘭毛利族的客人。她說毛利人也有被奪走土地的歷史。"
        "噶瑪蘭族的老人家以前只敢在夜裡說噶瑪蘭語，頭目陳金水說，孩子們要學會說噶瑪蘭。"
    )
    assert fold("毛利") not in names, names
    assert fold("陳金水") in names, names
    names = _names("撒奇萊雅族的耆老林文德說，小時候家裡的老人只敢在夜裡關起門說撒奇萊雅語。")
    assert fold("撒奇萊") not in names, names
    assert fold("林文德") in names, names


def test_a_role_column_full_of_people_vouches_for_four_characters_no_word_is_in() -> None:
    names = _names(
        "本届比赛最终排名如下：\n\n｜名次｜球队｜领队｜队长｜\n｜1｜红山村队｜孟庆林｜鄂文华｜\n"
        "｜2｜东岗镇队｜何春生｜敖其格乐｜\n｜3｜北湾镇队｜苏德明｜郭永贵｜\n｜4｜南坡镇队｜吴海霞｜沃双全｜\n"
    )
    assert fold("敖其格乐") in names, names


def test_a_lists_last_item_ends_where_the_count_of_the_list_starts() -> None:
    names = _names("决赛中打进关键球的是苏雅琴、敖丽华、何晓雨、孟繁星、金花五名队员。领队吴海英说明年还来。")
    assert fold("金花") in names, names


def test_a_surname_and_one_character_is_a_name_where_the_text_calls_him_by_it_and_a_kin_word() -> None:
    names = _names("「鳳記」開檔四十年，牌照上面本來寫住黃根。根叔兩年前過身，牌照轉咗俾太太。")
    assert fold("黃根") in names, names
    names = _names("被問到點睇丁屋同丁權爭議，權叔只係擰擰頭：「今日唔講呢啲。」")
    assert fold("丁權") not in names, names


def test_a_latin_name_spelt_after_a_verb_of_spelling_is_no_mention() -> None:
    names = _names(
        "从海外赶来的有马来西亚的欧阳志明（Au Yong Chee Meng）。他说，他们那一支下南洋时，"
        "护照上把复姓拼成了“Au Yong”，“到了南洋，我们还是姓欧阳”。"
    )
    assert "au yong" not in names, names
    assert fold("欧阳志明") in names, names


def test_a_compound_surname_and_one_character_the_dictionary_lists_is_a_name_dated_by_an_era() -> None:
    names = _names("祠堂里挂着不少楹联，族长欧阳明远解释说：“这是唐代欧阳询的字体，不是我们祖上的。”")
    assert fold("欧阳询") in names, names


def test_a_role_vouches_for_a_name_spelt_by_sound_with_a_particle_inside() -> None:
    names = _names("冠军牛叫“火山”，主人是马海木呷；季军牛“小老虎”的主人是阿说尔布。")
    assert fold("阿说尔布") in names, names
    names = _names("这头牛的主人是王说了算。")
    assert not any(n.startswith(fold("王说")) for n in names), names


def test_a_ceremonys_own_name_before_its_word_is_no_person() -> None:
    names = _names(
        "阿美族一年一度的伊利信（Ilisin）豐年祭昨晚登場。今年是新任頭目林金水第一次主持豐年祭，"
        "他說伊利信豐年祭是族人最重要的日子。"
    )
    assert fold("伊利信") not in names, names
    assert fold("林金水") in names, names


def test_a_name_its_bearer_spells_out_is_a_person_whatever_word_it_makes() -> None:
    names = _names("志工高尚是退休郵差，每週都來幫學員寫信封。他說：「我姓高，名叫尚，大家都說我很高尚。」")
    assert fold("高尚") in names, names
