"""People set 90's fix pass (tests/data/people/fresh90): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.folding import fold


def _names(text: str) -> set[str]:
    return {fold(n) for n in names_in(text)}


def test_a_preposition_after_a_name_opens_what_the_person_does_not_a_streets_name() -> None:
    # 以街舞: 以 (by means of) starts the predicate; 街 is no street after the name
    assert "欧阳风" in _names("通過名單：陳添財、林布農、歐陽風。二十歲的歐陽風以街舞通過。")


def test_a_drafts_writer_is_a_credit_and_a_three_character_whole_value_may_end_as_a_road() -> None:
    from reader.core.people.credits import credited_names

    line = "發布日期：2026/09/14　撰稿：江小路　攝影：洪亮"
    assert [line[s:e] for s, e in credited_names(line, single_latin=True)] == ["江小路", "洪亮"]
    assert not credited_names("编辑：文字组", single_latin=True)  # (a team's name)


def test_the_everyday_word_for_a_formal_name_before_a_surname_gives_the_name() -> None:
    text = "拓春花说，她的婆婆当年在村里登记的名字是“拓白氏”，大名白改改，也是远近闻名的秧歌好手。"
    assert "白改改" in _names(text)
    assert not _names("早就听说过他的大名，今日一见果然大名鼎鼎。")


def test_a_demonstrative_and_the_measure_word_of_towers_and_mountains_after_a_form_makes_it_a_place() -> None:
    text = "鹿鸣峰这座塔，建站以来一共有过六任瞭望员。在鹿鸣峰瞭望塔守了三十一年的于春生说，鹿鸣峰的冬天很长。"
    names = _names(text)
    assert "鹿鸣峰" not in names and "于春生" in names, names


def test_her_man_before_a_name_is_her_husband_and_a_rare_dictionary_word_may_be_his_given_name() -> None:
    text = "何玉梅是鄂温克族，她男人涂长海是护林员，两口子住在山脚，她一个人在塔上干了五年。"
    assert "涂长海" in _names(text)
    assert not _names("驗光數據只是起點。我們會請客人戴試片走動、看手機、下樓梯。")  # (a noun no dictionary lists)


def test_a_name_after_the_book_the_sentence_named_is_its_character() -> None:
    text = (
        "也有人提起写过《平凡的世界》的作家路遥，说他的老家清涧离这儿不远，"
        "书里的孙少平“就是我们这儿的后生”。孙少平说过。"
    )
    assert "孙少平" not in _names(text)


def test_a_rare_surnames_two_characters_the_dictionary_tags_a_name_after_a_role_and_before_a_clear_end() -> None:
    text = "也有人提起写过《平凡的世界》的作家路遥，说他的老家清涧离这儿不远。"
    assert "路遥" in _names(text)


def test_a_kitchen_hand_is_a_job_before_a_name() -> None:
    text = (
        "典禮上，葉校長特別提到前幾年因病過世的廚工白玉。白玉姨生前最拿手的是鳳梨苦瓜雞，"
        "苦瓜用的是學校菜園自己種的白玉苦瓜。"
    )
    assert "白玉" in _names(text)


def test_one_person_noun_called_and_a_name_closing_the_clause_introduces_the_person() -> None:
    text = "这些年来过不少人。还有一个护林员叫葛根，达斡尔族，骑着马巡山，每个月给我们驮一次菜。"
    assert "葛根" in _names(text)
    assert not _names("村里有一个地方叫王家，那里风景好。我有一个朋友叫高兴，他很开心。")


def test_a_master_of_an_art_the_text_lists_as_a_thing_is_no_dharma_name() -> None:
    text = "今年通過者有表演魔術、默劇、特技的。來自法國的朱利安·貝納說，他的表演向法國默劇大師馬歇·馬叟致敬。"
    names = _names(text)
    assert "默剧" not in names and "马歇·马叟" in names, names
    assert "见性" in _names("知客：見性大師。見性大師說，修行在日常。")


def test_the_given_name_of_a_three_character_name_used_alone_is_that_person() -> None:
    from reader.core.people import find_people

    text = (
        "今年五月，守了三十一年的于春生、孟桂兰夫妻正式退休下山。孟桂兰说，想去海边看看。"
        "第二年桂兰说啥也要跟我上塔。红旗还在上面飘，桂兰哭了。"
    )
    people = [{fold(a) for a in p.person.aliases} for p in find_people(text)]
    assert any({"孟桂兰", "桂兰"} <= p for p in people), people
