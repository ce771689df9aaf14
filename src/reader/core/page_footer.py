"""The page footer, judged as a whole: from the end of the text, junk
lines, the row of link words over them, and the lines that stand alone
between runs of junk (a site's blurb among its widgets).

``reader.core.cleaning.clean`` runs it after the passes of
:mod:`reader.core.tail_passes`, on the same :class:`Line` records.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.end_boxes import PIPE_RULE
from reader.core.footer_lines import company_registration
from reader.core.junk_rules import Reason
from reader.core.line_passes import Line
from reader.core.sign_off_tail import mark_after_sign_off

# Four words or more of two to six Han characters apart by wide gaps, nothing else.
_MENU_ROW: Final = re.compile(r"[\u3400-\u9fff]{2,6}(?:(?:\u3000+|\s{2,}|\s*[|｜]\s*)[\u3400-\u9fff]{2,6}){3,}")
# A line in the footer between this many junk lines on each side is a blurb.
_FOOTER_RUN: Final = 2
# (enum members bound once: Reason.X goes through the enum type's slow attribute hook, ~140 ns)
_HEADLINE: Final = Reason.HEADLINE


def mark_footer(lines: list[Line]) -> None:
    """The page footer: from the end, junk lines, and lines that stand alone
    between runs of junk (a site's blurb among its widgets). It must end in
    junk, be mostly junk, and come after the body."""
    # (most texts end in a kept line: no footer, and no need to weigh the rest)
    last = next((line for line in reversed(lines) if not line.meta and line.reason is not _HEADLINE), None)
    if last is not None and (last.bad or company_registration(last.text)):
        footer_from_the_end(lines)


def footer_from_the_end(lines: list[Line]) -> None:
    """mark_footer's walk, ungated (tests/test_fast_paths.py runs it where the gate says no)."""
    # (what a notice's sign-off leaves above the junk at the end: changes nothing where the gate says no)
    mark_after_sign_off(lines)
    live = [line for line in lines if not line.meta and line.reason is not _HEADLINE]
    bad = [line.bad for line in live]
    footer: list[Line] = []
    junk = 0
    for pos in range(len(live) - 1, -1, -1):
        if bad[pos] or (footer and _MENU_ROW.fullmatch(live[pos].text)) or company_registration(live[pos].text):
            # (a row of link words over the footer's junk is its menu: 关于我们　加入我们　隐私政策;
            # the publisher's company registration is the footer's, Ltd. Registered in England & Wales No. …)
            footer.append(live[pos])
            junk += 1
        elif (
            pos >= _FOOTER_RUN
            and all(bad[pos - _FOOTER_RUN : pos])
            and all(bad[pos + 1 : pos + 1 + _FOOTER_RUN])
            and len(bad) - pos > _FOOTER_RUN
            and any(line.kept for line in live[:pos])
            and not _after_inset(live, pos)
        ):
            footer.append(live[pos])
        else:
            break
    if sum(1 for line in footer if not line.bad) >= junk:
        return
    for line in footer:
        if line.kept:
            line.reason = Reason.PAGE_FOOTER


def _after_inset(live: list[Line], pos: int) -> bool:
    """A paragraph right under what an article sets between its paragraphs
    (a picture and its caption, an ad slot) is the article going on, its
    last paragraph, not a blurb among the page's widgets."""
    line, above = live[pos], live[pos - 1]
    if not line.text.endswith(_SENTENCE_END):
        return False
    # (a sentence under a Markdown table, however short either: an author's table is no footer's)
    if above.text[-1:] == "|" and _under_markdown_table(live, pos):
        return True
    if len(line.text) < _PROSE:
        return False
    return (
        above.reason is Reason.CAPTION
        or any(_AD_SLOT.search(x.text) for x in live[pos - 2 : pos])
        or _under_table(live, pos)
    )


# A table over the paragraph: this many framed rows (| 一等奖 | 昭君出塞 | … |), each as wide.
_TABLE_ROWS: Final = 3


def _under_table(live: list[Line], pos: int) -> bool:
    """Rows framed by bars, each as wide, right over the paragraph: a table the
    article sets between its paragraphs (gone as a menu's rows until the table
    passes take it back), which a site's stacked menu never is."""
    rows = [x.text for x in live[max(0, pos - _TABLE_ROWS) : pos]]
    if len(rows) < _TABLE_ROWS or not all(row[:1] == "|" and row[-1:] == "|" for row in rows):
        return False
    widths = {row.count("|") for row in rows}
    return len(widths) == 1 and widths.pop() >= _MIN_BARS


def _under_markdown_table(live: list[Line], pos: int) -> bool:
    """Framed rows right over the paragraph with a |---| rule row among them:
    a Markdown table (a header, its rule, its rows), which no site's menu is."""
    k = pos - 1
    while k >= 0 and live[k].text[:1] == "|" and live[k].text[-1:] == "|":
        if PIPE_RULE.match(live[k].text) and k < pos - 1:
            return True
        k -= 1
    return False


_MIN_BARS: Final = 4  # (a framed row of three cells or more: | 奖项 | 作品 | 学校 |)
_PROSE: Final = 30
_SENTENCE_END: Final = ("。", "！", "？", "!", "?", "…", "」", "”")
# (an ad slot: its label over the ad's line)
_AD_SLOT: Final = re.compile(
    r"^[\W_]*(?:广告|廣告|ads?|advertisement|sponsored|推广|推廣|赞助|贊助)(?:[\W_]*|\s+\S+)$", re.I
)


__all__ = ["mark_footer"]
