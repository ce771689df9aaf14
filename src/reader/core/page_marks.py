"""Lines the page marks as its own by their shape, wherever they stand: an ad's label at the line's start, a call
to action ending in an arrow, a forum's badge and its replies, a post's comments, a clipper's note, a photo's
caption that says who stands where or who took it, a related header run into its entry on one row, short rows
between the menu and the headline and the site's banner there, customers' reviews led by their stars, a sponsor's
line, a row of buttons. Each is asked of the lines still kept, late, after the passes that judge lines by their
neighbours (so no verdict here moves another line's), behind a cheap test of one character or two.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.ad_lines import is_ad_line
from reader.core.contents_lists import mark_contents
from reader.core.icon_notes import NOTE_ICONS, icon_note
from reader.core.junk_rules import Reason
from reader.core.line_features import HAN
from reader.core.line_passes import Line, is_prose_start, row_cells
from reader.core.tail_prose import SIGN_OFF_DATE

# A call to action ends in an arrow: 选购在地好豆 ▶, 了解详情 ›
_CTA_ENDS: Final = ("▶", "▸", "►", "»", "›")
_CTA, _MARKED_FIRST = 60, "*[【［广廣`>"  # (the first characters of the longer shapes: a reply, an ad, a badge, a note)
# A forum's badge: the line is one short code span (`楼主`, `精华`)
_BADGE: Final = re.compile(r"^`[^`\s]{1,6}`$")
# A reply: a name in bold, a colon, a sentence (**小鹿乱撞**：请问楼主…)
_REPLY: Final = re.compile(r"^\*\*[^*]{1,20}\*\*\s*[:：](.*)$")
_SENTENCE: Final = re.compile(r"[，。！？!?]")
# A Markdown breadcrumb: two links or more joined by a path's mark ([论坛](…) › [版块](…) › 帖子标题)
_CRUMBS: Final = re.compile(r"^(?:\[[^\]]{1,30}\]\([^)\s]*\)\s*[›>»/]\s*){2}")
# A button in brackets that tells the reader to click (【点击下载本局棋谱（PGN格式）】):
# the page's control, whatever it fetches.
_CLICK: Final = re.compile(r"^[【［]\s*(?:点击|點擊|点此|點此|按此)[^】］]{1,30}[】］]$")
# A note in italics of when a post was edited (*本帖最后由 X 于 2026-11-24 21:40 编辑*):
# a date and a clock time in a line all italic; the post's own words carry no clock.
_EDIT_NOTE: Final = re.compile(r"^([*_])[^*_]*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}[^*_]*\1$")
# A caption names where a person stands in the picture: 常德林（右二）带着…
_ROLL: Final = r"(?![)）][:：](?:\S+\s+){2}\S)"  # (a roll of who stands where is text: 前排（左起）：马兰　罗铁柱　…)
_PLACE_IN_PICTURE: Final = re.compile(r"[（(](?:[左右]|前排|后排|後排)(?:[一二三四五六七八九十]|起)" + _ROLL)
_CAPTION: Final = 50
# A caption ends with its photographer's credit after a gap: …水盆结冰的厚度　摄/卜文静,
# 一等奖作品《晨潮》　摄影：林海舟 (what the picture shows first; a credit row has roles only)
_PHOTO_CREDIT: Final = re.compile(r"^[^/／:：（(]{4,}?[\u3000 ]+(?:摄|攝)(?:影)?\s*[/／:：]\s*[^\s/／:：，。]{2,8}$")
# A quoted note with no sentence in it right under the page's head (> 本帖被设为精华)
_NOTE: Final = 24
_NOTE_MARKS: Final = re.compile(r"[，。！？、；：「」“”‘’…]")
# A font-size control among a row's buttons: 【字体：大 中 小】, 字號 大 中 小
_FONT_SIZE: Final = re.compile(
    r"字[体體号號级級]?\s*[:：]?\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中\s*[】\]]?\s*[【\[]?\s*小"
)
_ROW: Final = 40
# A phone number in a row of the page's head: 入住咨询：0871-6602 3388　探视预约　…
_PHONE: Final = re.compile(r"(?<!\d)\d{3,4}[- ]?\d{3,4}[- ]?\d{3,4}(?!\d)")
_CELLS: Final = 3
# An icon and a few words under a button of the page's: 🎟 尚餘少量門票
_ICON_LED: Final = re.compile("^[\U0001f000-\U0001faff\u2600-\u27bf\u2b50\u2b55]")
_STATUS: Final = 12
_BUTTON: Final = (Reason.LINKS, Reason.PROMOTION, Reason.WIDGET, Reason.SHARE_BAR, Reason.CONTROLS)


def mark_page_marks(lines: list[Line]) -> None:
    """Mark the kept lines with one of these shapes (see the module)."""
    replies: list[int] = []
    reviews: list[int] = []
    posted: list[int] = []
    prices: list[int] = []  # (kept lines under the body's start that end with a price)
    # (short kept lines split by a gap, a table of contents' rows, and those with a colon, its twins)
    gapped: list[int] = []
    colons: list[int] = []
    # (the page's head: above the first paragraph of prose; Line.kept spelt out: a property is a call)
    prose = (i for i, x in enumerate(lines) if x.reason is None and x.meta is None and is_prose_start(x))
    head = next(prose, len(lines))
    for i, line in enumerate(lines):
        text = line.text
        if len(text) > _CTA and text[:1] not in _MARKED_FIRST and text[-3:-2] != ":":
            continue  # (a paragraph, longer than any shape below, no post's time at its end: most lines)
        first = text[:1]
        if first == "*" and (m := _REPLY.match(text)) and _SENTENCE.search(m.group(1)):
            replies.append(i)  # (kept or not: the run is judged whole)
            continue
        if line.reason is not None:
            continue  # (most lines: gone already)
        if text[-3:-2] == ":" and _POSTED.match(text):
            posted.append(i)  # (a commenter's name and when: kept or read as a date line)
            continue
        if line.meta is not None:
            continue
        n = len(text)
        if n <= _ITEM and i > head and text[-1:] in _DIGITS and first not in _BULLET_MARKS and _PRICE_END.search(text):
            prices.append(i)  # (an item and its price: weighed below, if still kept then)
        if n > _CTA and first not in "[【［广廣`>":
            continue  # (most kept lines: paragraphs, longer than any shape below but an ad's, a badge's, a note's)
        reason = None
        if first in _RARE_FIRST:  # (a review's stars, a sponsor's 本期…由)
            if first == "本":
                if _SPONSOR.match(text):
                    line.reason, line.own_rule = Reason.PROMOTION, True
                    continue
            elif _REVIEW.match(text):
                reviews.append(i)
                continue
        if (first in "[【［广廣赞贊" and is_ad_line(text)) or (text[-1:] in _CTA_ENDS and 2 < n <= _CTA):
            reason = Reason.PROMOTION
        elif (first == "`" and _BADGE.match(text)) or (first == ">" and _note(lines, i)):
            reason = Reason.WIDGET
        elif first == "[" and _CRUMBS.match(text):
            reason = Reason.NAVIGATION
        elif first in "【［" and _CLICK.match(text):
            reason = Reason.CONTROLS
        elif first in "*_" and n <= _CTA and _EDIT_NOTE.match(text):
            reason = Reason.TIMESTAMP
        elif first in NOTE_ICONS and (note := icon_note(text)) is not None:
            reason = note  # (a camera's caption, a warning's statement of the site's: 📷 …, ⚠ 本文涉及…慎入)
        elif n > _CAPTION:
            continue  # (most kept lines: paragraphs, longer than any shape below)
        elif (("（" in text or "(" in text) and _PLACE_IN_PICTURE.search(text)) or (
            ("摄" in text or "攝" in text) and _PHOTO_CREDIT.search(text)
        ):
            reason = Reason.CAPTION
        elif n <= _ROW and "中" in text and _FONT_SIZE.search(text) and not _SENTENCE.search(text):
            reason = Reason.CONTROLS
        elif i < head and _contact_row(text):
            reason = Reason.CONTACT
        elif n <= _BUTTONS and i and ("\u3000" in text or "  " in text) and _buttons(lines, i, head):
            reason = Reason.CONTROLS
        elif i > head and n <= _ROW and first in "相延推热熱猜往" and _related_row(text):  # (its words' first)
            reason = Reason.RELATED
        elif n <= _STATUS and _ICON_LED.match(text) and i > 0 and lines[i - 1].reason in _BUTTON:
            reason = Reason.PROMOTION
        if reason is not None:
            line.reason, line.own_rule = reason, True
        elif "：" in text or ":" in text:
            colons.append(i)  # (a heading a contents line may repeat)
        elif "\u3000" in text or " " in text:
            gapped.append(i)
    if len(replies) >= 2:
        _mark_replies(lines, replies)
    if len(posted) >= 2:
        _mark_comments(lines, posted, head)
    if len(reviews) >= 2:
        _mark_reviews(lines, reviews)
    _mark_list_heads(lines)
    _mark_price_runs(lines, [i for i in prices if lines[i].reason is None and lines[i].meta is None])
    _mark_over_headline(lines)
    if len(gapped) >= 2 and colons:
        mark_contents(lines, gapped, colons)


# A sponsor's line, wherever it stands: 本期节目由「纸间咖啡」支持。…, 本文由某某赞助
_SPONSOR: Final = re.compile(
    r"本(?:期|集|篇|文|节目|節目|视频|視頻|影片)(?:节目|節目|内容|內容|专栏|專欄)?由\S{1,20}?(?:赞助|贊助|支持|冠名)"
)
# A customer's review: a rating in stars, a name, a colon, what they say
# (★★★★☆ Ryan：香氣很棒，但手沖要注意水溫…)
_RARE_FIRST: Final = frozenset("★☆⭐本")
_REVIEW: Final = re.compile(r"^(?:[★☆⭐]\ufe0f?){3,5}\s*[^\s:：]{1,16}\s*[:：]\s*\S")


def _mark_reviews(lines: list[Line], reviews: list[int]) -> None:
    """Two customers' reviews or more, next to each other, with no paragraph
    of prose kept under them, are the page's reviews, with the short heading
    right over them (顧客評價)."""
    start = reviews[0]
    if any(line.kept and is_prose_start(line) for i, line in enumerate(lines[start:], start) if i not in reviews):
        return
    run = _next_to_another(reviews)
    for i in run:
        lines[i].reason, lines[i].own_rule = Reason.PAGE_FOOTER, True
    if run and run[0] > 0:
        above = lines[run[0] - 1]
        if above.kept and len(above.text) <= _HEAD_WORDS and not _NOTE_MARKS.search(above.text):
            above.reason, above.own_rule = Reason.PAGE_FOOTER, True


_OVER_HEADLINE: Final = 20


def _mark_over_headline(lines: list[Line]) -> None:
    """A short line with no sentence mark above the headline, with only the
    page's junk above it, is the site's head (English｜日本語 under its menu);
    a line led by a bracketed label between two junk lines there, or the
    first line led by an icon and split into cells, its banner."""
    head: list[Line] = []
    for i, line in enumerate(lines):
        if line.reason is Reason.HEADLINE:
            for x in head:
                x.reason, x.own_rule = Reason.NAVIGATION, True
            return
        if line.kept and (
            (line.text[:1] == "【" and _banner(lines, i))
            or (i == 0 and _ICON_LED.match(line.text) and _CELLS_MARK.search(line.text))
        ):
            line.reason, line.own_rule = Reason.PROMOTION, True
            _mark_banner_echo(lines, line.text)
        elif line.kept:
            if len(line.text) > _OVER_HEADLINE or _SENTENCE.search(line.text):
                return
            head.append(line)


_ECHO: Final = 6


def _mark_banner_echo(lines: list[Line], banner: str) -> None:
    """The page's last paragraph (only junk under it) that repeats six
    characters or more of the site's banner (115-2學期課程 of 【招生中】
    115-2學期課程即日起開放線上報名), words neither the headline nor another
    paragraph has, is the banner's notice in sentence form."""
    last = next((line for line in reversed(lines) if line.kept), None)
    if last is None or not is_prose_start(last):
        return
    text = last.text
    shared = [g for k in range(len(banner) - _ECHO + 1) if (g := banner[k : k + _ECHO]) in text]
    if not shared:
        return
    # (words the article's headline or its other paragraphs have too are its topic: a ticker on its story)
    article = "\n".join(x.text for x in lines if x is not last and (x.kept or x.reason is Reason.HEADLINE))
    if any(g not in article for g in shared):
        last.reason, last.own_rule = Reason.PROMOTION, True


