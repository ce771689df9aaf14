"""A line of labelled fields (艺术顾问：闻一鸣　服装设计：李林秀芳, 琴：高山　簫：麥嘉雯, 表演：马兰花
柳青): a programme's or a cast list's credits. A writer fills such a line with the people of its
roles, so when one value is a person already found, the line's other values are people too, even
those that are words (高山, 柳青), whatever the labels say."""

from __future__ import annotations

import re

from reader.core.people.names import CJK
from reader.core.people.org_heads import office_word

_GAP = r"[ \t\u3000]+"
# An item: two to four Han characters, not a label (no colon after it), maybe glossed in brackets.
_ITEM = rf"[{CJK}]{{2,4}}(?![{CJK}:：])(?:\([^()\n]{{1,24}}\))?"
# A field: a short label set off on its left (or after a line's number: 四、新郎：), its colon,
# then items apart by spaces or 、; the fields may fill a bracket closing the line, a programme's
# note after its item (《昭君出塞》（签手：何方　前声：高史金兰）).
_FIELD_RE = re.compile(
    rf"(?:^|(?<=[ \t\u3000》」”)(])|(?<=^[一二三四五六七八九十\d]、))[{CJK}]{{1,6}}[:：][ \t\u3000]*"
    # (the run ends the line or meets the next label: 時間：週二 19:00 is a time)
    rf"(?P<run>{_ITEM}(?:(?:{_GAP}|、){_ITEM})*)(?={_GAP}[{CJK}]{{1,6}}[:：]|[ \t\u3000]*\)?[ \t\u3000]*$)",
    re.M,
)
_NAME_RE = re.compile(rf"[{CJK}]{{2,4}}")


def field_runs(folded: str, known: set[str]) -> list[list[tuple[int, int, str]]]:
    """The items of each line's fields, for lines where one of them is in ``known``."""
    if ":" not in folded and "：" not in folded:
        return []
    lines: dict[int, list[tuple[int, int, str]]] = {}
    for m in _FIELD_RE.finditer(folded):
        line = folded.rfind("\n", 0, m.start())
        for name in _NAME_RE.finditer(folded, m.start("run"), m.end("run")):
            # (a gloss's words are no item: 石头(本名石建军))
            # (nor an office, which a credit may name before its person: 审核：宣传科 马丽娜)
            outside = folded.count("(", m.start("run"), name.start()) == folded.count(")", m.start("run"), name.start())
            if outside and not office_word(name.group()):
                lines.setdefault(line, []).append((name.start(), name.end(), name.group()))
    return [items for items in lines.values() if len(items) >= 2 and any(form in known for _, _, form in items)]


__all__ = ["field_runs"]
