"""What follows the links to the previous and next posts (上一篇：… /
下一篇：…) under the body: they close the article, so what is under them
is the page's unless it reads as the article going on.

``reader.core.cleaning.clean`` runs it after the tail passes."""

from __future__ import annotations

import re
from typing import Final

from reader.core.junk_rules import Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import Line, is_prose_start
from reader.core.row_ends import SIGN_OFF
from reader.core.sign_off_tail import SIGNER


def mark_after_prev_next(lines: list[Line]) -> None:
    """The links to the previous and next posts (上一篇：… / 下一篇：…) under
    the body close the article: what follows them with no sentence of
    prose among it (a shop's new books and prices, an event's promotion,
    a follow prompt, the address line) is the page's."""
    n = len(lines)
    links = next((i for i in range(n - 1, -1, -1) if lines[i].reason is _PREV_NEXT), None)
    if links is None or links + 1 >= n:
        return
    after = lines[links + 1 :]
    prose = [
        k for k, line in enumerate(after) if line.kept and is_prose_start(line) and line.text.endswith(SENTENCE_END)
    ]
    # (one labelled statement with only junk under it, 個人資料收集聲明：…, is the page's notice, not prose)
    notice = len(prose) == 1 and _NOTICE.match(after[prose[0]].text) and not any(x.kept for x in after[prose[0] + 1 :])
    if prose and not notice and not _signed_above(lines, links):
        return
    if not any(line.kept and is_prose_start(line) for line in lines[:links]):
        return
    for line in after:
        if line.kept and not line.meta:
            line.reason = Reason.RELATED


def _signed_above(lines: list[Line], links: int) -> bool:
    """The body over the links ends in its signer's closing word (…秘书处 谨启),
    with only the signer's date and junk between: the notice is closed, so
    what follows the links, sentences or not, is the page's (its photo
    strip, its sponsors, its standing statement)."""
    dated = False
    for i in range(links - 1, -1, -1):
        line = lines[i]
        if line.bad or line.meta:
            continue
        t = line.text
        if len(t) <= SIGNER and SIGN_OFF.search(t):
            return True
        if dated or len(t) > SIGNER or t.endswith(SENTENCE_END):
            return False
        dated = True  # (one short line under the signer: the day it was signed)
    return False


# (enum members bound once: Reason.X goes through the enum type's slow attribute hook, ~140 ns)
_PREV_NEXT: Final = Reason.PREV_NEXT
_NOTICE: Final = re.compile(r"[^\s:：，。]{2,10}[:：]")


__all__ = ["mark_after_prev_next"]
