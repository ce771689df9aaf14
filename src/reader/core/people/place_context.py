"""Places the rules read as names (何文田, 黃大仙, 林園: a surname and a
given name's shape), told by their context: listed among other places
(途經何文田、李鄭屋、荃灣、大帽山), after a verb of going or living (住在,
位於, 途經), as where something starts or happens (黃大仙至獅子山, 在林園做石化,
在哈瑪星出生), in a table's column of places (訪談地點), after a romanized
name in a person's gloss (Suia Taufa，薩摩亞), or as the head of a street's or a
district's name (陈旭年文化街, 筷子基南街, 黃大仙區居民). A form any occurrence of which
a person's cue follows (說, 先生) stays a name.
Used by :mod:`reader.core.people.extract`.
"""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.cues import cue_after, cue_before
from reader.core.people.latin_places import latin_places
from reader.core.people.names import CJK, PARTICLES, SOFT_FIRST_ONLY, is_han
from reader.core.people.place_mentions import places_mentioned
from reader.core.people.table_columns import place_columns
from reader.core.people.texts import latin_glosses, starts

# How place names end (荃湾, 大帽山, 石澳村, 天文台道, 九龙站).
_PLACE_ENDS = frozenset("山湾区村道街站岛港镇乡县市省州埠澳")
# Verbs whose object is a place (家住 too: one's home is at).
# (and going back, coming or bringing something there: 回到, 来到, 带到了尼尔基。)
_TO_PLACE = (
    "途经",
    "住在",
    "家住",
    "位于",
    "前往",
    "抵达",
    "到达",
    "搬到",
    "迁往",
    "路经",
    "驶经",
    "回到",
    "来到",
    "带到",
    "带到了",
)
# What may end a place after such a verb (住在石澳的陈伯, 途经何文田、): the place
# is the whole form, not the start of a longer one (向阳镇).
_PLACE_CLOSERS = "的、和与及，。；,;\n"
# At (Cantonese writes 喺: 喺馬房做), and what follows a place after it (在林园做石化, 在哈玛星出生, 在马祖当兵),
# and 至/到 before another place.
_AT = frozenset("在喺")
_AT_PLACE_DOING = ("出生", "长大", "做", "工作", "居住", "定居", "开", "当兵", "服役")
_ITEM_RE = re.compile(rf"[{CJK}]{{2,5}}")


def places_named(folded: str, forms: set[str]) -> set[str]:
    """The Han forms of ``forms`` the text uses as places and never as a person."""
    columns = {text for column in place_columns(folded) for _, _, text in column}
    found = set()
    for form in forms:
        if not (2 <= len(form) <= 4 and all(is_han(c) for c in form)):
            continue
        spans = [(s, s + len(form)) for s in starts(folded, form)]
        if any(_origin_glossed(folded, s, e) or _counted_place(folded, s, e) or _apposed(folded, e) for s, e in spans):
            found.add(form)  # (a place wherever else it stands: 薩摩亞評審, 整理瓊林、安岐、東沙三村)
            continue
        if not spans or any(cue_after(folded, e) or cue_before(folded, s) for s, e in spans):
            continue
        if (
            form in columns
            or _demonym(folded, form)
            or _natives(folded, form, spans)
            or _village(form)
            or _landmark_of(form, forms)
            or any(_place_context(folded, s, e) or _street_head(folded, e) for s, e in spans)
        ):
            found.add(form)
    found |= places_mentioned(folded, forms - found) | latin_places(folded, forms)
    # (伊達邵（Ita Thaw）部落: a place's name in another script is a place too)
    return found | latin_glosses(folded, forms, found)


# A village's shape: a family's name, 家 and the land it sits on (王家坪, 李家沟,
# 张家湾): no given name ends in these (王家卫, 张家辉 end otherwise).
_VILLAGE_ENDS = frozenset("坪沟庄湾村坡岭塘坝堡屯寨峪洼")


def _village(form: str) -> bool:
    return len(form) == 3 and form[1] == "家" and form[2] in _VILLAGE_ENDS


# How a landmark's name ends (陶然亭, 张飞岩, 陈家祠): what no given name
# ends in after a name the text gives alone, nor before a position word.
_LANDMARK_ENDS = frozenset("亭祠庙寺塔阁岩洞")
# Where something lies against a landmark (张飞岩下方平台, 洞口).
_POSITIONS = ("下方", "上方", "底部", "顶部", "脚下", "入口", "一侧", "洞口")


