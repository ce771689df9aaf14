"""People set 91's fix pass (tests/data/people/fresh91): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.folding import fold


def _names(text: str) -> set[str]:
    return {fold(n) for n in names_in(text)}


def test_a_cantonese_said_after_a_compound_surname_and_one_given_character_is_the_verb() -> None:
    text = "講完成班學生圍住佢影大合照，攝影師歐陽光話佢影咗幾十年相，從來未見過咁多人一齊喊。"
    names = _names(text)
    assert "欧阳光" in names and "欧阳光话" not in names, names


def test_a_numeral_and_hao_after_a_place_numbers_a_thing() -> None:
    text = (
        "姓名｜年齡｜年資｜崗位\n吳自強｜62｜38年｜員林二號平交道\n高莒光｜65｜35年｜員林一號平交道\n"
        "陳林秀鳳｜60｜19年｜員林一號平交道\n潘安全｜58｜30年｜員林三號平交道\n"
    )
    assert "林一号" not in _names(text)


def test_a_units_chief_before_a_full_name_is_the_title() -> None:
    text = (
        "退場儀式由臺鐵彰化工務段段長范姜國華主持，每位看柵工獲贈一面紀念獎牌。"
        "儀式結束後，吳自強把崗亭的鑰匙交給段長，最後一次鎖上小鐵門。"
    )
    names = _names(text)
    assert "段长" not in names and "范姜国华" in names, names


def test_a_rare_word_as_given_name_opening_with_he_stays_in_a_list_of_people() -> None:
    text = (
        "据镇应急办提供的名单，获救的九名船员为：陈大浪、陈小浪、郭阿三、蒋和平、蒋和顺、应水根、毛海燕。"
        "其中毛海燕是船上唯一的女性。陈小浪说，那晚浪太大了。"
    )
    assert "蒋和顺" in _names(text)


def test_a_name_spelt_by_sound_after_the_country_one_comes_from_and_glossed_is_a_person() -> None:
    text = "船上还有两名外籍船员：来自缅甸的觉温（Kyaw Win）和一名印尼小伙。最后一趟，觉温跳进水里割断缆绳。"
    assert "觉温" in _names(text)


def test_an_office_after_a_full_name_the_dictionary_tags_otherwise_says_a_person() -> None:
    text = "县档案馆研究员徐晓岚提供了一组数据。1959年4月，周恩来总理曾到新安江水电站视察。"
    assert "周恩来" in _names(text)


def test_a_name_ending_as_a_stream_does_after_a_kin_word_is_a_person() -> None:
    text = "七十九岁的方汪氏由女儿方小溪搀着进来。“我娘说，土要还回去。”方小溪哽咽着说。"
    assert "方小溪" in _names(text)


def test_a_hui_surname_that_is_a_word_too_names_a_fitter_after_his_trade() -> None:
    text = (
        "那时附近有个冶金厂，工人们下了夜班就来吃面。"
        "厂里的老钳工冶金海是店里三十年的老主顾，他笑称自己“名字跟厂子一样”。"
    )
    names = _names(text)
    assert "冶金海" in names and "冶金厂" not in names, names


def test_a_credit_of_a_hui_surname_is_a_name() -> None:
    from reader.core.people.credits import credited_names

    line = "2024-03-18 08:05　兰州日报　记者 闵小燕　图/冶青"
    assert "冶青" in [line[a:b] for a, b in credited_names(line, single_latin=True, role_needed=False)]


def test_a_name_after_a_kapitans_title_the_tagger_reads_from_the_titles_last_character_stays() -> None:
    text = "當時英國人開埠不過數十年，檳城首任甲必丹辜禮歡已在島上招徠華人墾殖。"
    assert "辜礼欢" in _names(text)


def test_a_deity_and_the_verb_of_blessing_after_it_are_no_name() -> None:
    text = "那晚她坐在避风屋里，手里攥着一串佛珠，嘴里一直念着妈祖保佑。三、海事与渔政部门的表彰"
    assert "妈祖保佑" not in _names(text)


def test_a_surname_the_article_writes_often_as_its_noun_reads_no_name_after_de() -> None:
    text = (
        "凌晨四点，后厨的汤锅已经滚开，巷子里飘出牛骨汤的香味。马福海负责熬汤，一勺汤下去不能浑。"
        "他说最怕这锅汤断了。老汤一天不断，比如“汤要清，肉要烂”，每碗面都要加汤。"
        "对面做酿皮的张老板常开玩笑，说这条巷子是被马家的汤熏香的。"
    )
    names = _names(text)
    assert "汤熏香" not in names and "马福海" in names, names
    assert "汤明" in _names(text + "店里的汤明说，他每天都来。")
