"""People set 93's fix pass (tests/data/people/fresh93): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.folding import fold
from reader.core.people import find_people


def _names(text: str) -> set[str]:
    return {fold(n) for n in names_in(text)}


def _people(text: str) -> list[set[str]]:
    return [{fold(a) for a in p.person.aliases} for p in find_people(text)]


def test_a_roll_that_lists_a_name_and_a_longer_one_it_opens_lists_two_people() -> None:
    text = (
        "村里为新修的凉亭立了功德碑，捐款人有：王德明、李顺、刘家宝、李顺发、陈桂香、赵大山。"
        "碑文由刘家宝书写，王德明负责刻字。"
    )
    people = _people(text)
    assert {"李顺"} in people and {"李顺发"} in people, people


def test_a_famous_name_the_dictionary_lists_is_no_short_form_of_a_longer_one() -> None:
    text = "退休教师杜甫生每天来店里看书。他说自己最爱读杜甫，常有人把他的名字念成杜甫。杜甫生笑着说不敢当。"
    people = _people(text)
    assert {"杜甫"} in people and {"杜甫生"} in people, people


def test_a_compound_surname_and_a_word_of_two_before_a_stop_is_a_whole_name() -> None:
    text = "那本小说的作者是已故作家司马中原的学生。老人说他年轻时最爱读司马中原。"
    names = _names(text)
    assert "司马中原" in names and "司马中" not in names and "司马" not in names, names


def test_the_taggers_person_word_of_a_compound_surname_and_two_is_the_name() -> None:
    text = "常客名单：林志明、司马中和、端木蕾。林志明和司马中和是大学同学，两人每周都来。"
    names = _names(text)
    assert "司马中和" in names and "司马中" not in names, names


def test_a_name_the_dictionary_lists_beside_a_person_in_a_list_is_that_person() -> None:
    text = "老板回忆，那时候鲁迅、沈从文的小说都要包上书皮才能摆出来卖。"
    names = _names(text)
    assert "沈从文" in names, names


def test_the_cantonese_question_xi_mai_opens_no_name() -> None:
    text = "佢話：「街坊見到我，成日問我係咪芳艷芬嘅契女，我話唔係。」"
    names = _names(text)
    assert not any(n.startswith("咪") for n in names), names


def test_the_cantonese_adverb_zhong_opening_a_clause_is_no_surname() -> None:
    text = "阿美講完，仲即場用手拍咗一段鑼鼓點，成班人都拍手。佢話聽唔明唱咩，但係識得個節奏。"
    names = _names(text)
    assert "仲即场" not in names, names
    # (in Mandarin, 系 of 系统 and 关系 no Cantonese particle: a person surnamed 仲 opening a clause stays)
    text = "这套系统由信息系统工程系开发，与多个院系关系密切。项目负责人介绍了进度，仲伟明负责测试，他说系统下月上线。"
    assert "仲伟明" in _names(text), text


def test_a_married_name_the_tagger_reads_after_the_agents_you_is_a_person() -> None:
    text = "後台嘅戲服由曾何少霞打理，大家叫佢霞姐。幾十套蟒袍每晚都係佢一件件摺好。"
    names = _names(text)
    assert "曾何少霞" in names, names


def test_a_line_a_trail_or_railway_ends_no_name() -> None:
    text = (
        "老队员周明山今年六十岁。2015年秋天，他在鳌太线上遇到一名脚踝扭伤的学生，背着人走了五个小时下山。\n"
        "今年来了几位客人。2017年在鳌太线迷路的美国徒步者约翰·史密斯专程飞来。当年是周明山在垭口找到他的。"
    )
    names = _names(text)
    assert "周明山" in names and "鳌太线" not in names, names


def test_two_characters_that_always_follow_one_character_end_that_word() -> None:
    text = "迎神隊伍最前面是報馬仔。今年扮報馬仔的是七十歲的林阿土，大家叫他土伯。「報馬仔要逗大家笑。」土伯說。"
    names = _names(text)
    assert "林阿土" in names and "马仔" not in names, names


def test_a_surname_the_tagger_glued_onto_the_verb_before_opens_the_name() -> None:
    text = "佢細個成日去戲院睇任劍輝做戲，大個咗就入咗呢行。"
    names = _names(text)
    assert "任剑辉" in names, names
    # (a verb's result before an address: 切成|小丁 is diced small, no 成小丁)
    assert not _names("外婆不用绞肉机。肥肉必须手切成小丁，绞出来的油会化。"), text


def test_tong_joins_a_second_person_to_the_first_as_he_does() -> None:
    text = "我阿媽後生最鍾意陳寶珠同白雪仙，成日帶我去睇戲。"
    names = _names(text)
    assert {"陈宝珠", "白雪仙"} <= names, names


def test_a_relative_after_a_kin_word_bearing_the_familys_surname_is_named_in_full() -> None:
    text = (
        "座位表上有几个空位。当年考场里最年长的考生、二十九岁的“老三届”程守拙，前年春天去世了。"
        "他的女儿程念今替父亲坐到了第18号座位上。“父亲常说，那场考试改变了命运。”她说。"
    )
    names = _names(text)
    assert {"程守拙", "程念今"} <= names, names


def test_a_father_after_a_kin_word_is_named_though_his_name_is_a_word() -> None:
    text = (
        "果欄老舖名單：謝志堅（廣生隆）、黎文輝（文輝蔬果）、甘國雄（甘泉行）。\n"
        "甘國雄嘅「甘泉行」係阿爸甘泉喺1958年開嘅，舖名就係用阿爸個名。甘國雄話，阿爸生前最鍾意講做生意要誠實。"
    )
    names = _names(text)
    assert {"甘国雄", "甘泉"} <= names and "甘泉行" not in names, names
