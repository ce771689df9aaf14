"""The site asking the reader for its keep, as the page's last kept lines
(asked through ``closing_notices.closing_notice`` from the end up): the
site speaks of itself (我們, 本刊, 本站) and names a sum to give by the
month or the year (每月100元就能讓我們…, 請考慮每月以HK$50支持我們), or it
speaks of the piece just read on a condition and asks (如果这篇文章对你有
帮助，欢迎 [请我喝杯咖啡](…)), or puts a condition to the reader and asks
for support (如果你喜歡這些故事，…支持我繼續…); and the short button under such an appeal
(我要支持). Or, under the rule that closes a post, a bold question to the
reader, then a call (**喜欢这篇文章吗？** 欢迎订阅…): the post is over, the
blog speaks. An article's last paragraph speaks of its subject, not of the
page it stands on."""

from __future__ import annotations

from typing import Final

from reader.core.line_passes import Line

# (string tests, no patterns: asked only of the page's last kept lines)
_WE: Final = ("我们", "我們", "本刊", "本站", "本网", "本網")
_PERIOD: Final = ("每月", "每年", "每個月", "每个月")
_IF: Final = ("如果", "假如", "若")
_THIS_PIECE: Final = ("这篇", "這篇", "本文")
_ASK: Final = ("欢迎", "歡迎", "请", "請")
_SUPPORT: Final = ("支持", "赞助", "贊助", "订阅", "訂閱")
_PROSE: Final = 20  # (a sentence or more)
_LEAD: Final = 6  # (an icon and a space, then 如果)
_PIECE: Final = 20  # (如果这篇文章…: the piece named right after)
_WISH: Final = 6  # (如果想支持: the support wished for right after the condition, with a link to give it)
_BUTTON: Final = 6  # (a button's words: 我要支持)
_APPEAL: Final = 90  # (the site's word on its keep and its ask: two or three sentences)


def support_appeal(text: str) -> bool:
    """Whether ``text`` is the site's appeal for the reader's money or support."""
    if len(text) <= _PROSE:
        return False
    # (the condition opens the line, after an icon at most: only its first characters are read)
    head = text[:_LEAD]
    conditional = any(map(head.__contains__, _IF))  # (no generator: asked of every page's last line)
    if conditional and any(w in text[:_PIECE] for w in _THIS_PIECE) and any(w in text for w in _ASK):
        return True
    if conditional and _reader_asked_for_support(text):
        return True
    # (or the condition opens a later clause, the site first saying what it is: 互助站全部由義工營運，如果你認同
    # 我哋嘅工作，請捐款支持…)
    if not conditional and (at := _clause_condition(text)) > 0 and _reader_asked_for_support(text[at:]):
        return True
    # (or a later sentence of it opens with the condition on the piece: …小額贊助完成。如果你喜歡這篇文章，歡迎…;
    # or on supporting the site: …网站我还会写下去。如果想支持，欢迎到[这里](…)请我喝一杯…)
    if (
        not conditional
        and len(text) <= _APPEAL  # (an appeal is a few sentences: an article's last paragraph is not searched)
        and (at := _later_condition(text)) > 0
        and (
            any(w in text[at : at + _PIECE] for w in _THIS_PIECE)
            or ("](" in text and any(w in text[at : at + _WISH] for w in _SUPPORT))
        )
        and any(w in text[at:] for w in _ASK)
    ):
        return True
    # (one character's search first: most last lines name no period)
    if "每" not in text or not any(w in text for w in _WE):
        return False
    # (a sum by the period: a digit after the period's word)
    return any(any(c.isdigit() for c in text[at : at + 12]) for p in _PERIOD if (at := text.find(p)) >= 0)


def _later_condition(text: str) -> int:
    """Where a sentence after the first opens with a condition (。如果…), or -1."""
    for w in _IF:
        if w[0] not in text:
            continue  # (one character's scan first: a pair's is many times slower)
        for end in _STOPS:
            if (at := text.find(end + w)) >= 0:
                return at + 1
    return -1


_STOPS: Final = ("。", "！", "？")


def _clause_condition(text: str) -> int:
    """Where a clause after the first opens with a condition (，如果…), or -1."""
    if "，" not in text:
        return -1
    return next((at + 1 for w in _IF if w[0] in text and (at := text.find("，" + w)) >= 0), -1)


def _reader_asked_for_support(text: str) -> bool:
    """如果你喜歡…，…支持我…: a condition put to the reader (你, 您 in its
    first clause), then the writer or the site (我, 我們) asking for support:
    the page's appeal, not the article's word on its subject."""
    cut = text.find("，")
    condition, rest = (text[:cut], text[cut:]) if cut > 0 else ("", "")
    return ("你" in condition or "您" in condition) and ("我" in rest or "我" in condition) and "支持" in text


def ruled_question_appeal(lines: list[Line], i: int) -> bool:
    """Line ``i`` opens with a bold question (**喜欢这篇文章吗？**), then a call
    (欢迎…, 请…), right under a Markdown rule (---) that ends the post."""
    text = lines[i].text
    if text[:2] != "**" or i == 0 or (close := text.find("**", 2)) < 0 or not text[:close].endswith(("？", "?")):
        return False
    rule = lines[i - 1].text.strip()
    return (
        len(rule) >= _RULE
        and rule[0] in "-*_"
        and rule.count(rule[0]) == len(rule)
        and text[close + 2 :].lstrip().startswith(_ASK)
    )


_RULE: Final = 3  # (---, ***, ___)


def support_button(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is a short button of support (我要支持) right under such an appeal."""
    text = lines[i].text
    return len(text) <= _BUTTON and any(w in text for w in _SUPPORT) and i > 0 and support_appeal(lines[i - 1].text)
