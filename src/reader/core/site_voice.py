"""A call in the site's own voice closing the article: the last paragraph
that asks the reader to give, volunteer or subscribe and names the site as
itself (…亦歡迎捐贈舊式MP3播放器。有意者請電郵至本網編輯部，我們會代為轉介。),
with only the page's furniture under it. The writer's own closing speaks of
the story, not of 本網 or 本站: a call that names the site as its own is the
site's, however it words the story's people. :func:`reader.core.cleaning.clean`
runs it after the appeals that follow junk (``site_statements``)."""

from __future__ import annotations

from itertools import compress, repeat
from operator import attrgetter, is_

from reader.core.junk_rules import Reason
from reader.core.line_passes import Line, is_prose_start
from reader.core.site_statements import ASKS

# What the site asks for: gifts, money, volunteers, subscribers (in either script: no line is folded here)
_ASKS_FOR = tuple("捐赠 捐贈 捐款 捐助 赞助 贊助 义工 義工 志愿者 志願者 志工 订阅 訂閱 会员 會員".split())
_REASON = attrgetter("reason")
# (the site's words for itself)
_OWN_SELF = tuple("本网 本網 本站 本报 本報 本刊 本台 本平台 本平臺".split())


def mark_site_voice_appeals(lines: list[Line]) -> None:
    """The article's last kept paragraph, when it asks the reader for gifts, money, volunteers
    or subscriptions, names the site as itself (本網, 本站) and only junk stands under it:
    the site's call, not the writer's closing. Not the only paragraph (then it is the page)."""
    # (the lines with no reason, from the foot up, found in C: a page's tail of junk may be long)
    unjudged = compress(range(len(lines) - 1, -1, -1), map(is_, map(_REASON, reversed(lines)), repeat(None)))
    last = next((i for i in unjudged if lines[i].meta is None), None)
    if last is None or "本" not in (text := (line := lines[last]).text) or not any(w in text for w in _OWN_SELF):
        return  # (string tests first: most pages' last paragraph names no site)
    if not any(w in text for w in _ASKS_FOR) or not ASKS.search(text) or not is_prose_start(line):
        return
    if not any(x.kept and is_prose_start(x) for x in lines[:last]):
        return
    line.reason = Reason.PROMOTION


__all__ = ["mark_site_voice_appeals"]