# (or the page's first line, led by an icon, in cells: 🌿 全館滿NT$1,200免運｜週三新苗到貨)
_CELLS_MARK: Final = re.compile(r"[|｜]")
# A banner's bracketed label opening a line: 【招生中】…, 【限時優惠】…
_BANNER: Final = re.compile(r"^【[^】]{2,6}】\S")


def _banner(lines: list[Line], i: int) -> bool:
    """A line led by a bracketed label between two of the page's junk lines
    above the headline (the menu over it, the breadcrumb under it) is the
    site's banner, however it reads."""
    return 0 < i < len(lines) - 1 and lines[i - 1].bad and lines[i + 1].bad and _BANNER.match(lines[i].text) is not None


# (the header words that name other pieces; 其他/更多/最新 also open a body's rows: 其他費用 自理)
# (or a colon, then a piece's title in its brackets: 相关视频：【修复】外公的收音机; 相关单位：… is a row)
_FIRST_CELL: Final = re.compile(
    r"^(?:相关|相關|延伸|推荐|推薦|热门|熱門|猜你|往期)\S{0,4}?(?:[ \u3000]+\S|[:：]\s*[【《「“])"
)


def _related_row(text: str) -> bool:
    """A related-pieces header run into its one entry on the same row, with
    no sentence in it (相關拍賣 中國瓷器及工藝品　12月6日 下午2時)."""
    return _FIRST_CELL.match(text) is not None and not _SENTENCE.search(text)


