"""Numbered section heads (一、减塑规定 … 二、垃圾分类 … 三、违规处理), and
numbered items a line of the body announces.

A head that carries on the numbering of the article's heads above it is the
article's own, whatever sits between them (a sidebar box amid the notice):
a block of junk that opened between them ends there, and such a head that
went between two junk lines comes back with its rows.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.junk_rules import ROW_LIKE, SHAPE_ONLY, Reason
from reader.core.line_passes import LABEL_VALUE, Line, row_cells
from reader.core.price_rows import bare_price

# A section's head led by a Chinese numeral and a dunhao: 三、违规处理
_HEAD: Final = re.compile(r"^([一二三四五六七八九十]{1,3})、\S")
_DIGIT: Final = {c: n for n, c in enumerate("一二三四五六七八九", 1)}
_NUMERALS: Final = frozenset("一二三四五六七八九十")
NUMERALS: Final = _NUMERALS  # (what can lead such a head: a cheap test before the pattern)
_LEADS: Final = _NUMERALS | {"#"}  # (and a Markdown heading's mark before its numeral)


def section_number(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十三 → 23; None for a line not led so (a
    Markdown heading's marks before the numeral are no part of it: ## 三、…)."""
    if text[:1] == "#":
        text = text.lstrip("#").lstrip()
    if (m := _HEAD.match(text)) is None:
        return None
    tens, _, ones = m.group(1).rpartition("十")
    if "十" not in m.group(1):
        return _DIGIT.get(ones) if len(ones) == 1 else None
    if len(tens) > 1 or len(ones) > 1:
        return None
    return (_DIGIT[tens] if tens else 1) * 10 + (_DIGIT[ones] if ones else 0)


def resumes_sections(lines: list[Line], header: int, i: int) -> bool:
    """Whether ``lines[i]`` is the head that comes next after the last
    numbered head kept above ``header`` (三、 after a kept 二、)."""
    if lines[i].text[:1] not in _LEADS or (n := section_number(lines[i].text)) is None or n < 2:
        return False
    for k in range(header - 1, -1, -1):
        if (m := section_number(lines[k].text)) is not None:
            return m == n - 1 and lines[k].reason is None
    return False


def rescue_numbered_sections(lines: list[Line]) -> None:
    """A numbered head gone between two junk lines (a caption above it, a
    link under its rows), or for its shape alone, that goes on from the body's kept head above it,
    and before the next kept head of the same numbering if any (二、 between
    a kept 一、 and a kept 三、), is the article's section: it comes back
    with the short rows under it that went for the same reason."""
    for i, line in enumerate(lines):
        # (or gone for its shape alone: 五、散會　下午 4 時 35 分, a spaced-out time read as controls)
        if line.reason not in SHAPE_ONLY or line.text[:1] not in _NUMERALS or not resumes_sections(lines, i, i):
            continue
        reason = line.reason
        n = section_number(line.text)
        below = next((k for k in range(i + 1, len(lines)) if section_number(lines[k].text) is not None), None)
        if below is not None and (section_number(lines[below].text) != (n or 0) + 1 or lines[below].reason is not None):
            continue
        line.restore()
        for x in lines[i + 1 :]:
            if x.reason is not reason or not x.short:
                break
            x.restore()


def rescue_section_rows(lines: list[Line]) -> None:
    """A row gone as a menu or by its shape alone (ICU 王海燕 外科 闻人思琪)
    right under a kept head that carries on the article's numbering (五、
    after a kept 四、, no sentence), with the body going on under it, is that section's
    content: a site's menu does not sit between an article's numbered heads.
    So is a bare price right under its kept label (课程费用： / S$45), prose going on under it.
    Under such a head, a short run of label：value rows gone for the same reason
    (早场：07:30–12:00 / 午场：… / 晚场：…) with a kept line under it is the section's too."""
    for i in range(1, len(lines) - 1):
        line = lines[i]
        if line.reason not in ROW_LIKE or line.meta is not None:
            continue
        end = i + 1 if lines[i + 1].kept else _label_run_end(lines, i)
        if end is None:
            continue
        head = lines[i - 1]
        if not head.kept or _SENTENCE_MARKS.search(head.text):
            continue
        # (a head, not a numbered rule of a notice: 三、完整名单已张贴于本会布告栏，…)
        if resumes_sections(lines, i - 1, i - 1):
            for x in lines[i:end]:
                x.restore()
        elif end == i + 1 and len(head.text) <= _LABEL and head.text[-1:] in "：:" and bare_price(line.text):
            line.restore()


