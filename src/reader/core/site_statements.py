"""The site's own statements at the edges of a page: disclaimers, cookie
and privacy notices, copyright and reprint terms.

Two general signals together: the line names the site or the page itself
(本站, 本网, 本报, 本文, 本页, 本公司, 平台…) and it disclaims or reserves
(仅供参考, 不代表…立场, 不构成, 权利, 转载, 隐私, Cookie, 以…为准), or, on a
line of its own that opens with it, vouches for the page (…审核). An
article rarely says both of itself; a site says it of every article. Only
near the edges of the page: with at most one paragraph of the article's
prose beyond it.
"""

from __future__ import annotations

import re

from reader.core.junk_rules import Reason
from reader.core.line_passes import Line, is_prose_start

_SELF = re.compile(r"本(?:站|网|網|报|報|文|页|頁|公司|院|会|會|馆|館|平台|通告|刊|号|號|栏|欄)|平台")
_DISCLAIMS = re.compile(
    r"仅供|僅供|不代表|不构成|不構成|概不|免责|免責|权利|權利|立场|立場|版权|版權|转载|轉載"
    r"|隐私|隱私|私隐|私隱|个人资料|個人資料|cookie|风险自担|風險自負|为准|為準",
    re.IGNORECASE,
)
# A page vouched for, in a line of its own that is no sentence: 本文已通过「科普中国」科学性审核
_VOUCHES = re.compile(r"^本(?:文|站|网|網|页|頁|刊).{0,30}(?:审核|審核|审定|審定|认证|認證)[^。，,]{0,6}$")
# Beyond a statement, at most this many paragraphs of the article.
_EDGE = 1
# An appeal of the site's: something to join, give or subscribe to, asked for.
_ASKS_FOR = re.compile(
    r"订阅|訂閱|会员|會員|捐赠|捐贈|捐款|赞助|贊助|招聘|招人|简历|簡歷|付费|付費|下载|下載|公众号|公眾號"
)
_ASKS = re.compile(r"欢迎|歡迎|请|請|点击|點擊|立即|只需|成为|成為|扫码|掃碼|关注|關注|支持")
# Junk lines between the article's last paragraph and an appeal after it,
# of the kinds that follow an article's end (an advertisement amid the body
# does not count: the body may go on after it).
_AFTER_JUNK = 2
_ENDS_ARTICLE = frozenset(
    {
        Reason.SHARE_BAR,
        Reason.PREV_NEXT,
        Reason.RELATED,
        Reason.WIDGET,
        Reason.COUNTER,
        Reason.NAVIGATION,
        Reason.PAGE_FOOTER,
        Reason.SITE_TEMPLATE,
        Reason.DISCLAIMER,
        Reason.LINKS,
    }
)


def _vouches(text: str) -> bool:
    return text[:1] == "本" and _VOUCHES.match(text) is not None


def is_site_statement(text: str) -> bool:
    if _vouches(text):
        return True
    return ("本" in text or "平台" in text) and _SELF.search(text) is not None and _DISCLAIMS.search(text) is not None


def mark_site_statements(lines: list[Line]) -> None:
    """A kept line near the head or the tail of the page that states the
    site's terms about itself goes (本文观点不代表本报立场。): before the
    article's first paragraph, or with at most one paragraph after it.
    Only the edges are read, from each end inwards."""
    # (from the end: a statement with at most _EDGE paragraphs under it)
    after = 0
    for line in reversed(lines):
        if not line.kept:
            continue
        if is_site_statement(line.text):
            line.reason = Reason.DISCLAIMER
        elif not line.short:
            after += 1
            if after > _EDGE:
                break
    # (from the top: a statement over the article's first paragraph; a
    # line of its own that vouches for the page, under a deck too)
    before = 0
    for line in lines:
        if not line.kept:
            continue
        if (before == 0 and is_site_statement(line.text)) or (line.text[:1] == "本" and _vouches(line.text)):
            line.reason = Reason.DISCLAIMER
        elif not line.short:
            before += 1
            if before > _EDGE:
                break


def mark_appeals_after_junk(lines: list[Line]) -> None:
    """After the article has ended (its last paragraph, then junk: a share
    bar, previous/next links, a related list; lines that are not prose
    do not count either way), a paragraph that asks the
    reader to join, give or subscribe is the site's (母校的发展离不开…
    接受捐赠), however long. Directly under the article it may be the
    author's own closing, and stays."""
    # (from the end back to the article's last paragraph that asks nothing)
    last = next(
        (
            i
            for i in range(len(lines) - 1, -1, -1)
            if lines[i].kept and is_prose_start(lines[i]) and not _is_appeal(lines[i].text)
        ),
        None,
    )
    if last is None:
        return
    junk = 0
    for line in lines[last + 1 :]:
        if line.reason in _ENDS_ARTICLE:
            junk += 1
        elif junk >= _AFTER_JUNK and line.kept and is_prose_start(line) and _is_appeal(line.text):
            line.reason = Reason.PROMOTION
            junk += 1


# A callout led by an icon (> 💡 …, 📢 …, ✏️ …), and the words of one that
# speaks for the site (join its channel, become a member, it is recruiting).
_ICONS = "[\U0001f000-\U0001faff\u2600-\u27bf\u2b50\u2b55]"
_ICON_LED = re.compile("^(?:>\\s*)?" + _ICONS)
# (asked of the whole text: most pages have no icon)
ANY_ICON = re.compile(_ICONS)
# The characters a callout's line starts with: an icon, or a quote's >.
_CALLOUT_FIRST = frozenset([">", *map(chr, [*range(0x1F000, 0x1FB00), *range(0x2600, 0x27C0), 0x2B50, 0x2B55])])


def icon_led(lines: list[Line]) -> list[Line]:
    """The lines that may be a callout led by an icon (by their first
    character, in one sweep: cheaper than a search of the whole text)."""
    return [line for line in lines if line.text[:1] in _CALLOUT_FIRST]


_CALLOUT_ASKS = re.compile(r"加入|招募|频道|頻道|第一时间|第一時間")


def mark_icon_appeals(lines: list[Line]) -> None:
    """A one-line callout led by an icon that asks the reader to join,
    subscribe or become a member (> 📢 加入…頻道，第一時間接收新聞。, ✏️ 本報招募
    記者，歡迎加入！) is the site's, wherever it stands: the article's own
    callouts (> 💡 公式里的 & 要用英文输入法) ask nothing."""
    for line in lines:
        text = line.text
        if _ICON_LED.match(text) and line.kept and (_ASKS_FOR.search(text) or _CALLOUT_ASKS.search(text)):
            line.reason = Reason.PROMOTION


def _is_appeal(text: str) -> bool:
    return _ASKS_FOR.search(text) is not None and _ASKS.search(text) is not None


__all__ = [
    "ANY_ICON",
    "icon_led",
    "is_site_statement",
    "mark_appeals_after_junk",
    "mark_icon_appeals",
    "mark_site_statements",
]