_LIST_REASONS: Final = (Reason.NAVIGATION, Reason.LINKS, Reason.RELATED)
_HEAD_WORDS: Final = 12


def _mark_list_heads(lines: list[Line]) -> None:
    """A short heading over a list the page's rules took (two lines or more
    gone by the same rule of a list's, nothing kept under them to the end:
    待领养的毛孩子 over 花卷 · 母 · 2岁 / 大橘 · 公 · 3岁) heads the page's list."""
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].kept), None)
    if last is None or last + 2 >= len(lines) or last == 0:
        return
    head, below = lines[last], lines[last + 1 : last + 3]
    # (a signature right under the last paragraph stays: 江淮城际铁路有限公司; and its date under it)
    if (
        not is_prose_start(lines[last - 1])
        and len(head.text) <= _HEAD_WORDS
        and not _NOTE_MARKS.search(head.text)
        and below[0].reason in _LIST_REASONS
        and below[1].reason is below[0].reason
        and not below[0].meta
        and not below[1].meta
        and not (lines[last - 1].kept and SIGN_OFF_DATE.fullmatch(head.text))
    ):
        head.reason, head.own_rule = Reason.RELATED, True


# A shop's item: a name and its price last (洛索洛芬钠片 60mg*20片　¥22.00)
_PRICE_END: Final = re.compile(r"(?:[¥￥$]|HK\$|NT\$|RM)\s?\d[\d,]*(?:\.\d{1,2})?$")
_ITEM: Final = 40
_BULLET_MARKS: Final = "·•-*‧・"
_DIGITS: Final = frozenset("0123456789")


