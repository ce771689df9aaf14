"""Buyers' or readers' reviews on a page: rows each led by a reviewer's
name masked by the site (柞***2：每年都买…, 小***鹿：包装很仔细…), under a
short heading of their own (买家评价). A site masks its users' names; an
article names its people, or masks one in a table's cell (王*华), never
two rows in a row under one heading. ``reader.core.cleaning.clean`` runs
it only on a text with three asterisks in a row.
"""

from __future__ import annotations

import re

from reader.core.junk_rules import Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import Line

# A masked name and its colon: 柞***2：, 小***鹿:, j***n：
_MASKED = re.compile(r"[^\s*:：]{1,6}\*{3,}[^\s*:：]{0,6}[:：]")
_ROWS = 2
_HEAD = 10


def mark_masked_reviews(lines: list[Line]) -> None:
    """Two rows or more in a row, each led by a masked name, and the short
    heading right above them, are the page's reviews."""
    n, i = len(lines), 0
    while i < n:
        if not _MASKED.match(lines[i].text):
            i += 1
            continue
        j = i + 1
        while j < n and _MASKED.match(lines[j].text):
            j += 1
        if j - i >= _ROWS:
            for line in lines[i:j]:
                if line.meta is None:
                    line.reason = Reason.RELATED
            head = lines[i - 1] if i else None
            if (
                head is not None
                and head.kept
                and len(head.text) <= _HEAD
                and not head.text.endswith(SENTENCE_END)
                and ":" not in head.text
                and "：" not in head.text
            ):
                head.reason = Reason.RELATED
        i = j


__all__ = ["mark_masked_reviews"]
