"""Lines under the article that point the reader elsewhere on the site: to another of
its pages in the site's own name (核實點的查核結果分為…五級，詳情請參閱查核方法頁。), or
to a link by its own words, press here and what it does (歌詞有錯字或漏句？按這裡回報，…。).
Either may be written as a sentence; at the page's edge, the page's junk right under it,
it is the site speaking of itself, as no article closes. :mod:`reader.core.end_boxes` asks."""

from __future__ import annotations

import re
from typing import Final

from reader.core.line_passes import Line

# (patterns, compiled by re's cache at their first use: their classes of Han cost a compile most texts never need)
# a pointer to another page, at the line's end: 詳情請參閱查核方法頁。, 详见本站说明页
_SEE_PAGE: Final = r"(?:參閱|参阅|詳見|详见|請見|请见)[^，,。；;]{1,12}[頁页]。?$"
_PAGE_ENDS: Final = ("頁。", "页。", "頁", "页")  # (the end asked first: a string test, no scan of the line)
_NAME_MIN: Final = 2
# press here and a button's verb (folded): the deixis alone is a story's too (按这里的规矩), never with the verb
_CLICK_HERE: Final = r"[按点]这里(?:回报|反馈|报名|下载|查看|订阅|留言|登记|申请|购买)"


def points_to_page(text: str) -> bool:
    """``text`` ends by sending the reader to a page (詳情請參閱…頁。)."""
    return text.endswith(_PAGE_ENDS) and re.search(_SEE_PAGE, text) is not None


def site_pointer(lines: list[Line], k: int, names: list[str]) -> bool:
    """Line ``k`` (one :func:`points_to_page`) opens with the site's bare name, the page's junk right under it."""
    return _junk_under(lines, k) and any(lines[k].text.startswith(n) for n in names if len(n) >= _NAME_MIN)


def clicks_here(lines: list[Line], k: int) -> bool:
    """Line ``k`` calls to press here and do something (按這裡回報), the page's junk right under it."""
    f = lines[k].folded
    return f is not None and "这里" in f and _junk_under(lines, k) and re.search(_CLICK_HERE, f) is not None


def _junk_under(lines: list[Line], k: int) -> bool:
    return k + 1 == len(lines) or lines[k + 1].bad
