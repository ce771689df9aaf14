"""Ninth fix pass (fresh8): titles, honorifics, adverbs and things around names."""

from __future__ import annotations

from people_support import folded_aliases_in
from reader.core.folding import fold


def test_a_title_after_a_name_is_never_inside_it() -> None:
    names = folded_aliases_in("作坊的第三代锻造师山本健一今年七十一岁。山本先生话不多，西村先生说他很严格。")
    assert not any(n.endswith("先") for n in names), names


def test_cantonese_adverb_after_a_kinship_address_is_no_name() -> None:
    names = folded_aliases_in("老闆娘叫蔡美惠，我哋叫佢蔡姐。蔡姐超熱情，臨走前蔡姐仲送咗我哋一包茶葉。")
    assert "蔡美惠" in names and not {"蔡姐超", "蔡姐仲"} & names, names


def test_malay_honorifics_are_titles_and_bin_joins() -> None:
    names = folded_aliases_in("他感謝董事長丹斯里楊清福的支持，並邀請官員Encik Ahmad Faizal bin Razak擔任嘉賓。")
    assert "杨清福" in names and "丹斯里" not in names, names
    assert fold("Ahmad Faizal bin Razak") in names and fold("Encik Ahmad Faizal") not in names, names


def test_latin_things_counted_numbered_glossed_or_in_title_case() -> None:
    text = (
        "我哋叫咗Bola de Berlim同埋一個Pão Doce。午市有Caldo Verde（青菜薯仔湯）。\n"
        "磨刀石：Naniwa Chosera 1000 和 Shapton Kuromaku 5000。\n"
        "· Lavender Dream：薰衣草精油系列\n"
        "Notice to Residents: Lift Replacement Works at Lee On House\n"
    )
    names = folded_aliases_in(text)
    for thing in (
        "Pão Doce",
        "Caldo Verde",
        "Naniwa Chosera",
        "Shapton Kuromaku",
        "Lavender Dream",
        "Lift Replacement Works",
    ):
        assert fold(thing) not in names, (thing, names)


def test_words_read_as_names_are_dropped() -> None:
    text = (
        "贝斯手林北辰站在舞台左侧。副歌前她和林北辰对视了一下，贝斯突然加了一段。"
        "有9个毛孩子找到了家，站里还有六十多只毛孩子在等家。天空出现一只东方泽鵟。"
    )
    names = folded_aliases_in(text)
    assert "林北辰" in names and not {"贝斯", "毛孩", "东方泽"} & names, names


def test_a_name_ending_in_a_place_character_speaks() -> None:
    names = folded_aliases_in("周野请上来一位特别嘉宾——大提琴手陈小溪。陈小溪说她和周野是同学。我们沿着朴子溪走。")
    assert "陈小溪" in names and "朴子溪" not in names, names
