"""Who signs a notice at its end: under the last paragraph, the
organisation's name, then a title and a person's name (麗華大廈業主立案法團 /
主席 葉志強). The organisation is known by the page naming it elsewhere (its
masthead, its ©) or by its being the page's source; the person signing is
the notice's author when no byline names one. A line that closes with
the signer's 谨启 (第三代店主　何家榮　謹啟) says it is the signature itself:
no organisation's name need stand over it. The page's junk after the notice
(comments, a counter, the copyright) does not count among its last lines. A story's
reporters sign it off in brackets under its last paragraph (（本報記者麥凱琳、黃志軒）)."""

from __future__ import annotations

import re
from typing import Final

from reader.core.folding import fold
from reader.core.han import is_han_char
from reader.core.letter_writers import NAME_MAX, NAME_MIN, SIGNED_WITHIN, salutation
from reader.core.line_passes import Line
from reader.core.meta_records import MetaLine
from reader.core.person_values import han_name_shaped, is_unit
from reader.core.row_ends import CLOSING_FORMS
from reader.core.tail_prose import SIGN_OFF_DATE

# A title, then a person's name: 主席 葉志強, 理事长 王建国, 校长 李明
_TITLE_NAME: Final = re.compile(r"(?P<title>[\u3400-\u9fff]{2,6})[ \u3000]+(?P<name>[\u3400-\u9fff]{2,4})")
# The signer's closing word after the name (folded: the Simplified forms of row_ends'): 谨启, 敬上
CLOSING_WORDS: Final = "|".join(dict.fromkeys(fold(w) for w in CLOSING_FORMS))
_CLOSING: Final = re.compile(rf"\s+(?:{CLOSING_WORDS})$")
# The organisation's name before the title and name on the signer's closed line.
_ORG_FIRST: Final = re.compile(r"(\S{4,30})[ \u3000]+\S{2,6}[ \u3000]+\S{2,4}")
_CLOSING_WORDS: Final = frozenset(CLOSING_WORDS.split("|"))
_ORG: Final = range(4, 31)  # (the organisation's name: its length)
_TAIL: Final = 6  # (the signature is among the text's last lines)
_SIGNED: Final = NAME_MAX + 4  # (the name, a gap, the closing word)
_CLOSING_LASTS: Final = frozenset(w[-1] for w in (*CLOSING_FORMS, "上"))
_PUNCT: Final = re.compile(r"[，。！？、；：:,!?;]")


def signer(lines: list[Line], source: str | None) -> tuple[str, str, str | None] | None:
    """(title, name, organisation) of the person signing under the
    organisation's name at the notice's end, or None; the organisation when
    the page names it elsewhere too (the notice's issuing body), else None."""
    end = len(lines)
    while end and lines[end - 1].reason is not None:
        end -= 1
    signed = _signer(lines, len(lines), source)
    if signed is not None or end == len(lines):
        return signed
    # (above the page's junk only a line that closes with the signer's word: 主任委員　鍾明達　敬啟)
    # (or its date right under the title and name, closing the notice: 主席 盧國輝 / 二〇二七年一月二十二日)
    closed = any((x.folded or "")[-2:] in _CLOSING_WORDS for x in lines[max(0, end - _TAIL) : end]) or (
        end >= 2
        and SIGN_OFF_DATE.fullmatch(lines[end - 1].text) is not None
        and title_and_name(lines[end - 2]) is not None
    )
    return _signer(lines, end, source) if closed else None


def _signer(lines: list[Line], end: int, source: str | None) -> tuple[str, str, str | None] | None:
    """(title, name, organisation) signing among the last lines before ``end``."""
    tail = lines[max(0, end - _TAIL) : end]
    for j, line in enumerate(tail):
        if (signed := title_and_name(line)) is None:
            # (or a name alone and the closing word, 綺雯 上: most lines end with neither)
            if line.text[-1] in _CLOSING_LASTS and (letter := _letter_signer(lines, end - len(tail) + j)):
                return letter
            continue
        title, name, closing = signed
        k = end - len(tail) + j
        if k < 2:
            return None
        if closing:  # (the signature itself, under the notice's last paragraph)
            above = lines[max(0, k - SIGNED_WITHIN) : k]
            # (the organisation first on the same line: 福安宮管理委員會　主任委員 吳清標　敬啟)
            org = line.text[: line.text.find(title)].strip()
            body = org if len(org) in _ORG and _named(lines, org, k, source) else None
            return (title, name, body) if any(x.kept and not x.short for x in above) else None
        org = lines[k - 1].text
        if len(org) not in _ORG or _PUNCT.search(org):
            # (no organisation over it: a letter's writer signing with their title, 隊長 梁家豪, under
            # the letter's last paragraph, the letter opened by its salutation)
            return (title, name, None) if not is_unit(name) and _closes_letter(lines, k) else None
        if not any(line.kept and not line.short for line in lines[max(0, k - 1 - SIGNED_WITHIN) : k - 1]):
            return None  # (under the notice's last paragraph)
        return (title, name, org) if _named(lines, org, k - 1, source) else None
    return None


