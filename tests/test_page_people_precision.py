"""The people finder's precision on the reader-mode pages (people107): places told by what stands
around them, verb phrases and shop names of a name's shape, things counted as things; each a
general signal, the people beside them kept."""

from __future__ import annotations

from reader.core.people import find_people
from reader.core.people.cast_lines import cast_parts
from reader.core.people.copula_bodies import body_named
from reader.core.people.credits import credited_names
from reader.core.people.latin_places import latin_places
from reader.core.people.place_mentions import places_mentioned
from reader.core.people.thing_ends import glossed_things
from reader.core.people.verb_runs import verb_run


def _names(text: str) -> set[str]:
    return {a for p in find_people(text) for a in p.person.aliases}


def test_a_district_or_a_station_is_no_name() -> None:
    folded = "为配合路氹区新住宅的出行需求，交通局新增巴士路线。车埕站是集集线的终点。\n3 bx4xwe 关子岭 497 27"
    assert places_mentioned(folded, {"路氹区", "车埕站", "关子岭"}) == {"路氹区", "车埕站", "关子岭"}


def test_the_far_end_of_a_way_from_a_place_is_a_place() -> None:
    folded = "从元朗到斯托克波特\n邓志强年轻时在元朗的茶餐厅做厨师。"
    assert places_mentioned(folded, {"斯托克波特", "邓志强"}) == {"斯托克波特"}
    # (a way between people is no place: 从王明到李华)
    assert places_mentioned("从王明到李华，每个人都来了。王明说好。", {"王明", "李华"}) == set()


def test_a_home_before_a_list_of_places_is_a_place() -> None:
    text = "来自吉兰丹、登嘉楼及泰南的一百零六只传统风筝同场竞技。主办单位主席林国强表示满意。\n"
    names = _names(text)
    assert "吉兰丹" not in names
    assert "林国强" in names


def test_the_items_of_a_list_a_place_word_closes_are_places() -> None:
    folded = "这本书写东沙、彭佳屿等离岛气象站的历史。义工在涨潮时点算米埔、南生围及后海湾沿岸的水鸟。"
    assert places_mentioned(folded, {"彭佳屿", "米埔", "南生围", "南生"}) == {"彭佳屿", "米埔", "南生围", "南生"}
    # (a list of people closed by no place word stays people)
    assert places_mentioned("颁奖嘉宾有王明、李华等人。", {"王明", "李华"}) == set()


def test_a_place_a_clause_opens_with_a_preposition_of_place() -> None:
    folded = "1996年:到库伯佩迪挖矿。在弗利活经营超市的陈先生说，首阶段只建到弗利活。"
    assert places_mentioned(folded, {"库伯佩迪", "弗利活"}) == {"库伯佩迪", "弗利活"}
    # (a person's side after the preposition: 在保罗看来, 到陈伯家; a time clause: 在王明离开后)
    folded = "在保罗看来，这不重要。到陈伯家吃饭。在王明离开后，会议继续。"
    assert places_mentioned(folded, {"保罗", "陈伯", "王明"}) == set()


def test_the_domain_of_a_chief_before_his_name_is_a_place() -> None:
    names = _names("鳳林里長 蔡明德表示，坑洞已經補好。\n鳳林里長 蔡明德說明天再來。")
    assert "鳳林里" not in names
    assert "蔡明德" in names
    folded = "凤林里长 蔡明德表示，坑洞已经补好。"
    assert places_mentioned(folded, {"凤林里", "蔡明德"}) == {"凤林里"}
    # (长 starting a word after a name: 汪千里长期在外)
    assert places_mentioned("汪千里长期在外工作，王明说。", {"汪千里", "王明"}) == set()


def test_a_subject_and_the_verb_after_it_are_no_name() -> None:
    text = (
        "有位第一次參加的車友笑說：「原來東北角的風是用來練腿的。」領隊王志明表示下次再來。\n"
        "佢竟然聽得清六歲孫仔講學校旅行。\n佢同朋友儲錢開呢間店。\n"
    )
    names = _names(text)
    assert not names & {"車友笑", "孫仔講", "儲錢開"}
    assert "王志明" in names


def test_one_coming_to_do_something_is_no_name() -> None:
    assert verb_run("一位华裔母亲来取订做的摇篮。", "来取订", [6])
    assert verb_run("整个下午没有客人来修钟。", "来修钟", [8])
    names = _names("整个下午没有客人来修钟。师傅陈德明说，以前不是这样。")
    assert "来修钟" not in names
    assert "陈德明" in names


def test_a_stall_row_and_a_family_shop_are_no_name() -> None:
    folded = "摊位抽签结果\na03 林家蚝煎 第一排\na04 陈美玲 第二排\n"
    assert verb_run(folded, "林家蚝", [folded.index("林家蚝")])
    assert not verb_run(folded, "陈美玲", [folded.index("陈美玲")])
    folded = "何记饼家五月尾会搬离草堆街。何家明说，搬是为了传下去。"
    assert verb_run(folded, "何记饼", [0])
    assert not verb_run(folded, "何家明", [folded.index("何家明")])


