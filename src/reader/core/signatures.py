"""Who signs a notice at its end: under the last paragraph, the
organisation's name, then a title and a person's name (麗華大廈業主立案法團 /
主席 葉志強). The organisation is known by the page naming it elsewhere (its
masthead, its ©) or by its being the page's source; the person signing is
the notice's author when no byline names one."""

from __future__ import annotations

import re

from reader.core.line_passes import Line
from reader.core.person_values import han_name_shaped

# A title, then a person's name: 主席 葉志強, 理事长 王建国, 校长 李明
_TITLE_NAME = re.compile(r"(?P<title>[\u3400-\u9fff]{2,4})[ \u3000]+(?P<name>[\u3400-\u9fff]{2,4})")
_ORG = range(4, 31)  # (the organisation's name: its length)
_TAIL = 6  # (the signature is among the text's last lines)
_AFTER = 4  # (and this close under the last paragraph)
_PUNCT = re.compile(r"[，。！？、；：:,!?;]")


def signer(lines: list[Line], source: str | None) -> tuple[str, str] | None:
    """(title, name) of the person signing under the organisation's name at
    the notice's end, or None."""
    tail = lines[-_TAIL:]
    for j, line in enumerate(tail):
        text = line.text
        # (most texts' last lines are no title and name of 5 to 9 characters set apart by a space)
        if text[9:] or not text[4:] or not (" " in text or "\u3000" in text):
            continue
        if (m := _TITLE_NAME.fullmatch(text)) is None:
            continue
        k = len(lines) - len(tail) + j
        if not han_name_shaped(m["name"]) or han_name_shaped(m["title"]):
            continue
        if k < 2:
            return None
        org = lines[k - 1].text
        if len(org) not in _ORG or _PUNCT.search(org):
            return None
        if not any(line.kept and not line.short for line in lines[max(0, k - 1 - _AFTER) : k - 1]):
            return None  # (under the notice's last paragraph)
        named = org == source or any(org in line.text for i, line in enumerate(lines) if i != k - 1)
        return (m["title"], m["name"]) if named else None
    return None


__all__ = ["signer"]
