"""Rules from the people116 pass over the hundred-and-first people set (tests/data/people/fresh101)."""

from __future__ import annotations

from reader.core.people.extract import find_people


def _names(text: str) -> set[str]:
    return {p.person.name for p in find_people(text)}


def test_a_famous_looking_word_glued_to_the_person_before_it_is_their_verb() -> None:
    found = _names("这次重聚是退休厂长项永康张罗的。项厂长把当年的花名册翻了出来。")
    assert "张罗" not in found and "项永康" in found


def test_a_famous_name_set_apart_stays_a_person() -> None:
    assert "张骞" in _names("厂长项永康说，张骞出使西域的故事他常讲。")


def test_a_surname_and_a_title_cut_by_the_tagger_is_the_whole_address() -> None:
    text = "指导员郝振邦今年九十岁，由女儿郝丽陪着来了。马连长和郝指导员当年有个习惯：谁家来信，先念给全连听。"
    found = _names(text)
    assert "郝指" not in found and {"郝振邦", "郝丽", "郝指导员"} <= found


def test_a_surname_and_one_before_a_word_that_is_no_title_stays_a_name() -> None:
    found = _names("指导员郝振邦今年九十岁。马连长和郝丽当年有个习惯：谁家来信，先念给全连听。")
    assert "郝丽" in found


_STABLE = (
    "佢一九八一年入行，嗰陣仲係學徒，馬房仲喺跑馬地。「嗰陣啲馬伕成日俾人睇唔起，話我哋係執馬屎嘅。」"
    "何國雄細個日日喺馬房度玩，大個咗自然喺馬房做。馬房啲人都叫佢雄仔。"
)


def test_still_after_a_cantonese_subject_is_no_part_of_a_name() -> None:
    found = _names(_STABLE)
    assert not found & {"馬房仲", "馬房"} and "何國雄" in found


def test_a_name_before_still_keeps_its_own_end() -> None:
    found = _names("陳大文仲喺度做嘢，佢話唔做咗就冇嘢做。陳大文係馬房最老嘅馬伕。")
    assert "陳大文" in found and "陳大文仲" not in found


def test_what_one_works_at_in_cantonese_is_a_place() -> None:
    found = _names("佢細個日日喺馬房度玩，大個咗自然喺馬房做。成個馬房都識佢，馬房啲人都叫佢雄仔。")
    assert "馬房" not in found


def test_someone_one_works_beside_in_cantonese_stays_a_person() -> None:
    assert "何國雄" in _names("佢喺何國雄身邊做咗十年，何國雄話佢係最好嘅馬伕。")


def test_a_horse_counted_and_named_is_no_person() -> None:
    text = (
        "七十歲嘅馬伕黃炳行入第七格馬欄，同一匹棗紅色嘅馬講：「早晨呀，張保仔。」"
        "呢匹馬叫張保仔，馬主話係紀念長洲嗰個海盜，炳叔就日日咁叫佢。黃炳今日最後一日返工。"
    )
    found = _names(text)
    assert "張保仔" not in found and "黃炳" in found


def test_a_person_counted_and_named_stays_a_person() -> None:
    assert "梁卓恆" in _names("七十歲嘅黃炳講，呢位騎師叫梁卓恆，佢第一次喺沙田贏頭馬。")


def test_a_rare_dictionary_name_acting_with_an_aspect_is_a_person() -> None:
    assert "王震" in _names("范玉英说，北大荒是王震带着十万转业官兵开出来的，“我们是后来的。”")


def test_a_word_end_before_a_verb_with_an_aspect_is_no_person() -> None:
    assert "库里" not in _names("我们选了黎志远导演的黑白片。这部片子在片单资料库里躺了三年，一直找不到拷贝。")


def test_a_writer_opening_the_clause_before_a_work_cited_is_a_person() -> None:
    text = "他在致詞時提到，台灣的新式郵政是劉銘傳辦起來的，連橫在《臺灣通史》裡也寫過這段歷史。"
    assert "連橫" in _names(text)


def test_a_common_word_opening_the_clause_before_a_work_cited_is_no_person() -> None:
    assert "文章" not in _names("他说，文章在《人民日报》里也写过这段历史。")


_BODY = "　　聚会上，姚志平念了一段书里的话。"


def _credited(line: str) -> set[str]:
    return {p.person.name for p in find_people(_BODY, credits=[("byline", line)])}


def test_a_three_character_compound_surname_in_a_credit_is_one_name() -> None:
    found = _credited("本报记者 耶律垦生　通讯员 侯莫陈悦　摄影 乌孙宁")
    assert "侯莫陈悦" in found and not found & {"侯莫", "陈悦"}


def test_two_names_of_two_in_a_credit_stay_two() -> None:
    assert {"王明", "李华"} <= _credited("本报记者 王明李华　摄影 乌孙宁")


def test_a_compound_surnamed_name_after_a_role_and_a_slash_is_a_name() -> None:
    assert "步六孤寧" in _credited("撰文／陽佟郵生　攝影／陸費明　實習／步六孤寧")


def test_a_word_after_a_role_and_a_slash_stays_no_name() -> None:
    assert _credited("撰文／陽佟郵生　實習／新聞中心") == {"陽佟郵生", "姚志平"}


def test_a_reviewers_credit_names_a_compound_surnamed_person() -> None:
    assert "公乘瑾" in _credited("（编辑：沮渠远　审校：公乘瑾）")


def test_a_reviewers_credit_of_a_compound_surname_and_a_word_is_no_name() -> None:
    assert _credited("（编辑：沮渠远　审校：东里街道）") == {"沮渠远", "姚志平"}
