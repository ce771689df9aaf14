"""Whether the words beside a date name an outlet: not a label (来自 iPhone,
发表于, #1), a user's level, a lunar day, an edition's link; and how an
outlet's or an organisation's name ends."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from reader.core.credit_roles import SELF_NAME
from reader.core.person_values import fold_text

# A user's level: LV.7, Lv12 (no one's name, no outlet)
LEVEL: Final = re.compile(r"lv\.?\d{1,3}", re.IGNORECASE)
_NOT_OUTLET: Final = re.compile(
    r"^(?:来自|來自|发表于|發表於|发布于|發佈於|ip|#(?!\d+\s+\S))|发表于$|發表於$|^\W*\d*\W*$|^\d+\s*[楼樓]$"
    # a verb after the date (2025/11/20 發佈, 更新), not who published it
    r"|^(?:发布|發佈|發布|发表|發表|更新|首发|首發|刊登|刊出|上传|上傳|编辑|編輯|修改|posted|published|updated)$"
    # a user's level or badge (LV.7, Lv 12) names no outlet
    r"|^lv\.?\s?\d{1,3}$"
    # a newspaper page's label (第03版, A03版：要闻, 版面) names the page, not the paper
    r"|^(?:第\s*[a-z]?\s*[0-9０-９]{1,3}|[a-z][0-9]{1,2})\s*版(?:$|\s*[:：])|^版面",
    re.IGNORECASE,
)


# A character outside ASCII and the CJK ideographs (no symbol, So, is in either: the
# Yijing hexagrams, U+4DC0–U+4DFF, left out): the only ones whose category is asked
_NOT_HAN_OR_ASCII: Final = re.compile(r"[^\x00-\x7f\u3400-\u4dbf\u4e00-\u9fff]")


def outlet(value: str | None) -> str | None:
    """An outlet named next to a date, unless it is a label (来自 iPhone,
    发表于, #1)."""
    if value is None:
        return None
    value = value.strip("*_ ·・|｜-—")
    if "\u3000" in value or "  " in value:
        return None  # (parts apart by wide gaps are an event's: 12月7日　某某聯歡會　某社區中心)
    if _NOT_HAN_OR_ASCII.search(value) and "So" in map(unicodedata.category, value):
        return None  # (a rating or an icon is no name: 看过 ★★★★★)
    if not value or _NOT_OUTLET.search(value) or _ROLE_WORD.search(folded := fold_text(value)) or value[-1] in "于於":
        return None  # (a label: 回答於, 发表于)
    if folded[:1] == "本" and SELF_NAME.match(folded):
        return None  # (the site's own word for itself leads: 本报社论, its voice, no outlet nor anyone's name)
    if len(value) > 2 and value[-1] in _LUNAR_UNITS and _lunar_day(value):
        return None  # (the lunar calendar's day beside the date, 農曆正月廿三, 丁未年臘月初八, 腊月二十五: no outlet)
    # a counter or a button beside a comment's date: 北京 赞, 回复 赞 2561
    words = value.split()
    if len(words) > 1 and any(LEVEL.fullmatch(w) for w in words):
        return None  # (a user and their level: 阿明 Lv5)
    if len(words) > 1 and any(len(w) < 2 or w.isdigit() for w in words):
        return None
    # (a paper's e-edition names the paper: 澳門日報電子版, 松阳报数字报)
    edition = _EDITION.search(folded) if value[-1:] in "版报報" else None  # (folded once, above)
    if edition and folded[: edition.start()] in _WHICH_EDITION:
        return None  # (a link to an edition by its day, 今日电子版 beside the date bar, names no paper)
    return value[: edition.start()] if edition and edition.start() >= 2 else value


# A lunar month's day as written after its month: 初八, 十五, 廿三, 三十, 二十五 (a date's day is in figures)
_LUNAR_TENS, _LUNAR_UNITS = "初十廿卅二三", "一二三四五六七八九十"


def _lunar_day(value: str) -> bool:
    if value[-3] in "月曆历" and value[-2] in _LUNAR_TENS:
        return True
    return len(value) > 3 and value[-4] in "月曆历" and value[-3] in "二三" and value[-2] == "十"


_EDITION: Final = re.compile(r"(?:电子版|数字版|电子报|数字报)$")
# (an edition named by its day or its place in the run, folded: 今日, 本期, 往期, 最新)
_WHICH_EDITION: Final = frozenset("今日 今天 本日 当日 昨日 每日 本期 当期 往期 最新 查看 阅读".split())


_ROLE_WORD: Final = re.compile(r"记者|通讯员|编辑|作者")
# How an outlet's or an organisation's name ends (深圳特区报, 房小筑成都站,
# 国立中兴大学), folded; a nickname (阿澄去旅行, 乡村观察) does not.
OUTLET_END: Final = re.compile(
    r"(?:报|刊|网|社|台|站|局|院|馆|部|处|会|中心|集团|公司|频道|新闻|传媒|媒体|财经|科技|日报|时报|周刊|杂志|"
    r"大学|学院|学校|医院|政府|协会|基金会|app)$",
    re.IGNORECASE,
)


__all__ = ["LEVEL", "OUTLET_END", "outlet"]
