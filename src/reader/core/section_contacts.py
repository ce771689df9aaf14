"""Contact rows inside a numbered section of the article (四、联系方式 over
联系人：… / 电话：…; 二、时间与地点 over 时间：… / 地点：… / 腾讯会议号：…): the
section's content, not the site's contact block, which sits under its junk,
never under the article's own numbered heading."""

from __future__ import annotations

from reader.core.junk_rules import Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import LABEL_VALUE, Line
from reader.core.row_rescues import SECTION_NUMBER, numbered_head
from reader.core.row_runs import contact_row

_CONTACT = Reason.CONTACT  # (bound once: an enum member's lookup is slow)
_SECTION_OPEN = frozenset("一二三四五六七八九十(（")


def rescue_section_contacts(lines: list[Line]) -> None:
    """Contact rows (采购人：… 联系人：… 电话：…) right under a kept heading
    of a numbered section the body has more of (四、…, 五、…) are that
    section's content: a site's contact block sits under its junk, never
    under the article's own numbered heading."""
    # (only a numbered heading over a contact row, kept label rows between, has rows to take back: most texts have none)
    if not any(
        line.reason is _CONTACT and i and numbered_head(lines[_over_fields(lines, i)]) for i, line in enumerate(lines)
    ):
        return
    # (the heading's first character first: a numeral, a bracket or a digit, as \d is one)
    numbered = [
        i
        for i, line in enumerate(lines)
        if ((c := line.text[:1]) in _SECTION_OPEN or c.isdecimal()) and line.kept and SECTION_NUMBER.match(line.text)
    ]
    for i in numbered:
        if len(numbered) < 2 or lines[i].text.endswith(SENTENCE_END):
            continue
        j = i + 1
        while j < len(lines) and lines[j].kept and LABEL_VALUE.match(lines[j].text):
            j += 1  # (the section's kept fields first: 时间：… / 地点：… over 腾讯会议号：…)
        while j < len(lines) and lines[j].reason is Reason.CONTACT and not lines[j].meta and contact_row(lines[j].text):
            lines[j].restore()
            j += 1


def _over_fields(lines: list[Line], i: int) -> int:
    """The line above ``i`` past the kept label：value rows right over it."""
    k = i - 1
    while k > 0 and lines[k].kept and LABEL_VALUE.match(lines[k].text):
        k -= 1
    return k


__all__ = ["rescue_section_contacts"]
