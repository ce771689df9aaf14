"""A web clipper's save date is the day the page was kept, not the day it
was published: ``> 来源：… · 剪藏于 2026-11-30`` over the page's own date line
(桐州市老年大学 2026-11-29). When the page gives a date of its own, that wins.
And a note's creation stamp (建立時間：…) with its revision's on the line right
under it (修改時間：…) is dated by the revision: the version the page shows, as
when the two share a line (field_rows)."""

from __future__ import annotations

import re
from typing import Final

from reader.core.folding import fold
from reader.core.line_passes import Line

# A date right after the verb of keeping the page: 剪藏于 2026-11-30, 保存於：…, 收藏时间 …
_SAVED_ON: Final = re.compile(r"(?:剪藏|保存|收藏|存档|存檔|导出|導出|抓取)(?:于|於|时间|時間|日期)?\s*[:：]?\s*\d")


def page_date(date: str, lines: list[Line]) -> str:
    """``date``, or the page's own date when ``date`` is only a clipper's save date."""
    dated = [line for line in lines if line.meta is not None and line.meta.date]
    saved = [line for line in dated if line.meta is not None and line.meta.date == date and _SAVED_ON.search(line.text)]
    if not saved:
        return _revised(date, lines)
    own = next(
        (m.date for line in dated if (m := line.meta) and m.date != date and not _SAVED_ON.search(line.text)), None
    )
    return own or date


# A creation's label and a revision's, as a stamp's line opens (folded)
_CREATED, _REVISED = ("建立", "创建"), ("修改", "更新", "编辑")


def _revised(date: str, lines: list[Line]) -> str:
    """``date``, or the revision's date on the line right under ``date``'s creation stamp."""
    for i, line in enumerate(lines[:-1]):
        if line.meta is not None and line.meta.date == date:
            under = lines[i + 1].meta
            if under is not None and under.date and fold(line.text[:2]) in _CREATED:
                return under.date if fold(lines[i + 1].text[:2]) in _REVISED else date
            return date
    return date


__all__ = ["page_date"]
