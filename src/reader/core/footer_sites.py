"""The site's name its foot states: a © or rights line (© 2025 泉記茶莊
Chuen Kee Tea), a 主办 field, a contact line naming a unit of the site."""

from __future__ import annotations

import re
from typing import Final

from reader.core.han import is_han_char
from reader.core.line_passes import Line

# The © line at a page's foot: © 2025 泉記茶莊 Chuen Kee Tea. All rights reserved.,
# Copyright © 2016-2025 康禾大药房 版权所有, ©2025 途迹旅行 闽ICP备18012345号
# (a dot between Han words, unspaced, is inside the name: © 2026 川流·简梓川官方后援会)
_COPYRIGHT: Final = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:copyright\s*)?(?:©\s*)?(?:(?:19|20)\d{2}\s*(?:[-–—~－]\s*(?:19|20)\d{2}\s*)?)?"
    r"(?P<name>(?:[^\s|｜,，。·・•/／<>]|(?<=[\u3400-\u9fff])[·・](?=[\u3400-\u9fff])){2,30}"
    r"(?: [A-Za-z][^\s|｜,，。·・•/／<>]*){0,3})",
    re.IGNORECASE,
)
# What follows a name on a © line, and is no part of it.
_NAME_END: Final = re.compile(
    r"\s*(?:版权所有|保留|all rights|\.?\s*all$|[\u3400-\u9fff]*icp|[\u3400-\u9fff]*公网安备|$).*", re.IGNORECASE
)
# A company's legal form after a Latin name: FLEXA Studio Limited, Island Weekly Pte. Ltd., … Sdn. Bhd.
_LEGAL_FORM: Final = re.compile(
    r"(?:\s+(?:pte|pvt|sdn)\.?)?\s+(?:limited|ltd|inc|co|corp|corporation|llc|bhd)\.?$", re.I
)
_HAN_THEN_LATIN: Final = re.compile(r"(?P<han>[\u3400-\u9fff《》（）()]{2,20})\s+[A-Za-z].*")
_NOT_A_NAME: Final = re.compile(r"^[\d\W_]+$|\.(?:com|cn|net|org|tw|hk)\b|icp|^版权|^(?:all|by)\b", re.IGNORECASE)
_FOOT_LINES: Final = 12


# (c or (C, in one scan: the pattern's literal start, the bracket, is found in C and the letter asked after it
_PAREN_C: Final = re.compile(r"\([cC]")


def _foot_mark(text: str) -> bool:
    """A rights line's mark: ©, (c), copyright in any case, 版权 / 版權 (scans behind shorter ones)."""
    if "©" in text or ("版" in text and ("版权" in text or "版權" in text)):
        return True
    if "(" in text and _PAREN_C.search(text):  # (one scan for both cases: a pair's scan is slow over a long foot)
        return True
    # (one character first: a scan for two characters is many times slower than for one over a long foot)
    return ("y" in text and "opy" in text) or ("Y" in text and "OPY" in text)


# A rights line without ©: 某某 版权所有, 版权所有：某某
_RIGHTS: Final = re.compile(
    r"\s*(?:(?P<before>[\u3400-\u9fff][\u3400-\u9fffA-Za-z]{1,19})\s*版[权權]所有"
    r"|版[权權]所有\s*[:：]?\s*(?P<after>[\u3400-\u9fff][\u3400-\u9fffA-Za-z]{1,29}))(?=\s|[,，。]|$)"
)


