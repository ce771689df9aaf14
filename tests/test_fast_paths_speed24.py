"""Speed set 24: each shortcut gives what the code before it gave (that code
kept here as the reference), on every line of the development pages and the
seeds, their case variants, and lines written to come close."""

from __future__ import annotations

import re

from reader.core import date_lines, menu_shapes
from reader.core.date_lines import MONTHS, _clock_half
from reader.core.folding import fold
from reader.core.han import HAN
from reader.core.row_ends import no_menu_end
from tests.test_fast_paths import _lines


def _is_menu_before(line: str) -> bool:
    """menu_shapes.is_menu before speed set 24."""
    m = menu_shapes
    if "，" in line or "。" in line:
        return False
    if "\u3000" in line and not m.SENTENCE_MARKS.search(line):
        items = [item for item in m._WIDE_GAP.split(line) if item]
        lengths = {len(m._GLOSS_END.sub("", item)) for item in items}
        if (
            len(items) >= 4
            and not (items[0].isdigit() and len(items[0]) <= m._ROW_NUMBER and not items[1][:1].isdigit())
            and all((len(item) <= 8 and " " not in item) or m._latin_name(item) for item in items)
            and (len(lengths) > 1 or any(not HAN.search(item) for item in items))
        ):
            return True
    if not m._MENU_HINT.search(line) or m.SENTENCE_MARKS.search(line) or m.LIST_MARK.match(line):
        return False
    if ("=" in line or "＝" in line) and m.EQUATION.search(line):
        return False
    if "、" in line and "·" in line and m._DOTTED_LISTED.search(line):
        return False
    items = [i.strip() for i in m._MENU_SEPARATORS.split(line) if i.strip()] if m._MENU_MARK.search(line) else []
    if len(items) >= 3:
        return len(items[0]) <= 24 and all(map(m._link, items[1:]))
    if len(items) == 2 and m._SPACED_BAR.search(line):
        return all(map(m._link, items))
    if ":" in line or "：" in line or HAN.search(line) is None:
        return False
    words = line.split()
    return (
        len(words) >= 4
        and all(len(w) <= 8 for w in words)
        and sum(len(w) for w in words) <= 4.5 * len(words)
        and sum(1 for w in words if HAN.search(w)) >= 2
        and not no_menu_end(line)
        and not m._latin_sentence(words)  # (fix116's rule, merged beside this pass: the shortcut keeps it)
        # (fix129's rule: a listing's headline, a year then a make's name)
        and not (m._YEAR.fullmatch(words[0]) and words[1].isascii() and words[1][:1].isupper())
    )


_NEAR_MENUS = [
    "Home | News | Sports | About",
    "Home / News / Sports",
    "Privacy Policy | Safeguarding Policy",
    "首页 > 新闻 > 正文",
    "首页 新闻 体育 娱乐 财经",
    "主演：张三 李四 王五 赵六",
    "Time: 10:30 | Room 3 | Hall",
    "2026-11-29 22:41 某某观察",
    "In college I was a rower, and we ended up winning the national title in the end of the year",
    "a / b",
    "x > y > z",
    "甲 · 乙 · 丙",
    "新闻　体育　娱乐　财经",
]


def test_menu_shortcut_gives_the_full_answer() -> None:
    variants = [v for text in _lines() for v in (text.upper(), text.title())]
    for line in [*_lines(), *variants, *_NEAR_MENUS]:
        assert menu_shapes.is_menu(line) == _is_menu_before(line), line


def _format_date_before(m: re.Match[str]) -> str | None:
    """date_lines.format_date before speed set 24: the month, day and hour padded by an int's format spec."""
    found = m.groupdict()
    get = found.get
    month = get("m")
    month = int(month) if month else MONTHS[(get("mon") or found["mon2"])[:3]]
    day, year = int(get("d") or found["d2"]), get("y")
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year and (len(year) != 4 or not year.isascii()):
        year = f"{int(year):04d}"
    text = f"{year}-{month:02d}-{day:02d}" if year else f"{month}月{day}日"
    time = get("time")
    if not time:
        return text
    hour, rest = time.split(":", 1)
    h = int(hour)
    if h < 12 and get("half") in ("下午", "晚上"):
        h += 12
    after = m.string[m.end() : m.end() + 5]
    if "m" in after or "M" in after:
        h = _clock_half(after, h)
    return f"{text} {h:02d}:{rest}"


def test_dates_format_as_before() -> None:
    patterns = [date_lines.DATE_IN_LINE, *date_lines.DATE_LINES, date_lines.DATE_THEN_NAME]
    near = ["2024年3月5日 下午3:05", "Feb 14, 2024", "14 feb 2024 9:05 pm", "２０２４年３月５日 晚上9:35", "12/31 9:59"]
    found = 0
    for line in [*_lines(), *near]:
        folded = fold(line)
        for pattern in patterns:
            for m in pattern.finditer(folded):
                assert date_lines.format_date(m) == _format_date_before(m), line
                found += 1
    assert found > 1000
