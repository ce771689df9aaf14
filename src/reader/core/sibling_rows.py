"""Rows like their neighbours. Heads that differ only in their numeral
(大一班（…） … 大二班（…） … 大三班（…）) each open a group of the same kind,
so a row gone as a menu or by shape in one group's slot, while the rows in
the other groups' slots stay, is that group's content, not a site's menu.
And an entry that opens as both kept entries around it open (马德华（1931–2026），…
/ 区志强（1935–2026）； / 松本正雄（1933–2026），…) is one of their list, only
shorter: its shape alone (a name and two years) does not make it a counter.
And a head led by an ordinal (第1天 香港西九龍站 → 上饒站 → 婺源), whose
places joined by arrows read as a breadcrumb, is one of its series beside a
kept head under another number (第2天 …): no menu numbers its items in words.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.han import HAN_RUN
from reader.core.junk_rules import ROW_LIKE, SHAPE_ONLY
from reader.core.line_passes import Line
from reader.core.round_brackets import CLOSERS

# A head's frame: up to its first bracket or colon, each numeral a #.
_NUMERAL: Final = re.compile(r"[一二三四五六七八九十0-9０-９甲乙丙丁]")
_FRAME_END: Final = re.compile(r"[（(:：]")
_FRAME: Final = 8  # (a group's head is short before its gloss: 大二班, 第3组)
_HEAD: Final = 24  # (and short in all)


def head_frame(line: Line) -> str | None:
    """大二班（班主任：欧阳小雨） → 大#班; None for a line no group head."""
    text = line.text.strip()
    if not line.kept or len(text) > _HEAD:
        return None
    head = _FRAME_END.split(text, maxsplit=1)[0]
    if not 2 <= len(head) <= _FRAME or not _NUMERAL.search(head):
        return None
    return _NUMERAL.sub("#", head)


def rescue_sibling_rows(lines: list[Line]) -> None:
    """A row gone as a menu or by shape right between two sibling heads,
    when an earlier sibling's row (right under it) stayed, comes back."""
    # (the rows that may come back, and their neighbours' frames first: most
    # texts have no row between two heads alike, and then no frame is needed)
    between = [
        i
        for i in range(1, len(lines) - 1)
        if lines[i].reason in ROW_LIKE
        and lines[i].meta is None
        and (frame := head_frame(lines[i - 1])) is not None
        and head_frame(lines[i + 1]) == frame
    ]
    if not between:
        return
    frames = [head_frame(line) for line in lines]
    for i in range(1, len(lines) - 1):
        line, frame = lines[i], frames[i - 1]
        if frame is None or line.reason not in ROW_LIKE or line.meta is not None or frames[i + 1] != frame:
            continue
        if any(frames[j] == frame and lines[j + 1].kept and frames[j + 1] is None for j in range(i - 1)):
            line.restore()


# A line's frame: each run of Han characters an H (names differ in length), each digit a #.
_DIGIT: Final = re.compile(r"[0-9０-９]")
_STUB_END: Final = "，,；;。、"
_STUB: Final = 6  # (a frame shorter says too little: H（#）)


def _shape(text: str) -> str:
    return _DIGIT.sub("#", HAN_RUN.sub("H", text.strip()))


def rescue_stub_entries(lines: list[Line]) -> None:
    """A line gone by its shape alone whose frame, without its closing
    punctuation, opens both kept lines around it comes back."""
    for i in range(1, len(lines) - 1):
        line, above, below = lines[i], lines[i - 1], lines[i + 1]
        if line.reason not in SHAPE_ONLY or line.meta is not None or not (above.kept and below.kept):
            continue
        stub = _shape(line.text).rstrip(_STUB_END)
        # (a name and its bracketed gloss; a scoreline between scorelines, 隊 58：77 隊, stays junk)
        if len(stub) < _STUB or not stub.startswith("H") or not stub.endswith(CLOSERS) or "#" not in stub:
            continue
        if _shape(above.text).startswith(stub) and _shape(below.text).startswith(stub):
            line.restore()


