"""The site's lines under the article that read like a notice's last lines,
asked of the page's last kept lines from the end up (through
``tail_notices.tail_notice``): a paragraph refusing liability, an appeal
for the reader's gift and its button, a footnote under an asterisk or an
end note after a dash (— 本文為…), a hotline or contact row under other
junk, readers' comments under a label that says so (【家長留言】name：…), an
offer in bold over its terms or an offer under the site's closing statement,
an offer priced and discounted, a call to forward the page."""

from __future__ import annotations

import re
from typing import Final

from reader.core.folding import fold
from reader.core.junk_rules import Reason
from reader.core.line_passes import Line
from reader.core.masthead import PROMO
from reader.core.site_statements import DISCLAIMS
from reader.core.support_appeals import ruled_question_appeal, support_appeal, support_button

# (string tests, no patterns: this module is imported on every start)
_LIABLE: Final = ("负责", "負責", "承担责任", "承擔責任")  # (不就任何…承擔責任 as 不就任何…負責)
_REFUSING: Final = (
    "概不",
    "恕不",
    "不对",
    "不對",
    "不就任何",
)  # (and the formal 不就任何…負責, as HK notices write it)
_REFUSE_SPAN: Final = 30  # (the refusal and its 负责 within a clause)
_NO_DUTY: Final = ("不承担", "不承擔")
_DUTY: Final = ("责任", "責任")
_GIFT: Final = ("捐款", "捐助", "捐贈", "捐赠")
_GIFT_FIRST: Final = frozenset(word[0] for word in _GIFT)  # (捐: one character's scan before the words')
# (a gift asked for: the reader's own, or of some amount; thanks to the donors are the article's)
_YOURS: Final = ("您的", "你的")
_CURRENCY: Final = ("港幣", "港币")
_BUTTON: Final = 6  # (a button's words: 立即捐款)
_BUTTON_START: Final = ("立即", "马上", "馬上")
# A hotline's label and its number, no colon between (訂房熱線 2791 XXXX)
_HOTLINES: Final = ("热线", "熱線", "专线", "專線")
_LABEL: Final = 6
# A phone's label and its number in a row of the place's contacts (｜電話 604-XXX-2231)
_PHONES: Final = ("电话", "電話", "Tel", "TEL", "tel")
_NUMBER: Final = 6  # (digits, a mask's X, spaces and dashes)
_ROW: Final = 60
_PROSE: Final = 20  # (a sentence or more: no button, no row)
# A comment under a label that says so: 【家長留言】陳太：…, 【读者评论】…
_COMMENTS: Final = ("留言", "评论", "評論", "心声", "心聲", "回响", "迴響", "评价", "評價")
_POSTER: Final = 12
# An end note set off by a dash, on the piece or the site itself: — 本文為…, — 本站…
_DASHES: Final = ("—", "－", "-")
_OF_THE_PIECE: Final = ("本文", "本篇", "本站", "本网", "本網")
_NOTE_HEAD: Final = 6
_STATEMENT: Final = Reason.DISCLAIMER  # (bound once: an enum member's lookup is slow)
_PRICE_SIGNS: Final = ("$", "¥", "￥", "€", "£")
# (forward it, pass it to someone, pass the word on: 轉發俾, 转给, 轉告)
_FORWARD: Final = ("转发", "轉發", "转给", "轉給", "转俾", "轉俾", "转告", "轉告")
_TO: Final = frozenset("给給俾畀")  # (to whom: 轉發俾鄰居, 转发给家人)
_CLAUSE_START: Final = frozenset("？?！!，,。")
_PLEAS: Final = ("幫手", "帮手", "帮忙", "幫忙", "请", "請", "麻烦大家", "麻煩大家")
_OBJECT: Final = 8  # (the thing passed on put first, 請把這則公告轉給…: this long at most)


