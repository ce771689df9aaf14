"""The site's box of calls right under the article: two lines or more at the
page's end, only junk under them, each shaped as the site speaks, not as a
story ends: an appeal to subscribe, give or join (請訂閱《某小誌》…, 欢迎加入我们的
义工团队…, speaking as 我们), a call to like the page and share it, the site's statement about
itself (> 本页资料仅供参考…), or an offer under a label of its own in brackets
or in bold (【小誌市集】本月限定：…, **赞助商**：…). One such line alone there
may be the writer's closing and stays (``site_statements`` judges it), and a
field of the notice's own is none (报名方式：…请将收据发至本会…); a run of them,
with nothing of the article's under it, is the site's."""

from __future__ import annotations

from typing import Final

from reader.core.junk_rules import Reason
from reader.core.line_passes import LABEL_VALUE, Line, is_prose_start, last_kept
from reader.core.site_calls import likes_and_shares, site_word
from reader.core.site_statements import ASKS, is_appeal, is_site_statement

_RUN: Final = 2  # (a box of calls: two lines at least; one alone may be the writer's)
_REACH: Final = 6  # (and a few at most)
_LABEL: Final = 8  # (an offer's own label, in brackets or in bold: a few characters)


def mark_closing_calls(lines: list[Line], site: str | None = None) -> None:
    """The run of the site's calls at the page's end goes (see the module's note)."""
    own = site_word(site)
    end = last_kept(lines) + 1
    top = end
    while top > 0 and end - top < _REACH and lines[top - 1].kept and _calls(lines[top - 1].text, own):
        top -= 1
    if end - top < _RUN or top == end - _REACH:
        return
    # (under the article: a paragraph of its prose above the run)
    if not any(x.kept and is_prose_start(x) for x in lines[max(0, top - _REACH) : top]):
        return
    if all(_labelled_led(x.text) for x in lines[top:end]):
        return  # (a series of the story's own labelled lines, 【賽後】… / 【場邊】…: a call unlabelled among them)
    for x in lines[top:end]:
        x.reason = Reason.PROMOTION


def _calls(text: str, own: str) -> bool:
    """``text`` is shaped as one of the site's calls (see the module's note)."""
    if text[:1] == ">":
        text = text.lstrip("> ")
    if text[:1] == "【" or text[:2] == "**":
        return _labelled(text)
    if LABEL_VALUE.match(text):
        return False  # (a field of the notice's own: 报名方式：…请将收据发至本会…)
    if _reports(text):
        return False  # (the story reports someone's call: 中心表示，…歡迎有興趣的會員報名。)
    return (
        is_appeal(text, own)
        or (likes_and_shares(text) and ASKS.search(text) is not None)
        or is_site_statement(text)
        # (to join the site's own team, speaking as 我们: 欢迎加入我们的义工团队; a story's 欢迎…一起加入 is reported)
        or ("加入" in text and ("我们" in text or "我們" in text) and ASKS.search(text) is not None)
    )


def _labelled_led(text: str) -> bool:
    return text[:1] == "【" or text[:2] == "**"


# (a speech verb closing the first clause: 中心表示，…; 陳老師說，…)
_SAYS: Final = ("表示", "指出", "说", "說", "称", "稱")


def _reports(text: str) -> bool:
    """``text`` opens by naming who speaks (中心表示，…): the story's report of a call."""
    comma = text.find("，")
    return comma > 0 and text[:comma].endswith(_SAYS)


def _labelled(text: str) -> bool:
    """An offer under a label of its own: 【小誌市集】…, **赞助商**：… (a label of a few
    characters, then words that go on; a heading alone in brackets is none)."""
    close = text.find("】") if text[:1] == "【" else text.find("**", 2)
    if not 1 < close <= _LABEL + 2:
        return False
    rest = text[close + (1 if text[:1] == "【" else 2) :].lstrip("：: ")
    return len(rest) > _LABEL


__all__ = ["mark_closing_calls"]
