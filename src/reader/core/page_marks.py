"""Lines the page marks as its own by their shape, wherever they stand:
an ad's label at the line's start, a call to action ending in an arrow, a
forum's badge and its replies, a clipper's note, a photo's caption that
says who stands where, a related header run into its entry on one row,
short rows between the menu and the headline. Each is asked of the lines still kept, late, after
the passes that judge lines by their neighbours (so no verdict here moves
another line's), behind a cheap test of one character or two.
"""

from __future__ import annotations

import re

from reader.core.junk_rules import Reason
from reader.core.line_features import HAN
from reader.core.line_passes import CELL_GAP, Line, is_prose_start

# An ad's label opening the line: 【广告】…, [广告] …, ［廣告］…, or a Markdown
# link whose text opens so: [【广告】… 7 折](…/ad/408)
_AD_LABEL = re.compile(r"^\[?(?:【(?:广告|廣告)】|\[(?:广告|廣告)\]|［(?:广告|廣告)］)")
# A call to action ends in an arrow: 选购在地好豆 ▶, 了解详情 ›
_CTA_ENDS = ("▶", "▸", "►", "»", "›")
_CTA = 60
# A forum's badge: the line is one short code span (`楼主`, `精华`)
_BADGE = re.compile(r"^`[^`\s]{1,6}`$")
# A reply: a name in bold, a colon, a sentence (**小鹿乱撞**：请问楼主…)
_REPLY = re.compile(r"^\*\*[^*]{1,20}\*\*\s*[:：](.*)$")
_SENTENCE = re.compile(r"[，。！？!?]")
# A caption names where a person stands in the picture: 常德林（右二）带着…
_PLACE_IN_PICTURE = re.compile(r"[（(](?:[左右]|前排|后排|後排)(?:[一二三四五六七八九十]|起)")
_CAPTION = 50
# A quoted note with no sentence in it right under the page's head (> 本帖被设为精华)
_NOTE = 24
_NOTE_MARKS = re.compile(r"[，。！？、；：「」“”‘’…]")
# A font-size control among a row's buttons: 【字体：大 中 小】, 字號 大 中 小
_FONT_SIZE = re.compile(r"字[体體号號级級]?\s*[:：]?\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中\s*[】\]]?\s*[【\[]?\s*小")
_ROW = 40
# A phone number in a row of the page's head: 入住咨询：0871-6602 3388　探视预约　…
_PHONE = re.compile(r"(?<!\d)\d{3,4}[- ]?\d{3,4}[- ]?\d{3,4}(?!\d)")
_CELLS = 3
# An icon and a few words under a button of the page's: 🎟 尚餘少量門票
_ICON_LED = re.compile("^[\U0001f000-\U0001faff\u2600-\u27bf\u2b50\u2b55]")
_STATUS = 12
_BUTTON = (Reason.LINKS, Reason.PROMOTION, Reason.WIDGET, Reason.SHARE_BAR, Reason.CONTROLS)


def mark_page_marks(lines: list[Line]) -> None:
    """Mark the kept lines with one of these shapes (see the module)."""
    replies: list[int] = []
    # (the page's head: above the first paragraph of prose)
    head = next((i for i, line in enumerate(lines) if line.kept and is_prose_start(line)), len(lines))
    for i, line in enumerate(lines):
        text = line.text
        first = text[:1]
        if first == "*" and (m := _REPLY.match(text)) and _SENTENCE.search(m.group(1)):
            replies.append(i)  # (kept or not: the run is judged whole)
            continue
        if line.reason is not None or line.meta is not None:
            continue  # (most lines: gone already)
        n = len(text)
        if n > _CTA and first not in "[【［广廣`>":
            continue  # (most kept lines: paragraphs, longer than any shape below but an ad's, a badge's, a note's)
        reason = None
        if (first in "[【［广廣" and _ad(text)) or (text[-1:] in _CTA_ENDS and 2 < n <= _CTA):
            reason = Reason.PROMOTION
        elif (first == "`" and _BADGE.match(text)) or (first == ">" and _note(lines, i)):
            reason = Reason.WIDGET
        elif n > _CAPTION:
            continue  # (most kept lines: paragraphs, longer than any shape below)
        elif ("（" in text or "(" in text) and _PLACE_IN_PICTURE.search(text):
            reason = Reason.CAPTION
        elif n <= _ROW and "中" in text and _FONT_SIZE.search(text) and not _SENTENCE.search(text):
            reason = Reason.CONTROLS
        elif i < head and _contact_row(text):
            reason = Reason.CONTACT
        elif i > head and n <= _ROW and _related_row(text):
            reason = Reason.RELATED
        elif n <= _STATUS and _ICON_LED.match(text) and i > 0 and lines[i - 1].reason in _BUTTON:
            reason = Reason.PROMOTION
        if reason is not None:
            line.reason, line.own_rule = reason, True
    if len(replies) >= 2:
        _mark_replies(lines, replies)
    _mark_list_heads(lines)
    _mark_price_runs(lines, head)
    _mark_over_headline(lines)


_OVER_HEADLINE = 20


def _mark_over_headline(lines: list[Line]) -> None:
    """A short line with no sentence mark above the headline, with only the
    page's junk above it, is the site's head (English｜日本語 under its menu)."""
    head: list[Line] = []
    for line in lines:
        if line.reason is Reason.HEADLINE:
            for x in head:
                x.reason, x.own_rule = Reason.NAVIGATION, True
            return
        if line.kept:
            if len(line.text) > _OVER_HEADLINE or _SENTENCE.search(line.text):
                return
            head.append(line)