def _mark_price_runs(lines: list[Line], prices: list[int]) -> None:
    """Two kept lines or more in a row, each a short item with its price
    last, under the body's last paragraph of prose (nothing of prose after
    them), are the shop's list of products, with the short heading over
    them (看了又看). A list item of the body (· 单房差 ¥980) is led by a bullet.
    ``prices``: the kept lines under the page's head that end so, found in
    :func:`mark_page_marks`' walk (a price ends in a digit: most lines are
    out at the first test; the short length before the pattern, whose
    search tries every position)."""
    if len(prices) < 2 or any(line.kept and is_prose_start(line) for line in lines[prices[0] :]):
        return
    run = _next_to_another(prices)
    for i in run:
        lines[i].reason, lines[i].own_rule = Reason.RELATED, True
    for i in run:
        above = lines[i - 1]
        if above.kept and len(above.text) <= _HEAD_WORDS and not _NOTE_MARKS.search(above.text):
            above.reason, above.own_rule = Reason.RELATED, True


# A row of two to four buttons' words of four characters or more (two, 盐井　往事 under
# a headline, are its words), apart by wide gaps, no figure, no mark
# (购买咨询　经销商查询, 在线咨询　预约试驾)
_BUTTON_ROW: Final = re.compile(r"[\u3400-\u9fff]{4,6}(?:(?:\u3000|\s{2,})[\u3400-\u9fff]{4,6}){1,3}")
_BUTTONS: Final = 30


