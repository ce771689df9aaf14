"""Sponsors: the names a page lists as its sponsors are firms and brands
(赞助商李宁、江小白; 本季赞助：李锦记、美心; 赞助单位：汤姆熊欢乐世界; 维他奶、大家乐、周生生赞助), however
much they look like people's names. A person who sponsors is named with
what they are (赞助人, 先生), which no sponsor list here holds."""

from __future__ import annotations

import re

from reader.core.people.names import CJK
from reader.core.people.texts import only_there

# A list of short Han items joined by 、 (or one item); before the verb, two
# or more (张三赞助了奖金 may be a person's gift).
_ITEM = rf"[{CJK}]{{2,8}}"
_ITEMS = rf"{_ITEM}(?:、{_ITEM})*"
_TWO_ITEMS = rf"{_ITEM}(?:[、及和与]{_ITEM})+"
# A thanks before the list (感谢美心及荣华饼家赞助): its 谢 is no surname.
_THANKS = "(?:感谢|多谢|鸣谢)?"
# The list after the label (赞助商, 赞助：) or before the verb (…赞助), a
# clause of its own; 赞助人 (a sponsoring person) is no firm's label.
_SPONSOR_RE = re.compile(
    rf"赞助商[：:]?[ \t\u3000]*(?P<after>{_ITEMS})"
    rf"|赞助(?:单位)?[：:][ \t\u3000]*(?P<label>{_ITEMS})"
    rf"|(?:^|(?<=[\n；;，,。：:]))[ \t\u3000]*{_THANKS}(?P<before>{_TWO_ITEMS})赞助(?![人：:])",
    re.M,
)
_SPONSOR = "赞助"
_JOINS_RE = re.compile("[、及和与]")


def sponsor_names(folded: str, forms: set[str]) -> set[str]:
    """The forms only ever written as items of a sponsor list."""
    if _SPONSOR not in folded or not forms:
        return set()
    listed: dict[str, int] = {}
    for m in _SPONSOR_RE.finditer(folded):
        items = (m.group("after") or m.group("label") or "").split("、") if not m.group("before") else []
        for item in items or _JOINS_RE.split(m.group("before")):
            # (a brand opening the firm's whole name too: 汤姆熊欢乐世界)
            for form in [item] if item in forms else [f for f in forms if item.startswith(f)]:
                listed[form] = listed.get(form, 0) + 1
        # (a "name" run across the thanks into the first item: 感|谢美心)
        if m.group("before") and m.group(0) != m.group("before"):
            for form in forms:
                if form not in listed and form in m.group(0) and form not in m.group("before"):
                    listed[form] = 1
    return only_there(folded, listed)