def _landmark_of(form: str, forms: set[str]) -> bool:
    """A found name and a landmark's ending (陶然 and 陶然亭): a place named after it or sharing it;
    or a found name's given part and that ending (崔满囤 and 满囤洞: the tunnel named after him)."""
    if len(form) < 3 or form[-1] not in _LANDMARK_ENDS:
        return False
    given = form[:-1]
    return given in forms or any(len(f) == len(form) and f.endswith(given) and f != form for f in forms)


# The units a city or a county is written with (江临市): what makes its name a place's.
_UNITS = "市县省"
_NATIVE = "人"


def _demonym(folded: str, form: str) -> bool:
    """One of a place (妻子是江临人): a place's two characters and 人, where the
    text writes that place before its administrative unit (江临市)."""
    place = form[:-1]
    return len(form) == 3 and form[-1] == _NATIVE and any(_unit_at(folded, s + 2) for s in starts(folded, place))


def _natives(folded: str, form: str, spans: list[tuple[int, int]]) -> bool:
    """，馬祖人至今仍稱它: two characters written with 人 after them opening a clause, the 人 making no
    word with what follows (人生, 人家): the people of a place, named twice or more and never in a roll."""
    return (
        len(form) == 2
        and len(spans) >= 2
        and any(
            folded[e : e + 1] == _NATIVE
            and folded[s - 1 : s] in _CLAUSE_OPENERS
            and not lexicon.is_common_word(folded[e : e + 2], lexicon.LISTED)
            for s, e in spans
        )
        # (never an item of a roll: 第一旅　陳卓謙　文靜 … 文靜人如其名, a girl named so)
        and not any(folded[s - 1 : s] in _ROLL_MARKS or folded[e : e + 1] in _ROLL_MARKS for s, e in spans)
    )


_CLAUSE_OPENERS = frozenset("，。；：！？,;:!?\n")  # (as folded: ASCII commas too)
_ROLL_MARKS = frozenset("、 \u3000\t")


# A person's gloss in brackets, a romanized name first (Suia Taufa，薩摩亞): what
# follows the comma tells where the person is from, no second person.
_LATIN_GLOSS_HEAD = re.compile(r"\([a-z][a-z .'\-]*[，,] ?$")


def _origin_glossed(folded: str, start: int, end: int) -> bool:
    return folded[end : end + 1] == ")" and _LATIN_GLOSS_HEAD.search(folded, max(0, start - 40), start) is not None


# The units a settlement is written with (安岐村, 霞山镇, 江临市).
_SETTLEMENT_UNITS = "村镇乡区县市省"


# The rest of a 、 list of places counted with their unit (、安岐、東沙三村, 、两县).
_COUNTED_REST_RE = re.compile(rf"(?:、[{CJK}]{{2,4}}?)*[两二三四五六七八九十]+[{_SETTLEMENT_UNITS}]")


# A demonstrative and the measure word of mountains, towers and cities (鹿鸣峰这座塔): what it counts is no person.
_APPOSED = ("这座", "那座")


def _apposed(folded: str, end: int) -> bool:
    """鹿鸣峰这座塔: the form, then 这座 and what it is; 座 counts no person."""
    return folded.startswith(_APPOSED, end)


def _counted_place(folded: str, start: int, end: int) -> bool:
    """瓊林、安岐、東沙三村: an item of a 、 list that a count and a settlement's unit
    close names a place, whatever cue stands before the list (整理: a credit's role too)."""
    m = _COUNTED_REST_RE.match(folded, end)
    return m is not None and ("、" in m.group() or folded[start - 1 : start] == "、")


# What a street's, a district's or a square's name ends in, and the word between the head and it
# (陈旭年文化街, 筷子基南街, 筷子基北湾大马路, 白鸽巢前地: a largo): none of them a verb's object. (Not
# 公园 or 广场, often named after a person: 邓普勒公园.)
_STREETS = ("大马路", "街区", "街", "区", "前地")
_BETWEEN = 2
# Verbs of going: a person's act before the place, no part of a street's name (去街口, 到街上).
_GOING = frozenset("去到往")


def _street_head(folded: str, end: int) -> bool:
    """The form heads a street's or a district's name: a street word follows
    it, at most two characters on, that makes no word but a place's with its
    neighbours (逛街, 街坊, 区长: no street) and no particle before it (去了区), nor a
    preposition opening what the person does (歐陽風以街舞通過: 以, by means of), nor a verb of going
    (蒋登科去街口: where the person went, not the street's name)."""
    for gap in range(_BETWEEN + 1):
        between = folded[end : end + gap]
        if not all(is_han(c) and c not in PARTICLES for c in between) or between[:1] in SOFT_FIRST_ONLY:
            return False
        if between[:1] in _GOING:
            return False
        for unit in _STREETS:
            if not folded.startswith(unit, end + gap):
                continue
            after = end + gap + len(unit)
            if (between and _other_word(between[-1] + unit[0])) or _other_word(folded[after - 1 : after + 1]):
                continue
            return True
    return False


