"""A line's Markdown links: what the rules see of a line through its markup,
and whether its links make it junk (a menu of links, a button)."""

from __future__ import annotations

import re
from typing import Final

from reader.core.junk_rules import Reason

_REFERENCE: Final = re.compile(r"^\[\d+\]")
_WORD_CHAR: Final = re.compile(r"[^\W_]")
# Markdown emphasis and links, seen through by the rules: **上一篇**：[标题](url)
_MARKDOWN_INLINE: Final = re.compile(r"\*\*|__|!?\[([^\]]*)\]\([^)]*\)")


def without_markdown(text: str) -> str:
    if "*" not in text and "_" not in text and "](" not in text:
        return text
    if "![" in text:
        text = _MD_IMAGE.sub(lambda m: m.group(1), text)  # [![logo](src)](href): the image inside the link
    return _MARKDOWN_INLINE.sub(lambda m: m.group(1) or "", text)


_MD_IMAGE: Final = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK: Final = re.compile(r"!?\[([^\]]*)\]\(([^)\s]*)[^)]*\)")
# Where a link leads when it is a button, not a reference: subscribing,
# signing in, sharing, buying, a social profile (weak, by URL shape).
_CALL_URL: Final = re.compile(
    r"subscri|upgrade|sign-?up|sign-?in|register|login|/go/|affiliate|checkout|coupon|"
    r"/(?:share|like|buy|cart)(?:[/?#]|$)|"
    # a social profile (a post cited, /status/…, is the article's own reference)
    r"(?:facebook|instagram|twitter|threads)\.(?:com|net)/[^/?#\s]+/?$|//x\.com/[^/?#\s]+/?$|t\.me/|line\.me",
    re.IGNORECASE,
)
# A button's words as a link's text: 訂閱電子報, 点此免费订阅, 立即下载
_CALL_ANCHOR: Final = re.compile(
    r"订阅|訂閱|subscribe|注册|註冊|登录|登入|sign up|下载|下載|关注我|關注我|追蹤|升级会员|升級會員|立即购买|立即購買"
)
# A line whose words are this much link text is navigation (jusText's link density).
_LINK_SHARE: Final = 0.6
# A line with a button link is a call to action up to this many visible characters.
_CALL_LINE: Final = 90


def link_rule(line: str) -> Reason | None:
    """Junk by its Markdown links: mostly link text (a menu, a list of other
    posts, a logo), or a short line whose link is a button
    (subscribe, upgrade, follow us on a social site)."""
    if "](" not in line:
        return None  # (a bare URL on its own line is the article's: a video it cites)
    linked = 0
    call = False
    for m in _MD_LINK.finditer(line):
        linked += len(_WORD_CHAR.findall(without_markdown(m.group(1))))
        call = call or bool(_CALL_URL.search(m.group(2)) or _CALL_ANCHOR.search(m.group(1)))
    visible = without_markdown(line)
    total = len(_WORD_CHAR.findall(visible))
    if total == 0:
        return Reason.NO_TEXT
    if linked >= _LINK_SHARE * total and not _REFERENCE.match(visible):
        return Reason.LINKS
    if call and len(visible) <= _CALL_LINE:
        return Reason.PROMOTION
    return None


__all__ = ["link_rule", "without_markdown"]