_RUN_ROWS: Final = 6  # (a section's few rows of fields; a longer run is a block of its own)


def _label_run_end(lines: list[Line], i: int) -> int | None:
    """The end of a run of label：value rows from ``i``, all gone for the same
    reason, when a kept line follows it; None otherwise."""
    reason, k = lines[i].reason, i
    while k < len(lines) and k - i <= _RUN_ROWS:
        x = lines[k]
        if x.kept:
            return k if k - i >= 2 else None
        if x.reason is not reason or x.meta is not None or not x.short or LABEL_VALUE.match(x.text) is None:
            return None
        k += 1
    return None


_LABEL: Final = 12  # (a price's label on its own line is a word or two and its colon)


_SENTENCE_MARKS: Final = re.compile("[，。；,;！？!?]")


def rescue_section_notes(lines: list[Line]) -> None:
    """A note marked ※ (gone as the page's disclaimer for its mark) right
    under a kept line, with a kept head right under it that carries on the
    article's numbering (四、 after a kept 三、), is that section's note (※其餘
    捐獻芳名…已張貼於公布欄); so is one right under a table's rows with a kept
    line under it: the page's notes close the article, they do not sit
    between its numbered heads or under its tables."""
    # (the notes first, in one comprehension: most texts' disclaimers are the © line)
    n = len(lines)
    for i in [i for i, x in enumerate(lines) if x.text[:1] == "※" and x.reason is _DISCLAIMER]:
        below = 0 < i < n - 1 and lines[i].meta is None and lines[i - 1].kept and lines[i + 1].kept
        if below and (resumes_sections(lines, i, i + 1) or _under_rows(lines, i)):
            lines[i].restore()


_ROW_CELLS: Final = 3


def _under_rows(lines: list[Line], i: int) -> bool:
    """Line ``i`` sits right under two kept rows of a table (three wide-gap cells or
    more each): the table's own note (※ 場次如遇雨天照常辦理…), not the page's."""
    return i >= 2 and all(x.kept and len(row_cells(x.text)) >= _ROW_CELLS for x in lines[i - 2 : i])


_DISCLAIMER: Final = Reason.DISCLAIMER  # (bound once: Reason.X is a slow lookup)


# A list's numbered item: 1. …, 2、…
NUMBERED_ITEM: Final = re.compile(r"^(\d{1,2})[.、]\s*\S")


def heads_numbered_list(lines: list[Line], i: int) -> bool:
    """Line ``i`` ends in a colon over items numbered 1. and 2. (回應問題： over
    1. 你現在的曠野是甚麼？ / 2. …): the head of the article's own list; a block of
    comments under its header is posts by their writers, never numbered so."""
    if not lines[i].text.endswith(("：", ":")) or i + 2 >= len(lines):
        return False
    numbers = [m.group(1) if (m := NUMBERED_ITEM.match(x.text)) else None for x in lines[i + 1 : i + 3]]
    return numbers == ["1", "2"]


def rescue_announced_items(lines: list[Line]) -> None:
    """Items numbered on from 1 (1. … 2. … 3. …) right under a kept line of
    the body that announces them with a colon (可通过以下三种渠道办理：), one
    of them kept, are that list: an item gone for a phrase only (an app's
    name as one of the channels) comes back, and so do the items that went
    after it for the same reason."""
    for i, line in enumerate(lines):
        if not line.weak or (m := NUMBERED_ITEM.match(line.text)) is None or m.group(1) != "1" or i == 0:
            continue
        lead = lines[i - 1]
        if not (lead.kept and lead.meta is None and lead.text.endswith(("：", ":"))):
            continue
        reason, run, n = line.reason, [], 1
        for x in lines[i:]:
            if (m := NUMBERED_ITEM.match(x.text)) is None or int(m.group(1)) != n:
                break
            run.append(x)
            n += 1
        if len(run) < 2 or not any(x.kept for x in run):
            continue
        for x in run:
            if x.weak or (x.reason is reason and not x.own_rule):
                x.restore()