def _letter_signer(lines: list[Line], k: int) -> tuple[str, str, None] | None:
    """(closing, name, None) when line ``k`` signs a letter with a name alone
    and the writer's closing word, 上 or 敬上 (綺雯 上), under its last
    paragraph, the letter opened by a salutation (各位熟客、各位朋友：); the
    name a person's (梁家輝) or one the letter names in its body (我係綺雯)."""
    text = lines[k].text
    words = text.split() if len(text) <= _SIGNED and k >= 2 and not lines[k].meta else ()
    if len(words) != 2 or (words[1] != "上" and words[1] not in CLOSING_FORMS):
        return None
    name = words[0]
    if not (NAME_MIN <= len(name) <= NAME_MAX and all(map(is_han_char, name))):
        return None
    if not _closes_letter(lines, k) or is_unit(name):  # (an office signing: 总务组 敬上)
        return None
    if (han_name_shaped(name) and len(name) < NAME_MAX) or any(name in x.text for x in lines[:k] if x.kept):
        return words[1], name, None
    return None


def _closes_letter(lines: list[Line], k: int) -> bool:
    """Line ``k`` stands under a letter's last paragraph, the letter opened by
    a salutation (its first kept line short and ending with a colon:
    各位熟客、各位朋友：)."""
    if not any(x.kept and not x.short for x in lines[max(0, k - SIGNED_WITHIN) : k]):
        return False
    return (opened := salutation(lines)) is not None and opened < k


def _named(lines: list[Line], org: str, k: int, source: str | None) -> bool:
    """The page names ``org`` (on line ``k``) elsewhere too, or it is the source."""
    return org == source or any(org in line.text for i, line in enumerate(lines) if i != k)


def title_and_name(line: Line) -> tuple[str, str, bool] | None:
    """(title, name, closed) when ``line`` is a signer's line: a title, a gap
    and a person's name (主席 盧國輝), perhaps closed by the signer's word
    (第三代店主　何家榮　謹啟: closed); None for any other line."""
    text = line.text
    # (most texts' last lines are no title and name of 5 to 15 characters set apart by a space;
    # a closed one may carry its organisation's name first, 福安宮管理委員會　主任委員 吳清標　敬啟)
    # (lengths asked, no slice: a slice of a long line copies it, and every text's last lines are asked)
    if not 4 < len(text) <= _ORG.stop or not (" " in text or "\u3000" in text):
        return None
    # (folding keeps offsets: the closing word found in the folded line is cut from the line)
    if closing := _CLOSING.search(line.folded or text):
        text = text[: closing.start()]
        if text[15:] and (m := _ORG_FIRST.fullmatch(text)) and not _PUNCT.search(m[1]):
            text = text[m.end(1) :].lstrip()
    elif text[15:]:
        return None
    if (m := _TITLE_NAME.fullmatch(text)) is None or (text[9:] and not closing):
        return None
    if not han_name_shaped(m["name"]) or han_name_shaped(m["title"]):
        return None
    return m["title"], m["name"], closing is not None


_REPORTERS: Final = ("記者", "记者")


def reporters_sign_off(lines: list[Line], line: Line, meta: MetaLine) -> bool:
    """``line`` is the reporters' byline set whole in brackets right under the body's last paragraph."""
    if meta.kind != "byline" or meta.source or meta.date or not meta.credits or line.text[-1:] not in "）)":
        return False
    if meta.credits[0][0][-2:] not in _REPORTERS:
        return False
    for k in range(len(lines) - 1, 0, -1):  # (from the end: no kept line under it, a kept one right above)
        if (x := lines[k]) is line:
            return lines[k - 1].kept
        if x.kept:
            return False
    return False


__all__ = ["CLOSING_WORDS", "reporters_sign_off", "signer", "title_and_name"]
