"""A date line that heads the page rather than dating it: the headline of a
day's page (每日鱼价：2027年10月14日（星期四）班台渔港批发价) or of a span of days
(星座周运｜2029年3月12日—3月18日), right over the page's own date line."""

from __future__ import annotations

from typing import Final

from reader.core.date_lines import DATE_IN_LINE, day_span
from reader.core.folding import fold
from reader.core.han import HAN_RUN
from reader.core.line_passes import Line

_HEADING_WORDS: Final = 4  # (Han characters after the date: what the day's page is about)


def dated_heading(near: list[Line], k: int) -> bool:
    """A date line right over the page's own date line, with words after its
    day (每日鱼价：2027年10月14日（星期四）班台渔港批发价 over 更新时间：…):
    the headline of that day's page, its date the one under it; or a span of
    days after the page's name for them (星座周运｜3月12日—3月18日 over
    撰文：…　发布时间：…): what the page covers, which no byline gives (the
    words before it read as a name)."""
    meta, below = near[k].meta, near[k + 1].meta if k + 1 < len(near) else None
    if meta is None or meta.kind != "date" or meta.source or below is None or not below.date:
        return False
    folded = near[k].folded or fold(near[k].text)
    d = DATE_IN_LINE.search(folded)
    if d is None:
        return False
    if day_span(folded, d.end()):
        return True
    return not meta.author and any(len(r) >= _HEADING_WORDS for r in HAN_RUN.findall(folded, d.end()))


__all__ = ["dated_heading"]
