"""A site's footer line, whatever its length: a copyright notice or a
licence number (ICP备, 公网安备), with a cheap test that a search can match."""

from __future__ import annotations

import re
from typing import Final

# A site's footer at any length: a copyright notice, a licence number (ICP备, 公网安备).
SITE_FOOTER: Final = re.compile(
    r"^\s*(?:copyright\b|©|\(c\)\s)|icp[备備证證]\s*\d|公网安备|公網安備"
    # (or after a separator, with its year: 地址　｜　© 2025 某某 Limited)
    r"|[|｜·\u3000]\s*©\s*\d{4}",
    re.IGNORECASE,
)


# A site's own line (a footer, a statement about itself, a menu) is never
# this long (the longest in the test pages: 133 characters): a longer line
# is the text itself, a page flattened into one line, whatever it holds.
SITE_LINE_MAX: Final = 1000


def may_be_footer(line: str) -> bool:
    """Whether SITE_FOOTER can match (its regex search tries every position
    of a long line; these plain tests do not): it opens the line with
    copyright, © or (c) (a case-insensitive match takes c only as c or C),
    or it has ICP备/证 or 公网安备, each with one of 备備证證."""
    # (five substring scans in C are faster than one character-class search)
    return (
        line.lstrip()[:1] in _FOOTER_OPENS
        or "备" in line
        or "備" in line
        or "证" in line
        or "證" in line
        or "©" in line
    )


_FOOTER_OPENS: Final = frozenset("cC©(")
_RIGHTS: Final = ("版权所有", "版權所有")


def site_footer(line: str) -> bool:
    """SITE_FOOTER found in ``line``, or the rights' word opening it, then ©
    (版权所有 © 2027 某某　|　隐私政策…): string tests, no pattern to compile."""
    if SITE_FOOTER.search(line):
        return True
    head = line.lstrip()
    return head.startswith(_RIGHTS) and head[len(_RIGHTS[0]) :].lstrip().startswith("©")


# The publisher's company registration, the law's formula on any firm's site
# (… Ltd. Registered in England & Wales No. 01234567, 公司註冊編號：…): string
# tests on the lowered line, no pattern to compile at every start.
_REGISTRATION: Final = (
    "registered in england",
    "registered in scotland",
    "registered in wales",
    "registered in northern ireland",
    "company registration no",
    "company no.",
    "company number",
    "公司注册编号",
    "公司註冊編號",
    "公司注册号码",
    "公司註冊號碼",
    "商业登记号码",
    "商業登記號碼",
    "商业登记证",
    "商業登記證",
)
_REGISTRATION_LINE: Final = 160  # (a footer's line; a longer one is the text)
_SENTENCE_ENDS: Final = "。！？”」"


def company_registration(line: str) -> bool:
    """``line`` is a company's registration line (asked only of the page's last lines)."""
    # (a Chinese sentence's end, as most pages' last line has: no such line)
    if len(line) > _REGISTRATION_LINE or line[-1:] in _SENTENCE_ENDS:
        return False
    low = line.lower()
    return any(word in low for word in _REGISTRATION)


__all__ = ["SITE_FOOTER", "SITE_LINE_MAX", "company_registration", "may_be_footer", "site_footer"]