def closing_notice(lines: list[Line], i: int) -> Reason | None:
    """Why line ``i``, the page's last kept line, is the site's, or None."""
    text = lines[i].text
    if len(text) > _PROSE and (_refuses(text) or _footnote(text)):
        return Reason.DISCLAIMER
    # (one character's scan before the words': a two-character scan of a long line is many times slower)
    if any(map(text.__contains__, _GIFT_FIRST)) and any(word in text for word in _GIFT):
        if _button(text):
            return Reason.PROMOTION
        # (with its button, in it or under it: the site's; alone under the notice it may be the writer's)
        below = lines[i + 1].text if i + 1 < len(lines) else ""
        if len(text) > _PROSE and (_BUTTON_START[0] in text or _button(below)) and _asks_a_gift(text):
            return Reason.PROMOTION
    if len(text) > _PROSE and text[:1] in _DASHES and any(w in text[:_NOTE_HEAD] for w in _OF_THE_PIECE):
        return Reason.DISCLAIMER  # (an end note set off by a dash on the piece itself: — 本文為作者個人見聞，…)
    # (a bold lead first: most last lines have none, and the call is dearer than the slice)
    if support_appeal(text) or support_button(lines, i) or (text[:2] == "**" and ruled_question_appeal(lines, i)):
        return Reason.PROMOTION  # (the site asks for its keep: 每月100元就能讓我們…, and its 我要支持)
    if (text[:2] == "**" or "惠" in text or "券" in text or "金" in text or lines[i - 1].reason is _STATEMENT) and (
        offer := _offer_or_terms(lines, i)
    ):
        return offer  # (an offer in bold and its terms under the letter: **會員續期優惠**：… / 續期優惠只適用於…)
    if text[:1] == "【" and _labelled_comment(text):
        return Reason.RELATED
    if len(text) <= _ROW and lines[i - 1].bad and (_hotline(text) or _phone_cell(text)):
        return Reason.CONTACT
    if len(text) > _PROSE and _priced_offer(text):
        return Reason.PROMOTION  # (an offer priced and discounted: …只要NT$1,800，即日起登記即享九折優惠。)
    if ("转" in text or "轉" in text) and _passes_on(text):
        return Reason.PROMOTION  # (the reader asked to forward the page: 覺得有用？轉發俾同座鄰居，…！)
    if ("？" in (head := text[:_QUESTION]) or "?" in head) and _piece_question(text):
        return Reason.PROMOTION  # (喜欢这份周报吗？把它转发给…，订阅完全免费…: the site asks, the piece is over)
    if text.startswith(_FOLLOW_CALLS) and CHANNEL.search(text) is not None:
        return Reason.PROMOTION  # (the reader asked to join or follow the site's channel: 加入某某網LINE好友，…)
    return None


# (a call to join or follow opening the line, the imperative itself: a story reports such a call after its speaker)
_FOLLOW_CALLS: Final = ("加入", "关注", "關注", "追蹤", "追踪", "订阅", "訂閱")


def _piece_question(text: str) -> bool:
    """A short question to the reader about the piece itself (喜欢这份周报吗？, 覺得這則報導有用嗎？),
    then a call to forward it or to follow the site's channel: the site's ask. A question
    on the story's subject (值得吗？他说订阅费…) names no piece."""
    at = max(text.find("？", 0, _QUESTION), text.find("?", 0, _QUESTION))
    if at < 0:
        return False
    rest = text[at + 1 :]
    if _THE_PIECE.search(text, 0, at) is None:
        # (or a short question, then the call names the piece it passes on: 觉得有用？…把这篇文章分享给…)
        return _THE_PIECE.search(rest) is not None and any(verb in rest for verb in _SHARE_TO)
    return any(verb in rest for verb in _FORWARD) or CHANNEL.search(rest) is not None


_SHARE_TO: Final = (*_FORWARD, "分享给", "分享給", "分享俾")


# The site's channels to follow: a newsletter, an account, an app or a LINE account as a word (not
# WhatsApp, not a hotline).
CHANNEL: Final = re.compile(
    r"订阅|訂閱|公众号|公眾號|官方帳號|官方账号|官方帐号|粉丝专页|粉絲專頁|频道|頻道|电子报|電子報|客户端|客戶端|(?<![a-z])(?:app|line)(?![a-z])",
    re.IGNORECASE,
)
_QUESTION: Final = 16  # (a short question opens the line: 覺得這則報導有用嗎？)
# (the piece named by a demonstrative and its measure word: 这份周报, 這則報導, 本期, 這篇文章)
_THE_PIECE: Final = re.compile("[这這本此][篇份则則期封集条條支]")


def _passes_on(text: str) -> bool:
    """A call to forward the page to someone (轉發俾…, 转发给…, 轉給…) or to pass the word on
    (轉告) opening the line or a clause, or after a plea (幫手, 请, 麻煩大家; the thing passed
    on may come between, 請把這則公告轉給…): the site's ask, not the story's 他把照片轉發給我。"""
    for verb in _FORWARD:
        if (at := text.find(verb)) < 0 or (verb[1] in "发發" and text[at + 2 : at + 3] not in _TO):
            continue
        before = text[:at]
        if (put := before.rfind("把")) >= 0 and at - put <= _OBJECT:
            # (the thing passed on put before the verb after a plea: 也請把這則公告轉給…; with no
            # plea, 陳太看完，把通告轉發給…, the story's)
            if before[:put].endswith(_PLEAS):
                return True
            continue
        if not before or before[-1] in _CLAUSE_START or before.endswith(_PLEAS):
            return True
    return False


def _priced_offer(text: str) -> bool:
    """A price after its currency sign, and a sale's word (優惠, 九折, 限時): a shop's offer."""
    at = next((k for k in map(text.find, _PRICE_SIGNS) if k >= 0), -1)
    return at >= 0 and text[at + 1 : at + 3].lstrip()[:1].isdigit() and PROMO.search(fold(text)) is not None


def _button(text: str) -> bool:
    return len(text) <= _BUTTON and text.startswith(_BUTTON_START) and any(word in text for word in _GIFT)


def _footnote(text: str) -> bool:
    """A footnote under the notice: a lone asterisk glued to its sentences
    (*本学苑保留…的权利。…), not a Markdown bullet (* ), bold (**) or italics
    closed by another asterisk (*慢一点，也是一种抵达。*, a writer's own line)."""
    return text[0] == "*" and text[1] not in "* \t" and not text.endswith("*")


