"""A list that the sentence under it sums up (a head, a few short notes,
then 以上資料截至…。 or 上述措施…。): the sentence refers back to the rows
above it, so they are the article's own, whatever their head says (其他…
reads like a related-articles head) and however headline-shaped the rows.
``tail_passes`` and ``closing_teasers`` ask it before they take such a
block for the page's. So is a count under its label shaped like the kept row
above it (其他（假警报）：1次 under 住宅火：2次) or like the row under it
(推荐给朋友：九票 over 不推荐：两票, a tally's first row): a row, never a header.
"""

from __future__ import annotations

from typing import Final

from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import Line

# (how a sentence opens when it refers back to what is above it: the above, the said, the table above)
_BACK: Final = ("以上", "上述", "上列", "上表")
_ROWS: Final = 8  # (a block of notes is short: past this many rows, no sentence sums it up)


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


def _count_unit(folded: str | None) -> str | None:
    """The unit of a count under its label (住宅火:2次 -> 次, 其他:3 -> ''); None for another line
    (string tests: a regex costs its compile)."""
    label, colon, value = (folded or "").rpartition(":")
    value = value.strip()
    # (the count in figures or in Han numerals: 2次, 九票)
    if not colon or not 1 <= len(label) <= _COUNT_LABEL or ":" in label or value[:1] not in _FIGURES:
        return None
    unit = value.lstrip(_FIGURES).strip()
    return unit if len(unit) <= _COUNT_UNIT else None


_COUNT_LABEL, _COUNT_UNIT = 12, 2
_FIGURES: Final = "0123456789,.一二两兩三四五六七八九十百千零〇"


def counted_row(lines: list[Line], i: int) -> bool:
    """Line ``i`` is a count under its label like the kept row right above
    it (住宅火：2次 / 其他（假警报）：1次) or like the row right under it, one
    more of a tally's rows (推荐给朋友：九票 / 不推荐：两票): a row of a list, never a header."""
    if (unit := _count_unit(lines[i].folded)) is None:
        return False
    above, below = lines[i - 1] if i else None, lines[i + 1] if i + 1 < len(lines) else None
    return (above is not None and above.reason is None and unit == _count_unit(above.folded)) or (
        below is not None and unit == _count_unit(below.folded)
    )


__all__ = ["counted_row", "summed_up", "sums_up"]
