"""A call in the site's own voice closing the article: the last paragraph
that asks the reader to give, volunteer or subscribe and names the site as
itself (…亦歡迎捐贈舊式MP3播放器。有意者請電郵至本網編輯部，我們會代為轉介。),
with only the page's furniture under it. The writer's own closing speaks of
the story, not of 本網 or 本站: a call that names the site as its own is the
site's, however it words the story's people. :func:`reader.core.cleaning.clean`
runs it after the appeals that follow junk (``site_statements``)."""

from __future__ import annotations

import re

from reader.core.folding import fold
from reader.core.junk_rules import Reason
from reader.core.line_passes import Line, is_prose_start
from reader.core.site_statements import ASKS

# What the site asks for (folded): gifts, money, volunteers, subscribers
_ASKS_FOR = re.compile(r"捐赠|捐款|捐助|赞助|义工|志愿者|志工|订阅|会员")
_OWN_SELF = ("本网", "本站", "本报", "本刊", "本台", "本平台")  # (the site's words for itself, folded)


def mark_site_voice_appeals(lines: list[Line]) -> None:
    """The article's last kept paragraph, when it asks the reader for gifts, money, volunteers
    or subscriptions, names the site as itself (本網, 本站) and only junk stands under it:
    the site's call, not the writer's closing. Not the only paragraph (then it is the page)."""
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].kept), None)
    if last is None or not is_prose_start(line := lines[last]):
        return
    folded = line.folded or fold(line.text)  # (a long line has no folded text: the one line folded here)
    if not any(w in folded for w in _OWN_SELF) or not _ASKS_FOR.search(folded) or not ASKS.search(folded):
        return
    if not any(x.kept and is_prose_start(x) for x in lines[:last]):
        return
    line.reason = Reason.PROMOTION


__all__ = ["mark_site_voice_appeals"]
