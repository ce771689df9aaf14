"""The pageppl1 pass's signals, from the people listed on the reader-mode dev
pages: a Latin phrase led by a street or estate word is a place."""

from __future__ import annotations

from reader.core.people import find_people


def _names(text: str, title: str = "") -> set[str]:
    return {a for p in find_people(text, title=title) for a in p.person.aliases}


def test_a_latin_phrase_led_by_a_street_or_estate_word_is_a_place() -> None:
    text = (
        "校车路线如下：\n6:15　Taman Mewah 巴士站\n6:25　Jalan Meru 油站旁\n"
        "地址：No. 8, Jalan Kapar Baru, 41400 Klang\n司机 Ahmad Faizal 负责接送，家长可联络 Tan Wei Ming 老师。\n"
    )
    names = _names(text)
    assert not {"Taman Mewah", "Jalan Meru", "Jalan Kapar Baru", "Jalan Kapar"} & names
    assert {"Ahmad Faizal", "Tan Wei Ming"} <= names


def test_a_latin_phrase_ending_in_a_venue_word_is_a_place() -> None:
    names = _names("Sing Lok Theatre 重開首映，影评人 Grace Lau 主持映后谈。\n")
    assert "Sing Lok Theatre" not in names
    assert "Grace Lau" in names


def test_a_form_heading_a_streets_name_is_a_place() -> None:
    text = (
        "第三期跳蚤市场将于周六在陈永年文化街旁的旧货仓举行，摊位共四十个。\n主办单位负责人林美华表示，报名反应热烈。\n"
    )
    names = _names(text)
    assert "陈永年" not in names
    assert "林美华" in names


def test_a_form_heading_a_districts_name_is_a_place() -> None:
    names = _names("今年我们在观塘及黄大仙两区试行陪诊计划，总干事何玉珍说，反应比预期好。\n")
    assert "黄大仙" not in names
    assert "何玉珍" in names


def test_a_name_before_a_word_made_with_a_street_character_stays() -> None:
    text = "陈永年区长昨天视察工地，陈永年逛街时也常被街坊认出。\n王小明街头卖艺二十年，王小明说他不后悔。\n"
    names = _names(text)
    assert {"陈永年", "王小明"} <= names


def test_a_bylines_title_before_a_name_is_no_person() -> None:
    from reader.core.people.credits import credited_names

    def names(line: str) -> list[str]:
        return [line[s:e] for s, e in credited_names(line)]

    assert names("撰文／驗光師 陳美玲　審閱／王奕安 醫師") == ["陳美玲", "王奕安"]
    assert names("作者：店务主理人 沈嘉伟 · 2026年12月15日") == ["沈嘉伟"]
    # a pen name alone, and an unsurnamed name listed with another, stay
    assert names("作者：青山不语 · 分類：游记") == ["青山不语"]
    assert names("摄影／拉巴次仁、王明") == ["拉巴次仁", "王明"]


def test_a_credit_line_names_no_latin_place() -> None:
    from reader.core.people.credits import credited_names

    line = "適用門市：Alhambra、Monterey Heights · 撰文：Grace Lau · 青山麵包坊 Blue Hill Bakery"
    found = [line[s:e] for s, e in credited_names(line)]
    assert "Monterey Heights" not in found and "Blue Hill Bakery" not in found
    assert "Grace Lau" in found


def test_a_form_joined_to_a_language_is_a_language() -> None:
    text = "Q：當初怎麼會開始翻譯韓文小說？\nA：韓文翻成中文，最難的是敬語。譯者林雅婷說，她每天讀兩小時。\n"
    names = _names(text)
    assert "韓文" not in names
    assert "林雅婷" in names


def test_two_people_joined_like_languages_stay() -> None:
    names = _names("王文和李文昨天到校。学生王文和英语老师陈美玲一起整理了图书角，王文说很开心。\n")
    assert {"王文", "李文", "陈美玲"} <= names


def test_a_latin_phrase_priced_in_ringgit_is_a_thing() -> None:
    text = (
        "本周酒单（半品脱／一品脱）：\n1　巴生港淡色艾尔　Golden Haze　5.2%　RM19 / RM28\n"
        "2　榴梿季　Mango Cloud　5.5%　RM26 / RM38\n酿酒师 Daniel Wong 说，下周会换桶。\n"
    )
    names = _names(text)
    assert not {"Golden Haze", "Mango Cloud"} & names
    assert "Daniel Wong" in names


def test_a_books_writer_before_its_price_stays() -> None:
    text = (
        "本月推荐：\n《河口的人》 [印尼]Dewi Lestari 著，黄秋月 译　大将书局　RM45.00\n"
        "《海风》 陈嘉伟 著　南洋文艺社　RM38.00\n"
    )
    assert "Dewi Lestari" in _names(text)


def test_a_form_priced_per_unit_is_a_thing() -> None:
    text = (
        "本周价格\n金凤凰（Golden Phoenix） RM45/公斤\n石斑皇　$6.80／隻\n"
        "园主陈志明说，今年树头果比去年多。\n捐款芳名：\n岑美华　$500\n"
    )
    names = _names(text)
    assert not {"金凤凰", "石斑皇"} & names
    assert {"陈志明", "岑美华"} <= names


def test_a_stem_a_branch_and_year_is_a_year() -> None:
    names = _names("岁次丁未年，信众踊跃。\n丁未年犯太岁生肖：羊、牛。主委丁国华说，名额有限。\n")
    assert "丁未年" not in names
    assert "丁国华" in names


def test_what_the_writer_is_after_author_is_no_name() -> None:
    assert not _names("全文完。\n（作者為園藝師，現居氹仔）\n")
    assert _names("摄影／拉巴次仁\n（作者为车可为，现居拉萨）\n") >= {"拉巴次仁"}


def test_a_form_heading_a_blocks_name_is_a_place() -> None:
    text = "第三站：陶溪川文创街区\n下午，同学们分组在陶溪川完成调研任务，带队老师李明华说收获很大。\n"
    names = _names(text)
    assert "陶溪川" not in names
    assert "李明华" in names


def test_two_characters_opening_a_four_character_word_are_no_name() -> None:
    text = "議程：\n一、鄉長施政報告\n二、臨時動議\n主席林永福說，請各位代表準時出席。\n"
    names = _names(text)
    assert "施政" not in names
    assert "林永福" in names


def test_a_latin_place_in_brackets_glosses_a_place() -> None:
    text = "福興餅家：怡保舊街場休羅街（Jalan Sultan Idris）24號，店主黃志明說，老店開了六十年。\n"
    names = _names(text)
    assert "Jalan Sultan Idris" not in names
    assert "黃志明" in names


def test_a_name_has_a_letter() -> None:
    names = _names("评测：陆一鸣 图：韩冰 2024-09-05 10:00\n优点：屏幕素质出色；续航明显进步\n")
    assert names == {"陆一鸣", "韩冰"}


def test_a_form_in_a_place_fields_value_is_a_place() -> None:
    text = (
        "國家：衣索比亞\n產區：西達 罕納拉 布庫村\n處理法：日曬\n烘豆師許維倫說，這支豆子帶莓果香。\n"
        "展售地點：陸羽茶藝中心、翁記茶行\n茶聖陸羽在《茶經》中說，茶者南方之嘉木也。\n"
    )
    names = _names(text)
    assert "罕納拉" not in names
    assert {"許維倫", "陸羽"} <= names
