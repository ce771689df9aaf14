"""A year of the sixty-year cycle (丁未, 甲辰): a heavenly stem and an earthly branch. 丁 and 甲 open
names, so the pair has a name's shape; what follows a mention says it is a year: a season, a month
or 年 (丁未春季雅集, 甲辰年), as a person's name is never followed."""

from __future__ import annotations

import re

_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
# (folded text: 岁 is the simplified form)
_YEAR_AFTER = re.compile("[年春夏秋冬月岁]")


def cyclical_years(folded: str, forms: set[str]) -> set[str]:
    """The two-character forms of ``forms`` that are a stem and a branch and that some mention
    writes as a year, and the three-character ones that are a stem, a branch and 年."""
    years = set()
    for form in forms:
        if len(form) == 3 and form[2] == "年" and form[0] in _STEMS and form[1] in _BRANCHES:
            years.add(form)  # 岁次丁未年: the year's own word is read into the "name"
            continue
        if len(form) != 2 or form[0] not in _STEMS or form[1] not in _BRANCHES:
            continue
        at = folded.find(form)
        while at >= 0:
            if _YEAR_AFTER.match(folded, at + 2):
                years.add(form)
                break
            at = folded.find(form, at + 2)
    return years


__all__ = ["cyclical_years"]
