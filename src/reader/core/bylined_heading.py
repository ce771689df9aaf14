"""The page's own heading over its byline, against a title the markup
words afresh.

A page's markup titles it (a clip's front matter, an og:title) in words a
teaser or a channel chose (走廊种菜三年，今年第一次吃到自己种的苦瓜;
无车日当天中山路步行体验，出行请绕行), while the page itself sets its own
headline right over the line that dates and signs it (# 三月八日，晴：苦瓜终于
可以摘了 / *陈亚福｜2029年3月8日｜走廊花事*; 关于…的通告 / 发布时间：… 来源：…).
When the head shows the markup's words nowhere, that heading is the page's
title: the markup's title is no line of the page at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.headline import strip_site
from reader.core.line_passes import Line

_HEADLINE = 8  # (a headline's characters at least)


def heading_over_byline(near: Sequence[Line], used: Sequence[int], hint: str, source: str | None) -> bool:
    """The chosen headline (its lines ``used``) stands right over a dated meta
    line, and no line of the head ``near`` shows the markup's title ``hint``."""
    if not used or (k := max(used)) + 1 >= len(near) or len(near[k].text) < _HEADLINE:
        return False  # (a short word over a date line is a poster's name or rank: 资深鱼友)
    below = near[k + 1].meta
    if below is None or not below.date:
        return False
    stem = strip_site(hint, source)
    return not any(stem in line.text or hint in line.text for line in near)


__all__ = ["heading_over_byline"]
