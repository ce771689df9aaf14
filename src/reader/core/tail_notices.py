"""The site's notices in sentence form at the very end of a page (a
hotline's paragraph, a call with a number and a link into the site, a bold
disclaimer, a signed testimonial, whom to ask by name, an ask to follow the
site's channel, a bracketed notice that invites): ``tail_notice``, asked by
``mark_tail_statement`` of the last kept lines, from the end up, with a
statement under its label (免责声明：…).
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.closing_notices import CHANNEL, closing_notice
from reader.core.junk_rules import Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import Line
from reader.core.review_rows import sold_quote
from reader.core.row_runs import PERSON_CONTACT
from reader.core.site_statements import ASKS, DISCLAIMS, LINK_HOST, OPENS_WITH_ASK


def tail_notice(lines: list[Line], i: int) -> Reason | None:
    """Why line ``i``, the page's last kept line (only junk under it), is one
    of the site's notices in sentence form, or None: a contact paragraph
    opening with a hotline's number under the article's end note (救护热线：
    0591-8776 2110（24小时）。…), a call that asks the reader, with a link into
    the site the page's junk links into and a number to message (想預約…？填寫
    [報名表](…)，或WhatsApp 5123 8866查詢。), a line in bold that disclaims
    (**以上分析僅供參考，…以考評局公佈為準。**), a customer's quoted word
    under a label and signed with a dash (种植户反馈：“…”——山东菏泽 张先生),
    whom to ask by name and title and a number under a signature (查詢：陳小姐
    2345 6789), a short line asking to follow the site's channel (…請關注我們的
    公眾號「某某」。), a notice under a bracketed label that invites the reader
    (【診所消息】…歡迎預約。), a labelled paragraph right under the notice's
    attachment line (附件：….pdf / 特别提醒：…。: the notice ended at its
    attachment). ``mark_tail_statement`` asks it of the last
    kept lines, from the end up, while each is one."""
    text = lines[i].text
    # (a label in brackets is one as a colon's is: 【温馨提示】…)
    labelled = (
        "：" in (head := text[:9]) or ":" in head or (head[:1] == "【" and _BRACKET_LABEL.match(text) is not None)
    )
    if labelled and _HOTLINE.match(text) and lines[i - 1].bad and not lines[i - 1].meta:
        return Reason.CONTACT
    if labelled and lines[i - 1].reason is Reason.ATTACHMENT and text.endswith("。"):
        return Reason.DISCLAIMER  # (a labelled paragraph under the notice's attachment: the site's 提醒)
    if "](http" in text and ("？" in text or "?" in text.split("](", 1)[0]) and _PHONE.search(text):
        # (a call that asks the reader first: 想預約…？; a notice's 詳情請瀏覽… is the article's)
        hosts = {h for x in lines if x.bad and "](http" in x.text for h in LINK_HOST.findall(x.text)}
        return None if hosts.isdisjoint(LINK_HOST.findall(text)) else Reason.PROMOTION
    if text.startswith("**") and text.endswith("**") and DISCLAIMS.search(text):
        return Reason.DISCLAIMER
    if "—" in text and "——" in text and _TESTIMONIAL.match(text):  # (one character's scan before two: cheaper)
        return Reason.PROMOTION
    if text[:1] in "“「" and lines[i - 1].bad and sold_quote(lines, i):
        return Reason.PROMOTION  # (a client's quote signed after a dash, alone under the page's junk)
    if labelled and PERSON_CONTACT.match(text) and _signed_above(lines[i - 1]):
        return Reason.CONTACT
    if len(text) <= _CHANNEL_CALL and CHANNEL.search(text) and (ASKS.search(text) or OPENS_WITH_ASK.match(text)):
        return Reason.PROMOTION  # (one sentence asking to follow the site's channel, or opening with it: 訂閱…)
    if labelled and _ABOUT.match(text):
        return Reason.WIDGET  # (a box about the department, the shop or the writer: 科室简介：…, 作者簡介：…)
    if (cut := text.find("，", 0, _BIO_NAME)) > 0 and text.endswith("。") and _byline_named(lines, i, text[:cut]):
        # (or the writer the byline names, then who they are, with no label: 許安琪，自由撰稿人，長期關注…。)
        return Reason.WIDGET
    if text[:1] == "【" and _BRACKET_LABEL.match(text) and lines[i - 1].text[:1] != "【" and _INVITES.search(text):
        # (a notice of its own under a bracketed label, inviting the reader, alone at the end:
        # 【診所消息】12月起…增設針灸門診，歡迎預約。 A series of them is the article's: 【同期声】…)
        return Reason.PROMOTION
    if (above := lines[i - 1].meta) is not None and above.kind in _SIGNATURES and _INVITES.search(text):
        # (under the article's closing credit, an invitation with a number to call:
        # 歡迎預約到店驗光，…預約請撥04-2247-3366: the shop's, not the writer's)
        return Reason.PROMOTION if _PHONE.search(text) else None
    return closing_notice(lines, i)  # (a disclaimer, an appeal, a contact row, a labelled comment)


# A box that introduces someone under the article's end: a label of 简介 and its prose.
_ABOUT: Final = re.compile(r"^[^\s:：，。]{0,6}(?:简介|簡介)\s*[:：]")
_BIO_NAME: Final = 6  # (a name and its comma: 許安琪，)


def _byline_named(lines: list[Line], i: int, name: str) -> bool:
    """A metadata line above line ``i`` names ``name`` as the writer."""
    return any((m := x.meta) is not None and m.author == name for x in lines[:i])


# An invitation to come, book or call: a shop's or a service's, after the article is signed.
_INVITES: Final = re.compile(r"欢迎|歡迎|预约|預約|请拨|請撥|请致电|請致電|来电|來電|洽询|洽詢|诚邀|誠邀")
_SIGNATURES: Final = frozenset({"byline", "credit"})
# A bracketed label leading a line: 【診所消息】, 【活动预告】
_BRACKET_LABEL: Final = re.compile(r"【[^】\s]{2,8}】\S")


# A paragraph opening with a hotline and its number: 救护热线：0591-8776 2110（24小时）。
_HOTLINE: Final = re.compile(r"^[^\s:：，。]{0,6}(?:热线|熱線|电话|電話|专线|專線)\s*[:：]\s*[(（]?\d[\d\s()（）-]{6,}")
# A customer's word under a label, quoted whole and signed with a dash:
# 种植户反馈：“去年种了二十亩，…。”——山东菏泽 张先生
_TESTIMONIAL: Final = re.compile(r"^[^\s:：，。“”]{2,8}[:：]\s*[“「][^”」]{4,}[”」]\s*——\s*\S[^。！？]{0,20}$")
# A short closing line may ask the reader to follow or join the site's channels (closing_notices.CHANNEL:
# 更多精彩內容，請關注我們的公眾號「某某」。); a member's or a donor's ask may be the article's own
# (歡迎有經驗的會員報名).
_CHANNEL_CALL: Final = 40


def _signed_above(line: Line) -> bool:
    """Under the page's junk or under a signature (某某工會 理事會): a short line
    that is no sentence; whom to call under the article's paragraph is its own."""
    return line.bad or (line.kept and line.short and not line.text.endswith(SENTENCE_END))


# A number to call or to message: 5123 8866, 0591-8776 2110
_PHONE: Final = re.compile(r"(?<!\d)\d{3,4}[- ]?\d{4}(?!\d)")


# A statement's label: 免责声明：…, 【声明】…, 版權聲明：…, Disclaimer: …
STATEMENT_LABEL: Final = re.compile(r"^[【\[]?[^\s:：，。]{0,4}(?:声明|聲明|disclaimer)[】\]]?\s*[:：]?", re.IGNORECASE)


def mark_tail_statement(lines: list[Line]) -> None:
    """A statement of the site's (免责声明：…, however long), or one of its
    notices in sentence form (``tail_notices.tail_notice``), that only
    junk follows is the page's, not the article's last paragraph."""
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if line.reason is not None or line.meta is not None:
            continue
        if STATEMENT_LABEL.match(line.text):
            line.reason = Reason.DISCLAIMER
        elif i and (notice := tail_notice(lines, i)) is not None:
            line.reason = notice
        else:
            return


__all__ = ["STATEMENT_LABEL", "mark_tail_statement", "tail_notice"]