# A row's lead: its first two cells one space apart, each numeral a # (六级 3人 … → #级 #人).
_LEAD_CELLS: Final = 2
_WORD, _GLOSS = 8, 12  # (a word list's word and its gloss are no longer)
_RUN: Final = 3  # (three rows alike at least: a table, not a pair of links)
_ROW_MAX: Final = 30


def _lead(line: Line) -> str | None:
    text = line.text
    if len(text) > _ROW_MAX or text.count(" ") < _LEAD_CELLS - 1:
        return None
    if "— " in text or "– " in text:  # (a cheap test first: most rows have no dash)
        return "—" if _gloss_row(text) else None
    cells = text.split(" ", _LEAD_CELLS)[:_LEAD_CELLS]
    if not all(_NUMERAL.search(c) for c in cells):
        return None
    return _NUMERAL.sub("#", " ".join(cells))


def _gloss_row(text: str) -> bool:
    """A word list's row: a word, a spaced dash, its gloss (恁仔細 — 謝謝), letters
    only: no figures, no sentence (string tests, no pattern to compile)."""
    word, dash, gloss = text.partition(" — " if " — " in text else " – ")
    return bool(dash) and 0 < len(word) <= _WORD and 0 < len(gloss) <= _GLOSS and word.isalpha() and gloss.isalpha()


def rescue_spaced_runs(lines: list[Line]) -> None:
    """Rows of a table one space apart, each led alike (四级 2人 优秀2 / 六级 3人
    优秀2 良好1 / 九级 2人 良好2): in a run of three or more with some row kept,
    a row gone as a menu for its extra cells is the table's. A menu's items
    carry no figures in every cell of the lead. So are a word list's rows
    (晝頭 — 中午 / 恁仔細 — 謝謝): a menu's items are never glossed by a dash."""
    n = len(lines)
    for i in [k for k, x in enumerate(lines) if x.reason in ROW_LIKE and x.meta is None and " " in x.text]:
        if not lines[i].bad or (lead := _lead(lines[i])) is None:
            continue  # (most: taken back with an earlier run, or no figures leading)
        start = i
        while (
            start > 0
            and (lines[start - 1].kept or lines[start - 1].reason in ROW_LIKE)
            and _lead(lines[start - 1]) == lead
        ):
            start -= 1
        end = i + 1
        while end < n and (lines[end].kept or lines[end].reason in ROW_LIKE) and _lead(lines[end]) == lead:
            end += 1
        run = lines[start:end]
        if len(run) >= _RUN and any(line.kept for line in run):
            for line in run:
                if line.reason in ROW_LIKE and line.meta is None:
                    line.restore()


# A series' heads: 第, a numeral, the series' word (天, 站, 章, 部分), a space, its words.
ORDINAL: Final = "第"
_ORDINAL: Final = ORDINAL
_NUMERALS: Final = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十")
_COUNTER_MAX: Final = 2  # (the series' word after the numeral: 天, 站, 章, 部分)


def _series(text: str) -> tuple[str, str] | None:
    """第1天 … → ("天", "1"): the series word and the numeral of a line led by
    an ordinal and a space, or None."""
    if text[:1] != _ORDINAL:
        return None
    k = 1
    while k < len(text) and text[k] in _NUMERALS:
        k += 1
    head, _, rest = text.partition(" ")
    word = head[k:]
    if k == 1 or not rest or not 1 <= len(word) <= _COUNTER_MAX or not word.isalpha():
        return None
    return word, text[1:k]


def series_head(lines: list[Line], i: int) -> bool:
    """Line ``i``, led by an ordinal (第1天 香港西九龍站 → 上饒站 → 婺源) and gone as a
    menu or a row of buttons, over a kept line, is a head of its series when
    another head of it under another number is kept (第2天 篁嶺曬秋). (Asked by
    the roll pass's walk over the lines gone as menus, before the short lines
    are judged: the section's head over it, 行程, is judged beside it.)"""
    series = _series(lines[i].text)
    if series is None or lines[i].meta or i + 1 >= len(lines) or not lines[i + 1].kept:
        return False
    word, number = series
    return any(
        line.kept and (other := _series(line.text)) is not None and other[0] == word and other[1] != number
        for line in lines
        if line.text[:1] == _ORDINAL
    )
