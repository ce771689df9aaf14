"""People: the rules of the fix pass on held-out people set 13
(tests/data/people/fresh13): each on a text of its own shape, not the set's."""

from __future__ import annotations

from people_support import folded_aliases_in
from reader.core.folding import fold


def test_a_taiwan_double_surname_is_one_surname() -> None:
    names = folded_aliases_in("宗親會昨日舉行春祭，族人張廖志明先生自西螺趕來參加，並捐出族譜一冊。")
    assert fold("張廖志明") in names and fold("廖志明") not in names


def test_a_dictionary_idiom_is_no_name() -> None:
    names = folded_aliases_in(
        "本派字輩詩為：「文光世德，克紹箕裘，福祿長興」，族人依輩取名，如第五世廖德輝、第六世廖永福。"
    )
    assert fold("克紹箕裘") not in names and fold("廖德輝") in names


def test_a_reference_list_names_its_authors() -> None:
    text = (
        "参考文献：\n"
        "[1] 柳青, 严宏, 钱江. 基于叶绿素荧光的水稻胁迫诊断[J]. 中国农业科学, 2019, 52(3): 401-410.\n"
        "[2] 江涛, 石磊. 玉米冠层结构模型[J]. 作物学报, 2015, 41(2): 12-20.\n"
    )
    names = folded_aliases_in(text)
    assert {"柳青", "严宏", "钱江", "江涛", "石磊"} <= names
    assert not {"玉米冠层结构模型", "作物学报", "中国农业科学"} & names


def test_a_role_in_brackets_vouches_for_the_name_before_it() -> None:
    text = "骨科门诊安排\n周二　宋一鸣（主任医师）　停诊\n周四　高飞（副主任医师）　许文（主治医师）\n"
    assert {"宋一鸣", "高飞", "许文"} <= folded_aliases_in(text)


def test_a_doubled_word_before_a_surname_starts_no_name() -> None:
    # 谢谢 then 林医生: the address is 林医生, no given name repeats its surname.
    names = folded_aliases_in("「牠終於肯吃飯了，真的很感動。謝謝林醫生和許醫生！」——飼主留言")
    assert fold("謝謝林") not in names


def test_a_form_before_a_direction_is_a_place() -> None:
    assert fold("黃大仙") not in folded_aliases_in("保安主任報告，近月有人由黃大仙方向的小路進入屋苑。")


def test_a_column_headed_by_a_role_lists_people() -> None:
    text = (
        "《深海回聲》配音表\n"
        "角色　　　　日本聲優　　　　台灣配音\n"
        "艾莉　　　　松本佳奈　　　　陳語彤\n"
        "小藍　　　　中村由美子　　　林冠宇\n"
        "船長　　　　岡田剛　　　　　吳承翰\n"
    )
    names = folded_aliases_in(text)
    assert {fold(n) for n in ("中村由美子", "岡田剛")} <= names


def test_a_column_of_roles_is_a_list_s_labels() -> None:
    text = (
        "出席者：\n主席　　陳德華先生（A座）\n副主席　李淑儀女士（C座）\n秘書　　黃國強先生（B座）\n"
        "司庫　　Mohammed Khan先生（D座）\n委員　　何美玲女士、吳志豪先生、梁偉文先生\n"
    )
    names = folded_aliases_in(text)
    assert not {fold(n) for n in ("副主席", "秘書", "司庫")} & names
