"""A site's calls at the article's end in its own voice that name no word of
the appeal tables (``site_statements``): to sign up for its course or event
(…衝刺班…報名請按此), and its tip line asking for leads to be sent to it
(收到可疑訊息？把截圖傳到我們的WhatsApp線索熱線). String tests, a character's first:
asked of many paragraphs, most of which ask for nothing."""

from __future__ import annotations


def signs_up(text: str) -> bool:
    """``text`` calls the reader to sign up (報名)."""
    return "名" in text and ("报名" in text or "報名" in text)


def backs_more(text: str) -> bool:
    """``text`` asks the reader's support for the work to go on (请我喝一杯咖啡，支持我继续写…,
    支持我們繼續記錄…): a tip jar's or a member drive's appeal, whatever it asks to be given."""
    i = text.find("支持") if "支" in text else -1  # (one character's scan first: a pair's is many times slower)
    return i >= 0 and ("继续" in text[i:] or "繼續" in text[i:])


def likes_and_shares(text: str) -> bool:
    """``text`` asks the reader to like the page and share it (覺得有用就按個讚、分享給朋友)."""
    return ("讚" in text or "赞" in text) and "分享" in text


def tip_line(text: str) -> bool:
    """``text`` asks for leads (線索, 爆料, 報料) to be sent to the site, speaking as 我們."""
    return (
        ("索" in text or "料" in text)
        and ("线索" in text or "線索" in text or "爆料" in text or "报料" in text or "報料" in text)
        and ("我们" in text or "我們" in text)
    )


def site_word(site: str | None) -> str:
    """The site's own name as a page writes it when it speaks of itself: the first
    word of the markup's name (街坊誌 of 街坊誌 Neighbourhood Press); "" if none."""
    return next(iter((site or "").split()), "")
