"""People set 83's fix pass (tests/data/people/fresh83): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.folding import fold
from reader.core.people.credits import credited_names


def _names(text: str) -> set[str]:
    return {fold(n) for n in names_in(text)}


def _credited(line: str) -> list[str]:
    return [line[s:e] for s, e in credited_names(line, single_latin=True)]


def test_two_unknown_characters_after_a_staff_job_or_as_a_work_credits_whole_value_name_someone() -> None:
    assert _credited("来源：山城融媒\u3000记者\u3000木然早\u3000通讯员\u3000排双\u3000摄影\u3000勒排丁") == [
        "木然早",
        "排双",
        "勒排丁",
    ]
    assert _credited("责任编辑：何丽\u3000\u3000审核：排腊") == ["何丽", "排腊"]
    assert _credited("文／王明\u3000圖／受訪") == ["王明"]