"""People set 89's fix pass (tests/data/people/fresh89): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.folding import fold


def _names(text: str) -> set[str]:
    return {fold(n) for n in names_in(text)}


def test_a_classifier_surname_after_a_cantonese_demonstrative_counts_a_thing() -> None:
    text = (
        "榕樹頭曾經有十幾檔攤檔，一張摺枱、兩張膠櫈，就係成個舖頭。黃耀祖一九九六年過身，臨終前將自己嗰張摺枱留咗畀佢。"
    )
    assert "张折枱" not in _names(text)


def test_a_verb_before_an_elders_address_the_text_writes_alone_is_no_name() -> None:
    text = (
        "周文翰街坊都叫佢「筆伯」，喺榕樹頭寫咗五十三年。筆伯話，師傅成日講字要寫得明。"
        "佢每次要寫信畀房署都搵筆伯。「筆伯寫字好靚。」筆伯聽到笑到合唔埋口。"
    )
    names = _names(text)
    assert "揾笔伯" not in names and "周文翰" in names, names


def test_one_and_a_verb_before_then_is_a_clause_not_a_name() -> None:
    text = "陆春晓把头灯摘下来，说今天砍了四吨半。“春晓春晓，天一亮就要起床，名字就是这个命。”大家哄笑起来。"
    assert "天一亮" not in _names(text)


def test_a_bracket_after_a_quoted_term_ending_in_its_last_character_is_the_terms_other_name() -> None:
    text = "現任館先生辜美雲專攻「頭手絃」（殼仔絃）。她說，過去北管子弟團只收男生。"
    names = _names(text)
    assert "壳仔弦" not in names and "辜美云" in names, names


def test_a_name_in_brackets_after_a_quoted_nickname_stays() -> None:
    assert "苏家明" in _names("第9集：食評家「為食貓」（蘇家明）試食三間老店。")


def test_a_given_name_someone_gave_a_person_after_a_surname_is_the_full_name() -> None:
    text = "團員年紀最小的是十歲的國小生洪小鼓，「他阿公給他取名小鼓，就是希望他來打鼓」。"
    assert "洪小鼓" in _names(text)


def test_a_pet_named_so_gives_the_rule_no_name() -> None:
    from reader.core.people.stated_names import stated_names

    assert not stated_names("我们给它取名小白，每天黄小白都在门口等。")
    assert [p.form for p in stated_names("爷爷给他取名小白，每天黄小白都在门口等。")] == ["黄小白"]


def test_a_relative_after_a_kin_word_sharing_the_found_persons_surname_is_a_name() -> None:
    text = (
        "五代館先生依序是：施阿水、粘錦成、黃金鑼、施長壽、辜美雲。粘姓是鹿港一帶的大姓。"
        "粘錦成的孫女粘玉蘭當晚代表家族上台致詞，她說祖父生前最常講北管是拚出來的。"
    )
    assert "粘玉兰" in _names(text)


def test_a_clan_part_before_a_given_part_the_tagger_reads_as_a_person_is_one_name() -> None:
    text = (
        "名次｜选手｜民族｜用时\n1｜安静｜裕固族｜3分08秒\n2｜才让东珠｜藏族｜3分22秒\n3｜白云飞｜裕固族｜3分47秒\n\n"
        "季军才让东珠来自马蹄藏族乡，是三名女选手中年纪最大的一位。"
        "她说自己十岁就跟着阿爸才让扎西学剪羊毛，“那时候一把剪刀全家人轮着用”。"
    )
    assert "才让扎西" in _names(text)


def test_a_town_and_a_junior_high_school_before_its_grade_is_no_name() -> None:
    text = "五、楊梅國中三年級學生鍾火生：放學途中看到機車起火，拿起路邊商店的滅火器撲滅火勢。"
    names = _names(text)
    assert "杨梅国" not in names and "钟火生" in names, names


def test_a_name_ending_in_guo_before_noon_stays() -> None:
    assert "陈建国" in _names("記者陳建國中午抵達現場。")


def test_a_form_no_surname_opens_read_a_person_once_in_many_mentions_is_no_name() -> None:
    text = (
        "鹿港鎮北管子弟團「和聲軒」昨日晚間舉辦創社一百週年紀念演出。社長許明德介紹，和聲軒屬於「軒」派。"
        "現任館先生辜美雲是和聲軒百年來第一位女性館先生。演出下半場是北管戲《天水關》，由和聲軒子弟扮演。"
        "他說，和聲軒現有團員四十三人。鎮公所將補助和聲軒整修館址。"
    )
    names = _names(text)
    assert "和声轩" not in names and {"许明德", "辜美云"} <= names, names


def test_the_writer_of_a_work_cited_for_what_it_records_is_a_person() -> None:
    text = "研究員張簡文彬說，日治時期連橫在《台灣通史》裡就記載過鹿港的子弟團。"
    assert "连横" in _names(text)


def test_a_place_citing_a_work_is_no_writer() -> None:
    from reader.core.people.dated_names import cited_writers

    assert not cited_writers("台湾在《联合报》里提到的数字。")
    assert [p.form for p in cited_writers("他说余光中在《乡愁》里写道。")] == ["余光中"]


_TABLE = (
    "决赛前六名成绩如下：\n\n名次｜选手｜民族｜乡镇\n1｜安静｜裕固族｜康乐镇\n2｜白云飞｜裕固族｜明花乡\n"
    "3｜才让东珠｜藏族｜马蹄藏族乡\n4｜{}｜裕固族｜大河乡\n5｜巴图孟和｜蒙古族｜白银蒙古族乡\n\n"
)


def test_a_tables_one_unnamed_cell_the_prose_names_beside_its_row_is_a_person() -> None:
    text = _TABLE.format("妥当") + "第四名的妥当来自大河乡，今年四十五岁。妥当自己倒很认真。"
    assert "妥当" in _names(text)


def test_a_tables_placeholder_the_prose_does_not_name_with_its_row_stays_out() -> None:
    text = _TABLE.format("待定") + "第四名待定，组委会说要重新核对成绩。"
    assert "待定" not in _names(text)
