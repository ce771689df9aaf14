"""A web clipper's save date is the day the page was kept, not the day it
was published: ``> 来源：… · 剪藏于 2026-11-30`` over the page's own date line
(桐州市老年大学 2026-11-29). When the page gives a date of its own, that wins."""

from __future__ import annotations

import re

from reader.core.line_passes import Line

# A date right after the verb of keeping the page: 剪藏于 2026-11-30, 保存於：…, 收藏时间 …
_SAVED_ON = re.compile(r"(?:剪藏|保存|收藏|存档|存檔|导出|導出|抓取)(?:于|於|时间|時間|日期)?\s*[:：]?\s*\d")


def page_date(date: str, lines: list[Line]) -> str:
    """``date``, or the page's own date when ``date`` is only a clipper's save date."""
    dated = [line for line in lines if line.meta is not None and line.meta.date]
    saved = [line for line in dated if line.meta is not None and line.meta.date == date and _SAVED_ON.search(line.text)]
    if not saved:
        return date
    own = next(
        (m.date for line in dated if (m := line.meta) and m.date != date and not _SAVED_ON.search(line.text)), None
    )
    return own or date


__all__ = ["page_date"]
