"""The nineteenth fix pass's rules (held-out people set 19: a drama's cast
list, a board's resolutions, a law firm's partners, a tea contest's
winners), each on a text of its own."""

from __future__ import annotations

from people_support import names_in


def test_a_cast_lists_role_column_and_a_synopsis_name_characters() -> None:
    text = (
        "《山河故人》（36集）演职员表\n"
        "剧情简介：抗战时期，绸缎庄掌柜苏慕白与女教师顾清澜相识，二人携手对抗汉奸赵老四……\n"
        "苏慕白 —— 饰演者：黄志远\n"
        "顾清澜 —— 饰演者：许静怡\n"
        "网友评论：黄志远老师的苏慕白太有味道了，顾清澜也演得好。\n"
    )
    names = names_in(text)
    assert {"黄志远", "许静怡"} <= names
    assert not names & {"苏慕白", "顾清澜", "赵老四"}


def test_a_works_character_is_no_person() -> None:
    text = "演员杨雪晴表示，她很喜欢《天龙八部》里的慕容复，小时候看过很多遍原著。"
    names = names_in(text)
    assert "杨雪晴" in names and "慕容复" not in names


def test_three_characters_of_an_idiom_are_no_name() -> None:
    text = "本所由許文濤律師創立，三十年來秉持公平正義的精神。本所絕非葉公好龍，對當事人的承諾始終如一。"
    names = names_in(text)
    assert "許文濤" in names and "葉公好" not in names


def test_a_masters_title_is_not_part_of_the_name() -> None:
    text = "鄉長林志明致詞時表示，詩聖杜甫在《春望》中說「國破山河在」，大家要珍惜今日。"
    names = names_in(text)
    assert "杜甫" in names and "詩聖杜甫" not in names


def test_a_titled_name_is_not_cut_before_a_character_the_tagger_gave_the_next_word() -> None:
    text = "表决结果：8票同意，1票反对。董事韩建中投反对票，理由为议案准备不充分。会议由董事长主持。"
    names = names_in(text)
    assert "韩建中" in names and "韩建" not in names


def test_a_labels_value_of_names_joined_by_spaces_is_a_list() -> None:
    text = (
        "特等獎：吳志明（凍頂村）\n"
        "二等獎：林清水 陳秀英 許文龍 鄭美玲\n"
        "得獎茶農陳秀英表示，今年雨水充足。評審許文龍說今年茶葉品質很好。\n"
    )
    assert "林清水" in names_in(text)


def test_a_name_that_is_also_a_place_opens_a_sentence_before_a_courtesy_title() -> None:
    text = "会议同意聘任金沙为副总经理。金沙先生曾长期负责公司金沙江畔的茶园建设，深受同事信任。"
    assert "金沙" in names_in(text)
