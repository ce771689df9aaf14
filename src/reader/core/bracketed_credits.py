"""A byline's credits in brackets, then the page's date after a gap
(（报道：某甲　摄影：某乙）　2029年4月8日): the pairs in the brackets are read
as they are when they stand alone, and the date after them is the page's.
A date line's reading took the bracketed pairs for a word before the date
and kept only the date."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Final

from reader.core.date_lines import DATE_IN_LINE
from reader.core.meta_records import MetaLine

_CLOSE: Final = {"(": ")", "（": "）"}


def bracketed_credits(
    meta: MetaLine, line: str, folded: str, parse: Callable[[str, str], MetaLine | None]
) -> MetaLine | None:
    """``meta`` (a date line's reading of ``line``) with the credits the
    bracketed pairs before the date give, when the line is only those
    brackets and the date; else None."""
    end = line.find(_CLOSE[line[0]])
    after = folded[end + 1 :]
    if end < 3 or not (d := DATE_IN_LINE.match(after.lstrip())) or after.lstrip()[d.end() :].strip():
        return None  # (nothing but the date after the brackets: more is a row the other readings take)
    inner = parse(line[1:end].strip(), folded[1:end].strip())
    if inner is None or not inner.credits or inner.kind not in ("credit", "byline") or inner.date:
        return None
    return replace(inner, date=meta.date)


__all__ = ["bracketed_credits"]
