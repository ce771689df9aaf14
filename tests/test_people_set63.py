"""People set 63's fix pass (tests/data/people/fresh63): each rule on a text of its own."""

from __future__ import annotations

from cleaning_support import kept_set, same
from people_support import folded_aliases_in, names_in


def test_a_row_of_role_and_name_pairs_stays_in_the_body() -> None:
    text = (
        "村里的舞狮队今年招了八个新队员，大年初一要在祠堂前第一次亮相。\n"
        "【初一上场名单】\n"
        "狮头　周振邦　　狮尾　许立　　鼓手　梁国栋　　锣　何嘉明\n"
        "钹　冯子健　　引狮　韦俊杰　　替补　邓浩宇\n"
        "教练周振邦说，新队员练了三个月，马步已经扎得很稳。\n"
    )
    kept = kept_set(text)
    assert same("狮头　周振邦　　狮尾　许立　　鼓手　梁国栋　　锣　何嘉明") in kept
    assert same("钹　冯子健　　引狮　韦俊杰　　替补　邓浩宇") in kept
    assert {"许立", "梁国栋", "冯子健", "韦俊杰", "邓浩宇"} <= folded_aliases_in(text)


def test_a_menu_set_out_in_pairs_still_goes() -> None:
    text = (
        "村里的舞狮队今年招了八个新队员，大年初一要在祠堂前第一次亮相。\n"
        "新闻　国内　　体育　足球　　财经　股票　　娱乐　电影\n"
        "教练周振邦说，新队员练了三个月，马步已经扎得很稳。\n"
    )
    assert same("新闻　国内　　体育　足球　　财经　股票　　娱乐　电影") not in kept_set(text)


def test_a_titles_last_character_starts_no_married_name() -> None:
    text = "已经退休的老师傅林阿土（街坊都叫他「土伯」）也回到工地，帮忙清点器材。\n"
    names = names_in(text)
    assert "林阿土" in names and "傅林阿土" not in names


def test_a_masters_address_after_a_nickname_is_whole() -> None:
    text = (
        "「木頭會說話。」人稱「阿榮師」的老木匠許正榮說。\n"
        "他在街口開的「阿榮木器行」已經傳到第三代，門口總是堆著刨花。\n"
    )
    aliases = folded_aliases_in(text)
    assert "阿荣师" in aliases and "阿荣" not in aliases


def test_an_unsurnamed_four_ending_in_an_everyday_noun_is_no_name_alone() -> None:
    text = "老周教徒弟“借力”——肩膀一沉、腰一扭的省劲法子。徒弟刘小兵学了三个月才会。\n"
    assert "省劲法子" not in names_in(text)


def test_a_transcripts_speaker_is_named_whatever_words_the_name_makes() -> None:
    text = (
        "主持人周明：欢迎收看本期节目。\n"
        "钱满满：这只碗是我奶奶留下来的。\n"
        "周明：您知道它是哪一年的吗？\n"
        "钱满满：不知道，只知道很老了。\n"
    )
    assert "钱满满" in names_in(text)


def test_a_words_label_on_one_line_is_no_speaker() -> None:
    # (钱满满 is named when its label opens two lines: the test above)
    text = "主持人周明：欢迎收看本期节目。\n钱满满：这只碗是我奶奶留下来的。\n周明：您知道它是哪一年的吗？\n"
    assert "钱满满" not in names_in(text)


def test_a_five_character_name_glossed_with_its_people_is_whole() -> None:
    text = "【第二位嘉宾】\n巴雅尔图门（蒙古族）从锡林浩特赶来，带来一把马头琴。\n主持人周明说，这把琴有一百多年了。\n"
    assert "巴雅尔图门" in names_in(text)


def test_a_word_before_a_glossed_name_stays_out_of_it() -> None:
    # (at a line's head: nothing before the five characters keeps them from being read as one name)
    text = "这次来的嘉宾有三位。\n录音师巴图（蒙古族）说，自己第一次来南方。\n"
    names = names_in(text)
    assert "录音师巴图" not in names
