"""People set 73's fix pass (tests/data/people/fresh73): each rule on a text of its own."""

from __future__ import annotations

from cleaning_support import kept_set, same
from people_support import names_in
from reader.core.people import find_people

_ROLL = (
    "部落的年輕人昨天在廣場上完成了射箭儀式，長老們坐在一旁看著，說這是十年來參加人數最多的一次，大家都很高興。\n"
    "今年射手名單：\n"
    "\u3000達瓦斯·尤命\u3000比令·瓦旦\u3000瑪莎·哈勇\u3000林山\n"
    "\u3000許正雄\u3000\u3000\u3000\u3000吳家豪\u3000\u3000\u3000巴萬·拉拜\u3000\u3000黃志明\n"
    "\u3000尤幹·諾明\u3000\u3000陳俊宏\u3000\u3000瓦歷斯·貝林\u3000\u3000張文山\n"
    "最年輕的射手林山只有十七歲，他說從小就跟著爸爸上山打獵，今天終於輪到自己站上場，心裡非常緊張。\n"
)


def test_a_roll_of_dotted_names_under_its_label_is_no_menu() -> None:
    # (three of the first row's four cells are dotted names: no menu word has a dot between Han parts)
    kept = kept_set(_ROLL)
    assert same("達瓦斯·尤命\u3000比令·瓦旦\u3000瑪莎·哈勇\u3000林山") in kept
    assert same("尤幹·諾明\u3000\u3000陳俊宏\u3000\u3000瓦歷斯·貝林\u3000\u3000張文山") in kept
    assert {"達瓦斯·尤命", "比令·瓦旦", "許正雄", "巴萬·拉拜", "瓦歷斯·貝林", "張文山"} <= names_in(_ROLL)


def test_a_menu_under_a_label_still_goes() -> None:
    text = _ROLL.replace("今年射手名單：\n", "熱門分類：\n").replace(
        "\u3000達瓦斯·尤命\u3000比令·瓦旦\u3000瑪莎·哈勇\u3000林山\n", "\u3000新聞\u3000體育\u3000財經\u3000娛樂\n"
    )
    assert same("新聞\u3000體育\u3000財經\u3000娛樂") not in kept_set(text)


def test_dao_is_a_dai_surname() -> None:
    # (a byline's name led by 刀 after two Dai names with no surname: 审核 alone vouches for no name)
    byline = ("bylines[1]", "记者：岩香\u3000摄影：玉罕\u3000审核：刀志明")
    found = {p.person.name for p in find_people("今年的茶王赛水平一年比一年高，茶农们都很满意。", credits=[byline])}
    assert "刀志明" in found


def test_a_part_after_a_bare_verb_of_acting_or_in_a_run_after_a_works_is_no_person() -> None:
    text = (
        "剧团老演员张秀兰在台上演了二十年柳月娥，戏迷都叫她“张老师”。"
        "她的徒弟吴小芳这次演孟青云，一开口就赢得满堂彩。"
        "团长说：“《红梅记》里的沈文远、苏玉香这些人物，年轻人要演得有血有肉。”"
    )
    names = names_in(text)
    assert {"张秀兰", "吴小芳"} <= names
    assert not {"柳月娥", "孟青云", "苏玉香"} & names


def test_a_director_a_star_and_a_playwright_after_acting_stay_people() -> None:
    # (导演 and 主演 name who made the show; a name with a noun after it owns the play)
    text = "这出戏的导演王建华，主演陈美玲，排练了整整半年。剧社今年还选演李明远名剧《山月》，门票已经售罄。"
    assert {"王建华", "陈美玲", "李明远"} <= names_in(text)


def test_people_a_run_calls_figures_stay_people() -> None:
    # (等人物 follows real people too: only a work's 里的 makes its run the work's)
    text = "老师指出本镇已有几条路，多为纪念陈永福、林大山等人物，建议改以在地人物命名。陈永福是清代的武举人。"
    assert {"陈永福", "林大山"} <= names_in(text)


def test_a_word_the_tagger_reads_inside_a_noun_wherever_it_stands_is_no_person() -> None:
    text = (
        "今年的城市马拉松有两万人报名，其中全程马拉松组八千人。\n"
        "半程马拉松配速员名单今天公布，领队说：“跑马拉松最重要的是稳。”"
    )
    assert "马拉松" not in names_in(text)


def test_a_thing_the_tagger_reads_as_a_person_at_a_third_of_its_mentions_is_no_person() -> None:
    text = (
        "东港的新王船昨天竣工，这艘王船长十二公尺。老师傅从小学造王船，至今造了九艘。\n"
        "庙方主委表示，王船将在第三天黄昏送走。志工负责缝制王船的旗帜，学者形容王船是会移动的庙。\n"
        "今年的王船取名「平安号」。【延伸阅读】送王船是烧还是不烧？一次看懂王船祭"
    )
    assert "王船" not in names_in(text)


def test_a_transliteration_the_tagger_reads_in_two_pieces_is_one() -> None:
    # (菲迪|皮德斯: two person pieces, every character a transliteration's; the tail alone is no one)
    text = "教练提醒大家不要逞强。“传说中菲迪皮德斯跑完就倒下了，我们不希望任何人这样。”"
    assert "皮德斯" not in names_in(text)


def test_an_english_name_with_an_address_in_brackets_is_the_name_before() -> None:
    text = "英文科「Amy老師」陳美華帶大家複習了三遍。\n師資名單：\n　英文　陳美華（Amy老師）\n　數學　林志強"
    people = find_people(text)
    chen = next(p for p in people if p.person.name == "陳美華")
    assert "Amy" in chen.person.aliases
    assert not any(p.person.name == "Amy" for p in people)
