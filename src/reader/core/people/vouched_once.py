"""What lets the tagger's name of a person's shape count at its one mention
(the shape rules would want a second): a Japanese name the tagger reads
whole, a field's whole value on a line of fields, a kinship word before it,
a work's title after it and 的 (徐迟的报告文学《哥德巴赫猜想》: its author)."""

from __future__ import annotations

import re

from reader.core.people.field_values import field_value
from reader.core.people.japanese_tagged import japanese_tagged
from reader.core.people.kin_names import kin_before

# 的, a genre's word of four characters at most (报告文学, 小说, 新书), then a work's title mark.
_WORK_AFTER_RE = re.compile(r"的[\u4e00-\u9fff]{0,4}《")


def vouched_once(folded: str, start: int, end: int, before: tuple[str, str] | None) -> bool:
    """``before``: the tagger's word ending at ``start``, as (text, tag)."""
    return (
        japanese_tagged(folded, start, end, before)
        or field_value(folded, start, end)
        or kin_before(folded, start)
        or _WORK_AFTER_RE.match(folded, end) is not None
    )
