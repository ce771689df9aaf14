"""The page's last paragraph when the site speaks in it to its readers.

Under the article's last section and over the page's junk that runs to
the end (comments, previous/next links, the footer), one paragraph may be
the site's word to whoever reads any of its pages: an anti-fraud warning,
a courtesy slogan, a call to become a member. Three signals, each with the
position: the paragraph stands after the article's end junk (a print or
close bar, a share bar) and asks the reader (请…, 欢迎…); or it opens as
the site naming itself or as a callout's label (本會…, 温馨提示：…) and asks
the reader outright (请, 诚邀) while naming the site (本校, 本會), or asks for
money (a donation, a member's fee: 支持本會：每年會費…; opening with the
masthead's name too, 某某農圃為非牟利項目…歡迎每月捐款支持); or it opens with a
bracketed offer's label (【聖誕優惠】…). Where the last paragraph goes, the
one over it is asked the same, up to three. A notice's own closing rule (如有疑问，请致电
本校教务处。) opens with neither and stays.
"""

from __future__ import annotations

from typing import Final

from reader.core.folding import fold
from reader.core.head_callouts import note_marked
from reader.core.junk_rules import Reason
from reader.core.line_passes import Line, is_prose_start
from reader.core.masthead import PROMO, masthead
from reader.core.site_statements import ENDS_ARTICLE

# The words a site asks its readers with (string tests: most lines have none);
# the first ones ask outright (an article may welcome its readers to its own
# next event, 本會將於明年一月進行冬季普查，歡迎有經驗的會員報名。).
_ASKS_OUTRIGHT: Final = ("请", "請", "诚邀", "誠邀")  # (敬请 holds 请)
_ASKS: Final = (*_ASKS_OUTRIGHT, "欢迎", "歡迎")
# A callout's label before its colon: 温馨提示：, 特別提醒：
_LABEL: Final = 6
_THIS_PIECE: Final = ("本文", "本篇")  # (the piece speaking of itself)
_YOU: Final = ("你", "您")  # (the reader addressed)
# The site's own name for itself: 本校, 本會, 本院, 本中心
_SELF_WORDS: Final = "校会會院厂廠馆館站网網店司社堂园園所局报報"


def mark_tail_address(lines: list[Line]) -> None:
    """The last kept paragraphs, with only junk under them, go where they
    speak as the site to its readers (see the module's note): the last one,
    then the one over it while each goes (a photo-consent note over a call
    to join)."""
    k = len(lines) - 1
    while k >= 0 and not lines[k].kept:
        k -= 1
    if k < 0 or k == len(lines) - 1 or not any(x.reason in ENDS_ARTICLE for x in lines[k + 1 :]):
        return  # (the article's own end, or no end junk under it)
    if lines[k].text[:1] in "（(" and k > 0 and _editors_note(lines[k].text):
        k -= 1  # (the piece's own note in brackets under it, （本文經受訪者審閱）: the site's word may be above)
        while k >= 0 and not lines[k].kept:
            k -= 1
    for _ in range(_WALK):
        if k < 0 or not _speaks_as_site(lines, k):
            return
        lines[k].reason = Reason.PROMOTION
        k -= 1
        while k >= 0 and not lines[k].kept:
            k -= 1
        if k < 0:
            return


def _speaks_as_site(lines: list[Line], k: int) -> bool:
    line = lines[k]
    text = line.text
    if text[:1] == "【" and 0 < (close := text.find("】")) <= _LABEL + 1 and PROMO.search(fold(text[1:close])):
        return True  # (a banner of an offer, in a headline's shape)
    if note_marked(text) and text[1:3] in _THIS_PIECE:
        return True  # (a note's mark, then the piece's word on itself: ＊本文為編輯部獨立評測，…)
    if not is_prose_start(line):
        return False
    above = next((x for x in reversed(lines[:k]) if x.meta is None), None)
    if above is not None and above.reason in _END_BARS and any(word in text for word in _ASKS):
        return True  # (after the print/close or share bar: the article has ended)
    if not (site := _opens_as_site(text) or _opens_with_masthead(text, lines)):
        # (or it names the masthead's name inside and asks the reader, addressed as you:
        # 谢谢你读到这里。慢信每两个星期寄出一封，…欢迎回信告诉我; not 據X了解…申請…, a report's)
        return (
            any(word in text for word in _ASKS)
            and any(you in text for you in _YOU)
            and (name := masthead(lines)) is not None
            and name in text
        )
    # (it asks outright, naming the site; or it asks for money: a gift, a member's fee)
    if any(word in text for word in _ASKS_OUTRIGHT) and _names_site(text):
        return True
    return site and any(word in text for word in _MONEY) and any(word in text for word in _MONEY_ASKS)


# The site's own name opening the paragraph: one of the page's first lines
# (its masthead), an organisation's length at least.
_MASTHEAD: Final = 3
_ORG: Final = 4
# Money asked for: a donation, a member's fee (string tests)
_MONEY: Final = ("捐", "会费", "會費", "赞助", "贊助")
_MONEY_ASKS: Final = (*_ASKS, "支持")
_WALK: Final = 3  # (the site's notes under an article are few)


def _opens_with_masthead(text: str, lines: list[Line]) -> bool:
    return any(len(x.text) >= _ORG and text.startswith(x.text) and x.text != text for x in lines[:_MASTHEAD])


_END_BARS: Final = frozenset({Reason.CONTROLS, Reason.SHARE_BAR, Reason.PREV_NEXT})


def _opens_as_site(text: str) -> bool:
    """The paragraph opens with the site's name for itself (本會為…) or a callout's label (温馨提示：)."""
    if text[:1] == "本" and len(text) > 1 and text[1] in _SELF_WORDS:
        return True
    if text[:1] == "【" and text.find("】", 0, _LABEL + 2) > 2:
        return True  # (a label in brackets is one as a colon's is: 【本報提示】…)
    colon = max(text.find("：", 0, _LABEL + 1), text.find(":", 0, _LABEL + 1))
    return colon >= 2 and not any(c in "，。,、" for c in text[:colon])


_NOTE: Final = 20


def _editors_note(text: str) -> bool:
    """A short line set whole in one pair of round brackets, no figure in it (（本文經受訪者審閱））."""
    return (
        2 < len(text) <= _NOTE
        and text[:1] in "（("
        and text[-1:] in "）)"
        and text.count(text[0]) == 1
        and not any(c.isdigit() for c in text)
    )


def _names_site(text: str) -> bool:
    """本 and one of the site's words for itself after it: 本校, 本會."""
    i = text.find("本")
    while i >= 0:
        if i + 1 < len(text) and text[i + 1] in _SELF_WORDS:
            return True
        i = text.find("本", i + 1)
    return False


__all__ = ["mark_tail_address"]
