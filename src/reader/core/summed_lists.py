"""A list that the sentence under it sums up (a head, a few short notes,
then 以上資料截至…。 or 上述措施…。): the sentence refers back to the rows
above it, so they are the article's own, whatever their head says (其他…
reads like a related-articles head) and however headline-shaped the rows.
``tail_passes`` and ``closing_teasers`` ask it before they take such a
block for the page's.
"""

from __future__ import annotations

from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import Line

# (how a sentence opens when it refers back to what is above it: the above, the said, the table above)
_BACK = ("以上", "上述", "上列", "上表")
_ROWS = 8  # (a block of notes is short: past this many rows, no sentence sums it up)


def sums_up(text: str) -> bool:
    """A sentence that refers back to the rows above it."""
    return text.startswith(_BACK) and text.endswith(SENTENCE_END)


def summed_up(lines: list[Line], head: int) -> bool:
    """The rows under ``head`` up to its first sentence: one row or more,
    and that sentence sums them up."""
    for k in range(head + 1, min(head + 2 + _ROWS, len(lines))):
        if lines[k].text.endswith(SENTENCE_END):
            return k > head + 1 and sums_up(lines[k].text)
    return False


__all__ = ["summed_up", "sums_up"]
