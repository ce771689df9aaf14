"""A body the text says a form is (蕴声轩是鹿港一个有四十多年历史的业余北管馆阁): a form some mention
of which is the subject of 是, then one of a body's measure words (一个, 一间, 一支) and a clause
ending in a body's last character (团, 社, 馆, 阁, 店, 厂, 司): a troupe, a club, a shop, a firm,
not a person (王明是一个热心的人, 是剧团的团长: the clause ends in a person). Used by
:mod:`reader.core.people.glued_words`.
"""

from __future__ import annotations

import re

# 是, a body's count (一个, 一间, 一家, 一支, 一所, 一座), at most 24 characters, a body's end and the clause's end.
_BODY_RE = re.compile(
    r"是[^，。；！？\n,;]{0,12}?一[个间家支所座][^，。；！？\n,;]{0,24}?[团社馆阁店厂司][，。；！？\n,;]"
)


def body_named(folded: str, form: str, starts: list[int]) -> bool:
    """``form`` (Han, found at ``starts``) is said to be a body at one of its mentions."""
    return any(_BODY_RE.match(folded, s + len(form)) is not None for s in starts)
