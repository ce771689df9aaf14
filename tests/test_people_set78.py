"""People set 78's fix pass (tests/data/people/fresh78): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.folding import fold


def _names(text: str) -> set[str]:
    return {fold(n) for n in names_in(text)}


def test_a_subordinate_generals_title_cues_his_name() -> None:
    names = _names("据县志记载，这座关隘是当年部将洪远奉命修筑的，至今城墙仍在。")
    assert fold("洪远") in names, names


def test_a_troupe_members_title_cues_a_name_that_is_a_word() -> None:
    names = _names("剧团里最年轻的团员钟爱今年二十岁，她说排练时从不迟到。")
    assert fold("钟爱") in names, names


def test_an_instruments_player_cues_the_name_after_it() -> None:
    names = _names("庙会上，唢呐手黄土生已经八十岁，大家都说他吹得最好。")
    assert fold("黄土生") in names, names


def test_a_shop_keepers_wife_title_clears_her_married_form() -> None:
    names = _names("巷口的杂货店开了四十年，老板娘陈林秀凤（凤姐）每天六点开门。")
    assert fold("陈林秀凤") in names, names


def test_a_three_character_name_the_dictionary_lists_needs_no_cue_though_its_given_part_is_a_word() -> None:
    names = _names("据说郑成功收复台湾后，曾在这里操练水师。")
    assert fold("郑成功") in names, names


def test_a_found_names_given_part_and_a_landmarks_ending_is_a_place_named_after_him() -> None:
    from reader.core.people.place_context import places_named

    folded = fold("村支书李福堂带着村民凿出隧道，后来隧道也被叫成了“福堂洞”。")
    assert "福堂洞" in places_named(folded, {"李福堂", "福堂洞"})


def test_a_form_written_only_before_a_largo_is_a_place() -> None:
    from reader.core.people.place_context import places_named

    folded = fold("09:30　白馬巢前地集合，導賞員陳家樂講解路線\n10:00　白馬巢前地散隊")
    assert fold("白馬巢") in places_named(folded, {fold("白馬巢"), fold("陳家樂")})


def test_a_given_name_alone_is_not_run_into_the_speech_verb_after_it() -> None:
    from people_support import aliases_in

    aliases = aliases_in("鐘錶舖師傅麥志輝係老街坊，兩隻貓就用佢嘅偶像嚟改名。志輝笑言：「佢哋成日瞓。」")
    assert "志輝笑言" not in aliases and "麥志輝" in aliases, aliases


def test_a_role_words_last_character_is_no_part_of_the_dotted_name_after_it() -> None:
    from people_support import aliases_in

    aliases = aliases_in("九十年代，荷兰背包客扬斯·德弗里斯（Jans de Vries）先后把照片带到国外，这条路才渐渐出名。")
    assert "扬斯·德弗里斯" in aliases and "客扬斯·德弗里斯" not in aliases, aliases


def test_a_dotted_name_takes_the_second_half_of_a_double_barrelled_surname_after_a_hyphen() -> None:
    from people_support import aliases_in

    text = "另一座受注目的墓屬於英國海軍上校威廉·約翰·斯賓塞-邱吉爾勳爵，他與後來的首相同出一個家族。"
    aliases = aliases_in(text)
    assert "威廉·約翰·斯賓塞-邱吉爾" in aliases and "威廉·約翰·斯賓塞" not in aliases, aliases


def test_a_generals_title_cues_the_name_after_it() -> None:
    names = _names("三国时，蜀汉镇北将军魏延曾在此屯田。")
    assert fold("魏延") in names, names


def test_the_words_before_a_title_that_a_surname_follows_qualify_the_title_and_name_nobody() -> None:
    names = _names("东汉伏波将军马武曾在此驻兵。")
    assert "伏波" not in names and "马武" in names, names


def test_four_characters_after_a_role_that_japan_opens_or_before_writing_a_work_are_one_name() -> None:
    from reader.core.people.japanese_tagged import foreign_four

    def four(text: str, name: str) -> bool:
        folded = fold(text)
        at = folded.index(fold(name))
        return foreign_four(folded, at, at + 4)

    assert four("連日本攝影師岩合光昭都曾經嚟拍攝。", "岩合光昭")
    assert four("愛貓嘅朋友可能記得，夏目漱石寫《我是貓》。", "夏目漱石")
    assert not four("連本地攝影師岩合光昭都曾經嚟拍攝。", "岩合光昭")  # (no nationality: the Chinese shape rules)
    assert not four("日本攝影師，岩合光昭都曾經嚟拍攝。", "岩合光昭")  # (no role right before)


def test_a_parents_address_run_on_into_the_next_words_is_no_name() -> None:
    from people_support import aliases_in

    text = (
        "老闆娘陳秀英（英姐）將隻貓改名阿珍，係為咗紀念過身嘅媽媽黃阿珍。"
        "「每次叫佢，就好似阿媽仲喺度。」英姐講到呢度紅咗眼。"
    )
    aliases = aliases_in(text)
    assert "阿媽仲" not in aliases and "黃阿珍" in aliases, aliases


def test_a_troupes_name_ending_in_its_group_word_is_no_person() -> None:
    names = _names("台南「秀琴孝女團」成立二十年，孝女團團長琴姐說，這一行愈來愈難做。")
    assert fold("孝女團") not in names, names


def test_the_second_of_a_pair_of_parts_children_dress_as_is_a_character() -> None:
    names = _names("她把抓到的小螃蟹取名“阿强”；旁边几个扮成海绵宝宝和派大星的小朋友则只顾着捡小鱼小虾。")
    assert "派大星" not in names, names


def test_the_taggers_married_reading_opening_a_clause_is_the_name() -> None:
    names = _names("參加者中有不少熟面孔。黎葉美琪帶同女兒何嘉朗出席，她說想讓女兒認識澳門。")
    assert fold("黎葉美琪") in names, names


def test_a_list_item_after_a_role_is_a_name_whatever_word_its_given_part_makes() -> None:
    names = _names("舞台後方，另有團員許美好、蔡宜蓁負責化妝與音響。")
    assert fold("許美好") in names, names


def test_a_titled_surname_and_four_more_characters_is_the_surname_and_two() -> None:
    from reader.core.people.cut_names import titled_overlong

    names = _names("碑文由学者孙守仁撰写，书法家贾一鸣书丹。")
    assert fold("贾一鸣") in names, names
    folded = fold("书法家陈一凡题写。")
    assert titled_overlong(folded, 3, 8) == 6
    folded = fold("高飞组冠军：莫哈末法依查（道北）")
    assert titled_overlong(folded, 6, 11) == 11  # (a transliteration: one name)


def test_a_latin_word_called_so_in_a_sentence_that_counts_an_animal_is_its_name() -> None:
    from people_support import aliases_in

    aliases = aliases_in("老闆娘養咗隻狗，佢話隻狗唔係叫Snoopy，係叫Lucky。")
    assert not {"Snoopy", "Lucky"} & aliases, aliases
    assert "Thomas" in aliases_in("他自我介绍说叫Thomas，来自英国。")
