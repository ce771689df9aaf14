"""Rules from the people112 and people113 passes over the ninety-eighth people set (tests/data/people/fresh98)."""

from __future__ import annotations

from reader.core.folding import fold
from reader.core.people.cut_names import _joined
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


# people113: the historical people fresh98 still missed, and a role glued to a dotted name.


def test_a_dictionary_name_the_tagger_cuts_before_a_particle_is_joined() -> None:
    # the tagger reads 林則|徐喺 (徐 run on into the Cantonese 喺, at): the dictionary lists 林則徐
    folded = fold("相傳林則徐喺廣州")
    assert _joined(folded, [(2, 4), (4, 6)]) == [(2, 5)]


def test_pieces_the_dictionary_lists_as_no_name_stay_apart() -> None:
    assert _joined(fold("相傳林則明喺廣州"), [(2, 4), (4, 6)]) == [(2, 4), (4, 6)]


def test_a_time_of_life_after_a_name_counted_with_a_photo_keeps_it() -> None:
    # 一张 counts the photo the 的 clause heads, 年轻时 is the person's youth
    text = "现场也展出了一张朱铭年轻时到三义参观的老照片，刘国栋说：「朱铭也是从木雕起家的。」"
    assert "朱铭" in _names(text)


def test_a_name_counted_with_a_classifier_and_no_time_of_life_is_a_thing() -> None:
    text = "现场也展出了一张朱铭木雕，刘国栋说：「朱铭也是从木雕起家的。」"
    assert "朱铭" not in _names(text)


def test_a_famous_name_before_a_birthday_of_an_age_is_a_person() -> None:
    assert "慈禧" in _names("讲解员介绍，沈寿曾为慈禧七十寿辰绣制佛像。")


def test_a_famous_name_before_a_count_of_things_needs_another_cue() -> None:
    assert "慈禧" not in _names("讲解员介绍，沈寿曾为慈禧七十多件佛像绣字。")


def test_a_name_in_the_frame_under_someones_support_is_a_person() -> None:
    assert "张謇" in _names("沈寿后来在张謇的支持下于南通办学。")


def test_a_name_before_an_act_without_the_frames_close_needs_another_cue() -> None:
    assert "张謇" not in _names("沈寿后来在张謇的支持中办学。")


def test_a_name_doing_something_for_someone_is_a_person() -> None:
    assert "傅山" in _names("也有人说傅山曾为醋坊题过字，不过谁也没见过真迹。")


def test_a_name_the_copula_follows_needs_another_cue() -> None:
    assert "傅山" not in _names("也有人说傅山曾是醋坊，不过谁也没见过真迹。")


def test_a_role_word_opening_the_taggers_dotted_name_is_dropped() -> None:
    found = _names("來自尼泊爾嘅大廈保安拉傑·古隆（Raj Gurung），街坊叫佢阿Raj。")
    assert "拉傑·古隆" in found and "保安拉傑·古隆" not in found


def test_a_transliteration_opening_like_no_role_stays_whole() -> None:
    assert "保羅·古隆" in _names("來自尼泊爾嘅大廈保羅·古隆（Paul Gurung），街坊叫佢阿Paul。")
