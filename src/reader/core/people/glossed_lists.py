"""Lists whose items carry more than a bare name: a gloss in brackets after
an item (金允儿（国际交流学院）、向阳（物理学院）), a dotted name among them
(沈佳琪、夏天、阿依努尔·托合提), or names set apart by spaces on a line of their
own or in a table's cell (黄俊　钟离思远　叶子). The plain 、 runs of
:mod:`reader.core.people.rolls` stop at such an item; here the list is read
whole, and its items are people where enough of the others are."""

from __future__ import annotations

import re

from reader.core.people.names import CJK

# An item: two to four Han characters, or a dotted name (whose first part may be
# longer: the Uyghur 阿不都热合曼·吾守尔), then an optional gloss.
_HEAD = rf"(?:[{CJK}]{{5,8}}(?=·)|[{CJK}]{{2,4}})(?:·[{CJK}]{{1,8}})*"
_ITEM = rf"{_HEAD}(?:[（(][^（()）\n]{{1,24}}[）)])?"
# Three or more items joined by one kind of separator (、, or a run of spaces),
# set off from what is around them by no Han character.
_RUN_RES = (
    re.compile(rf"(?<![{CJK}·]){_ITEM}(?:、{_ITEM}){{2,}}(?![{CJK}·])"),
    re.compile(rf"(?m)(?:^|(?<=[|:]))[ \t\u3000]*{_ITEM}(?:[ \t\u3000]+{_ITEM}){{2,}}[ \t\u3000]*(?=[|]|$)"),
)
_GAP_RE = re.compile(r"[ \t\u3000]+")
_NAME_RE = re.compile(_HEAD)


def glossed_lists(folded: str) -> list[list[tuple[int, int, str]]]:
    """The items of each such list in ``folded`` (the name part of each)."""
    runs = []
    for run_re in _RUN_RES:
        for m in run_re.finditer(folded):
            # (a list of plain items is the 、 rule's already: read only where one item differs)
            if "·" not in m.group() and "（" not in m.group() and "(" not in m.group() and "、" in m.group():
                continue
            # (gaps of different widths set a table's cells apart, a row's label
            # first: 周四　胡建平（主任医师）　　王静怡; a list's gaps are alike)
            if len({g.group() for g in _GAP_RE.finditer(m.group().strip(" \t\u3000"))}) > 1:
                continue
            runs.append([(m.start() + n.start(), m.start() + n.end(), n.group()) for n in _items(m.group())])
    return runs


def _items(run: str) -> list[re.Match[str]]:
    """The name at the head of each item of ``run``."""
    names = []
    pos = 0
    for item in re.finditer(_ITEM, run):
        if item.start() < pos:
            continue
        if (name := _NAME_RE.match(run, item.start())) is not None:
            names.append(name)
        pos = item.end()
    return names
