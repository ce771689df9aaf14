"""Reader mode on the shapes held-out page set 108 showed (its pages are in
tests/data/pages as f108_*; the texts here are invented in their shapes)."""

from __future__ import annotations

from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.metadata import parse_meta_line

_BODY = (
    "清早的湖面结了薄冰，我们六点就出门，沿着堤岸走到第三个码头才看见它们。",
    "那群灰鹤今年来得比往年晚了九天，一共二十三只，其中四只是今年出生的幼鸟。",
    "它们在浅滩上站成一排，低头找草根，一点声音也没有。",
)


def test_a_byline_led_by_its_columns_name_credits_the_writer() -> None:
    # (the row's column, a space, then the credits: the column is no outlet, the writer is the author)
    line = "湿地观察 文：巡护员 孙振邦 图：宣传科 吴晓岚 2029-01-08 阅读 1532"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.author == "孙振邦" and meta.date == "2029-01-08"
    text = "\n".join(("灰鹤回来了", line, *_BODY))
    cleaned = clean(text)
    assert cleaned.metadata.author == "孙振邦"
    assert line not in cleaned.paragraphs


def test_a_label_and_its_value_are_no_column_byline() -> None:
    line = "开放时间 地点：湖心岛观鸟屋"
    assert parse_meta_line(line, fold(line)) is None or parse_meta_line(line, fold(line)).author is None
