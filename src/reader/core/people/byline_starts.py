"""Where a byline starts: a person's role opening a line (记者, 文／, 攝影), or one of the wide-spaced
fields of a row that a date and an outlet open. Used by :mod:`reader.core.people.credits`."""

from __future__ import annotations

import re

# It must start with the role of a person (not 报道 or 来源, which any
# sentence may hold): 记者, 通讯员, 摄影, 编辑, 译者, 文／, 文、攝影／.
BYLINE_START_RE = re.compile(
    r"^[\s（(【\[]*(?:本报|本報|特约|特約|实习|實習|责任|責任)?"
    r"(?:记者|記者|通讯员|通訊員|实习生|實習生|撰文|摄影|攝影|编辑|編輯|责编|責編|主编|主編|"
    r"译者|譯者|翻译|翻譯|编译|編譯|整理|口述|作者|采访|採訪|本期主播|主播|主持人?|[文图圖][/／:：]|[文图圖][、與与及](?:摄影|攝影|图|圖)[/／:：])"
)


def credits_of(line: str) -> str:
    """A line a byline's role opens; or a row whose wide-spaced field one opens (a date and an outlet
    before: a title's words are no fields apart), the fields before blanked (offsets stay the line's);
    else nothing."""
    if BYLINE_START_RE.match(line):
        return line
    for m in _FIELDS_RE.finditer(line):
        if BYLINE_START_RE.match(line[m.end() :]):
            return " " * m.end() + line[m.end() :]
    return ""


_FIELDS_RE = re.compile(r"\u3000+| {2,}")
