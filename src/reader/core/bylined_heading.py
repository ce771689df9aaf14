"""The page's own heading over its byline, against a title the markup
words afresh.

A page's markup titles it (a clip's front matter, an og:title) in words a
teaser or a channel chose (走廊种菜三年，今年第一次吃到自己种的苦瓜;
无车日当天中山路步行体验，出行请绕行), while the page itself sets its own
headline right over the line that dates and signs it (# 三月八日，晴：苦瓜终于
可以摘了 / *陈亚福｜2029年3月8日｜走廊花事*; 关于…的通告 / 发布时间：… 来源：…).
When the head shows the markup's words nowhere, that heading is the page's
title: the markup's title is no line of the page at all.

A markup title made of parts (a column or a site's name set off by a bar or
a dash, a month it dates: 饲养员手记｜小熊猫馆的冬天, 某蠔場 蠔場日記 2029年11月,
店关了 | 某博客) is a channel's label for the page, not its headline: under
it the page's heading may be short (# 他的左手, 蠔要等北風), and its dated
byline may come after a category line (分类：…). The heading must stand
once in the page: a section's head recurs lower (目录, then the section).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from reader.core.headline import heading_text, strip_site
from reader.core.line_passes import LABEL_VALUE, Line
from reader.core.meta_records import MetaLine

_HEADLINE: Final = 8  # (a headline's characters at least)
_SHORT_HEADLINE: Final = 4  # (under a parted markup title: 他的左手)
# A markup title of parts: a bar or a spaced dash between them, or a year and month it dates, set off by a
# space (string tests first: the pattern is compiled only for a title with a year's 年)
_BARS: Final = ("｜", " | ", " - ", " — ", " – ")
_DATED_PART: Final = r"\s\d{4}\s*年\s*\d{1,2}\s*月"


def heading_over_byline(
    near: Sequence[Line], used: Sequence[int], hint: str, source: str | None, lines: Sequence[Line] = ()
) -> bool:
    """The chosen headline (its lines ``used``) stands right over a dated meta
    line, and no line of the head ``near`` shows the markup's title ``hint``.
    Under a markup title of parts, a shorter heading does, over a category
    line and then the dated byline, when no later line of ``lines`` repeats it."""
    if not used or (k := max(used)) + 1 >= len(near) or len(near[k].text) < _SHORT_HEADLINE:
        return False  # (a short word over a date line is a poster's name or rank: 资深鱼友)
    parted = any(bar in hint for bar in _BARS) or ("年" in hint and re.search(_DATED_PART, hint) is not None)
    if len(near[k].text) < _HEADLINE and not parted:
        return False
    below = near[k + 1].meta
    # (or, the markup's title of parts, the page's own Markdown heading over a writer's byline that gives
    # no date: # 腹瀉別急著吃止瀉藥… over 文／周怡君 營養師, under 衛教專欄｜夏季腸胃炎飲食怎麼吃)
    signed = parted and below is not None and below.author is not None and near[k].text[:2] == "# "
    if parted and not (below and below.date) and not signed and k + 2 < len(near) and _category(near[k + 1], below):
        below = near[k + 2].meta  # (a category line, then the byline that dates the page)
    if below is None or not (below.date or signed):
        return False
    stem = strip_site(hint, source)
    if any(stem in line.text or hint in line.text for line in near):
        return False
    if len(near[k].text) >= _HEADLINE:
        return True
    words = heading_text(near[k].text)
    return not any(heading_text(line.text) == words for line in lines[k + 1 :])


_CATEGORY: Final = 16  # (a category line's characters at most: 分类：修钟杂记)


def _category(line: Line, meta: MetaLine | None) -> bool:
    """``line`` files the page under a category: a meta line with no date, or a short label and its value."""
    return meta is not None or (len(line.text) <= _CATEGORY and LABEL_VALUE.match(line.text) is not None)


__all__ = ["heading_over_byline"]
