"""Bylines of heads set 2's shapes and the date-led byline row
(tests/data/pages/fh2_*, tests/data/people/fresh100)."""

from __future__ import annotations

from reader.core.folding import fold
from reader.core.meta_records import MetaLine
from reader.core.metadata import parse_meta_line


def _meta(line: str) -> MetaLine | None:
    return parse_meta_line(line, fold(line))


def test_a_date_then_an_outlet_and_credits_set_wide_apart_is_a_dated_byline() -> None:
    meta = _meta("2029-03-05 08:10　江城晚报　文/宗政晓岚　图/澹台明　实习生 闻人秋")
    assert meta is not None
    assert (meta.source, meta.author, meta.date) == ("江城晚报", "宗政晓岚", "2029-03-05 08:10")
    assert meta.credits == (("文", "宗政晓岚"), ("图", "澹台明"), ("实习生", "闻人秋"))
    short = _meta("2029-03-05　江城晚报　文/宗政晓岚")
    assert short is not None and (short.source, short.author, short.date) == ("江城晚报", "宗政晓岚", "2029-03-05")


def test_a_date_before_an_editor_or_a_unit_names_no_writer() -> None:
    # (the editor is credited, not the writer; a desk that wrote it is no one)
    edited = _meta("2029年11月2日（星期五）　本期编辑：黄慧珊")
    assert edited is not None and edited.author is None and edited.date == "2029-11-02"
    desk = _meta("2027/12/16　文／認養組　攝影／志工 吳冠廷")
    assert desk is not None and desk.author is None and ("攝影", "吳冠廷") in desk.credits