def _other_word(pair: str) -> bool:
    """The dictionary reads the two characters as a word other than a place's (逛街, 区长; not 南街)."""
    entry = lexicon.lookup(pair)
    return entry is not None and entry.freq >= lexicon.LISTED and not entry.tag.startswith("ns")


def _unit_at(folded: str, at: int) -> bool:
    # (not a title's start: 市长, 县委)
    return at < len(folded) and folded[at] in _UNITS and folded[at + 1 : at + 2] not in ("长", "委")


def _place_context(folded: str, start: int, end: int) -> bool:
    if folded.endswith(_TO_PLACE, 0, start) and (end == len(folded) or folded[end] in _PLACE_CLOSERS):
        return True
    if folded[start - 1 : start] in _AT and folded.startswith(_AT_PLACE_DOING, end):
        return True
    if _in_place_field(folded, start, end):
        return True
    if folded[end - 1] in _LANDMARK_ENDS and folded.startswith(_POSITIONS, end):
        return True  # 下降至张飞岩下方平台
    if folded[end : end + 1] in "至到" and _place_ahead(folded, end + 1):
        return True
    # A route's end (太子道—黃大仙): a dash joins it to a place before it, or to one after.
    if folded[start - 1 : start] in _DASHES and _place_behind(folded, start - 1):
        return True
    if folded[end : end + 1] in _DASHES and _place_ahead(folded, end + 1):
        return True
    return _listed_with_places(folded, start, end)


# A field whose value is where (产区：古吉 罕贝拉 布库村, 地址：…): its label, then words.
_PLACE_FIELD_RE = re.compile(rf"(?:地址|住址|地点|产区|产地|地区)[:：][ \t\u3000{CJK}]*$")
_FIELD_REACH = 24
# What ends an item of such a field's value (古吉 罕贝拉 布库村).
_ITEM_ENDS = " \t\u3000、，,(\n"


def _in_place_field(folded: str, start: int, end: int) -> bool:
    """A whole item of the value of a line's place field: not a home's owner
    (地点：陈伯家) nor a venue named after someone (陆羽茶艺中心)."""
    line_start = folded.rfind("\n", 0, start) + 1
    if start - line_start > _FIELD_REACH or (end < len(folded) and folded[end] not in _ITEM_ENDS):
        return False
    return _PLACE_FIELD_RE.search(folded, line_start, start) is not None


def _listed_with_places(folded: str, start: int, end: int) -> bool:
    """An item of a 、 list whose other items are mostly places."""
    if folded[start - 1 : start] != "、" and folded[end : end + 1] != "、":
        return False
    clause_start = max(folded.rfind(c, 0, start) for c in _CLAUSE_ENDS) + 1
    ends = [i for i in (folded.find(c, end) for c in _CLAUSE_ENDS) if i >= 0]
    clause = folded[clause_start : min(ends, default=len(folded))]
    others = [i for i in clause.split("、") if i and i != folded[start:end]]
    places = sum(_place_like(i) for i in others)
    return places >= 2 and places * 2 >= len(others)


_CLAUSE_ENDS = "\n，。；：:,;"


_DASHES = "—–－-~～"


def _place_behind(folded: str, pos: int) -> bool:
    """A place ends at ``pos`` (太子道 of 太子道—)."""
    run = folded[max(0, pos - 5) : pos]
    return any(_place_like(run[-n:]) for n in range(2, len(run) + 1) if all(is_han(c) for c in run[-n:]))


def _place_ahead(folded: str, pos: int) -> bool:
    """A place starts at ``pos`` (狮子山的新路段)."""
    m = _ITEM_RE.match(folded, pos)
    if not m:
        return False
    # The place ends at the run's end or before 的 (狮子山的), not inside a word (性能都市|场).
    return any(_place_like(m.group()[:n]) for n in range(2, len(m.group()) + 1) if m.group()[n:][:1] in ("", "的"))


def _place_like(item: str) -> bool:
    """A place's shape: a place ending (大帽山), or the dictionary's place."""
    item = item.strip()
    if not item or not all(is_han(c) for c in item):
        return False
    if item[-1] in _PLACE_ENDS and len(item) >= 2:
        return True
    entry = lexicon.lookup(item)
    return entry is not None and entry.tag.startswith("ns")
