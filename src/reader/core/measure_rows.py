"""A row that states a measure, which no counter or crumb does: a thing and
how much of it in a unit (豬排骨 600克, 票价 280元), a span of clock times or
a range in brackets, a bound (65岁以上)."""

from __future__ import annotations

import re
from typing import Final

# A thing and how much of it, in a unit of measure (an ingredient, a part, a
# dimension): 豬排骨 600克, 白蘿蔔 1條（約800克）, 米酒 1大匙, 重量 1.39kg. A
# counter's number is followed by what is counted (236則評價), not a unit.
# (a span of clock times set apart as a cell names a session, in brackets a hotline's hours, 客服热线：400-…
# （9:00—21:00）; a range closing the line in brackets a size, 派對房（10–20人）: no counter states a range)
_CLOCK_SPAN: Final = re.compile(
    r"(?:^|\s)\d{1,2}:\d\d\s*[—–~至-]\s*\d{1,2}:\d\d(?:\s|$)|\(\d+\s*[—–~至-]\s*\d+[^\d()]?\)$"
)
_BOUND_ENDS: Final = ("以上", "以下", "%")  # (and a rate, which no counter gives: 夜间加收30%)
_QUANTITY: Final = re.compile(
    r"[^\d\s:：|·•/]{1,12}\s*\d[\d./]*\s*(?:~|-|至)?\s*\d*[\d./]*\s*"
    r"(?:公克|千克|公斤|毫克|毫升|公升|大匙|小匙|茶匙|汤匙|克|斤|两|升|匙|勺|杯|碗|片|条|根|颗|粒|瓣|支|枝|块|把|只|"
    r"个|头|朵|张|包|盒|罐|瓶|袋|公分|厘米|毫米|英寸|寸|吋|kg|mg|ml|g|l|cc|cm|mm|oz|lb|"
    # money, distance, area, weight, energy: 票价 280元, 海拔 1200米, 电池 72Wh
    r"亿元|万元|千元|元|亿|美元|港元|港币|日元|欧元|英镑|新台币|令吉|平方公里|平方米|平米|公顷|亩|公里|千米|米|英里|"
    r"吨|度|℃|wh|kwh|mah|gb|tb|mb|ghz|hz|kw|w|万像素|像素|岁)"
    r"\s*(?:[(（][^()（）]{1,16}[)）])?"
    r"|[^\d\s:|·•/]{1,8}\s*:\s*\d[\d,]*(?:\.\d{1,2})?\s*[\u3400-\u9fff]{0,2}元"  # (a sum under its label, folded)
)


def is_quantity(folded: str) -> bool:
    """``folded`` is a thing and its measure, whole."""
    return _QUANTITY.fullmatch(folded) is not None


def states_measure(folded: str) -> bool:
    """``folded`` is a quantity, holds a span of clock times or a range in brackets, or ends in a bound."""
    return is_quantity(folded) or _CLOCK_SPAN.search(folded) is not None or folded.endswith(_BOUND_ENDS)


__all__ = ["is_quantity", "states_measure"]
