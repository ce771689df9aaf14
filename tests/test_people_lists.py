"""The tenth fix pass's signals: names in a list (rolls), names a word marks
(本名, 阿May), a translator's credit, and names of things in quotes."""

from __future__ import annotations

from people_support import aliases_in


def test_everyday_words_in_a_sign_up_list_of_people_are_names() -> None:
    text = "还没付款的几位：\n1. 阿强（3栋） 2箱\n2. 丁香 1箱\n3. 邵奶奶 1箱\n4. 宁静 2箱\n"
    assert {"阿强", "丁香", "宁静"} <= aliases_in(text)


def test_the_same_words_in_a_list_of_things_are_not() -> None:
    text = "本周团购：\n1. 丁香 1箱\n2. 宁静 2箱\n3. 玫瑰 3箱\n4. 茉莉 1箱\n"
    assert not {"丁香", "宁静"} & aliases_in(text)


def test_a_roll_one_name_a_line_takes_its_word_names() -> None:
    text = (
        "【滿級分】\n王子豪（台中一中）\n方圓（台中女中）\n吳佳穎（台中女中）\n林天行（台中一中）\n高尚（曉明女中）\n"
    )
    assert {"王子豪", "方圓", "高尚"} <= aliases_in(text)


def test_a_real_name_after_ben_ming_and_a_latin_nickname() -> None:
    assert "许微" in aliases_in("作者是写手“半夏”，本名许微，去年拿了奖。")
    assert "阿May" in aliases_in("玩家：阿May。差点把阿May送走。")
    assert "阿Ken" not in aliases_in("佢話阿Ken都係咁講。")
    assert "細Ken" in aliases_in("學徒細Ken即刻話想同佢交個朋友。細Ken笑咗。")
    assert not aliases_in("仔细OpenAI的新模型，細LLM。")


def test_a_function_word_before_a_known_name_is_not_its_surname() -> None:
    names = aliases_in("主持人小鹿（本名鹿鸣）开场。复盘时鹿鸣说，凶手很难猜。")
    assert "鹿鸣" in names and "时鹿鸣" not in names


def test_a_translator_credit_after_a_title() -> None:
    names = aliases_in("《百年孤独》，范晔译。《斯通纳》，杨向荣译。")
    assert {"范晔", "杨向荣"} <= names and "范晔译" not in names


def test_a_dotted_name_a_bracket_closes_is_whole_and_a_title_is_a_work() -> None:
    assert "伊凡・彼得羅夫" in aliases_in("指導：Ivan 老師（伊凡・彼得羅夫）")
    assert not aliases_in("1.《约翰·克利斯朵夫》是一部长篇。")


def test_no_person_glued_to_a_word_or_a_copula() -> None:
    assert "張係企" not in aliases_in("有張係企喺天星碼頭嘅後生女")
    assert "琴客座" not in aliases_in("與大提琴客座老師 Hannah Müller 合奏。")


def test_a_name_only_ever_opening_a_quotation_is_a_thing() -> None:
    assert "王小卤" not in aliases_in("过年前会有一批“王小卤”虎皮凤爪，到时候再通知。")
    assert "阿嬌姨" in aliases_in("施文炳娶了蔡阿嬌。街坊都叫她「阿嬌姨」。")
