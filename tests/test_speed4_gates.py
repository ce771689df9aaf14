"""The gates speed4 put before the metadata and junk rules: each skips a test
only where it cannot succeed (a date's tests on a line with no digit, the
report line's pattern on a line not ending in its words, a share bar's words
on a line led by no share word), so the verdicts stay what the full rules give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core import metadata
from reader.core.account_lines import account_line
from reader.core.date_lines import DATE_IN_LINE, DATE_LINES, DATE_THEN_NAME, dated_writer
from reader.core.folding import fold
from reader.core.junk_rules import Reason
from reader.core.line_features import junk_rule
from reader.core.metadata import parse_meta_line
from reader.core.person_values import HAN_RUN, fold_text, han_name_shaped, is_unit

_DIGIT = re.compile(r"\d")
# (the patterns _parse asks only of a line with a digit)
_DATED_PATTERNS = (
    *DATE_LINES,
    DATE_IN_LINE,
    DATE_THEN_NAME,
    metadata._LEADING_DATE,
    metadata._LABELLED_DATE_ROW,
    metadata._YEAR_MONTH,
)

_PIECES = st.sampled_from(
    [
        "2024",
        "-",
        "05",
        "28",
        "年",
        "月",
        "日",
        "十一",
        "二〇二五",
        "Nov",
        "星期五",
        " ",
        "　",
        "·",
        "19:40",
        "：",
        "发布时间",
        "第一财经",
        "记者",
        "王小明",
        "报道",
        "報導",
        "讯",
        "訊",
        "通讯",
        "本报",
        "分享",
        "微信",
        "微博",
        "宣传组",
        "客運部",
        "科",
        "〇",
        "٣",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=8))
def test_no_date_without_a_digit(pieces: list[str]) -> None:
    line = "".join(pieces)
    folded = fold(line)
    if _DIGIT.search(folded):
        return
    for pattern in _DATED_PATTERNS:
        assert pattern.search(folded) is None, (pattern.pattern[:40], line)
    assert dated_writer(folded) is None
    assert account_line(line, folded) is None


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=6))
def test_a_report_line_ends_in_its_words(pieces: list[str]) -> None:
    folded = fold("".join(pieces))
    if metadata._REPORT_LINE.match(folded):
        assert folded[-1:] in "讯道导"


def test_dates_and_credits_still_parse() -> None:
    date = parse_meta_line("2024-05-28 19:40 第一财经", fold("2024-05-28 19:40 第一财经"))
    assert date is not None and (date.kind, date.date, date.source) == ("date", "2024-05-28 19:40", "第一财经")
    # (no digit: the credits' rules still read it)
    credit = parse_meta_line("文／陳宥廷　攝影／林柏宇", fold("文／陳宥廷　攝影／林柏宇"))
    assert credit is not None and credit.author == "陳宥廷"
    report = parse_meta_line("新智元報導", fold("新智元報導"))
    assert report is not None and (report.kind, report.source) == ("source", "新智元")
    assert parse_meta_line("本报讯", fold("本报讯")) is not None


def test_share_bars_still_found() -> None:
    for line in ("微信 微博 QQ空间", "分享：微信 微博"):
        assert junk_rule(line, fold(line))[0] is Reason.SHARE_BAR, line
    for line in ("2025-01-01 微信", "王小明 你好"):
        assert junk_rule(line, fold(line))[0] is not Reason.SHARE_BAR, line


def _unit_as_before(value: str) -> bool:
    folded = fold_text(value)
    if (
        not 3 <= len(folded) <= 8
        or not HAN_RUN.fullmatch(folded)
        or not (m := re.search(r"(?:组|部|股|中心|处|室|科)$", folded))
    ):
        return False
    return m.group() != "科" or not han_name_shaped(value)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=4))
def test_is_unit_by_length_first(pieces: list[str]) -> None:
    value = "".join(pieces)
    assert is_unit(value) == _unit_as_before(value)


def test_a_writer_before_the_column() -> None:
    line = "2027年1月21日 ・ 梁詠芝 ・ 街坊故事"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.author == "梁詠芝"
    assert is_unit("宣传组") and is_unit("客運部") and not is_unit("组") and not is_unit("宣传组宣传组宣传组")
