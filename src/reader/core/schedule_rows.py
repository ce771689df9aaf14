"""A schedule's rows: a day and its clock times (12/10（三）　13:30　16:15),
each under the head row of what is shown or run (a film, a route: its name
and its facts in cells). A row that holds only a day and times is no menu
and no counter; three rows or more of that shape amid the body's
paragraphs, they are one schedule, with the head rows over them.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.junk_rules import ROW_LIKE, Reason
from reader.core.line_passes import Line

# A day's date: 12/10, 12月10日, 12.10.
_DATE: Final = r"\d{1,2}\s*[/月.]\s*\d{1,2}日?"
# A day (its date, with its weekday in brackets) and then clock times only.
_DAY_TIMES: Final = re.compile(rf"{_DATE}\s*(?:[(（][^)）]{{1,3}}[)）])?(?:[\s\u3000]+\d{{1,2}}:\d{{2}})+")
_ROWS: Final = 3  # (fewer rows of days and times make no schedule)
# Clock times alone, apart by gaps: the sessions of a day (11:00　13:00　15:00).
_TIMES: Final = re.compile(r"\d{1,2}:\d{2}(?:[\s\u3000]+\d{1,2}:\d{2}){2,}")
_COUNTER: Final = Reason.COUNTER
_CELLS: Final = 2  # (a head row: a name and at least two facts, apart by wide gaps)


def _head_row(line: Line) -> bool:
    return line.reason in ROW_LIKE and not line.meta and line.text.count("\u3000") >= _CELLS


def _prose(lines: list[Line]) -> bool:
    return any(line.kept and not line.short for line in lines)


def rescue_schedule_rows(lines: list[Line]) -> None:
    """Rows of a day and its times gone for their shape come back when the
    page has three or more of them amid its kept paragraphs; so does a head
    row of cells right over the first row of each run."""
    # (a cheap test first, in the comprehension: most lines start with no figure)
    rows = [
        i
        for i, line in enumerate(lines)
        if (t := line.text)[:1].isdigit() and ":" in t and not line.meta and _DAY_TIMES.fullmatch(t)
    ]
    if len(rows) < _ROWS:
        return  # (most texts: no schedule)
    # (inside the body: a kept paragraph above the first row and below the last)
    if not (_prose(lines[: rows[0]]) and _prose(lines[rows[-1] + 1 :])):
        return
    for i in rows:
        line = lines[i]
        if line.reason in ROW_LIKE:
            line.restore()
        if i > 0 and (i - 1) not in rows and _head_row(above := lines[i - 1]):
            above.restore()


# A day's head: its weekday and its date, either first (周一 12/15, 12月15日（一）).
_WEEKDAY: Final = r"(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]"
_DAY_HEAD: Final = re.compile(rf"{_WEEKDAY}\s*[(（]?{_DATE}[)）]?|{_DATE}\s*[(（]?{_WEEKDAY}[)）]?")
# A row led by a clock time and then words (12:15　午间拉伸): what a day's head is over.
_TIME_LED: Final = re.compile(r"\d{1,2}:\d{2}[\s\u3000]+\D")


def rescue_day_heads(lines: list[Line]) -> None:
    """A day's head (weekday and date) gone as a counter, right over a row led
    by a clock time, amid the kept paragraphs: a timetable's head, and the
    time-led rows under it with it. (Before the short lines are judged.)"""
    counters = [i for i, line in enumerate(lines) if line.reason is _COUNTER]
    for i in counters:
        line = lines[i]
        if not (i + 1 < len(lines) and _DAY_HEAD.fullmatch(line.text.strip()) and _time_led(lines[i + 1])):
            continue
        if not (_prose(lines[:i]) and _prose(lines[i + 1 :])):
            continue
        line.restore()
        j = i + 1
        while j < len(lines) and _time_led(lines[j]):
            if lines[j].reason in ROW_LIKE:
                lines[j].restore()
            j += 1


def _time_led(line: Line) -> bool:
    return not line.meta and (t := line.text)[:1].isdigit() and _TIME_LED.match(t) is not None


def after_timed_row(lines: list[Line], i: int) -> bool:
    """Line ``i`` (gone as a menu for its short cells) is a programme's row led
    by a clock time (11:00　领唱：黄美玲　韦国强), right under a kept row led by a
    time and over a kept line: the programme's next item. A page's own menus
    are never set out in the body's timetable. (Asked by the roll pass's walk
    over the lines gone as menus: no walk of its own.)"""
    return (
        0 < i < len(lines) - 1
        and lines[i - 1].kept
        and lines[i + 1].kept
        and _time_led(lines[i])
        and _time_led(lines[i - 1])
    )


def rescue_session_rows(lines: list[Line]) -> None:
    """A row of three clock times or more, gone as a counter, right under a
    short head of words (開放時段) amid the kept paragraphs: the times the
    head announces. (Before the short lines are judged: the head stays with it.)"""
    rows = [i for i, line in enumerate(lines) if line.reason is _COUNTER and line.text[:1].isdigit()]
    for i in rows:
        if not 0 < i < len(lines) - 1:
            continue
        line, head = lines[i], lines[i - 1]
        if (
            (t := line.text)
            and _TIMES.fullmatch(t.strip())
            and head.kept
            and head.short
            and not any(c.isdigit() for c in head.text)
            and _prose(lines[: i - 1])
            and _prose(lines[i + 1 :])
        ):
            line.restore()


__all__ = ["after_timed_row", "rescue_day_heads", "rescue_schedule_rows", "rescue_session_rows"]