def footer_site(lines: list[Line]) -> str | None:
    """The site's name its © line states at the page's foot (the Han name
    when an English one follows it; a Latin name without its legal form)."""
    foot = lines[-_FOOT_LINES:]
    # (one scan of the foot first: most pages' feet have no mark; a mark never spans two lines)
    if not _foot_mark("\n".join([line.text for line in foot])):
        return None
    for line in reversed(foot):
        text = line.text
        # (one scan for a mark: ©, "(c" or "copyright" in any case, 版权; a plain c is in any Latin word)
        if not _foot_mark(text):
            continue
        if not (m := _COPYRIGHT.search(text)):
            if ("版权" in text or "版權" in text) and (rights := _RIGHTS.match(text)):
                return rights.group("before") or rights.group("after")  # (no ©: 榆州市中心血站 版权所有　地址：…)
            continue
        from reader.core.folding import fold

        name = m.group("name")
        # (the name before the mark when the year's cell ends there: 某某 © 2028　私隱政策　聯絡我們, links after)
        before, at = text[: m.start()].strip(), m.start("name")
        wide = text[at - 1 : at] in ("\u3000", "\t") or text[at - 2 : at] == "  "
        if wide and 2 <= len(before) <= _BEFORE and not any(c in before for c in _CELLS):
            name = before
        name = name[: _NAME_END.search(fold(name)).start()].strip(" .·")  # type: ignore[union-attr]
        if both := _HAN_THEN_LATIN.fullmatch(name):
            name = both.group("han")
        registered = _LEGAL_FORM.search(name) is not None
        name = _LEGAL_FORM.sub("", name).strip()
        if registered and (brand := _han_after(text[m.end() :])) and not any(is_han_char(c) for c in name):
            return brand  # (the brand after a company's registered Latin name: © QuickStep Movers Pte. Ltd. 快步搬运)
        if len(name) >= 2 and not _NOT_A_NAME.search(fold(name)):
            # (a Latin name the page writes after its Han one elsewhere: 狮城青年华乐团 Lion City…)
            return (not any(is_han_char(c) for c in name) and _han_before(lines, name)) or name
        return None
    return None


def _han_before(lines: list[Line], name: str) -> str | None:
    """The Han name a line writes right before the Latin ``name``, a space apart."""
    for line in lines:
        if (at := line.text.find(name)) > 0 and line.text[at - 1] == " ":
            before = line.text[: at - 1]
            start = len(before)
            while start and is_han_char(before[start - 1]):
                start -= 1
            if 2 <= len(before) - start <= _BRAND:
                return before[start:]
    return None


_BRAND: Final = 12  # (a brand's Han name is no longer)
_BEFORE, _CELLS = 30, ("\u3000", "\t", "|", "｜", "  ")  # (a name before ©: one cell)


def _han_after(rest: str) -> str | None:
    """A Han name alone after the © line's Latin name, perhaps then 版权所有
    (string tests: no Han class to compile)."""
    words = rest.split()
    if len(words) == 2 and words[1] in _RIGHTS_WORDS:
        words = words[:1]
    word = words[0].removesuffix(_RIGHTS_WORDS[0]).removesuffix(_RIGHTS_WORDS[1]) if len(words) == 1 else ""
    return word if 2 <= len(word) <= _BRAND and all(is_han_char(c) for c in word) else None


_RIGHTS_WORDS: Final = ("版权所有", "版權所有")


# Who runs the site, on a line of its foot: 主办单位：云州市图书馆　技术支持：…
_HOST: Final = re.compile(r"(?:^|\s)主[办辦](?:单位|單位)?\s*[:：]\s*(?P<name>[^\s:：|｜,，。]{2,30})")


def host_site(lines: list[Line]) -> str | None:
    """The organisation a 主办 field at the page's foot names."""
    for line in reversed(lines[-_FOOT_LINES:]):
        if "主" in line.text and ("主办" in line.text or "主辦" in line.text) and (m := _HOST.search(line.text)):
            return m.group("name")
    return None


# A contact's mark: a label, an e-mail, a telephone number
_CONTACT_MARK: Final = re.compile(r"联系|聯絡|聯繫|电话|電話|热线|熱線|@|\d{3,4}[-\s]?\d{4}")


def foot_contact(lines: list[Line], name: str) -> bool:
    """Whether a line of the page's foot gives ``name`` as whom to contact
    (媒体联系：品牌部 press@…): a unit of the site itself."""
    return any(
        line.meta is None and name in line.text and _CONTACT_MARK.search(line.text) for line in lines[-_FOOT_LINES:]
    )


__all__ = ["foot_contact", "footer_site", "host_site"]
