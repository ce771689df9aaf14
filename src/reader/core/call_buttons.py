"""Buttons the text copy kept: a field whose value is a call to act with
nothing to act on (上门预约：点击拨打, the number was the link's), and a
lone short call between junk lines (成為月捐者 under the site's appeal).
``reader.core.cleaning`` runs them once the page's junk is marked.
"""

from __future__ import annotations

from typing import Final

from reader.core.junk_rules import Reason
from reader.core.line_passes import Line, last_kept
from reader.core.site_statements import ASKS
from reader.core.tail_prose import SIGN_OFF_DATE
from reader.core.title_shapes import ACTION

# A label this long before the colon, a call this long after it.
_LABEL: Final = (2, 6)
_CALL: Final = 4
_DIGITS: Final = "0123456789０１２３４５６７８９"
# A lone call is a button's few words, no clause.
_LONE_CALL: Final = 8
_CLAUSE: Final = "，。；！？,;!?：:"


def _call_field(text: str) -> bool:
    colon = text.find("：")
    if not _LABEL[0] <= colon <= _LABEL[1]:
        return False
    value = text[colon + 1 :].strip()
    # (no number, no address: what the call would reach is not in the text)
    return 0 < len(value) <= _CALL and ACTION.match(value) is not None and not any(c in _DIGITS for c in text)


def mark_call_buttons(lines: list[Line]) -> None:
    """The page's last kept line, over junk or at the page's end: a call
    field under a kept line, or a lone call under a junk line, is the
    page's button (a step of the article's instructions has further steps
    under it)."""
    # (from the end: only the page's tail is walked)
    i = last_kept(lines)
    if i < 1 or (i + 1 < len(lines) and lines[i + 1].reason is None):
        return
    line, above = lines[i], lines[i - 1]
    if _asks_of_page(line):
        line.reason = Reason.WIDGET  # (the buttons the copy lost: 以上内容是否解决了您的问题？ 是 否)
        return
    if (above.kept and "：" in line.text and _call_field(line.text)) or (
        # (or under the notice's signature date, which closes it: 2027年12月15日 / 立即报名)
        _lone_call(line.text) and (above.bad or SIGN_OFF_DATE.fullmatch(above.text) is not None)
    ):
        line.reason = Reason.WIDGET


# The page naming itself (folded): the above, this article, this page
_THE_PAGE: Final = ("以上内容", "以上信息", "以上资讯", "以上说明", "以上回答", "本文", "本页", "本篇", "这篇")
_QUESTION: Final = 30  # (a feedback widget's question is short)


def _asks_of_page(line: Line) -> bool:
    """A short question about the page itself (以上内容是否解决了您的问题？, 本文对您有帮助吗？):
    the site's feedback widget, its answer buttons lost, not the article's last word."""
    f = line.folded
    return f is not None and len(f) <= _QUESTION and f.endswith("?") and any(w in f for w in _THE_PAGE)


def _lone_call(text: str) -> bool:
    return len(text) <= _LONE_CALL and ASKS.match(text) is not None and not any(c in _CLAUSE for c in text)


__all__ = ["mark_call_buttons"]
