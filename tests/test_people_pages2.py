"""The pageppl2 pass's signals, from the people listed on the second batch of
reader-mode dev pages: words glued to a name's shape (a dictionary word and a
function character, an address and the verb after it, a piece of a shop's,
team's or school's name), judged at every mention."""

from __future__ import annotations

from reader.core.people import find_people
from reader.core.people.glued_words import words_unglued


def _names(text: str) -> set[str]:
    return {a for p in find_people(text) for a in p.person.aliases}


def test_a_dictionary_word_and_a_function_character_are_no_name() -> None:
    text = "本届定向越野秋季赛共有三百名选手参加。\n全部选手成绩可登录本会网站查询，如有疑问请联络干事周文涛。\n"
    names = _names(text)
    assert "成绩可" not in names
    assert "周文涛" in names


def test_a_rare_word_counts_when_its_last_character_starts_the_next_word() -> None:
    folded = "水务局在文告中指出，输水管已使用超过四十年。"
    assert "文告中" not in words_unglued(folded, {"文告中"})
    # (a rare word before a soft character that starts no word: kept)
    assert "温家正" in words_unglued("温家正今天到校。", {"温家正"})


def test_an_address_and_the_verb_after_it_are_cut_back_to_the_address() -> None:
    text = "清晨六点到公园，跟街坊一起打太极。\n陳姨話：「後生女肯嚟，我哋好開心㗎。」\n黎伯就話，佢唔介意教。\n"
    names = _names(text)
    assert "陳姨話" not in names
    assert "陳姨" in names
    assert words_unglued("04:40 麦伯瞓唔着，坐喺门口同我倾偈。", {"麦伯瞓"}) == {"麦伯"}


def test_an_address_with_a_given_name_stays_whole() -> None:
    assert words_unglued("陈伯达表示，会议延期。", {"陈伯达"}) == {"陈伯达"}


def test_a_piece_of_a_teams_or_schools_name_is_no_person() -> None:
    text = (
        "青少年花式跳绳校际赛成绩如下：\n1 黄子轩 峇株巴辖华仁华小 112\n2 林宇航 居銮中华小 108\n"
        "3 李欣怡 峇株巴辖华仁华小 97\n"
    )
    names = _names(text)
    assert "华仁华" not in names
    assert {"黄子轩", "林宇航", "李欣怡"} <= names
    assert not words_unglued("1 梁浩贤 圣罗撒剑击队 32\n2 苏嘉欣 圣罗撒剑击队 26\n", {"圣罗撒剑"})


def test_a_name_before_a_word_ending_like_a_shop_stays() -> None:
    assert words_unglued("祝福林美珠合家平安。", {"林美珠"}) == {"林美珠"}


def test_a_thing_counted_with_a_measure_word_is_no_person() -> None:
    text = (
        "开场前，台上只有一幅白布，一盏灯。灯一亮，老虎便跃了出来。\n"
        "谢幕之后，师傅骆永年把白布卷起，让观众看见布后的一切。\n"
    )
    names = _names(text)
    assert "白布" not in names
    assert "骆永年" in names
    folded = "个女举住张纸写住「爸爸加油」。我见到\U00020bb6张纸，眼泪即刻流出嚟。"
    assert not words_unglued(folded, {"张纸"})


def test_a_name_counted_before_its_work_stays() -> None:
    assert words_unglued("我买了一张周杰伦的专辑。", {"周杰伦"}) == {"周杰伦"}


def test_an_address_shaped_name_before_a_full_stop_stays_whole() -> None:
    assert words_unglued("医书里常提到王叔和。王叔和是晋代名医。", {"王叔和"}) == {"王叔和"}


def test_a_counted_word_that_another_mention_names_a_person_stays() -> None:
    folded = "持宝人杨柳：那我这幅呢？\n闻人礼：画面上那几枝杨柳，也是白石老人的笔法。"
    assert words_unglued(folded, {"杨柳"}) == {"杨柳"}


def test_a_name_counted_inside_a_places_name_stays() -> None:
    folded = "传说孔明南征时留下茶种，至今山上还有一座孔明山。"
    assert words_unglued(folded, {"孔明"}) == {"孔明"}


def test_a_form_ending_in_a_states_or_a_schools_name_is_no_person() -> None:
    text = "由中华文化馆协办的“柔佛州中学组廿四节令鼓比赛”已圆满结束，主任陈志明颁奖。\n冠军队伍将代表柔佛州出赛。\n"
    names = _names(text)
    assert "柔佛州" not in names
    assert "陈志明" in names
    folded = "小学组\n冠军 张语彤(育德华小) 《锡矿老铁船》\n季军 周欣妍(育德华小) 《月饼一家人》\n"
    assert words_unglued(folded, {"育德华小", "张语彤"}) == {"张语彤"}
    assert words_unglued("我阿嬷陈罔市今年九十岁。", {"陈罔市"}) == {"陈罔市"}


def test_a_word_before_a_name_that_takes_its_first_character_is_no_name() -> None:
    folded = "主持：多谢冯姑娘。下星期三同一时间，我哋再倾。\n冯姑娘：多谢大家。"
    assert words_unglued(folded, {"多谢冯", "冯姑娘"}) == {"冯姑娘"}
    # (a name whose first two characters are a word, before no other name: kept)
    assert words_unglued("王家豪今日到场。", {"王家豪"}) == {"王家豪"}


def test_a_transliterated_name_before_a_word_is_not_cut_as_a_name_and_a_verb() -> None:
    names = _names("义工陈志强说，来自叙利亚的阿米尔一家上月领到四辆单车。\n")
    assert "阿米尔" in names
    assert "阿米" not in names


def test_mentions_are_every_start_overlapping_or_not_and_long_texts_share_the_scan() -> None:
    from reader.core.people import texts
    from reader.core.people.glued_words import _mentions

    long = "林美珠" + "。" * texts._MEMO_CHARS + "林美珠林美珠"
    for text in ("哈哈哈哈哈 林美珠林美珠x林美珠 阿阿阿阿", long):
        for form in ("哈哈", "哈哈哈", "阿阿阿", "林美珠", "美珠林", "珠x"):
            brute = [i for i in range(len(text)) if text.startswith(form, i)]
            assert _mentions(text, form) == brute, form
    # (a form that cannot overlap itself is asked once of a long text: the other rules reuse the answer)
    assert _mentions(long, "林美珠") is texts.starts(long, "林美珠")
