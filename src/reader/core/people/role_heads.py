"""A commendation's or a roster's lines that each open with a job and a name,
then a colon (保洁员覃秀英：…, 项目经理呼延庆：…, 绿化工方圆：…). The name ends
the head; where most heads of a run of such lines end in names found already,
the others' names are people too, even one that is a word (方圆).
Used by :mod:`reader.core.people.rolls`."""

from __future__ import annotations

import re

from reader.core.people.cues import cue_ends_at
from reader.core.people.names import CJK, surname_length

# A head: a job and a name (three to ten Han characters), the colon (folded to
# ASCII), then the line's text.
_HEAD_RE = re.compile(rf"(?m)^(?P<head>[{CJK}]{{3,10}}):(?=[^\n]{{4,}})")
_MIN_LINES = 3
_JOB = 2  # (the shortest job before the name: 管家)


def role_heads(folded: str, known: set[str]) -> list[list[tuple[int, int, str]]]:
    """Each run of adjacent head lines, as the names its heads end in (a
    known name as it is, else the name the head's shape gives)."""
    if ":" not in folded:
        return []
    runs: list[list[tuple[int, int, str]]] = []
    run: list[tuple[int, int, str]] = []
    last_end = -2
    for m in _HEAD_RE.finditer(folded):
        line_start = m.start()
        if folded.rfind("\n", 0, line_start) + 1 != line_start or line_start - 1 > last_end:
            if len(run) >= _MIN_LINES:
                runs.append(run)
            run = []
        head = m.group("head")
        name = _name_of(head, known)
        if name:
            run.append((m.end("head") - len(name), m.end("head"), name))
        last_end = folded.find("\n", m.end())
        last_end = len(folded) if last_end == -1 else last_end
    if len(run) >= _MIN_LINES:
        runs.append(run)
    return runs


def _name_of(head: str, known: set[str]) -> str:
    """The name a head ends in: a known one; a job word's end marks its start;
    else a surname three or two characters from the end (保洁员|覃秀英, 绿化工|方圆),
    a compound surname's name four or three (项目经理|呼延庆)."""
    for n in (4, 3, 2):
        if head[-n:] in known and len(head) - n >= _JOB:
            return head[-n:]
    for n in (4, 3, 2):
        if len(head) - n >= _JOB and cue_ends_at(head, len(head) - n) and surname_length(head, len(head) - n):
            return head[-n:]
    for n in (4, 3, 2):
        s = len(head) - n
        sl = surname_length(head, s) if s >= _JOB else 0
        if sl and 1 <= n - sl <= 2 and (n < 4 or sl == 2):
            return head[-n:]
    return ""


__all__ = ["role_heads"]