def _refuses(text: str) -> bool:
    """Liability refused: 概不負責, 恕不负责, 不对…负责, 不就任何…承擔責任, 不承担…责任."""
    for word in _LIABLE:
        at = text.find(word) if word[0] in text else -1  # (one character's scan first, as above)
        while at >= 0:
            clause = text[max(0, at - _REFUSE_SPAN) : at].rsplit("。", 1)[-1]
            if any(no in clause for no in _REFUSING):
                return True
            at = text.find(word, at + 1)
    for word in _NO_DUTY:
        at = text.find(word) if word[1] in text else -1  # (承: 不 is in most sentences)
        if at >= 0 and any(duty in text[at : at + 16] for duty in _DUTY):
            return True
    return False


def _asks_a_gift(text: str) -> bool:
    for word in _GIFT:
        at = text.find(word)
        while at >= 0:
            if text[max(0, at - 2) : at] in _YOURS:
                return True
            after = text[at + 2 : at + 10]
            for currency in _CURRENCY:
                after = after.removeprefix(currency)
            after = after.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ$ ")
            if after[:1].isdigit():
                return True
            at = text.find(word, at + 1)
    return False


def _number_at(text: str) -> bool:
    """``text`` opens with a phone number (its mask's X and all)."""
    text = text.lstrip(" :：").removeprefix("+")
    run = len(text) - len(text.lstrip("0123456789X -"))
    return text[:1].isdigit() and run >= _NUMBER


def _hotline(text: str) -> bool:
    for word in _HOTLINES:
        at = text.find(word)
        if 0 <= at <= _LABEL:
            label, rest = text[:at], text[at + 2 :]
            return not any(c in label for c in " :：，。") and rest[:1].isspace() and _number_at(rest.lstrip())
    return False


def _phone_cell(text: str) -> bool:
    for word in _PHONES:
        at = text.find(word)
        if at >= 0 and _number_at(text[at + len(word) :]):
            return True
    return False


def _labelled_comment(text: str) -> bool:
    end = text.find("】")
    if end < 0 or not any(text[1:end].endswith(word) for word in _COMMENTS) or end > 7:
        return False
    colon = min((k for k in (text.find("：", end), text.find(":", end)) if k > 0), default=-1)
    return end + 1 < colon <= end + 1 + _POSTER


# An offer in bold and its terms at the page's end: a newsletter's or a site's promotion under
# the letter (**會員續期優惠**：7月31日前續期，年費…減至… / 續期優惠只適用於…，本會保留最終決定權。).
# Terms speak of an offer (优惠) and reserve the giver's right or word (保留…權利, 以…為準,
# 決定權); the paragraph they stand under, led by a bold label and its colon, is the offer they
# are about. An article's own bold-labelled paragraph at its end stands over no such terms. Nor
# does the article go on under the site's statement that closes the page: an offer there (a
# sale's words: 免運, 優惠, 滿…) is the shop's.
# (string tests: the offer's word in its terms; or a voucher's, 點心券, and its cash terms, 不可兌換現金)
_OFFER: Final = ("优惠", "優惠", "券", "兑换现金", "兌換現金")
_TERMS: Final = 120  # (an offer's terms are a sentence or three)
_LABEL_CHARS: Final = (2, 10)  # (a bold label's characters: 訂戶推介)


def _offer_or_terms(lines: list[Line], i: int) -> Reason | None:
    """Line ``i``, the page's last kept line, as an offer's terms right under
    the offer's bold-labelled paragraph, or as that paragraph over its terms,
    or as an offer right under the site's closing statement."""
    text = lines[i].text
    if i + 1 < len(lines) and _bold_labelled(text):
        under = lines[i + 1]
        if under.reason is _STATEMENT and _terms(under.text):
            return Reason.PROMOTION
    if i > 0 and lines[i - 1].kept and _terms(text) and _bold_labelled(lines[i - 1].text):
        return Reason.DISCLAIMER
    if i > 0 and lines[i - 1].reason is _STATEMENT and len(text) <= _TERMS and PROMO.search(fold(text)):
        return Reason.PROMOTION  # (an offer under the site's closing statement: 春茶預購中，滿兩千元免運…)
    return None


def _bold_labelled(text: str) -> bool:
    """A paragraph led by a short bold label and its colon: **訂戶推介**：… (string tests)."""
    if text[:2] != "**" or (end := text.find("**", 2)) < 0 or not _LABEL_CHARS[0] <= end - 2 <= _LABEL_CHARS[1]:
        return False
    rest = text[end + 2 :].lstrip()
    if text[end - 1] in ("：", ":") and end - 3 >= _LABEL_CHARS[0]:
        return bool(rest)  # (the colon inside the bold: **本月贊助：** …)
    return rest[:1] in ("：", ":") and bool(rest[1:].strip())


def _terms(text: str) -> bool:
    return len(text) <= _TERMS and any(w in text for w in _OFFER) and DISCLAIMS.search(text) is not None


__all__ = ["CHANNEL", "closing_notice"]
