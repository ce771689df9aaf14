"""People set 85's fix pass (tests/data/people/fresh85): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.folding import fold


def _names(text: str) -> set[str]:
    return {fold(n) for n in names_in(text)}


def test_a_credit_closing_a_bracketed_note_after_its_comma_is_read() -> None:
    names = _names("全文完。\n（本文由网站自动转载，责任编辑：章可）")
    assert fold("章可") in names, names


def test_a_value_the_bylines_slash_closes_after_a_staff_role_is_its_name_whatever_word() -> None:
    names = _names("今天上午開庭。\n記者莊嚴／攝影 李大同／編輯 何美玲")
    assert fold("莊嚴") in names, names


def test_a_gloss_spelt_with_diacritics_vouches_for_every_dotted_part() -> None:
    names = _names("这是主教练米兰·约得维奇（Milan Jovanović）执教球队的第二个赛季，队员都很信任他。")
    assert fold("米兰·约得维奇") in names, names


def test_a_mother_whose_husbands_surname_her_child_bears_is_read_in_her_married_form() -> None:
    names = _names("第三棒余天佑擊出安打，賽後余天佑被隊友抱起。他的母親余高麗珠在看臺上哭成淚人。")
    assert fold("余高麗珠") in names, names


def test_the_taggers_married_reading_run_on_over_a_preposition_is_the_four() -> None:
    names = _names("她叫吳佳穎。被害人的母親吳李秀蘭由告訴代理人施正平律師陪同出庭，以家屬身分陳述意見。")
    assert fold("吳李秀蘭") in names and fold("吳李秀") not in names, names


def test_a_dynasty_that_had_the_person_dates_a_historical_name() -> None:
    names = _names("我陳氏源出潁川，相傳為舜帝之後，漢有陳寔，後世子孫散居閩粵。")
    assert fold("陳寔") in names, names


def test_an_imperial_office_before_a_name_cues_it() -> None:
    names = _names("家譜記載，先祖乃唐代名臣之後，曾任太守劉寬，書法冠絕一時。")
    assert fold("劉寬") in names, names


def test_a_time_word_the_tagger_glues_before_a_name_it_cuts_short_leaves_the_rules_name() -> None:
    names = _names("我們這一代讀書人，都受過他的影響。昔鍾理和先生寫《笠山農場》，筆下盡是美濃的土地。")
    assert fold("鍾理和") in names and fold("昔鍾理") not in names, names


def test_a_role_that_addresses_the_person_by_a_character_no_table_holds_makes_it_the_surname() -> None:
    names = _names("總幹事暨明德一早就到了會場。大家都叫他「暨總幹事」。暨明德說，今年的預算吃緊。")
    assert fold("暨明德") in names and fold("明德") not in names, names


def test_a_police_officers_job_cues_the_compound_surnamed_name_after_it() -> None:
    names = _names("接到报警后，民警上官亮带着两名辅警沿河搜索。")
    assert fold("上官亮") in names, names


def test_an_aspect_particle_leaves_one_given_character_after_a_title_and_a_compound_surname() -> None:
    names = _names("消息传来，会长司徒文带着几位理事赶到现场。")
    assert fold("司徒文") in names and fold("司徒文带") not in names, names


def test_tai_holds_a_japanese_given_name_after_a_title_where_the_tagger_splits_the_surname() -> None:
    names = _names("老隊員回憶起當年的教練近藤兵太郎，「近藤先生對誰都一樣嚴格」。")
    assert fold("近藤兵太郎") in names, names
