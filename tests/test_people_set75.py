"""People set 75's fix pass (tests/data/people/fresh75): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.folding import fold
from reader.core.people.composer_credits import composer_credits

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
