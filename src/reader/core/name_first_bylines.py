"""Bylines that name the writer first and say who they are after it: a
reporter's role after the name (林佩仪 ● 记者), an account's handle in
brackets and a title (林小满（@小满看城市）· 社区规划师)."""

from __future__ import annotations

import re

from reader.core.meta_records import MetaLine
from reader.core.person_values import han_name_shaped, person_value

# A name, a mark or a space, a reporter's role (folded): 林佩仪 ● 记者, 陈大文 | 特约记者
_NAME_ROLE = re.compile(
    r"^(?P<name>[\u3400-\u9fff·]{2,4})\s*(?:[●•·・|｜/]\s*|\s)(?P<role>(?:特约|实习|见习|驻站|首席)?记者|通讯员)$"
)
# A shown name, its handle in brackets, perhaps a title after a dot: 林小满（@小满看城市）· 社区规划师
_HANDLE = re.compile(r"^(?P<name>[^\s(@]{2,12})\s*\(\s*@[^()\s]{1,24}\s*\)(?:\s*[·・•|｜]\s*[^\s·・•|｜]{2,16})?$")


def name_first_byline(line: str, folded: str) -> MetaLine | None:
    """A byline that names the writer, then their role or their handle (both rare: a look in C first)."""
    if folded.endswith(("记者", "通讯员")):
        return _role_after_name(line, folded)
    return _handle_byline(line, folded) if "(@" in folded else None


def _role_after_name(line: str, folded: str) -> MetaLine | None:
    m = _NAME_ROLE.match(folded)
    if m is None or not han_name_shaped(name := line[m.start("name") : m.end("name")]):
        return None
    return MetaLine("byline", author=name, credits=((line[m.start("role") : m.end("role")], name),))


def _handle_byline(line: str, folded: str) -> MetaLine | None:
    # (folded: its brackets half-width)
    m = _HANDLE.match(folded)
    if m is None or (name := person_value(line[m.start("name") : m.end("name")])) is None:
        return None
    return MetaLine("byline", author=name, credits=(("作者", name),))


__all__ = ["name_first_byline"]
