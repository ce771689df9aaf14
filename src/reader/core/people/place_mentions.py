"""Places the rules read as names, told by what stands around them rather than by their shape
(斯托克波特, 吉兰丹, 米埔: transliterated or local names a surname's character opens):

- its own last character is a district's, a station's or a ridge's (路氹区, 车埕站, 关子岭): no
  given name ends so;
- the far end of a way from a place (从元朗到斯托克波特) or where one comes from before a list of
  others (来自吉兰丹、登嘉楼及泰南);
- an item of a list that a place word closes (东沙、彭佳屿等离岛, 米埔、南生围及后海湾沿岸,
  彭亨、登嘉楼多个县区);
- where one goes or stays, a preposition of place opening the clause (1996年:到库伯佩迪挖矿,
  在弗利活经营超市) or a verb of motion before it (只建到弗利活);
- the domain of a title a name follows (凤林里长 蔡明德: the village whose chief he is);
- the head of the school or the body in brackets after a person's name (莫家欣(马六甲南湖独中));
- a dateline's place: a paragraph opening with a country and the place, then a dash
  (冰岛赫韦拉盖尔济——十一月的冰岛).

A form any occurrence of which a person's cue stands beside (说, 先生, 记者) stays a name.
Used by :mod:`reader.core.people.place_context`.
"""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.cues import cue_after, cue_before
from reader.core.people.names import CJK, is_han
from reader.core.people.texts import starts

# A district's, a station's, a ridge's, a flat's, a stockade's, a bay's end (folded, after two characters
# or more: 路氹区, 车埕站, 关子岭, 大埔): no given name ends in them.
_UNIT_ENDS = frozenset("区站岭坪寨屯埔墟湾")
# Where a list's items are places (等离岛, 沿岸, 多个县区, 一带): what may close it.
_LIST_CLOSERS_RE = re.compile(
    rf"(?:等(?:[{CJK}]{{0,2}}[岛屿地国州省县市镇村区])|沿岸|沿海|一带|多个县|多个州|多个地区|两地|三地|各地)"
)
_ITEM_SEPARATORS = "、及和与"
_ITEM_MAX = 6
_ITEM_RE = re.compile(rf"[{CJK}]{{2,{_ITEM_MAX}}}?(?=[{_ITEM_SEPARATORS}]|等|沿|一带|多个|两地|三地|各地)")
_LIST_ITEMS = 6
# Where a way starts or where one comes from (folded).
_FROM = ("从", "由", "自")
_COMES_FROM = ("来自",)
# Prepositions of place (folded): where one goes, is, or comes from.
_AT = ("在", "到", "去", "往", "于")
# Verbs of motion a 到 or 往 makes a place's (搬到, 建到, 飞往).
_MOVES = frozenset("搬建开走飞回来去送运移迁驶通延坐搭乘载住逃嫁调")
# What ends the clause before a preposition that opens one (年 and 后: 1996年到…, 退休后到…).
_OPENERS = frozenset("，。；：！？,;:!?\n 　年后")
# A person's side after 在/到 (在保罗看来, 到陈伯家, 在他身边): no place.
_PERSON_SIDE = ("看来", "眼中", "心中", "心里", "身上", "身边", "面前", "家", "手", "那", "这", "的", "和", "与", "跟")
# What one does at a place (在弗利活经营超市): after 在, a place's verb, not a time's (在王明离开后).
_AT_PLACE_DOING = ("经营", "工作", "生活", "出生", "长大", "居住", "定居", "读书", "上学", "开店", "举行", "举办")
# Seasons and times a place has (在米尼奥的夏天).
_PLACE_TIMES_RE = re.compile("的(?:[春夏秋冬]天|冬季|夏季|春季|秋季|街头|郊外|乡下|海边|山里)")


def places_mentioned(folded: str, forms: set[str]) -> set[str]:
    """The Han forms of ``forms`` the text uses as places and never beside a person's cue."""
    found = set()
    for form in forms:
        if not (2 <= len(form) <= 5 and all(is_han(c) for c in form)):
            continue
        spans = [(s, s + len(form)) for s in starts(folded, form)]
        if not spans or any(cue_after(folded, e) or cue_before(folded, s) for s, e in spans):
            continue
        if (len(form) >= 3 and form[-1] in _UNIT_ENDS) or any(
            _way_end(folded, s, e, forms)
            or _closed_list(folded, s, e)
            or _gone_to(folded, s, e)
            or _title_domain(folded, e, forms)
            or _school_head(folded, s, e, forms)
            or _dateline(folded, s, e)
            for s, e in spans
        ):
            found.add(form)
    return found | _inside_places(folded, forms - found, found)


def _inside_places(folded: str, forms: set[str], places: set[str]) -> set[str]:
    """南生 of 南生围: a form the text writes only inside a place found here is that place's part."""
    covered = {i for p in places for s in starts(folded, p) for i in range(s, s + len(p))}
    return {
        f
        for f in forms
        if covered
        and f in {p[: len(f)] for p in places} | {p[-len(f) :] for p in places}
        and all(s in covered and s + len(f) - 1 in covered for s in starts(folded, f))
    }


