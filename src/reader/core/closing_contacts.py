"""A notice's own contact line, right above its closing words.

A notice ends with whom to call, then a short closing sentence (不便之处，
敬请见谅。), then its sign-off or the page's junk. A contact line gone by its
label (电话：…, 24小时热线：…) right above such a closing sentence of the
body is the notice's, whatever sits above it (a link to a related notice, a
numbered 联系方式 head). The site's contact lines sit in its footer, among
other junk, or in a box of fields (專線：…　服務時間：…).
"""

from __future__ import annotations

import re

from reader.core.junk_rules import Reason
from reader.core.line_passes import PROSE, Line, is_prose
from reader.core.table_rows import LABEL_MARK

# (a phone's digits: four or more in a run, perhaps split by a space or a dash)
_PHONE = re.compile(r"\d{3,}[\s-]?\d{3,}")
_CLOSING_END = ("。", "！", "!")
_CLAUSE = re.compile(r"[，,]")
_ROW = 60  # (a contact row is no longer)


def rescue_closing_contacts(lines: list[Line]) -> None:
    """A contact line right above the body's short closing sentence, with
    no prose of the body under that sentence, comes back."""
    n = len(lines)
    for i, line in enumerate(lines[:-1]):
        if line.reason is not Reason.CONTACT or line.meta is not None or len(line.text) > _ROW:
            continue
        closing = lines[i + 1]
        if not (
            closing.kept
            and len(closing.text) < PROSE
            and closing.text.endswith(_CLOSING_END)
            and _CLAUSE.search(closing.text)
            and _PHONE.search(line.text)
            # (one label: a row of them, 諮詢專線：…　服務時間：…, is a box of the site's)
            and len(LABEL_MARK.findall(line.text)) == 1
        ):
            continue
        if i + 2 < n and is_prose(lines[i + 2]):
            continue  # (the body goes on: the sentence is no closing one)
        line.restore()
