"""Names given as a field's values: a label's list of names set off by ； or
、, each perhaps with a bracketed gloss (发明人：诸葛明远；慕容雪；李娜,
委员：孙建国（得票701张）、欧阳红（女，得票540张）), and a row of labelled
fields (裁判長：歐陽國棟　紀錄：田宏　計時：葉小慧). Such items are a list for
:func:`reader.core.people.rolls.listed_people`: it takes their names when
enough of the items are people already."""

from __future__ import annotations

import re

# A label, its colon, then the rest of the line.
_LABELLED_LIST_RE = re.compile(r"(?m)^[ \t\u3000]*[^\s：:]{1,4}(?:[ \t\u3000][^\s：:]{1,3})?[：:](?P<rest>[^\n]+)$")
# One item: its text, an optional bracketed gloss, then a separator or the end.
_ITEM_RE = re.compile(
    r"[ \t\u3000]*(?P<item>[^、；;（()）\n]+?)[ \t\u3000]*(?:[（(][^（()）\n]{0,40}[）)])?[ \t\u3000]*(?:[、；;]|$)"
)
# A row of labelled fields set off by spaces: 裁判長：歐陽國棟　紀錄：田宏.
_FIELD_RE = re.compile(
    r"(?P<label>[^\s：:]{1,6})[：:][ \t\u3000]*(?P<value>[^\s：:（(]{1,12})(?:[（(][^（()）\n]{0,40}[）)])?"
)
_FIELD_ROW_RE = re.compile(
    r"(?m)^[ \t\u3000]*(?:[^\s：:]{1,6}[：:][^\n：:]*?[ \t\u3000]+){2,}[^\s：:]{1,6}[：:][^\n：:]*$"
)
# A two-character name padded to a three-character one's width (张　伟), as
# official lists align them; any other item with a space is no name.
_PADDED_RE = re.compile(r"[\u3400-\u9fff][ \u3000][\u3400-\u9fff]")
MIN_ITEMS = 3


def field_lists(folded: str) -> list[list[tuple[int, int, str]]]:
    """The items of each labelled list and each row of labelled fields."""
    if "：" not in folded and ":" not in folded:
        return []
    runs: list[list[tuple[int, int, str]]] = []
    for m in _LABELLED_LIST_RE.finditer(folded):
        rest, base = m.group("rest"), m.start("rest")
        if not any(sep in rest for sep in "、；;"):
            continue
        items: list[tuple[int, int, str]] = []
        pos = 0
        while pos < len(rest):
            item = _ITEM_RE.match(rest, pos)
            if item is None or item.end() == pos:
                items = []
                break
            form = item.group("item")
            if _PADDED_RE.fullmatch(form) or not any(c.isspace() for c in form):
                items.append((base + item.start("item"), base + item.end("item"), form))
            pos = item.end()
        if len(items) >= MIN_ITEMS:
            runs.append(items)
    for row in _FIELD_ROW_RE.finditer(folded):
        fields = list(_FIELD_RE.finditer(row.group()))
        if len(fields) >= MIN_ITEMS:
            runs.append(
                [(row.start() + f.start("value"), row.start() + f.end("value"), f.group("value")) for f in fields]
            )
    return runs
