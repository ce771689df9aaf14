"""The parts a cast list pairs with their players: under a heading that names roles (角色分配,
角色表), each line of the list sets a part before a dash and the one who plays it after it
(- 李益 —— 冯国栋): the forms before the dash are characters, the players after it people. Used by
:mod:`reader.core.people.fiction`.
"""

from __future__ import annotations

import re

_HEADING = "角色"
# A list line: a marker, the part, a dash (—— or a long one), the player (folded: ASCII spaces).
_LINE_RE = re.compile(r"(?m)^[-*•·]? *([^\s—\-]{2,8}) *(?:——|—|--) *\S")
# A heading line that names roles, and how many lines under it the list may run.
_HEADING_RE = re.compile(r"(?m)^[#\s]*[^\n]{0,6}角色[^\n]{0,6}$")
_REACH = 30


def cast_parts(folded: str, forms: set[str]) -> set[str]:
    """The forms set as a part before a dash in the lines under a heading of roles."""
    if _HEADING not in folded:
        return set()
    found = set()
    for heading in _HEADING_RE.finditer(folded):
        at = heading.end() + 1
        for _ in range(_REACH):
            end = folded.find("\n", at)
            end = len(folded) if end == -1 else end
            line = folded[at:end]
            if line.strip():
                m = _LINE_RE.match(line)
                if m is None:
                    break
                if m.group(1) in forms:
                    found.add(m.group(1))
            if end >= len(folded):
                break
            at = end + 1
    return found
