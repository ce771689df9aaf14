"""People set 75's fix pass (tests/data/people/fresh75): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.folding import fold
from reader.core.people.composer_credits import composer_credits
from reader.core.people.credits import credited_names
from reader.core.people.roll_labels import section_heads
from reader.core.people.tails import things_dropped
from reader.core.people.texts import Proposal

_PROGRAMME = (
    "新年音樂會曲目\n"
    "一、《春之歌》　　　　　　　　　孟德爾頌 曲\n"
    "二、〈鱒魚〉　　　　　　　　　　　舒曼 曲　獨唱：張惠芳\n"
    "三、《長城謠》　　　　　　劉雪庵 曲　潘孑農 詞\n"
    "四、〈天鵝〉組曲選段（大提琴）　聖桑 曲　李志強\n"
)


def test_a_programme_rows_credited_maker_after_the_works_title_is_a_person() -> None:
    folded = fold(_PROGRAMME)
    credited = {p.form for p in composer_credits(folded)}
    assert {fold(n) for n in ("孟德爾頌", "舒曼", "劉雪庵", "潘孑農", "聖桑")} <= credited
    names = {fold(n) for n in names_in(_PROGRAMME)}
    assert {fold(n) for n in ("孟德爾頌", "劉雪庵", "聖桑")} <= names


def test_no_maker_is_read_without_a_works_title_on_the_row_nor_from_prose() -> None:
    assert composer_credits(fold("他們一起　合唱 曲\n大家 詞窮了\n")) == []
    assert composer_credits(fold("《夜曲》是他寫的，我們唱了這首曲子。")) == []


_CHOIR = (
    "合唱團團員\n"
    "男高音　周子文　鄭家明\n"
    "女低音　何美玲　吳佩珊　林雅惠\n"
    "男低音　黃志強　陳國華\n"
    "女高音　張淑芬　李麗華\n"
    "鳴謝\n"
    "感謝周子文和何美玲的協助。\n"
)


def test_the_heads_of_a_rolls_sections_are_labels_not_people() -> None:
    names = names_in(_CHOIR)
    assert {"周子文", "何美玲", "吳佩珊", "黃志強", "陳國華"} <= names
    assert not names & {"女低音", "男低音", "男高音", "女高音"}


def test_a_column_of_names_ending_alike_by_chance_is_no_column_of_heads() -> None:
    roll = "名單\n王建華　台北\n李明華　台中\n張國華　高雄\n陳志明　台南\n林小玲　花蓮\n"
    at = roll.index("王建華")
    assert section_heads(roll, [(at, at + 3)]) == set()
    heads = "名單\n研發部　王建華　李明\n業務部　張國華　陳志\n財務部　林小玲　黃一\n"
    at = heads.index("業務部")
    assert section_heads(heads, [(at, at + 3)]) == {at}


def test_a_reporters_everyday_word_name_counts_when_the_byline_names_someone_after_it() -> None:
    line = "2026-01-05 10:20　某某新闻网　记者 高山　摄影 林立"
    assert [line[s:e] for s, e in credited_names(line)] == ["高山", "林立"]
    line = "記者江河／台中報導　攝影 鄭大明"
    assert [line[s:e] for s, e in credited_names(line)] == ["江河", "鄭大明"]
    line = "记者 高原"  # (alone, the word may be the line's topic)
    assert credited_names(line) == []


def test_a_married_form_after_a_husbands_word_for_his_wife() -> None:
    names = names_in("他說：「我老婆黃林美珠嫁過來那年，店裡才剛開張。」")
    assert "黃林美珠" in names


def test_a_surname_and_a_name_opened_by_a_is_no_married_form_run_on() -> None:
    text = "我十六歲跟師傅陳阿福學，陳師傅脾氣很好，手藝也好。"
    names = names_in(text)
    assert "陳阿福" in names and "陳阿福學" not in names


def test_a_name_run_into_a_place_the_text_writes_apart_is_no_name() -> None:
    folded = fold("走進高樹菁寮老街的木器行，木屑味撲鼻而來。菁寮人都知道這家店。老闆說菁寮的木匠以前有幾十個。")
    at = folded.index(fold("高樹菁"))
    assert things_dropped([Proposal(at, at + 3, folded[at : at + 3], True)], folded) == []
    # (the text's word after the name is his own name's end with an address: 郭福來師傅 … 福來師)
    folded = fold("他把我送去給郭福來師傅當學徒。福來師那時候很忙，福來師的手藝好，福來師也嚴。")
    at = folded.index(fold("郭福來"))
    assert len(things_dropped([Proposal(at, at + 3, folded[at : at + 3], True)], folded)) == 1


def test_a_word_under_a_tables_name_heading_is_a_name() -> None:
    text = (
        "技能等级认定名单\n"
        "序号｜姓名｜工种｜等级\n"
        "1｜王大明｜裱画｜技师\n"
        "2｜白云｜裱画｜技师\n"
        "3｜黄金｜装裱｜技师\n"
        "4｜刘晓东｜装裱｜高级工\n"
        "黄金原来在金店工作，她说金店里的黄金看成色。\n"
    )
    names = names_in(text)
    assert {"王大明", "黄金", "刘晓东"} <= names


def test_a_form_the_text_only_calls_a_works_character_is_no_person() -> None:
    text = "冠军李国强说，他是看漫画《灌篮高手》入门的，最喜欢的角色是樱木花道。"
    names = names_in(text)
    assert "李国强" in names and not {n for n in names if n.startswith("樱木")}


def test_a_dynastys_general_before_a_rare_surnamed_historical_name() -> None:
    assert "蒙恬" in names_in("老人们讲，这种鼓是秦将蒙恬戍边时用来报警的。")
