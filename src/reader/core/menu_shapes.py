"""Menus by their shape: a breadcrumb, a menu or a profile row at any
length (items joined by separators, or short words set apart by spaces),
told from a cast list, a poem, a roll of names, an equation or a list.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.han import HAN as _CJK
from reader.core.row_ends import no_menu_end

_MENU_SEPARATORS: Final = re.compile(r"\s+(?:[|｜/／·•›>»]|>>|＞＞|»»)\s+|\s?[|｜·•›»]\s?")
_MENU_MARK: Final = re.compile(r"[|｜/／·•›>»＞]")  # (every separator has one)
SENTENCE_MARKS: Final = re.compile(r"[。！？!?，；;]")
_MENU_HINT: Final = re.compile(r"[ |｜·•›»/]")
_SPACED_BAR: Final = re.compile(r"\s[|｜]\s")
_WIDE_GAP: Final = re.compile(r"\s*\u3000\s*")
_ROW_NUMBER: Final = 3  # (a table's row number: up to 999)
_YEAR: Final = re.compile(r"(?:19|20)\d\d")
_GLOSS_END: Final = re.compile(r"[(（][^()（）]*[)）]$")  # (a bracketed gloss closing an item: 崔美善（최미선）)
# A transliterated name's dot beside an enumeration's comma (叶尔江·哈布力、马合沙提·木拉提): a list of names.
# (\w, not the Han range: this module is compiled on every start)
_DOTTED_LISTED: Final = re.compile(r"\w·\w+、|、\w+·\w")
LIST_MARK: Final = re.compile(r"^(?:[-*+]|\d{1,2}[.、)])\s")
# An equation: operators on either side of its equals sign (干燥空气 + 摩擦 = 静电, 总重 = 背包 + 帐篷),
# within 80 characters (unbounded, every + of a long line scanned on to its end: a base64 line took minutes).
EQUATION: Final = re.compile(r"\S\s*[+＋×÷−]\s*\S[^=＝]{0,80}?\s[=＝]\s*\S|\S\s[=＝]\s*\S[^=＝]{0,80}?\s*[+＋×÷−]\s*\S")


def _latin_name(item: str) -> bool:
    """One or two Latin words of 16 characters at most: Apple Podcasts (no pattern: each costs to compile)."""
    return len(item) <= 16 and item.isascii() and item[:1].isalpha() and item.count(" ") <= 1


def _link(item: str) -> bool:
    """A link's words: 16 characters at most, or, in Latin letters, up to three
    words of 24 (a word takes more letters than Han: Safeguarding Policy)."""
    return len(item) <= 16 or (len(item) <= 24 and item.isascii() and item[:1].isalpha() and item.count(" ") <= 2)


def is_menu(line: str) -> bool:
    """A menu, breadcrumb or profile row at any length: at least three items
    joined by | / · › (each a few words), or at least four short words (two
    of them Chinese) separated by spaces; never sentence punctuation or a
    label's colon (主演：张三 李四 王五 赵六 is a cast list)."""
    if "，" in line or "。" in line:  # most lines: prose (a fast test before the regexes)
        return False
    if "\u3000" in line and not SENTENCE_MARKS.search(line):
        # Items set apart by ideographic spaces: PC　PS5　Switch　XBOX　手機 (a Latin
        # name may be two words: Spotify　Apple Podcasts　YouTube　小宇宙)
        items = [item for item in _WIDE_GAP.split(line) if item]
        # (a poem's lines set apart the same way are all of one length, in Han; so are a roll's names, a gloss cut)
        lengths = {len(_GLOSS_END.sub("", item)) for item in items}
        if (
            len(items) >= 4
            # (a table's row led by its row number, its next cell words: 1　苏志明　第4巷　RM600;
            # a menu's items are never numbered, a pager's are all figures: 1　2　3　下一页)
            and not (items[0].isdigit() and len(items[0]) <= _ROW_NUMBER and not items[1][:1].isdigit())
            and all((len(item) <= 8 and " " not in item) or _latin_name(item) for item in items)
            and (len(lengths) > 1 or any(not _CJK.search(item) for item in items))
        ):
            return True
    # (no separator's mark, and a label's colon or no Han character: none of the shapes below, whatever
    # they find; a line of Latin prose is told here in C, as an ASCII line holds no Han)
    if (line.isascii() or ":" in line or "：" in line) and _MENU_MARK.search(line) is None:
        return False
    if not _MENU_HINT.search(line) or SENTENCE_MARKS.search(line) or LIST_MARK.match(line):
        return False
    if ("=" in line or "＝" in line) and EQUATION.search(line):
        return False  # an equation's terms, not a menu's items
    if "、" in line and "·" in line and _DOTTED_LISTED.search(line):
        return False  # names with their dots, listed: no menu's items
    # (no separator's mark, one item: a plain scan spares the split, which tries every position)
    items = [item.strip() for item in _MENU_SEPARATORS.split(line) if item.strip()] if _MENU_MARK.search(line) else []
    if len(items) >= 3:
        # (the first item may be a longer label: 在 Apple Podcasts 收聽 ｜ Spotify ｜ …)
        return len(items[0]) <= 24 and all(map(_link, items[1:]))
    if len(items) == 2 and _SPACED_BAR.search(line):
        # Two links with a spaced bar between: 隱私權政策 ｜ 資料開放宣告, 相關連結：A ｜ B,
        # Privacy Policy | Safeguarding Policy
        return all(map(_link, items))
    # (a label's colon, or no Han character to make two Chinese words, asked before the split: most long
    # lines of Latin prose come here, and stop)
    if ":" in line or "：" in line or _CJK.search(line) is None:
        return False
    words = line.split()
    return (
        len(words) >= 4
        and all(len(w) <= 8 for w in words)
        and sum(len(w) for w in words) <= 4.5 * len(words)
        and sum(1 for w in words if _CJK.search(w)) >= 2
        and not no_menu_end(line)  # (an item and its cost, a signature: a list's row, a notice's end)
        and not _latin_sentence(words)
        # (a year, then a make's Latin name: a listing's headline, 2022 Perodua Myvi 1.5 AV 自动挡 单一车主)
        and not (_YEAR.fullmatch(words[0]) and words[1].isascii() and words[1][:1].isupper())
    )


def _latin_sentence(words: list[str]) -> bool:
    """Words of a sentence in Latin punctuation (Across is 横, Down is 竖.): a
    clause's comma inside, a full stop last, and a word in lower case, a verb's
    or a particle's; a menu's items are names, and none ends in a stop."""
    return (
        words[-1][-1:] == "."
        and words[-1][-2:-1] != "."
        and any(w[-1] == "," for w in words[:-1])
        and any(w.isascii() and w.isalpha() and w.islower() for w in words)
    )


__all__ = ["EQUATION", "LIST_MARK", "SENTENCE_MARKS", "is_menu"]
