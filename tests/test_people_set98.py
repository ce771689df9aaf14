"""Rules from the people112 pass over the ninety-eighth people set (tests/data/people/fresh98)."""

from __future__ import annotations

from reader.core.people.extract import find_people


def _names(text: str) -> set[str]:
    return {p.person.name for p in find_people(text)}


def test_a_list_the_text_calls_chains_and_drinks_names_no_people() -> None:
    # herbal-tea brands the tagger reads as people; the predicate after the 、 list says what they are
    text = "老闆黃志明話，今時今日街上見到嘅王老吉、黃振龍、鄧老涼茶，都係連鎖店同罐裝飲品。"
    found = _names(text)
    assert not found & {"王老吉", "黃振龍", "鄧老涼茶"} and "黃志明" in found


def test_a_list_the_text_calls_shopkeepers_stays_people() -> None:
    found = _names("老闆黃志明話，今時今日街上見到嘅王振邦、黃振龍、鄧志明，都係店主同街坊。")
    assert {"王振邦", "黃振龍", "鄧志明"} <= found


def test_a_list_the_text_calls_a_shop_and_its_owners_stays_people() -> None:
    # only the first noun of the predicate is a trade's thing: they own the tea houses
    assert {"王振邦", "黃振龍"} <= _names("老闆黃志明話，王振邦、黃振龍，都係飲品店同茶樓嘅老闆。")


def test_a_name_the_text_calls_a_brand_is_no_person() -> None:
    found = _names("明叔成日提起王老吉。好多人以為王老吉係個牌子，但佢話老闆黃志明唔同意。")
    assert "王老吉" not in found and "黃志明" in found


def test_a_name_a_person_cue_leads_stays_though_called_a_brand() -> None:
    assert "王老吉" in _names("老闆王老吉表示，好多人以為王老吉係個牌子。")


def test_what_a_selling_verbs_phrase_names_is_a_product() -> None:
    # Kinmen's 陳高, a liquor, joined with another product
    found = _names("老員工翁天賜說，如今廠裡賣得最好的是陳高和特級高粱。")
    assert "陳高" not in found and "翁天賜" in found


def test_a_name_owning_what_is_bought_stays_a_person() -> None:
    assert "王建国" in _names("老板说，店里卖得最好的是王建国的画。")


def test_a_name_a_drinking_verb_takes_for_its_object_is_a_drink() -> None:
    found = _names("记者王明说，那天他请客人喝黄振龙。")
    assert "黄振龙" not in found and "王明" in found


def test_a_name_after_a_longer_verb_ending_in_sell_stays_a_person() -> None:
    assert "王明" in _names("他说，当年是李强出卖王明，没人信。")
