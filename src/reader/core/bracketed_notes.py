"""A note in brackets that closes the article: （本文為《某書》中文版譯後記，經某某
授權刊登。）. Set whole in brackets right under the last paragraph, it is the
piece's own word on where it first ran, in the writer's voice and type; the
site's notes on the same matter stand bare (本文經原作者授權翻譯刊登，…) or
after a dash (— 本文為…) and still go."""

from __future__ import annotations

from typing import Final

from reader.core.junk_rules import Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import Line, is_prose_start

_OPEN, _CLOSE = "（", "）"
_DISCLAIMER: Final = Reason.DISCLAIMER  # (bound once: Reason.X is a slow lookup)


def rescue_bracketed_notes(lines: list[Line]) -> None:
    """Take back a disclaimer set whole in brackets right under a kept paragraph."""
    # (the disclaimers first, in one comprehension: most are the © line)
    for i in [i for i, x in enumerate(lines) if x.reason is _DISCLAIMER and x.text[:1] == _OPEN]:
        text, above = lines[i].text, lines[i - 1]
        closed = i and text.endswith(_CLOSE) and text.count(_OPEN) == 1
        # (a paragraph right under it: no closing word, the writer's text goes on, and the note
        # amid it is the site's disclaimer, （本文为个人经验分享，…并非推荐或广告…）)
        if i + 1 < len(lines) and lines[i + 1].kept and is_prose_start(lines[i + 1]):
            continue
        if closed and above.kept and not above.short and above.text.endswith(SENTENCE_END):
            lines[i].restore()
