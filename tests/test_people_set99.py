"""Rules from the people114 pass over the ninety-ninth people set (tests/data/people/fresh99)."""

from __future__ import annotations

from reader.core.people.extract import find_people


def _names(text: str) -> set[str]:
    return {p.person.name for p in find_people(text)}


def test_a_list_that_all_opened_shops_with_an_item_no_name_names_chains() -> None:
    found = _names("「周大福、周生生、六福喺隔籬街都開咗舖，我哋細舖點同人拼？」")
    assert not found & {"周大福", "周生生"}


def test_two_people_who_opened_shops_stay_people() -> None:
    found = _names("「王振邦、黃振龍喺隔籬街都開咗舖，我哋細舖點同人拼？」")
    assert {"王振邦", "黃振龍"} <= found


def test_an_elders_address_run_on_is_cut_where_written_alone_more_often() -> None:
    text = "街坊都叫佢水伯，行內人就叫何師傅。何志榮係水伯個仔，行家叫佢阿榮。水伯摸住佢個頭講：「好。」"
    found = _names(text)
    assert not found & {"水伯個仔", "水伯摸住"} and "何志榮" in found


def test_an_elders_address_run_on_written_once_stays_as_read() -> None:
    # (no mention of 水伯 alone to say where the address ends)
    assert "水伯個仔" in _names("何志榮係水伯個仔，行家叫佢阿榮。")


def test_a_compound_surnames_name_without_its_first_character_is_no_one() -> None:
    text = "范姜德明是新屋范姜家的子弟，晚輩叫他德明叔。他說「范姜」兩個字是一個姓，「常常有人以為我姓范名姜德明」。"
    found = _names(text)
    assert "范姜德明" in found and "姜德明" not in found


def test_a_married_name_and_her_own_stay_one_person_each_form() -> None:
    # (陳 is no compound surname's first character: 陳張月嬌 is her married name, 張月嬌 her own)
    text = "名單：邱火旺、陳張月嬌、徐阿坤。月嬌姨說，張月嬌這個名字很少人叫。"
    found = {a for p in find_people(text) for a in p.person.aliases}
    assert {"陳張月嬌", "張月嬌"} <= found


def test_an_era_dates_a_name_whose_last_character_the_tagger_reads_alone() -> None:
    found = _names("新竹做玻璃是因為香山有矽砂，「清代鄭用錫那個時候，竹塹還沒有人吹玻璃呢」。")
    assert "鄭用錫" in found and "鄭用" not in found


def test_a_famous_name_after_an_era_keeps_its_end() -> None:
    assert "李白" in _names("新竹做玻璃是因為香山有矽砂，「清代李白詩那個時候，竹塹還沒有人吹玻璃呢」。")


def test_a_pair_counted_is_a_thing() -> None:
    found = _names(
        "九十歲嘅何金水最後一次開爐，幫一位老街坊打咗一對龍鳳鈪。「最後一對都係龍鳳鈪。」蔡龍鳳打咗幾十年龍鳳鈪。"
    )
    assert "龍鳳鈪" not in found and "蔡龍鳳" in found


def test_what_a_measures_de_phrase_heads_is_a_thing() -> None:
    text = (
        "坐在她旁边的蒋石瓢也接话说，他进厂第一天就被师傅派去做石瓢壶。"
        "收藏家买下了一把署名储福根的石瓢壶，这次专程把壶带了回来。"
    )
    found = _names(text)
    assert "石瓢壶" not in found and {"蒋石瓢", "储福根"} <= found
