"""A call to comment right over the page's comments: 如果你也在教家里的长辈用手机，
欢迎留言分享你的方法. The comments' head counts them in a word of its own (3 条留言,
网友评论（3）) over the readers' posts (Jessie：…); the article's last paragraph
that asks the reader for that same word, with only junk between it and the
head, is the blog's call to comment, as a share bar's, not the story's end.
A paragraph that asks for something else, or the word with no ask, stays."""

from __future__ import annotations

import re
from typing import Final

from reader.core.comment_posts import POSTER
from reader.core.junk_rules import Reason
from reader.core.line_passes import Line, is_prose_start
from reader.core.site_statements import ASKS

_COUNTER: Final = Reason.COUNTER  # (bound once: Reason.X is a slow lookup)
# The comments' count and its word: 3 条留言, 12 則評論, 留言（2）, 网友评论（3）
_COUNT_HEAD: Final = re.compile(
    r"\d{1,5}\s*[条則则个個]?\s*[\u3400-\u9fff]{0,2}(?P<a>[\u3400-\u9fff]{2})"
    r"|[\u3400-\u9fff]{0,2}(?P<b>[\u3400-\u9fff]{2})\s*[(（]\s*\d{1,5}\s*[)）]"
)
_HEAD: Final = 16  # (the count's line is short)
_POSTS: Final = 2  # (a post within this many lines under the head)


def mark_comment_calls(lines: list[Line]) -> None:
    """The call to comment over the comments' head goes (see the module's note)."""
    for c in range(len(lines) - 1, 0, -1):
        head = lines[c]
        if head.reason is not _COUNTER or len(head.text) > _HEAD or (m := _COUNT_HEAD.fullmatch(head.text)) is None:
            continue
        if not any(POSTER.match(x.text) for x in lines[c + 1 : c + 1 + _POSTS]):
            continue
        word = m.group("a") or m.group("b")
        k = c - 1
        while k > 0 and lines[k].bad:
            k -= 1
        call = lines[k]
        if k < c - 1 and call.kept and is_prose_start(call) and word in call.text and ASKS.search(call.text):
            call.reason = Reason.PROMOTION
        return  # (the page's last comments head only)


__all__ = ["mark_comment_calls"]