# (the header words that name other pieces; 其他/更多/最新 also open a body's rows: 其他費用 自理)
_FIRST_CELL = re.compile(r"^(?:相关|相關|延伸|推荐|推薦|热门|熱門|猜你|往期)\S{0,4}[ \u3000]+\S")


def _related_row(text: str) -> bool:
    """A related-pieces header run into its one entry on the same row, with
    no sentence in it (相關拍賣 中國瓷器及工藝品　12月6日 下午2時)."""
    return _FIRST_CELL.match(text) is not None and not _SENTENCE.search(text)


def _ad(text: str) -> bool:
    if _AD_LABEL.match(text):
        return True
    # (a bare label run into its ad, in parts, with a figure: 广告年底购车季　至高享5000元补贴)
    return (
        text.startswith(("广告", "廣告"))
        and len(text) <= _CTA
        and (" " in text or "\u3000" in text)
        and any(ch.isdigit() for ch in text)
        and not _SENTENCE.search(text)
    )


_LIST_REASONS = (Reason.NAVIGATION, Reason.LINKS, Reason.RELATED)
_HEAD_WORDS = 12


def _mark_list_heads(lines: list[Line]) -> None:
    """A short heading over a list the page's rules took (two lines or more
    gone by the same rule of a list's, nothing kept under them to the end:
    待领养的毛孩子 over 花卷 · 母 · 2岁 / 大橘 · 公 · 3岁) heads the page's list."""
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].kept), None)
    if last is None or last + 2 >= len(lines) or last == 0:
        return
    head, below = lines[last], lines[last + 1 : last + 3]
    # (a signature right under the last paragraph stays: 江淮城际铁路有限公司)
    if (
        not is_prose_start(lines[last - 1])
        and len(head.text) <= _HEAD_WORDS
        and not _NOTE_MARKS.search(head.text)
        and below[0].reason in _LIST_REASONS
        and below[1].reason is below[0].reason
        and not below[0].meta
        and not below[1].meta
    ):
        head.reason, head.own_rule = Reason.RELATED, True


# A shop's item: a name and its price last (洛索洛芬钠片 60mg*20片　¥22.00)
_PRICE_END = re.compile(r"(?:[¥￥$]|HK\$|NT\$|RM)\s?\d[\d,]*(?:\.\d{1,2})?$")
_ITEM = 40
_BULLET_MARKS = "·•-*‧・"
_DIGITS = frozenset("0123456789")


def _mark_price_runs(lines: list[Line], head: int) -> None:
    """Two kept lines or more in a row, each a short item with its price
    last, under the body's last paragraph of prose (nothing of prose after
    them), are the shop's list of products, with the short heading over
    them (看了又看). A list item of the body (· 单房差 ¥980) is led by a bullet."""
    # (a price ends in a digit: most lines are out at the first test; the
    # short length before the pattern, whose search tries every position)
    prices = [
        i
        for i in range(head + 1, len(lines))
        if (text := (line := lines[i]).text)[-1:] in _DIGITS
        and line.reason is None
        and line.meta is None
        and len(text) <= _ITEM
        and text[:1] not in _BULLET_MARKS
        and _PRICE_END.search(text)
    ]
    if len(prices) < 2 or any(line.kept and is_prose_start(line) for line in lines[prices[0] :]):
        return
    run = [
        i
        for k, i in enumerate(prices)
        if (k and prices[k - 1] == i - 1) or (k + 1 < len(prices) and prices[k + 1] == i + 1)
    ]
    for i in run:
        lines[i].reason, lines[i].own_rule = Reason.RELATED, True
    for i in run:
        above = lines[i - 1]
        if above.kept and len(above.text) <= _HEAD_WORDS and not _NOTE_MARKS.search(above.text):
            above.reason, above.own_rule = Reason.RELATED, True


def _contact_row(text: str) -> bool:
    """A row of three cells or more, no sentence, one with a phone number."""
    if _PHONE.search(text) is None or _SENTENCE.search(text):
        return False
    return len([c for c in CELL_GAP.split(text) if c]) >= _CELLS


def _note(lines: list[Line], i: int) -> bool:
    """A quoted line that is no sentence: under the page's head or a
    clipper's note of where it came from (> Saved from https://… · Exported …)."""
    text = lines[i].text
    if text.startswith("> ") and "://" in text and not HAN.search(text):
        return True
    if len(text) > _NOTE or _NOTE_MARKS.search(text) or not text.startswith("> "):
        return False
    # (right under the page's head: the lines above are junk or metadata, no paragraph yet)
    return i > 0 and not lines[i - 1].kept and not any(line.kept and not line.short for line in lines[:i])


def _mark_replies(lines: list[Line], replies: list[int]) -> None:
    """Two or more replies with sentences, under a line of the page's (a
    reaction bar, a comments header): the page's comments, with the rest
    of the page under them junk or more replies."""
    start = replies[0]
    if start == 0 or lines[start - 1].kept:
        return
    if any(line.kept and i not in replies for i, line in enumerate(lines[start:], start)):
        return
    for i in replies:
        if lines[i].kept:
            lines[i].reason, lines[i].own_rule = Reason.PAGE_FOOTER, True


__all__ = ["mark_page_marks"]
