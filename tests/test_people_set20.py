"""The twentieth fix pass's rules (held-out people set 20: a school's
retirement tribute, an e-sports roster, a court judgment, a temple's monks),
each on a text of its own."""

from __future__ import annotations

from people_support import names_in


def test_a_compound_surname_opening_a_row_before_a_title() -> None:
    text = "榮退名單\n王志明老師（國語科，服務38年）\n夏侯仁主任（總務處，服務33年）\n夏侯主任笑說，燈管他都換過。\n"
    assert "夏侯仁" in names_in(text)


def test_a_rare_compound_surname_is_read_whole() -> None:
    text = "战队名单\n领队：亓官美琳\n教练：韩东\n亓官美琳表示，队员们状态很好。\n"
    assert "亓官美琳" in names_in(text)


def test_a_shop_named_surname_and_ji_is_no_person() -> None:
    text = "后李某某将商铺转租给被告张记公司经营“张记老火锅”。法定代表人张建国到庭陈述。"
    names = names_in(text)
    assert "张建国" in names and "张记" not in names


def test_a_name_opening_inside_a_longer_dictionary_name() -> None:
    text = "大雄寶殿供奉釋迦牟尼佛，左右為文殊菩薩、普賢菩薩。住持釋宏光法師主法。"
    assert not any(n.endswith("牟尼佛") and n != "釋迦牟尼佛" for n in names_in(text))


def test_the_role_after_shiyan_de_is_a_character() -> None:
    text = "主演：欧阳子龙、夏侯静\n夏侯静饰演的慕容雪是医馆掌柜，外柔内刚。导演司马腾表示很满意。"
    names = names_in(text)
    assert "夏侯静" in names and "慕容雪" not in names


def test_a_players_heroes_on_a_game_page_are_no_people() -> None:
    text = (
        "王者荣耀分部新赛季名单公布。\n对抗路　Shadow　徐子墨\n打野　Lynx　皇甫浩\n"
        "Shadow 徐子墨：上赛季招牌英雄是孙悟空和后羿，被解说称为高手。\n"
        "Lynx 皇甫浩：从青训营一路打上来，擅长貂蝉、李信。\n"
    )
    names = names_in(text)
    assert {"徐子墨", "皇甫浩"} <= names
    assert not names & {"孙悟空", "后羿", "貂蝉", "李信"}


def test_a_dharma_name_before_a_monks_title() -> None:
    text = (
        "監院：釋宏光法師\n知客：見性法師\n客座法師：中川智明師\n"
        "住持曾赴印度朝禮玄奘大師西行聖跡，深感鑑真和尚東渡弘法之精神。一位老和尚在殿前掃地。\n"
    )
    names = names_in(text)
    assert {"見性", "玄奘", "鑑真"} <= {n.removesuffix("法師") for n in names}
    assert not any(n.startswith(("客座", "位老")) for n in names)


def test_a_dharma_name_without_shi_is_the_same_monastic() -> None:
    text = "同行的比丘尼釋見安法師，獨自走了四天。午餐時見安法師分給大家饅頭。"
    names = names_in(text)
    assert "釋見安" in names and "見安" not in names