def _buttons(lines: list[Line], i: int, head: int) -> bool:
    """A row of buttons right under the byline, over the article's first
    paragraph; or after it, right over the page's junk, three buttons or
    more whose words end alike (在线咨询　微信咨询　电话咨询)."""
    text = lines[i].text
    if _BUTTON_ROW.fullmatch(text) is None:
        return False
    if i < head:
        return lines[i - 1].meta is not None
    cells = text.split()
    return (
        len(cells) >= _CELLS
        and len({c[-2:] for c in cells}) == 1
        and i + 1 < len(lines)
        and lines[i + 1].bad
        and not any(line.kept and is_prose_start(line) for line in lines[i + 1 :])
    )


def _contact_row(text: str) -> bool:
    """A row of three cells or more, no sentence, one with a phone number."""
    if _PHONE.search(text) is None or _SENTENCE.search(text):
        return False
    return len(row_cells(text)) >= _CELLS


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


# A comment's head: a name, the day and the clock (阿明 2026年11月22日 下午1:05, 小王 2026-11-22 13:05)
_POSTED: Final = re.compile(
    r"^[^\s\d:：，。]{1,12}\s+\d{4}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})\s*(?:[上下]午)?\s*\d{1,2}:\d{2}$"
)
_REPLY_LINES: Final = 2


def _mark_comments(lines: list[Line], posted: list[int], head: int) -> None:
    """Two comments or more under the story, each a name, a day and a clock over a short
    reply or two, nothing else between: the page's (their dates are not the post's)."""
    rows = [i for i in posted if i > head]
    marked: list[int] = []
    for k, i in enumerate(rows):
        end = rows[k + 1] if k + 1 < len(rows) else len(lines)
        j = i + 1
        while j < end and j - i <= _REPLY_LINES and lines[j].kept and len(lines[j].text) <= _NOTE:
            j += 1
        if j == i + 1 or (j < end and lines[j].kept):
            return  # (no reply, or the story goes on under it)
        marked.extend(range(i, j))
    if len(rows) >= 2:
        for i in marked:
            lines[i].reason, lines[i].own_rule, lines[i].meta = Reason.PAGE_FOOTER, True, None


def _next_to_another(rows: list[int]) -> list[int]:
    """The line numbers of ``rows`` (ascending) right above or under another of them."""
    return [
        i for k, i in enumerate(rows) if (k and rows[k - 1] == i - 1) or (k + 1 < len(rows) and rows[k + 1] == i + 1)
    ]


__all__ = ["mark_page_marks"]
