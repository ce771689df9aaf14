"""A site's footer line, whatever its length: a copyright notice or a
licence number (ICP备, 公网安备), with a cheap test that a search can match."""

from __future__ import annotations

import re

# A site's footer at any length: a copyright notice, a licence number (ICP备, 公网安备).
SITE_FOOTER = re.compile(
    r"^\s*(?:copyright\b|©|\(c\)\s)|icp[备備证證]\s*\d|公网安备|公網安備"
    # (or after a separator, with its year: 地址　｜　© 2025 某某 Limited)
    r"|[|｜·\u3000]\s*©\s*\d{4}",
    re.IGNORECASE,
)


# A site's own line (a footer, a statement about itself, a menu) is never
# this long (the longest in the test pages: 133 characters): a longer line
# is the text itself, a page flattened into one line, whatever it holds.
SITE_LINE_MAX = 1000


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


_FOOTER_OPENS = frozenset("cC©(")
_RIGHTS = ("版权所有", "版權所有")


def site_footer(line: str) -> bool:
    """SITE_FOOTER found in ``line``, or the rights' word opening it, then ©
    (版权所有 © 2027 某某　|　隐私政策…): string tests, no pattern to compile."""
    if SITE_FOOTER.search(line):
        return True
    head = line.lstrip()
    return head.startswith(_RIGHTS) and head[len(_RIGHTS[0]) :].lstrip().startswith("©")


# The publisher's company registration, the law's formula on any firm's site:
# … Ltd. Registered in England & Wales No. 01234567, Company Registration No. 1234, 公司註冊編號：…
_REGISTRATION = re.compile(
    r"registered in (?:england|scotland|wales|northern ireland)|company (?:registration )?(?:no\b|number)"
    r"|公司(?:注册|註冊)(?:编号|編號|号码|號碼)|商(?:业|業)登(?:记|記)(?:号码|號碼|证|證)",
    re.IGNORECASE,
)
_REGISTRATION_LINE = 160  # (a footer's line; a longer one is the text)


def company_registration(line: str) -> bool:
    """``line`` is a company's registration line (asked only of the page's last lines)."""
    # (string tests first: a case-blind pattern has no literal to skip by, and most lines hold none of these)
    return (
        len(line) <= _REGISTRATION_LINE
        and (
            "egist" in line or "EGIST" in line or "ompany" in line or "OMPANY" in line or "登" in line or "公司" in line
        )
        and _REGISTRATION.search(line) is not None
    )


__all__ = ["SITE_FOOTER", "SITE_LINE_MAX", "company_registration", "may_be_footer", "site_footer"]