def _way_end(folded: str, start: int, end: int, forms: set[str]) -> bool:
    """从元朗到斯托克波特: the end of a way from a place; 来自吉兰丹、登嘉楼: a home before a list."""
    if folded.endswith(_COMES_FROM, 0, start) and folded[end : end + 1] in "、及和与":
        return True
    if folded[start - 1 : start] not in ("到", "至"):
        return False
    head = start - 1
    for length in range(2, 6):
        at = head - length
        if at < 1 or not all(is_han(c) for c in folded[at:head]):
            break
        if folded[at - 1] in _FROM and _place_like(folded[at:head], forms):
            return True
    return False


def _closed_list(folded: str, start: int, end: int) -> bool:
    """东沙、彭佳屿等离岛: an item of a 、 list a place word closes."""
    at = end
    items = 1
    while items <= _LIST_ITEMS and at < len(folded):
        closer = _LIST_CLOSERS_RE.match(folded, at)
        if closer is not None:
            return items >= 2 or folded[start - 1 : start] in _ITEM_SEPARATORS
        if folded[at] not in _ITEM_SEPARATORS:
            return False
        item = _ITEM_RE.match(folded, at + 1)
        if item is None:
            return False
        at = item.end()
        items += 1
    return False


def _gone_to(folded: str, start: int, end: int) -> bool:
    """到库伯佩迪挖矿: a preposition of place opening the clause (or a verb of motion before 到),
    the form not on a person's side after it (在保罗看来, 到陈伯家)."""
    word = next((w for w in _AT if folded.endswith(w, 0, start)), None)
    if word is None:
        return False
    before = folded[start - len(word) - 1 : start - len(word)]
    if not (before == "" or before in _OPENERS or (word in ("到", "往") and before in _MOVES)):
        return False
    if folded.startswith(_PERSON_SIDE, end):
        return folded[end : end + 1] == "的" and _PLACE_TIMES_RE.match(folded, end) is not None
    if word in ("在", "于"):
        return folded.startswith(_AT_PLACE_DOING, end)
    nxt = folded[end : end + 1]
    return nxt == "" or is_han(nxt) or nxt in "(，。,"


def _title_domain(folded: str, end: int, forms: set[str]) -> bool:
    """凤林里长 蔡明德: the form, 长 and another found name: the place its chief heads."""
    if folded[end : end + 1] != "长":
        return False
    at = end + 1
    while at < len(folded) and folded[at] in " \u3000:":
        at += 1
    return any(folded.startswith(f, at) for f in forms if len(f) >= 2) and not lexicon.is_common_word(
        folded[end : end + 2], lexicon.WORD
    )


# How a school's or a body's name ends (独中, 中学, 学院, 会馆, 公会).
_BODY_ENDS = frozenset("中学校院会馆")
_BODY_REACH = 8


def _school_head(folded: str, start: int, end: int, forms: set[str]) -> bool:
    """莫家欣(马六甲南湖独中): the form opens a bracket after a found name, and more characters after
    it end the bracket as a school's or a body's name does (not 王明(李华之子))."""
    if folded[start - 1 : start] != "(":
        return False
    close = folded.find(")", end, end + _BODY_REACH)
    if close <= end + 1 or not all(is_han(c) for c in folded[end:close]) or folded[close - 1] not in _BODY_ENDS:
        return False
    return any(folded.endswith(f, 0, start - 1) for f in forms if f != folded[start:end])


# The dash that closes a dateline (folded), and how far its place may run.
_DATELINE_DASH = "——"
_DATELINE_REACH = 12


def _dateline(folded: str, start: int, end: int) -> bool:
    """冰岛赫韦拉盖尔济——: the form stands in the Han run that opens a paragraph and ends at a dash,
    after a place the dictionary knows (冰岛) that opens the run."""
    line_start = folded.rfind("\n", 0, start) + 1
    if start - line_start > _DATELINE_REACH or not all(is_han(c) for c in folded[line_start:start]):
        return False
    dash = folded.find(_DATELINE_DASH, end, end + _DATELINE_REACH)
    if dash == -1 or not all(is_han(c) for c in folded[end:dash]):
        return False
    return any(
        (entry := lexicon.lookup(folded[line_start : line_start + n])) is not None and entry.tag.startswith("ns")
        for n in range(2, min(start - line_start, 4) + 1)
    )


def _place_like(item: str, forms: set[str]) -> bool:
    """Where a way starts (从元朗到): the dictionary's place, or a run no found name and no other word
    (从王明到李华: people; 从学校到, 从早到: words)."""
    entry = lexicon.lookup(item)
    return entry.tag.startswith("ns") if entry is not None else item not in forms
