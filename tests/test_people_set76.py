"""People set 76's fix pass (tests/data/people/fresh76): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.folding import fold
from reader.core.people import find_people
from reader.core.people.married_evidence import MarriedEvidence
from reader.core.people.names import ERA_BEFORE_RE
from reader.core.people.roll_labels import section_heads
from reader.core.people.tails import tails_trimmed
from reader.core.people.texts import Proposal
from reader.core.people.vetting import not_a_name


def _trimmed(text: str, form: str) -> list[str]:
    folded = fold(text)
    start = folded.index(fold(form))
    return [p.form for p in tails_trimmed([Proposal(start, start + len(form), fold(form), True)], folded)]


def test_cantonese_said_after_a_surname_led_name_is_the_verb_wherever_it_stands() -> None:
    assert _trimmed("社工何志明話，呢區啲長者好少出街。", "何志明話") == [fold("何志明")]
    assert _trimmed("看更周伯話自己做咗三十年。", "周伯話") == [fold("周伯")]


def test_said_after_a_name_without_a_surname_is_read_as_before() -> None:
    # (no surname: only an address before a colon, a quote or a comma drops 話)
    assert _trimmed("大家叫佢泰叔話自己唔記得。", "泰叔話") == [fold("泰叔話")]


def test_a_cantonese_report_lists_the_speaker_not_the_speaker_and_said() -> None:
    text = "退休巴士司機梁伯話自己每年都嚟。學者羅志賢話，呢個習俗有幾百年歷史。羅志賢仲話會再研究。"
    names = {fold(n) for n in names_in(text)}
    assert fold("梁伯話") not in names and fold("羅志賢話") not in names, names
    assert fold("羅志賢") in names, names


def test_a_surname_and_jia_alone_is_a_family_and_a_clan_association_no_person() -> None:
    assert not_a_name(fold("钱家")) and not_a_name(fold("歐陽家"))
    assert not_a_name(fold("陳林宗親"))
    assert not not_a_name(fold("钱家明")) and not not_a_name(fold("钱明"))


def test_a_family_read_in_prose_is_no_person() -> None:
    text = "记得那年冬天，钱家的女娃叫钱秀兰，是我接的。钱秀兰后来当了老师。"
    names = {fold(n) for n in names_in(text)}
    assert fold("钱家") not in names and fold("钱秀兰") in names, names


def test_marrying_into_the_husbands_family_is_evidence_of_a_married_form() -> None:
    text = "隔籬檔係何陳秀芬，大家叫佢芬姐，嫁咗去何家幾十年，「以前成日爭位」。"
    folded = fold(text)
    start = folded.index(fold("何陳秀芬"))
    assert MarriedEvidence(folded, [])(start, start + 4)
    assert not MarriedEvidence(fold("隔籬檔係何陳秀芬，大家叫佢芬姐。"), [])(start, start + 4)
    assert [p.person.name for p in find_people(text)] == ["何陳秀芬"]
    assert [p.person.name for p in find_people("佢隔籬係黃李美華，嫁入黃家三十年，仲係好勤力。")] == ["黃李美華"]


def test_without_that_evidence_the_own_name_is_read_as_before() -> None:
    assert [p.person.name for p in find_people("隔籬檔係何陳秀芬，大家叫佢芬姐，「以前成日爭位」。")] == ["陳秀芬"]


def test_a_dotted_name_filling_a_lines_first_cell_before_a_bar_is_whole() -> None:
    text = "得獎名單\n比雅日·伊斯坦大｜海端鄉｜小米｜推動部落小米復耕\n拉荷·阿雷｜卓溪鄉｜愛玉｜友善耕作\n"
    names = {fold(n) for n in names_in(text)}
    assert fold("比雅日·伊斯坦大") in names, names
    assert fold("比雅日·伊斯坦") not in names, names


def test_a_dynastys_person_before_a_name_dates_a_historical_writer() -> None:
    text = "采参的规矩由来已久。清人杨宾在《柳边纪略》里也记过参帮进山的事。"
    names = {fold(n) for n in names_in(text)}
    assert fold("杨宾") in names, names
    # (明人 is the idiom's honest man, 汉人 the Han: neither dates a name)
    assert not ERA_BEFORE_RE.search("明人") and not ERA_BEFORE_RE.search("汉人")
    assert ERA_BEFORE_RE.search("宋人") and ERA_BEFORE_RE.search("清人")


def test_cantonese_said_after_a_japanese_name_cues_it_as_said_does() -> None:
    text = "遊客都好多。日本嚟嘅高橋美和話喺雜誌見到介紹，專登嚟睇。"
    names = {fold(n) for n in names_in(text)}
    assert fold("高橋美和") in names, names
    # (普通話, 電話: a word the character before ends with 話 is no cue)
    assert {fold(n) for n in names_in("佢講普通話好流利，成日打電話返屋企。")} == set()


def test_a_rare_two_character_word_glossed_by_a_given_and_family_name_is_the_person() -> None:
    text = "錫克教徒辛格（Manjit Singh）每朝都嚟飲茶。"
    names = {fold(n) for n in names_in(text)}
    assert fold("辛格") in names, names


def test_a_cell_shaped_as_its_lines_label_is_a_label_too() -> None:
    plain = "队伍名单：\n头旗　张海龙　　边旗　赵立新\n腰旗　王春生　　孙志刚\n"
    spans = [(plain.index(c), plain.index(c) + len(c)) for c in ("张海龙", "边旗", "赵立新", "王春生", "孙志刚")]
    assert section_heads(plain, spans) == {plain.index("边旗")}
    # (a head the finder reads as a name is none: 李明　王强　　张明 are three names)
    row = "名单\n李明　王强　　张明　赵刚\n"
    spans = [(row.index(c), row.index(c) + 2) for c in ("李明", "王强", "张明", "赵刚")]
    assert section_heads(row, spans) == set()
