"""People set 61's fix pass (tests/data/people/fresh61): each rule on a text of its own."""

from __future__ import annotations

from people_support import folded_aliases_in, names_in
from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.people.credits import credited_names
from reader.core.people.tails import tails_trimmed
from reader.core.people.texts import Proposal


def _body(text: str) -> str:
    return "\n".join(clean(text).paragraphs)


def test_a_programmes_labelled_row_of_performers_stays_in_the_body() -> None:
    text = (
        "剧场本月的周末演出如下，票价二十元，学生半价。\n"
        "【青年专场】12月7日（周六）晚7:30\n"
        "演员：陶然　孔一鸣　余庆　石磊　邵可馨　松本由纪子\n"
        "青年专场由剧场艺术总监韩立新策划，五位演员都是今年刚从戏校毕业的学生。\n"
    )
    body = _body(text)
    assert "孔一鸣　余庆" in body
    aliases = folded_aliases_in(text)
    assert {"陶然", "孔一鸣", "余庆", "石磊", "邵可馨"} <= aliases


def test_a_labelled_row_of_menu_words_still_goes() -> None:
    text = (
        "剧场本月的周末演出如下，票价二十元，学生半价。\n"
        "频道：首页　新闻中心　娱乐　体育　财经　视频\n"
        "青年专场由剧场艺术总监韩立新策划，五位演员都是今年刚从戏校毕业的学生。\n"
    )
    body = _body(text)
    assert "新闻中心" not in body


def test_a_pair_named_as_a_works_with_no_de_are_its_characters() -> None:
    text = (
        "周秀英、周小兰是母女档，两人合说长篇弹词已有十多年。\n"
        "《玉蜻蜓》里申贵升和王志贞的戏，母女俩唱得最好，老听客都说周秀英的唱腔最正。\n"
        "《双珠凤》中霍定金与文必正一回，是周小兰的拿手书。\n"
    )
    names = names_in(text)
    assert "周秀英" in names and "周小兰" in names
    assert not {"申贵升", "里申贵升", "王志贞", "霍定金", "中霍定金", "文必正"} & names


def test_a_list_of_dotted_names_is_no_menu() -> None:
    text = (
        "赛后，主办方公布了各项奖的名单。\n"
        "优秀裁判奖：阿不都·热合曼、努尔兰·阿山、王建国\n"
        "明年的大赛将在八月举行，报名从六月开始。\n"
    )
    body = _body(text)
    assert "努尔兰·阿山" in body
    assert {"阿不都·热合曼", "努尔兰·阿山"} <= names_in(text)


def test_a_bylines_dotted_name_with_a_plain_character_is_whole() -> None:
    assert credited_names_of("文 / 赛力克·加帕尔　摄影 / 高原") == ["赛力克·加帕尔", "高原"]
    assert credited_names_of("文/张明·李华") == ["张明", "李华"]


def test_a_pair_dressed_as_are_parts() -> None:
    text = (
        "游园会上有扮成孙悟空和猪八戒的志愿者给孩子们发糖，园长周建华说明年还会再办。\n"
        "周建华介绍，今年来了三千多位家长。\n"
    )
    names = names_in(text)
    assert "周建华" in names
    assert not {"孙悟空", "猪八戒"} & names


def credited_names_of(line: str) -> list[str]:
    return [line[s:e] for s, e in credited_names(line)]


def test_a_married_name_after_a_schools_short_name_and_before_a_title_is_whole() -> None:
    text = (
        "本次培訓承蒙和平國小蔡陳美玉老師（學員都叫她「美玉姐」）協助安排試教場地，特此致謝。\n"
        "另感謝班主任林志明老師協助。\n"
    )
    names = names_in(text)
    assert "蔡陳美玉" in names and "陳美玉" not in names
    assert "林志明" in names and "任林志明" not in names


def test_mrs_and_a_cantonese_only_is_no_name() -> None:
    folded = fold("「以前黃太淨係識得喺樓下望人搭棚，而家自己上去。」")
    at = folded.index("黄太净")
    assert not [p.form for p in tails_trimmed([Proposal(at, at + 3, "黄太净", True)], folded)]


def test_a_home_after_jia_zhu_is_a_place() -> None:
    text = "五十歲的梁美華是今屆唯一女學員，家住何文田，兩個仔已經大學畢業。梁美華說最難忘是搭第一個棚。\n"
    names = names_in(text)
    assert "梁美華" in names
    assert "何文田" not in names
