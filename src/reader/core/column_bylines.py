"""A byline led by its column's name: 小熊猫馆　文：饲养员 何立新　图：… 2029-12-03.

A site's meta row may name the column (a hall, a desk, a channel) before the
credits, one space apart once the page's wide spaces are collapsed. The
word before the first role label is no outlet and no writer; the rest of the
row reads as a byline on its own. Read for
:func:`reader.core.metadata.parse_meta_line`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from reader.core.credit_roles import ROLE
from reader.core.meta_records import MetaLine

# A word of Han characters, a space, then a role's label with its colon (文：, 作者：, 撰文：)
_LEAD: Final = re.compile(r"[\u3400-\u9fff]{2,6}[ \u3000]+(?=\S{1,4}[:：])")


def column_byline(line: str, folded: str, parse: Callable[[str, str], MetaLine | None]) -> MetaLine | None:
    """The byline of ``line`` past the column's name that leads it, when the
    rest, read alone, credits a writer and dates the page."""
    if (m := _LEAD.match(line)) is None or ROLE.match(folded, m.end()) is None:
        return None
    meta = parse(line[m.end() :], folded[m.end() :])
    return meta if meta is not None and meta.kind == "byline" and meta.author and meta.date else None


__all__ = ["column_byline"]
