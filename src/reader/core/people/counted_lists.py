"""A short 、 list that the text counts in people right after it (由方园、罗文博
两位志愿者完成, 张三、李四、王五三位老师): the count of persons (两位, 三位; 名 counts prizes too: 银奖两名) equals
the items, so each item is one person, a name even where it reads as a word. So does a
count before a colon whose items, joined by 、 or spaces, run to the clause's end (洞潜组四人：任海 宋雨 龙飞 蓝天)."""

from __future__ import annotations

import re

from reader.core.people.names import CJK, PARTICLES, is_han

# Two to four items of two to four Han characters joined by 、, then a count of
# persons; no Han character before the first item's start but a preposition's.
# (an item may carry its role in brackets, 秦保国（组长）; 人 counts persons too: 金星、冯大海三人组成)
_ITEM = rf"[{CJK}]{{2,4}}(?:\([^()、\n]{{1,12}}\))?"
_COUNTED_RE = re.compile(rf"(?P<items>{_ITEM}(?:、{_ITEM}){{1,3}})(?P<count>[两二三四])[位人]")
_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}
# A count of persons, a colon, then as many items joined by 、 or by spaces, up to a clause's end.
_SEP = r"(?:、|[ \t\u3000]+)"
_COUNTED_AHEAD_RE = re.compile(
    rf"(?P<count>[两二三四五六])(?:人|位|名)[:：][ \t\u3000]*"
    rf"(?P<items>[{CJK}]{{2,4}}(?:{_SEP}[{CJK}]{{2,4}}){{1,5}})[ \t\u3000]*(?=[。；;，,\n]|$)"
)
_ITEM_RE = re.compile(rf"[{CJK}]+")


def counted_lists(folded: str) -> list[list[tuple[int, int, str]]]:
    """The items of each 、 list followed by a count of persons that equals them."""
    runs = _counted_ahead(folded)
    if "、" not in folded or ("位" not in folded and "人" not in folded):
        return runs
    for m in _COUNTED_RE.finditer(folded):
        items = m.group("items").split("、")
        if len(items) != _COUNTS[m.group("count")]:
            continue
        start = _first_start(folded, m.start("items"), m.start("items") + len(items[0]))
        if start is None:
            items, pos = items[1:], m.start("items") + len(items[0]) + 1
        else:
            items[0], pos = folded[start : m.start("items") + len(items[0])], start
        run = []
        for item in items:
            name = item.split("(", 1)[0]
            run.append((pos, pos + len(name), name))
            pos += len(item) + 1
        runs.append(run)
    return runs


def _counted_ahead(folded: str) -> list[list[tuple[int, int, str]]]:
    """The items after a count of persons and a colon, when they are as many."""
    runs = []
    for m in _COUNTED_AHEAD_RE.finditer(folded):
        run = [(i.start(), i.end(), i.group()) for i in _ITEM_RE.finditer(folded, m.start("items"), m.end("items"))]
        if len(run) == _COUNTS[m["count"]]:
            runs.append(run)
    return runs


# A preposition or particle glued before a list's first item (由方园、罗文博).
_BEFORE = PARTICLES | frozenset("由经请让")


def _first_start(folded: str, earliest: int, end: int) -> int | None:
    """Where the first item starts: after what is no Han character, or after a
    preposition or particle; None when neither sets it off."""
    for start in range(earliest, end - 1):
        if start == 0 or not is_han(folded[start - 1]) or folded[start - 1] in _BEFORE:
            return start
    return None
