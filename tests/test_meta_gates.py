"""The metadata parser's cheap gates before its costly patterns find what
the patterns find: on every line of the development pages and the seeds,
folded and as written, and on lines made to sit at the gates' edges."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.credit_roles import ROLE, ROLES, role_matches
from reader.core.date_lines import DATE_THEN_NAME, date_then_name
from reader.core.decoding import decode
from reader.core.folding import fold
from reader.core.line_fix import fix_lines
from reader.core.resources import seeds_dir

PAGES = Path(__file__).parent / "data" / "pages"
PEOPLE = Path(__file__).parent / "data" / "people"


@cache
def _lines() -> tuple[str, ...]:
    lines: list[str] = []
    paths = [*sorted(PAGES.iterdir()), *sorted(PEOPLE.iterdir()), *sorted(seeds_dir().iterdir(), key=lambda p: p.name)]
    for path in paths:
        if path.name.endswith((".txt", ".md")):
            lines += fix_lines(decode(path.read_bytes()))
    return tuple(dict.fromkeys([*lines, *(fold(line) for line in lines)]))


_EDGES = [
    "2024-06-26 14:02·经济观察者小陈",
    "发表于 2023年10月8日 由 山居老林",
    "2025-12-01 · 店长 阿木",
    "2024-05-28 by 林小满",
    "2024-05-28 19:40 第一财经",
    "作者：王小明 2024-05-28",
    "（记者 毛晓琳 通讯员 吴卫东）　责任编辑：郑丽",
    "文｜钟小满 2024-10-18",
    "【编辑：李明】",
    "图片编辑 黄振",
    "2025年4月9日　记者麥詠詩報道",
]


def _spans(matches: list) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group("role")) for m in matches]


def test_role_matches_are_roles_matches() -> None:
    lines = [*_lines(), *_EDGES, *(fold(line) for line in _EDGES)]
    assert len(lines) > 8000
    found = 0
    for line in lines:
        expected = list(ROLE.finditer(line))
        assert _spans(role_matches(line)) == _spans(expected), line
        found += bool(expected)
    assert found > 100  # (the gate lets the roles through, not only rules lines out)


def test_date_then_name_is_its_pattern() -> None:
    lines = [*_lines(), *_EDGES, *(fold(line) for line in _EDGES)]
    found = 0
    for line in lines:
        expected = DATE_THEN_NAME.match(line)
        got = date_then_name(line)
        assert (got and got.span(), got and got.groupdict()) == (
            expected and expected.span(),
            expected and expected.groupdict(),
        ), line
        found += expected is not None
    assert found >= 4


_PIECES = st.sampled_from(
    [
        *ROLES[:40],
        "编辑",
        "图片编辑",
        "记者",
        " ",
        "　",
        "(",
        "（",
        "【",
        "|",
        "｜",
        "：",
        ":",
        "/",
        "·",
        "由",
        "by",
        "2024-05-28",
        "19:40",
        "王小明",
        "a",
        "1",
        "文",
        "作者",
        "\t",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=8))
def test_the_gates_on_made_lines(pieces: list[str]) -> None:
    line = "".join(pieces)
    assert _spans(role_matches(line)) == _spans(list(ROLE.finditer(line)))
    got, expected = date_then_name(line), DATE_THEN_NAME.match(line)
    assert (got and got.span()) == (expected and expected.span())
