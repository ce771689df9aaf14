"""People set 88's fix pass (tests/data/people/fresh88): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.folding import fold
from reader.core.people.credits import credited_names


def _names(text: str) -> set[str]:
    return {fold(n) for n in names_in(text)}


def test_a_compound_surname_and_one_given_character_between_a_title_and_a_speech_verb() -> None:
    # 单于 is a word too (a Xiongnu ruler's title), so the tagger proposes nothing.
    assert "单于红" in _names("说到音量，社区书记单于红坦言，几年前投诉不少。")
    assert "宗政红" in _names("社区书记宗政红表示，今年不再扰民。")


def test_a_compound_surname_that_is_a_word_names_no_one_without_a_cue() -> None:
    assert not {"单于红", "单于"} & _names("匈奴单于红着脸说不出话来。")


def test_a_compound_surname_before_a_title_word_is_no_one_given_character_name() -> None:
    assert "欧阳副" not in _names("领队：欧阳副会长、阿Sam（岑家辉）。")


def test_a_kin_word_the_tagger_reads_with_the_surname_after_it_leaves_the_name_whole() -> None:
    names = _names("江月娥的孫女江小柔（就讀臺南女中一年級）也被找來當代表。")
    assert "江小柔" in names and "孙女江" not in names, names


def test_a_married_names_given_part_run_into_how_it_was_said_is_the_given_part() -> None:
    text = (
        "到場的同學有：林素貞、許林秀琴、王李玉英、黃陳美惠。老師還記得王李玉英當年總是坐第一排。"
        "玉英笑說：「老師，我現在連孫子的名字都記不住。」"
    )
    assert "玉英笑" not in _names(text)


def test_a_word_and_the_noun_the_verb_before_takes_is_a_dance_not_a_person() -> None:
    names = _names(
        "不少老舞者说，自己是看了杨丽萍跳的孔雀舞才爱上跳舞的。担任评委的舞蹈系教授尉迟敏表示："
        "“广场舞不是大妈专利。”另两位评委是馆长万家福和舞蹈编导夏至。"
    )
    assert "孔雀舞" not in names and "杨丽萍" in names, names


def test_two_unknown_characters_closing_a_byline_after_a_photographer_are_a_name() -> None:
    line = "来源：株洲日报　　记者 欧阳晓晨　通讯员 令狐芳　摄影 舞阳"
    assert [line[s:e] for s, e in credited_names(line)] == ["欧阳晓晨", "令狐芳", "舞阳"]
    line = "记者 欧阳晓晨　摄影 报道"  # (a word the dictionary lists is no name there)
    assert [line[s:e] for s, e in credited_names(line)] == ["欧阳晓晨"]


def test_a_form_running_into_a_teams_name_is_no_person() -> None:
    text = (
        "比赛结果：一等奖｜丽华舞蹈队｜黄丽华\n二等奖｜石峰老姐妹队　　｜高歌\n"
        "值得一提的是，石峰老姐妹队领队高歌是位七十一岁的老爷子。"
    )
    names = _names(text)
    assert "石峰老" not in names and {"高歌", "黄丽华"} <= names, names
    assert "王明" in _names("队长王明说，王明队员都很拼。")
