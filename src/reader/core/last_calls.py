"""One call alone at the page's end, under the article's prose, shaped as the
site's and never as a writer's closing: it names a platform and asks to follow
or back it (Follow 港流 IG，睇更多…; 支持我哋：Patreon …), sells under a label and
ends with a price (本店热销：… ¥368), points to other pieces under a label
(…的其他文章：…, 推荐阅读：…), or asks the reader to act on this piece when it
pleased them or to subscribe after thanks for reading (喜欢这篇文章，就点个…;
感謝閱讀…！免費訂閱…). ``closing_calls`` takes a run of two or more of looser
shapes; one alone of those stays, maybe the writer's own last words."""

from __future__ import annotations

import re
from typing import Final

from reader.core.junk_rules import Reason
from reader.core.line_passes import Line, is_prose_start, last_kept
from reader.core.site_calls import likes_and_shares
from reader.core.site_statements import is_site_statement

# (a platform named in Latin letters, a word of its own; the lookahead first lets the search skip to
# the names' first letters: a lookbehind first is tried at every place of the line)
_PLATFORM: Final = re.compile(
    r"(?=[IPYFT])(?<![A-Za-z])(?:IG|Instagram|Patreon|Podcast|YouTube|Facebook|FB|Threads)(?![A-Za-z])", re.I
)
_FOLLOW: Final = re.compile(r"follow|订阅|訂閱|收听|收聽|关注|關注|支持|立即|欢迎|歡迎", re.I)
# (a short label, then the goods in no sentence, the line ending with a price)
_PRICED: Final = re.compile(r"^[^：:，。]{2,8}[：:][^，。；,;]{2,40}[¥￥$]\s?\d[\d,.]*$")
# (a label naming other pieces, then a headline: no sentence's full stop at its end)
_POINTER: Final = re.compile(r"^[^：:，。]{0,12}(?:其他文章|推荐阅读|推薦閱讀|相关阅读|相關閱讀)[：:].{6,}")
# (the piece pleased the reader or helped: then an act on it)
_PLEASED: Final = re.compile(r"喜欢这篇|喜歡這篇|觉得有用|覺得有用|对你有|對你有")
_ACT: Final = re.compile(r"点个|點個|转给|轉給|转发|轉發|打赏|打賞|在看|三连|三連|投币|投幣|订阅|訂閱")
_THANKS: Final = re.compile(r"(?:感[谢謝]|谢谢|謝謝)(?:阅读|閱讀)")  # (each branch led by a character: a fast scan)
_REACH: Final = 6  # (the prose above: among the few lines over it)


def calls_the_reader(text: str, over: Line | None = None) -> bool:
    """``text`` is shaped as one of the site's calls (see the module's note);
    ``over``: the kept line above it (a price ends a call only under prose, not
    among a price list's rows)."""
    if _PLATFORM.search(text) and _FOLLOW.search(text):
        return True
    if text[-1:].isdigit() and _PRICED.match(text):
        return over is not None and is_prose_start(over)
    if _POINTER.match(text):
        return text[-1:] != "。"
    if _PLEASED.search(text):
        # (to like and share alone is ``closing_calls``' to judge: right under the article, maybe the writer's)
        return _ACT.search(text) is not None and not likes_and_shares(text)
    return _THANKS.search(text) is not None and ("订阅" in text or "訂閱" in text)


def mark_last_call(lines: list[Line]) -> None:
    """The page's last kept line goes as the site's promotion when it is a call
    (see the module's note) under a paragraph of the article's prose; and then a
    statement of the site's about the page right over it."""
    end = last_kept(lines)
    if end < 1 or not calls_the_reader(
        lines[end].text, lines[above] if (above := last_kept(lines, end - 1)) >= 0 else None
    ):
        return
    if not any(x.kept and is_prose_start(x) for x in lines[max(0, end - _REACH) : end]):
        return
    lines[end].reason = Reason.PROMOTION
    # (the call gone, the site's statement over it is at the page's end: 本文涉及…请勿模仿)
    if (k := last_kept(lines, end - 1)) > 0 and is_site_statement(lines[k].text):
        lines[k].reason = Reason.DISCLAIMER


__all__ = ["calls_the_reader", "mark_last_call"]
