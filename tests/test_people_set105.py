"""Rules from the people120 pass over the hundred-and-fifth people set (tests/data/people/fresh105)."""

from __future__ import annotations

from reader.core.people.credits import credited_names
from reader.core.people.cues import cue_after
from reader.core.people.extract import find_people


def _names(text: str) -> set[str]:
    return {a for p in find_people(text) for a in p.person.aliases}


def test_a_name_after_a_word_for_a_typhoon_is_the_storm() -> None:
    found = _names("中度颱風瑪莉亞30日清晨在花蓮縣豐濱鄉附近登陸。預報員伍婉華說，瑪莉亞預計31日清晨出海。")
    assert "瑪莉亞" not in found and "伍婉華" in found


def test_a_name_a_landfall_follows_in_a_text_on_a_typhoon_is_the_storm() -> None:
    found = _names("颱風預計明天出海。主任賀詠翔說，瑪莉亞登陸時近中心最大風速達每秒43公尺。瑪莉亞說來就來。")
    assert "瑪莉亞" not in found and "賀詠翔" in found


def test_a_woman_of_the_same_name_in_a_text_with_no_storm_is_a_person() -> None:
    assert "瑪莉亞" in _names("外籍看護瑪莉亞說，她在台灣工作了十年，瑪莉亞登陸台灣那年才二十歲。")


def test_a_rank_before_a_title_ends_no_name() -> None:
    found = _names("赛后石宇辰说。国羽总教练邝建军表示，石宇辰这一周每场都在进步。")
    assert "国羽总" not in found and "邝建军" in found


def test_a_speech_verb_after_a_rank_still_cues_the_name() -> None:
    assert cue_after("王总表示", 2) and not cue_after("国羽总教练", 3)


def test_a_noun_then_an_adverb_and_its_verb_is_a_clause() -> None:
    found = _names("拉斯穆森赛后在混合采访区大方承认：“他是一名非常聪明的球员。”拉斯穆森说。")
    assert "区大方" not in found and "拉斯穆森" in found


def test_a_rarer_surname_after_a_role_and_before_a_speech_verb_is_a_name() -> None:
    assert "甘伟" in _names("急诊科医生甘伟提醒，发生火灾时切忌乘坐电梯。")


def test_a_rarer_surname_after_a_role_with_no_speech_verb_is_none() -> None:
    assert "甘伟" not in _names("急诊科医生甘伟，发生火灾时切忌乘坐电梯。")


def test_a_name_paired_by_a_slash_with_a_person_is_a_person() -> None:
    assert {"付诗雨", "尹可欣"} <= _names("女双决赛，韩国组合以2:1击败国羽组合付诗雨/尹可欣。")


def test_a_name_slashed_to_no_person_is_none() -> None:
    assert "付诗雨" not in _names("女双决赛，韩国组合以2:1击败国羽组合付诗雨/韩国组合。")


def test_a_verb_while_speaking_cues_the_speaker() -> None:
    assert "江蕙" in _names("頒獎人是台語歌后江蕙，江蕙笑著說，第一次聽到他唱〈家後〉的時候就知道。")


def test_a_verb_while_a_longer_word_is_no_speech() -> None:
    assert "江蕙" not in _names("頒獎人是台語歌后江蕙，江蕙看著說明書，第一次聽到他唱〈家後〉的時候就知道。")


def test_a_word_made_as_people_are_called_is_no_one() -> None:
    found = _names("邵連長說：「阿兵哥都知道，這時候部落的人最需要我們。」")
    assert "阿兵哥" not in found and "邵連長" in found


def test_a_nickname_of_a_name_the_text_holds_is_kept() -> None:
    found = _names("同事都很敬重王大牛。邵連長說：「阿牛哥都知道，這時候部落的人最需要我們。」")
    assert {"阿牛哥", "王大牛"} <= found


def test_a_nickname_the_dictionary_does_not_list_is_kept() -> None:
    assert "阿文哥" in _names("感謝隊長安排、感謝收尾車的阿文哥一路照顧。")


def test_a_nickname_a_verb_of_calling_vouches_for_is_kept() -> None:
    assert "阿兵哥" in _names("他退伍三十年了，村里的人還是都叫他阿兵哥。")


# Older leftovers on the dev pages (people on pages).

_ROWS = """得獎名單
全場總冠軍：蝴蝶蘭「香江紅霞」（鄧偉強）
最佳石斛蘭：金釵石斛（何美儀）
最佳兜蘭：帶葉兜蘭（陳卓明）
最佳栽培獎：萬代蘭「藍色夢境」（黃麗芬）
最具香氣獎：文心蘭「朱古力」（李志安）"""


def test_an_entry_in_rows_that_bracket_its_owner_is_no_one() -> None:
    found = _names(_ROWS)
    assert not {"文心蘭", "葉兜蘭"} & found and {"陳卓明", "李志安"} <= found


def test_an_entry_in_rows_that_bracket_places_is_not_read_so() -> None:
    rows = "得獎名單\n全場總冠軍：蝴蝶蘭「香江紅霞」（鄧偉強）\n最佳石斛蘭：金釵石斛（香港）\n"
    rows += "最具香氣獎：文心蘭「朱古力」（九龍）"
    assert "文心蘭" in _names(rows)


def test_one_row_that_brackets_a_person_is_no_list_of_entries() -> None:
    assert {"陳美玲", "李志安"} <= _names("今日值班安排如下。\n上午：陳美玲（李志安）\n下午休息。")


def test_an_entry_a_cue_names_elsewhere_is_a_person() -> None:
    assert "文心蘭" in _names("會員文心蘭說：「好開心。」\n" + _ROWS)


def test_an_agent_noun_over_a_name_at_a_lines_head_is_a_label() -> None:
    found = _names("詳情將於一月份會員大會公布。\n張貼者： 梁國棟 於 下午4:18")
    assert "張貼者" not in found and "梁國棟" in found


def test_a_name_at_a_lines_head_over_a_name_is_kept() -> None:
    assert {"陳志明", "梁國棟"} <= _names("詳情將於一月份會員大會公布。\n陳志明： 梁國棟 於 下午4:18")


def test_a_credit_that_says_when_it_was_posted_names_no_one() -> None:
    assert credited_names("文：發佈於") == [] and credited_names("責任編輯：詹于萱") == [(5, 8)]


def test_a_dateline_place_after_a_reporter_whose_name_ends_as_a_role_is_no_name() -> None:
    line = "記者鄭雅文／高雄報導 2024-01-01 10:30"
    assert [line[a:b] for a, b in credited_names(line)] == ["鄭雅文"]


def test_a_second_reporter_glued_to_the_first_before_the_dateline_is_a_name() -> None:
    line = "記者王明李華報道"
    assert [line[a:b] for a, b in credited_names(line)] == ["王明", "李華"]


def test_what_is_eaten_is_no_one() -> None:
    assert "枝仔冰" not in _names("回程在集集站下車吃了枝仔冰，站前老街平日幾乎沒什麼人。")


def test_a_name_after_eating_whose_clause_goes_on_is_a_person() -> None:
    assert "林阿土" in _names("回程在集集站下車，吃了林阿土做的枝仔冰，林阿土說這是阿公傳下來的。")
