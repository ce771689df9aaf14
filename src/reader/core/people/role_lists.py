"""A list whose label is a person's role (委员：高峰、罗马、金成哲（朝鲜族）; 参展学生：林可 田甜 黄河清): the
label says what its items are, so each is a person even where its name is a
place's or a word (罗马), as a roster's rank vouches for the name before it."""

from __future__ import annotations

import re

from reader.core.people.cues import cue_ends_at
from reader.core.people.field_values import field_value
from reader.core.people.names import CJK

# An item: two to four Han characters (or a transliteration's dotted parts, 帕尔哈提·艾力) and an
# optional gloss in brackets.
_NAME = rf"[{CJK}]{{2,5}}(?:·[{CJK}]{{1,6}}){{0,3}}"
_ITEM = rf"{_NAME}(?:[（(][^（()）\n]{{1,24}}[）)])?"
# A label: a word, or its characters set apart by single spaces to align a column (主　任：, 委　员：).
_LABEL = rf"(?P<label>[{CJK}]{{2,6}}|[{CJK}](?:[ \u3000][{CJK}]){{1,3}})"
# The label at a line's start, its colon, then three items or more joined by
# 、 (or all by spaces) up to the line's end; or, closing a sentence, two or
# more (…主办，裁判员：蒯志刚　丁香。).
_GAP = r"[ \t\u3000]+"
_LABELLED_RE = re.compile(
    rf"(?m)(?:^|(?<=[，；,;])){_LABEL}[:：][ \t\u3000]*"
    rf"(?P<run>{_ITEM}(?:、{_ITEM}){{2,}}|{_ITEM}(?:{_GAP}{_ITEM}){{2,}}"
    rf"|(?<=[:：]){_ITEM}(?:(?:、|{_GAP}){_ITEM})+(?=。$))[ \t\u3000]*。?$"
)
# One name as a field's whole value, its label a role, on a line of fields
# (旅游巴司机：陈九（九叔）　导游：关键): the role vouches for it as for a list.
_FIELD_RE = re.compile(rf"(?<![{CJK}]){_LABEL}[:：][ \t\u3000]*(?P<run>{_ITEM})(?=[ \t\u3000]|$)", re.M)
_SEPARATOR_RE = re.compile(rf"、|{_GAP}")
_NAME_RE = re.compile(_NAME)


def role_listed(folded: str) -> list[tuple[int, int, str]]:
    """The names of each list in ``folded`` that a person's role labels."""
    items = []
    for m in _LABELLED_RE.finditer(folded):
        if not _role(m["label"]):
            continue
        pos = m.start("run")
        for part in _SEPARATOR_RE.finditer(m["run"] + "、"):
            name = _NAME_RE.match(folded, pos, m.start("run") + part.start())
            if name is not None:
                items.append((name.start(), name.end(), name.group()))
            pos = m.start("run") + part.end()
    for m in _FIELD_RE.finditer(folded):
        name = _NAME_RE.match(m["run"])
        if name is not None and _role(m["label"]):
            start = m.start("run")
            if field_value(folded, start, m.end("run")):
                items.append((start, start + name.end(), name.group()))
    return items


def _role(label: str) -> bool:
    word = label.replace(" ", "").replace("\u3000", "")
    # (a role and 员, the one who does it, is a role: 裁判员 as 裁判)
    return cue_ends_at(word, len(word)) or (word[-1:] == "员" and cue_ends_at(word, len(word) - 1))
