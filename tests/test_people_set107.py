"""Rules from the people122 pass over the hundred-and-seventh people set (tests/data/people/fresh107)."""

from __future__ import annotations

from reader.core.people.extract import find_people


def _names(text: str) -> set[str]:
    return {a for p in find_people(text) for a in p.person.aliases}


def test_a_word_the_tagger_reads_as_a_noun_at_every_mention_is_no_name() -> None:
    text = "专家：余震仍将持续\n\n研究员分析，未来一周内仍可能发生4级以上的余震。截至发稿时，震区共发生余震136次。"
    assert "余震" not in _names(text)


def test_a_word_named_right_after_a_role_is_a_name_though_a_noun_elsewhere() -> None:
    text = "物理老师钟声也来了。他今年81岁。“上课前他总比下课钟声早到一分钟。”校友许多回忆说。"
    assert "钟声" in _names(text)


def test_a_noun_then_a_verb_and_a_preposition_is_a_clause() -> None:
    found = _names("护士长鄂晓丽带领12名护士全程守在手术室内外。她告诉记者，甜甜醒得更快一些。")
    assert "全程守" not in found and "鄂晓丽" in found


def test_a_surname_read_as_an_adverb_before_a_word_run_past_the_name_is_no_name() -> None:
    text = "他回忆说，自己的老师曾师从“中国外科之父”裘法祖，“裘老常说，医生眼里只有病人。”"
    found = _names(text)
    assert "曾师" not in found and "裘法祖" in found


def test_a_surname_read_as_an_adverb_before_a_given_name_is_a_name() -> None:
    assert "曾一鸣" in _names("他的老师曾一鸣说，医生眼里只有病人。")


def test_and_after_a_role_before_a_given_name_is_a_surname() -> None:
    assert "和小勇" in _names("“蔺队一挥手，大家都不敢出声。”队员和小勇回忆说。")


def test_and_after_a_role_before_a_surnames_address_is_and() -> None:
    found = _names("“蔺队一挥手，大家都不敢出声。”队员和小王回忆说。")
    assert not any(f.startswith("和") for f in found)


def test_and_after_a_role_before_a_full_name_is_and() -> None:
    found = _names("“蔺队一挥手，大家都不敢出声。”队员和王明回忆说。")
    assert "王明" in found and "和王明" not in found


def test_and_after_a_role_in_a_list_is_a_surname() -> None:
    found = _names("团队中还有两位来自云南天文台的成员和丽萍、木成林，他们利用望远镜的光谱。")
    assert {"和丽萍", "木成林"} <= found


def test_a_relative_after_a_kin_word_under_a_found_names_generation_is_a_name() -> None:
    text = "屈家樂說，父親最疼妹妹。「家人」部分亦有他為女兒屈家慧畫的《慧兒學步》。"
    assert {"屈家樂", "屈家慧"} <= _names(text)


def test_a_family_after_a_kin_word_under_a_found_names_generation_is_no_name() -> None:
    text = "屈家樂說，父親最疼妹妹。「家人」部分亦有他為女兒屈家的畫。"
    assert _names(text) == {"屈家樂"}


_ANAESTHETIST = "麻醉科主任仝海燕负责两个孩子的麻醉管理。{}说，整台手术中，团队输血超过2000毫升。"


def test_a_rare_surname_read_as_a_preposition_before_a_listed_given_name_written_twice_is_a_name() -> None:
    assert "仝海燕" in _names(_ANAESTHETIST.format("仝海燕"))


def test_a_rare_surname_read_as_a_preposition_before_a_listed_given_name_written_once_is_not() -> None:
    assert "仝海燕" not in _names(_ANAESTHETIST.format("她"))


def test_a_name_spelt_by_sounds_after_a_verb_of_admiring_is_a_person() -> None:
    assert "科比" in _names("他透露，自己从小崇拜科比，球鞋上写着“Mamba”。")


def test_a_name_spelt_by_sounds_after_a_verb_of_liking_is_not_listed() -> None:
    assert "科比" not in _names("他透露，自己从小喜欢科比，球鞋上写着“Mamba”。")


# Older leftovers (fresh86).

_ELDER = "另一位寿星{}是村里有名的泡菜能手。她的儿子在景区当导游，带回了一棵野山参。淑子阿妈笑着说，“参比人还老”。"


def _aliases(text: str) -> list[set[str]]:
    return [set(p.person.aliases) for p in find_people(text)]


def test_a_given_name_and_an_address_joins_the_one_full_name_of_that_given_name() -> None:
    assert {"韩淑子", "淑子阿妈"} in _aliases(_ELDER.format("韩淑子"))


def test_a_given_name_and_an_address_joins_neither_of_two_full_names_of_that_given_name() -> None:
    found = _aliases(_ELDER.format("韩淑子，寿星朴淑子也来了。"))
    assert {"韩淑子"} in found and {"朴淑子"} in found
