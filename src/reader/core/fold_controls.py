"""A control that folds or drops down, on a line of its own: its triangle last
(展开全文 ▾, 最相關 ▾, a discussion's head with its count and sort, ## 讨论（214）
· 按热度 ▾), or a fold's link after the ellipsis that cuts a post (……查看更多).
No body line ends in a drop-down's triangle or is an ellipsis and a word or
two alone; :func:`reader.core.line_features.junk_rule` asks it last, of
a line no other rule took."""

from __future__ import annotations

import re
from typing import Final

from reader.core.menu_shapes import SENTENCE_MARKS

DISCLOSURE: Final = frozenset("▾▼⌄")
_FOLD_LINE: Final = 24  # (a control's characters at most)
_FOLD_MORE: Final = re.compile(r"…+[\u3400-\u9fff]{2,4}")


def fold_control(line: str, folded: str) -> bool:
    """``line`` (``folded``, its folded form) is a fold's or a drop-down's control."""
    if len(folded) > _FOLD_LINE:
        return False
    if folded[-1:] in DISCLOSURE:
        return not SENTENCE_MARKS.search(line)
    return folded[:1] == "…" and _FOLD_MORE.fullmatch(folded) is not None


__all__ = ["DISCLOSURE", "fold_control"]
