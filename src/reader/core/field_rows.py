"""The publishing date of a row of label：value fields, read for
:func:`reader.core.metadata.parse_meta_line`.
"""

from __future__ import annotations

import re

from reader.core.date_lines import DATE_IN_LINE, format_date
from reader.core.meta_records import MetaLine

# A row of label：value fields set apart by wide gaps, one of them the
# publishing date (發布單位：宮務組　　發布日期：114-11-21　　點閱次數：1,386).
_FIELD_GAP = re.compile(r"\s{2,}|\u3000+|\s*[|｜]\s*")
_FIELD = re.compile(r"(?P<label>[\u3400-\u9fff]{2,6})\s*[:：]\s*(?P<value>\S.*)")
_PUBLISHED = re.compile(r"^(?:发布|发表|刊登|首发|公告|发文)?(?:日期|时间)$")
# A date of the Republic of China's calendar (114年11月20日, 114-11-21), kept as written.
_ROC_DATE = re.compile(r"(?<!\d)1[01]\d\s*([-/.年])\s*(\d{1,2})\s*(?:\1|月)\s*(\d{1,2})\s*日?(?!\d)")


def field_row(line: str, folded: str) -> MetaLine | None:
    """The publishing date of a row of fields, in any calendar (a year of
    the Republic of China stays as written)."""
    if "：" not in folded and ":" not in folded:
        return None
    parts = [p for p in _FIELD_GAP.split(folded.strip()) if p]
    fields = [m for p in parts if (m := _FIELD.fullmatch(p))]
    if len(fields) != len(parts):
        return None
    offset = 0
    for part, m in zip(parts, fields, strict=True):
        offset = folded.index(part, offset)
        if _PUBLISHED.match(m.group("label")):
            value = m.group("value")
            if (d := DATE_IN_LINE.match(value)) and (date := format_date(d)):
                return MetaLine("date", date=date)
            if (roc := _ROC_DATE.match(value)) and 1 <= int(roc.group(2)) <= 12 and 1 <= int(roc.group(3)) <= 31:
                at = offset + m.start("value")
                return MetaLine("date", date=line[at : at + roc.end()].strip())
            return None
    return None


__all__ = ["field_row"]
