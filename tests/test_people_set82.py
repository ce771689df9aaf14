"""People set 82's fix pass (tests/data/people/fresh82): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.folding import fold


def _names(text: str) -> set[str]:
    return {fold(n) for n in names_in(text)}


def test_a_japanese_roles_four_characters_are_one_name_with_a_stop_character_inside() -> None:
    names = _names("据记载，日治时期的民族学者伊能正雄曾三次来到这个村子。")
    assert fold("伊能正雄") in names, names


def test_a_japanese_surname_read_alone_after_a_japanese_role_takes_its_birth_order_name() -> None:
    names = _names("看台上的日本教授大冢健一连拍了十几张照片。大冢教授说这是他第一次来。")
    assert fold("大冢健一") in names, names


def test_an_honorific_after_three_tagged_characters_makes_them_a_name_the_dictionary_lists_as_a_word() -> None:
    names = _names("纪念馆里陈列着周恩来同志当年用过的一张书桌。")
    assert fold("周恩来") in names, names


def test_a_word_and_a_trade_ending_before_a_two_character_name_is_a_role() -> None:
    names = _names("开幕式由礼仪师苏芮主持，全场肃立。")
    assert fold("苏芮") in names, names
    assert fold("林薇") in _names("展厅的讲解员林薇带着孩子们看完了整个展览。")


def test_a_trade_ending_that_makes_a_word_with_the_next_character_cues_no_name_there() -> None:
    # (师傅 is the title: 傅许 is no name, 许水源 is; set 83's 泥水師傅許水源 after people95 met people96)
    names = _names("负责灰塑的是泥水师傅许水源。许水源说这辈子修过十几栋洋楼。")
    assert fold("傅许") not in names, names
    assert fold("许水源") in names, names


def test_a_name_after_a_works_inside_with_an_age_after_it_is_a_performer() -> None:
    names = _names("《打渔杀家》里的孙德旺今年才十九岁，是剧团里最年轻的演员。")
    assert fold("孙德旺") in names, names
    assert fold("令狐冲") not in _names("他最爱《笑傲江湖》里的令狐冲。")


def test_a_given_name_of_numerals_is_read_whole_and_a_roll_full_of_people_vouches_for_its_neighbour() -> None:
    text = (
        "本届社火演员名单如下：\n\n领队：朱永强、鲍文海\n《跑旱船》：秦德海、秦福林、吕长海\n"
        "《打金钱》：喇平、文国强、马六十三\n\n马六十三今年四十岁，名字是爷爷那年起的。"
    )
    names = _names(text)
    assert {fold("马六十三"), fold("喇平")} <= names and fold("马六") not in names, names
    assert fold("王五十") not in _names("王五十岁那年搬了家。王五十年没回过老家。")


def test_a_tagged_person_stopping_at_a_name_dot_runs_on_over_the_dotted_parts() -> None:
    names = _names("访问团里最年轻的是十七岁的叶尔兰·基列（Ерлан Киле），团员们都叫他小叶。")
    assert fold("叶尔兰·基列") in names and fold("尔兰·基列") not in names, names


def test_a_peoples_language_run_into_the_conjunction_after_it_is_no_name() -> None:
    names = _names("鄒族的老人溫秀英今年九十歲，只會說鄒語和日語，由孫子翻譯。她的外孫跟鄒語老師汪明輝學了三年。")
    assert not {fold("鄒語和"), fold("鄒語")} & names and fold("溫秀英") in names, names


def test_a_list_counted_item_for_item_in_a_measure_of_halls_names_things() -> None:
    text = (
        "碼頭已經擠滿人。米行、布行、同義堂三間老字號嘅龍舟一齊出發。\n\n"
        "同義堂今年首次由女性擔任領隊——李黃秀英，大家叫佢秀英姐。\n\n"
        "同義堂：何志強、李黃秀英、梁美儀\n\n同義堂扒手梁美儀係小學老師。"
    )
    names = _names(text)
    assert fold("同義堂") not in names and fold("梁美儀") in names, names
    assert fold("王昌齡") in _names("本專題選錄王維、李白、王昌齡、高適四家五首。")


def test_a_grandparents_address_opens_no_name() -> None:
    names = _names("攝影記者林日新是土生土長的鹿港人。他說，名字是阿公依新年取的，「外地人都以為是筆名」。")
    assert fold("阿公依") not in names and fold("林日新") in names, names


def test_a_rarer_surnames_forms_sharing_a_stem_the_text_writes_alone_are_things() -> None:
    text = (
        "阿美族的祖神祭登場，九位祭司齊聚部落，「祖神袋」首度開放拍攝。\n\n"
        "頭目陳金福說，家家戶戶都有一只「祖神袋」，每年祖神祭時由祭司為祖神袋換衣。"
        "祭司說，這是祖神的安排，夫家有祖神袋才能當祭司。"
    )
    names = _names(text)
    assert not {fold("祖神祭"), fold("祖神袋")} & names and fold("陳金福") in names, names


def test_a_column_full_of_people_reads_a_japanese_womans_given_name_under_a_chinese_surname() -> None:
    text = (
        "序号｜逝者｜享年｜家属代表\n1｜王周氏｜96岁｜孙 王一鸣\n2｜欧阳明德｜82岁｜女 欧阳晓丽\n"
        "3｜张和子｜90岁｜子 张立民\n4｜于海峰｜66岁｜妻 金美玲\n5｜诸葛文博｜78岁｜侄 诸葛明"
    )
    names = _names(text)
    assert fold("张和子") in names, names


def test_a_latin_gloss_of_a_place_is_a_place_too() -> None:
    text = (
        "今年祭典9月在伊瑪蘭（Ima Lan）部落正式開始。英國學者凱特今年第二度來到伊瑪蘭，協助錄音。"
        "頭目林志明說，青年比去年多。"
    )
    names = _names(text)
    assert fold("Ima Lan") not in names and fold("林志明") in names, names


def test_two_characters_opening_a_clause_with_a_native_of_after_them_are_a_place() -> None:
    text = (
        "羅源元宵最熱鬧的不是燈會，而是乞龜。供桌上的光餅相傳與戚繼光有關，羅源人至今仍稱它「征東餅」。"
        "陳秀英說，「整個正月，羅源沒有一天不熱鬧」。"
    )
    names = _names(text)
    assert fold("羅源") not in names and fold("陳秀英") in names, names
    roll = "第一隊　陳卓謙　文靜　梁子朗\n\n文靜人如其名？恰恰相反，她一點也不文靜。"
    assert fold("文靜") in _names(roll)
