"""The twelfth fix pass's signals: a novel's chapter names characters, not
people; handles and given names of a forum post and an author's note."""

from __future__ import annotations

from reader.core.people import find_people

_CHAPTER = (
    "雪夜，沈砚推开书房的门，林晚晴正伏在案上抄账。\n“小桃呢？”他问。\n"
    "“让她去顾家送药了。”晚晴头也不抬，“顾长风那条腿就废了。”\n"
    "作者有话说：\n有读者问沈砚的原型是谁。其实是小时候看金庸先生的书。晚晴有点像我外婆陈淑贞。\n"
)


def _names(text: str, title: str = "") -> set[str]:
    return {a for p in find_people(text, title=title) for a in p.person.aliases}


def test_a_chapters_story_names_characters_and_its_authors_note_people() -> None:
    names = _names(_CHAPTER, title="第一百二十七章　雪夜问心")
    assert not {"沈砚", "林晚晴", "顾长风"} & names
    assert {"金庸", "陈淑贞"} <= names


def test_the_same_text_without_a_chapter_title_keeps_its_names() -> None:
    assert {"沈砚", "林晚晴"} <= _names(_CHAPTER, title="雪夜问心")


def test_a_memoirs_chapter_keeps_the_people_it_gives_a_role() -> None:
    text = "那年冬天，我跟着外公去县城。\n“冷不冷？”他问。\n“不冷。”我说。\n校长李国强在门口等我们。\n"
    assert "李国强" in _names(text, title="第三章 县城")


def test_the_pen_name_after_the_authors_role_is_a_person() -> None:
    line = "作者：青山不语　｜　本章字数：3126"
    people = find_people("正文。", credits=[("bylines[0]", line), ("bylines[1]", "作者 jasmine0812 (小茉)")])
    names = {a for p in people for a in p.person.aliases}
    assert {"青山不语", "jasmine0812"} <= names


def test_no_pen_name_is_read_into_a_heading_or_a_common_word() -> None:
    people = find_people(
        "作者有话说：\n谢谢大家。", credits=[("bylines[0]", "作者：佚名"), ("bylines[1]", "作者：admin")]
    )
    assert not people


def test_readers_thanked_by_their_quoted_screen_names() -> None:
    names = _names("感谢“月下独酌”的一万书币打赏，感谢“砚台不是墨”连续投的月票。感谢“一带一路”倡议。")
    assert {"月下独酌", "砚台不是墨"} <= names and "一带一路" not in names


def test_given_names_after_kinship_words_in_a_family_post() -> None:
    text = (
        "我跟老公阿傑住台北。理由是大伯志豪一家今年要去大陸過年。阿傑說他會跟他媽講。\n"
        "小姑怡君私下 LINE 我，後來大嫂直接把兒子小寶的疫苗排在初二。不要讓阿傑難做人。"
    )
    names = _names(text)
    assert {"志豪", "怡君", "小寶", "阿傑"} <= names
    assert "阿傑住" not in names


def test_a_kinship_word_before_a_common_word_names_no_one() -> None:
    assert not _names("我女儿喜欢画画，儿子同学都说好。老公出差了。")


def test_partners_in_a_ranked_tables_rows_are_people() -> None:
    text = (
        "名次　選手　得分率\n1　　王建民／林雅婷　　62.8%\n2　　鄭文華／鄭陳玉蘭　58.1%\n"
        "1　　高明／白玉　　　60.2%\n2　　許永福／許永祿　57.9%\n"
    )
    assert {"高明", "白玉", "王建民"} <= _names(text)


def test_a_line_up_of_roles_vouches_for_its_names() -> None:
    text = (
        "演员阵容\n主持｜大饼\n演员｜小北（北京来的会计）\n演员｜Kiki 罗（罗琪，前幼儿园老师）\n"
        "演员｜二丫（本名贾二娅）\n特邀｜黄河（真名，不是艺名）\n"
    )
    assert {"小北", "黄河"} <= _names(text)


def test_a_menu_of_labelled_lines_names_no_one() -> None:
    text = "菜单\n主食｜白玉\n汤品｜黄河\n甜点｜小北\n"
    assert not {"白玉", "黄河", "小北"} & _names(text)


def test_a_compound_surname_before_a_senior_counsels_title() -> None:
    assert "司徒永康" in _names("本行與司徒永康資深大律師等多位大律師長期合作。")


def test_a_name_after_an_appointing_verb_it_makes_a_word_with() -> None:
    names = _names("四、聘任何必成先生为审计监察部部长。我们没有任何先生的消息。")
    assert "何必成" in names and not any(n.startswith("任") for n in names)


def test_a_breed_before_a_pets_kind_is_no_person() -> None:
    names = _names("志明是一隻14歲的米克斯公貓。飼主黃美惠小姐說，牠最近吃很多。")
    assert "米克斯" not in names and "黃美惠" in names


def test_historical_people_the_dictionary_and_the_tagger_agree_on() -> None:
    names = _names("下午游关林，这里相传埋葬着关羽的首级。“小杨讲杜甫和白居易在洛阳的那些事讲得太好了。”")
    assert {"关羽", "杜甫", "白居易"} <= names


def test_an_adjective_the_dictionary_also_tags_as_a_name_is_no_person() -> None:
    assert "洪亮" not in _names("他一开口点名，声音和三十年前一样洪亮。")


def test_a_guide_named_after_the_guides_role() -> None:
    assert "杨雪" in _names("全程导游：杨雪（小杨），国家中级导游，西安本地人。")


def test_a_name_once_with_the_address_jie_after_it() -> None:
    names = _names("谢谢编辑大橘（也就是我们组的周颖姐）一直没催稿。这位空姐很好。")
    assert "周颖" in names and not any("空" in n for n in names)


def test_a_transliteration_after_a_is_whole_and_no_speech_verb_makes_a_name() -> None:
    names = _names("据阿莫迪介绍，阿莫迪此前曾在谷歌工作。阿莫的团队很大。如果高考引发文章热议。")
    assert "阿莫迪" in names and "高考引" not in names


def test_a_verb_the_dictionary_tags_as_a_name_is_no_person() -> None:
    assert "康复" not in _names("但博士没有一定就而且与康复过的病人谈话。")
