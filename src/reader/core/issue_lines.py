"""A line that names an issue of a periodical: a paper's issue a story is cited
from (with its day), an issue's number and its day, a magazine's issue as
written. Its metadata: the paper as the source, the day as the date."""

from __future__ import annotations

import re
from typing import Final

from reader.core.account_lines import span
from reader.core.date_lines import DATE_IN_LINE, format_date
from reader.core.field_rows import ROC_DATE
from reader.core.meta_records import MetaLine

# A magazine's issue (2025年第6期, 2025年11月刊), perhaps with its section: 2025年11月刊 · 目的地
_ISSUE: Final = re.compile(r"(?:19|20)\d{2}\s*年\s*(?:第\s*\d{1,3}\s*期|(?:0?[1-9]|1[0-2])\s*月[刊号])")
_ISSUE_SECTION: Final = re.compile(r"\s*[·・|｜/／]\s*[\u3400-\u9fff]{1,6}")
# An issue's number, then its day, perhaps with the verb that issued it: 第93期｜民國118年9月1日出刊
_ISSUE_DATED: Final = re.compile(
    r"第\s*\d{1,4}\s*期\s*(?:[|｜/／·・]|\s)\s*(?P<date>\S[^|｜]{5,16}?)\s*(?:出刊|出版|发行)?"
)
# A paper's name in title marks, then the day (and page) of its issue in brackets.
_CITED_ISSUE: Final = re.compile(r"《(?P<value>[^《》]{2,16})》\s*[（(](?P<day>[^（）()]{6,30})[）)]")


def issue_line(line: str, folded: str) -> MetaLine | None:
    """The metadata of a line naming an issue (see the module's note), or None."""
    if folded[:1] == "《" and (cited := _CITED_ISSUE.fullmatch(folded)) and (day := DATE_IN_LINE.search(cited["day"])):
        # the paper's issue a story is cited from: 《皖中日报》（2029年04月12日 03版）
        return MetaLine("source", source=span(line, cited, "value"), date=format_date(day))
    if folded[:1] == "第" and (issue := _ISSUE_DATED.fullmatch(folded)) and (date := _issue_date(line, issue)):
        return MetaLine("date", date=date)  # (an issue's number and its day: 第93期｜民國118年9月1日出刊)
    if (issue := _ISSUE.match(folded)) and (
        issue.end() == len(folded) or _ISSUE_SECTION.fullmatch(folded, issue.end())
    ):
        # a magazine's issue, as written: 2025年第6期, 2025年11月刊 · 目的地
        return MetaLine("date", date=line[: issue.end()].strip())
    return None


def _issue_date(line: str, issue: re.Match[str]) -> str | None:
    """The day of an issue's line: in ISO 8601, or as written when the
    Republic's year counts it (民國118年9月1日: no year of ours invented)."""
    a, b = issue.span("date")
    if m := DATE_IN_LINE.fullmatch(issue.string, a, b):
        return format_date(m)
    roc = ROC_DATE.fullmatch(issue.string, a, b)
    return line[a:b] if roc and 1 <= int(roc.group(2)) <= 12 and 1 <= int(roc.group(3)) <= 31 else None


__all__ = ["issue_line"]