def test_a_latin_place_or_class_is_told_by_the_word_after_it_or_a_label_before() -> None:
    folded = "交收地点:box hill 火车站附近。由glen waverley出发大约两个钟。19:30 reformer pilates 初级 (mandy)"
    forms = {"Box Hill", "Glen Waverley", "Reformer Pilates"}
    assert latin_places(folded, forms) == forms
    # (a person's cue beside a mention keeps a name: Mandy 老师, Tom Lee 说)
    assert latin_places("由tom lee 说明规则。tom lee 说好。", {"Tom Lee"}) == set()
    names = _names("交收地點：Box Hill 火車站附近，週末可約。賣家 Jenny Wong 說九成新。\n")
    assert "Box Hill" not in names
    assert "Jenny Wong" in names


def test_a_unit_or_a_thing_is_no_name() -> None:
    text = (
        "運動員進場儀式，由藍社擔任旗手。經文教股評審小組審核，共有十三名會員子女獲獎。\n"
        "有馬來鄰居帶了黃薑飯，印度鄰居帶了咖喱雞。校長林美華表示感謝。\n"
    )
    names = _names(text)
    assert not names & {"藍社", "文教股", "黃薑飯"}
    assert "林美華" in names


def test_the_latin_gloss_of_a_thing_is_no_name_either() -> None:
    folded = "学做蓝花糯米糕(kueh salat)。老师陈秀英说很简单。"
    assert glossed_things(folded, {"米糕"}, {"Kueh Salat", "陈秀英"}) == {"Kueh Salat"}


def test_the_head_of_a_school_in_brackets_after_a_name_is_a_place() -> None:
    folded = "冠军 莫家欣(马六甲南湖独中)《锡矿湖》\n亚军 王明(李华之子)"
    assert places_mentioned(folded, {"莫家欣", "马六甲", "王明", "李华"}) == {"马六甲"}


def test_a_group_after_a_plural_pronoun_is_no_name() -> None:
    folded = "陈姨话:平时得我哋班老嘢。"
    assert verb_run(folded, "班老嘢", [folded.index("班老嘢")])
    assert not verb_run("班世涛说，明天再来。", "班世涛", [0])


def test_a_form_the_text_calls_a_body_is_no_name() -> None:
    folded = "蕴声轩是鹿港一个有四十多年历史的业余北管馆阁,成员从国小生到八十多岁的阿公都有。"
    assert body_named(folded, "蕴声轩", [0])
    # (a person said to be someone: the clause ends in a person, 人, 团长)
    assert not body_named("王明是一个热心的人,也是剧团的团长。", "王明", [0])
    assert not body_named("王明是这个剧团的团长。", "王明", [0])


def test_the_parts_a_cast_list_pairs_with_players_are_characters() -> None:
    text = "## 角色分配\n\n- 李益 —— 馮國棟\n- 霍小玉 —— 區綺雯\n- 黃衫客 —— 鄧永康\n\n## 注意事項\n\n請準時到場。\n"
    names = _names(text)
    assert not names & {"李益", "霍小玉", "黃衫客"}
    assert {"馮國棟", "區綺雯", "鄧永康"} <= names
    # (a list under another heading pairs no parts: 主持 —— 王明)
    assert cast_parts("## 流程\n- 林美华 —— 陈德明\n", {"林美华", "陈德明"}) == set()


def test_a_unit_credited_as_an_author_is_no_name() -> None:
    line = "发布时间：2026-12-24 作者：饮食服务中心 审核：周海宁 浏览次数：2317"
    names = {line[s:e] for s, e in credited_names(line)}
    assert "饮食服务中心" not in names
    assert "周海宁" in names
    people = find_people("正文。", credits=[("bylines[0]", "發佈：車務部　審核：陳志明")])
    listed = {a for p in people for a in p.person.aliases}
    assert "車務部" not in listed
    assert "陳志明" in listed


def test_a_datelines_place_is_no_name() -> None:
    folded = "冰岛赫韦拉盖尔济——十一月的冰岛,下午三点多天色就暗了。\n王明——一个老渔夫。"
    assert places_mentioned(folded, {"赫韦拉", "盖尔济", "王明"}) == {"赫韦拉", "盖尔济"}


def test_a_coach_before_the_class_she_teaches_stays_a_name() -> None:
    assert latin_places("19:30 vicky 瑜伽 (初级)", {"Vicky"}) == set()


def test_a_foreign_names_sounds_ending_as_a_verb_stay_a_name() -> None:
    assert not verb_run("英国探险家斯坦因在敦煌。", "斯坦因", [5])
    assert verb_run("周三晚的动感单车因教练外出暂停。", "单车因", [7])
