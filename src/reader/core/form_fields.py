"""A sign-up form's fields copied as lines: short labels, some ending in
the required mark or led by it (姓名*, *手机号, 意向城市), under the form's heading
(在线留言 获取加盟资料). A page whose form is laid out in plain blocks, not
a <form> the HTML reader skips, leaves them as lines of their own."""

from __future__ import annotations

import functools
import re
from typing import Final

from reader.core.junk_rules import Reason
from reader.core.line_passes import Line

# A field's label: a few characters without a sentence's marks or a space,
# maybe the required mark after it or before it (one *, not a Markdown bold's **).
# (compiled at the first form: most pages have none, and every worker imports this)
_LABEL: Final = r"\*?[^\s*:：，。；！？,.;!?|]{1,8}\*?"
_HEADING: Final = 20  # (the form's heading above its fields is a short line too)
_REQUIRED: Final = 2  # (two fields marked required make a form, one may be a footnote's mark)


def mark_form_fields(lines: list[Line]) -> None:
    """Every line of a run of field labels with two marked required, and
    the short unpunctuated line right above it (the form's heading)."""
    label = _compiled(_LABEL)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].meta is None and label.fullmatch(lines[j].text.strip()):
            j += 1
        if sum("*" in lines[k].text for k in range(i, j)) >= _REQUIRED:
            start = i - 1 if i and _heading(lines[i - 1]) else i
            for line in lines[start:j]:
                line.reason = line.reason or Reason.CONTROLS
        i = max(j, i + 1)


def marks_required(text: str) -> bool:
    """``text`` has a line ending in the required mark, or led by it (*姓名;
    not a Markdown bullet's '* ' nor a bold's '**'): a cheap scan first."""
    if "*\n" in text:
        return True
    led, i = 0, text.find("\n*")
    while i >= 0:
        # (a label is short: a footnote led by a star, *以上价格仅供参考…, is no field)
        end = text.find("\n", i + 2)
        if text[i + 2 : i + 3] not in ("", " ", "*", "\t") and (end if end >= 0 else len(text)) - i - 2 <= _FIELD:
            led += 1
            if led >= _REQUIRED:
                return True
        i = text.find("\n*", i + 2)
    return False


_FIELD: Final = 10  # (a label and its mark)


def _heading(line: Line) -> bool:
    text = line.text.strip()
    return line.meta is None and line.short and len(text) <= _HEADING and not _compiled(_MARKS).search(text)


_MARKS: Final = r"[，。；！？,;!?]"  # (a sentence's marks: a heading has none)


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)
