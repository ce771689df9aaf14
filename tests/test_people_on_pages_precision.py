"""The people finder's precision on the reader-mode pages (people118): run-ons of a function word
into the word after it, Latin phrases that name works and things; each a general signal, the people
beside them kept."""

from __future__ import annotations

from reader.core.people import find_people


def _names(text: str) -> set[str]:
    return {a for p in find_people(text) for a in p.person.aliases}


def test_a_preposition_before_a_time_is_no_surname() -> None:
    names = _names("校学生会权益部将于寒假前后开展二手教材循环交换活动。")
    assert "于寒假" not in names
    assert "于明年" not in _names("主席于明年发言。")
    # (a surname the tagger reads as a person's before a "time" stays: 曾祖父祝鸿年)
    assert "祝鸿年" in _names("曾祖父祝鸿年手写的家书还在。")


def test_a_modal_before_an_adverb_is_no_name() -> None:
    assert "應預先" not in _names("低窪地區住戶應預先將電器及貴重物品移至高處。")
    # (a surname the tagger reads as a verb before a given name that is no adverb stays: 教授储一鸣)
    assert "储一鸣" in _names("教授储一鸣说，这不难。")


def test_a_words_end_before_a_surname_and_an_address_is_no_surname() -> None:
    names = _names("我自己最記得的，是散場時陳伯說，這部片他中學時在旺角的戲院看過。")
    assert "時陳伯" not in names
    # (a name the tagger reads whole stays: 記者于丹報道)
    assert "于丹" in _names("记者于丹报道，会议顺利结束。")


def test_the_heads_of_priced_or_measured_rows_are_things() -> None:
    board = "廿四味　$18\n五花茶　$16（加$2）\n雞骨草　$18（加$2）\n夏桑菊　$16（加$2）\n火麻仁　$15\n"
    assert "夏桑菊" not in _names(board)
    recipe = "鸡蛋 3个\n椰浆 250毫升\n班兰叶 10片（打汁）\n椰糖 120克\n玉米粉 2汤匙\n"
    assert "班兰叶" not in _names(recipe)
    # (a donors' list heads its rows with people: they stay)
    donors = "捐款芳名：\n- 岑國樑　$5,000\n- 黃淑貞　$3,000\n- 岑啟明　$2,000\n- 陳美華　$500\n"
    names = _names(donors)
    assert {"岑國樑", "黃淑貞", "陳美華"} <= names, names


def test_a_latin_phrase_in_title_marks_is_a_work_at_each_mention() -> None:
    text = "研究成果以论文形式发表于《Advanced Energy Materials》。\n期刊：Advanced Energy Materials, 2025\n"
    assert "Advanced Energy Materials" not in _names(text)
    # (a person named at a mention outside the marks, a cue beside it, stays)
    text = "专辑《Taylor Swift》大卖。\n歌手Taylor Swift表示很开心。"
    assert "Taylor Swift" in _names(text)


def test_a_references_journal_and_its_authors_run_into_the_title_are_no_names() -> None:
    text = (
        "参考文献\n[1] 王明. 摩擦起电[M]. 北京: 科学出版社, 1989.\n"
        "[2] Lacks D J, Shinbrot T. Long-standing and unresolved issues in triboelectric charging[J]. "
        "Nature Reviews Chemistry, 2019.\n"
    )
    names = _names(text)
    assert not names & {"Nature Reviews Chemistry", "Shinbrot T. Long-standing"}, names
    # (a name in prose, no reference mark on its line, stays)
    assert "Daniel Lacks" in _names("物理学家Daniel Lacks说，摩擦起电仍是谜。\nDaniel Lacks在实验室工作。")


def test_a_latin_phrase_a_term_of_everyday_words_glosses_is_a_thing() -> None:
    assert "Foghaven Echoes" not in _names("雾港回声 Foghaven Echoes\n平台：PC / PS5\n")
    assert "Yin Yoga" not in _names("20:15–21:15　Yin Yoga 陰瑜伽　（Vicky）\n")
    # (a table's row: the school after a gap is the fencer's, not her gloss; a clause that names someone)
    assert "Ana Chan" in _names("名次 姓名 學校 勝 得分\n3 Ana Chan 鏡湖學校 4 20\n")
    assert "Kak Ros" in _names("老师叫 Kak Ros，五十多岁，画峇迪画了三十年。Kak Ros 看了一眼，笑着说好。")


def test_a_can_or_a_pack_counts_a_thing() -> None:
    text = (
        "拿到這本書的時候，封面是一罐打開了的鹹蝦醬，背景是下環街的舊樓。"
        "書分成十二篇，每篇寫一個街坊：賣鹹蝦醬的土生婆婆、修鐘錶的何伯。"
    )
    assert "鹹蝦醬" not in _names(text)
    # (a count running on past the name counts what follows it: 一包王明寄来的茶叶)
    assert "王明" in _names("我收到一包王明寄来的茶叶。王明说这是新茶。")


def test_a_nickname_or_an_elders_address_runs_on_into_the_next_word() -> None:
    names = _names("「我十四歲跟阿叔學，今年七十九，你計吓磨咗幾多年。」")
    assert "阿叔學" not in names
    text = "哥哥叫阿坤，六十八歲。「不要踩到格子裡面。」阿坤頭也沒抬。阿坤推耙的時候不太說話。"
    names = _names(text)
    assert "阿坤頭也" not in names
    assert "阿坤" in names
    # (an elder's address is the name's end: 阿水伯; a transliteration is whole: 阿莫迪奥)
    assert "阿水伯" in _names("阿水伯笑說好。叫他阿水伯。")
    assert "阿莫迪奥" in _names("阿莫迪奥说，阿莫迪奥来了。")


def test_one_given_name_under_two_first_characters_is_the_word_before_it() -> None:
    text = (
        "我认识志豪二十年。上个周末，中学死党志豪在滨海湾的一家酒店结婚。我叫阿杰，是志豪的伴郎。\n"
        "请大家举杯：祝志豪、美琳，白头偕老！"
    )
    names = _names(text)
    assert not names & {"党志豪", "祝志豪"}, names
    # (two men of one given name, each called by his full name, stay)
    names = _names("王志豪和李志豪是同学。王志豪说，李志豪跑得快。老师王明表示两人都好。")
    assert {"王志豪", "李志豪"} <= names, names
    # (two men of one name joined as two, the given name alone a city named after one of them, stay)
    text = (
        "尚志市因抗日英雄得名。哈尔滨的马尚志与赵尚志同名，父亲照着地图给他起的名字。"
        "马尚志说，他去过尚志很多次，尚志的路他都认得。"
    )
    assert {"马尚志", "赵尚志"} <= _names(text), _names(text)


def test_a_words_end_run_on_into_the_taggers_person_is_no_name() -> None:
    names = _names("法院判决店铺为周女士办理退货退款，退货运费由周女士承担。判决已生效。")
    assert "费由周" not in names
    # (the rule's name and the tagger's side by side stay: 记者于丹报道)
    assert "于丹" in _names("记者于丹报道，会议顺利结束。")
