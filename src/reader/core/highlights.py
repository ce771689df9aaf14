"""Highlights in an article and stepping through them (n/N), without a UI.

Spans are offsets into ``article.text`` (original script). Each kind (search
hits, a person's mentions) keeps its own sorted spans; one kind at a time is
the one ``n``/``N`` step through, and one of its spans may be current.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING

from reader.core.views import View

if TYPE_CHECKING:
    from reader.core.offsets import Conversion


class Kind(StrEnum):
    """What a highlight marks; the value names its style."""

    SEARCH = "search"
    PERSON = "person"


@dataclass(frozen=True, slots=True)
class Spans:
    """Sorted spans, with bisection for those that overlap a range: a search
    for 的 can mark thousands of places, and a line needs only its own."""

    spans: tuple[tuple[int, int], ...]
    starts: tuple[int, ...]
    longest: int

    @classmethod
    def of(cls, spans: Iterable[tuple[int, int]]) -> Spans:
        ordered = tuple(sorted(set(spans)))
        return cls(ordered, tuple(a for a, _ in ordered), max((b - a for a, b in ordered), default=0))

    def __len__(self) -> int:
        return len(self.spans)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        first = bisect_left(self.starts, start - self.longest)
        last = bisect_left(self.starts, end)
        return [span for span in self.spans[first:last] if span[1] > start]


EMPTY = Spans.of(())


@dataclass(frozen=True, slots=True)
class Step:
    """Where stepping landed: ``index`` counts from 0 of ``total``."""

    index: int
    total: int
    span: tuple[int, int]


class Highlights:
    """The highlights of one article, by kind, and the current one."""

    def __init__(self) -> None:
        self.by_kind: dict[Kind, Spans] = {}
        self.nav: Kind | None = None
        self.current: int | None = None

    def __bool__(self) -> bool:
        return bool(self.by_kind)

    def set(self, kind: Kind | str, spans: Iterable[tuple[int, int]], chars: int) -> None:
        """Replace ``kind``'s spans (clipped to ``chars``); it becomes the
        kind n/N step through. Nothing is current until the first step."""
        kind = Kind(kind)
        clean = Spans.of((max(0, a), min(b, chars)) for a, b in spans if a < b and a < chars and b > 0)
        if clean:
            self.by_kind[kind] = clean
        else:
            self.by_kind.pop(kind, None)
        self.nav = kind if clean else next(iter(self.by_kind), None)
        self.current = None

    def clear(self, kind: Kind | str | None = None) -> None:
        if kind is None:
            self.by_kind.clear()
        else:
            self.by_kind.pop(Kind(kind), None)
        if self.nav not in self.by_kind:
            self.nav = next(iter(self.by_kind), None)
            self.current = None

    @property
    def stepped(self) -> Spans:
        """The spans n/N step through."""
        return self.by_kind.get(self.nav, EMPTY) if self.nav is not None else EMPTY

    @property
    def current_span(self) -> tuple[int, int] | None:
        if self.current is None:
            return None
        spans = self.stepped
        return spans.spans[self.current] if self.current < len(spans) else None

    def step(self, direction: int, anchor: int, shown_end: int | None = None) -> Step | None:
        """Make the next (``direction`` > 0) or previous span current,
        wrapping; the first step goes from ``anchor``, the reading position,
        and so does a step once the current span is out of the view that
        shows ``anchor`` to ``shown_end`` (G then n: the first hit from
        there, not the one after a hit left far behind). None when there is
        nothing to step through."""
        spans = self.stepped
        if not spans:
            return None
        current = self.current
        if current is not None and shown_end is not None and not anchor <= spans.starts[current] < shown_end:
            self.current = None
        if self.current is None:
            at = bisect_left(spans.starts, anchor)
            index = at % len(spans) if direction > 0 else (at - 1) % len(spans)
        else:
            index = (self.current + (1 if direction > 0 else -1)) % len(spans)
        self.current = index
        return Step(index, len(spans), spans.spans[index])


def find_all(text: str, query: str, view: View = View.ORIGINAL) -> list[tuple[int, int]]:
    """Every place ``query`` occurs in ``text``, script-, width- and
    case-blind (folding keeps lengths, so offsets are offsets into ``text``).
    Occurrences do not overlap.

    In a converted view the reader sees and types the conversion, where
    OpenCC may have changed a whole phrase (链接 -> 連結), so the view's text
    is searched too and its matches are mapped back to ``text``."""
    from reader.core.folding import fold

    needle = fold(query.strip())
    if not needle:
        return []
    found = _occurrences(fold(text), needle)
    if view is not View.ORIGINAL:
        shown = _shown(text, view)
        if shown.text != text:
            back = shown.map.inverse()
            found = _without_overlaps(found + [back.span(a, b) for a, b in _occurrences(fold(shown.text), needle)])
    return found


@lru_cache(maxsize=2)
def _shown(text: str, view: View) -> Conversion:
    """The view's text of an article, converted once for all the keystrokes
    of a find (a string keeps its hash, so a hit costs no conversion)."""
    from reader.core.offsets import convert_mapped

    return convert_mapped(text, view)


def _occurrences(haystack: str, needle: str) -> list[tuple[int, int]]:
    found = []
    at = haystack.find(needle)
    while at != -1:
        found.append((at, at + len(needle)))
        at = haystack.find(needle, at + len(needle))
    return found


def _without_overlaps(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, keeping the first of any spans that overlap."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(spans)):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


# A highlight jumped to lands this many lines below the top (fewer on a
# very short view), so it is read with a little context above it.
LEAD = 3


def top_for(line: int, top: int, height: int) -> int | None:
    """The top line that shows page ``line`` (a highlight stepped to) in a
    view ``height`` lines high now at ``top``: None if it is already well in
    view, else ``LEAD`` lines below the new top."""
    lead = min(LEAD, max(0, (height - 1) // 3))
    if top + lead <= line < top + height - lead:
        return None
    return max(0, line - lead)


__all__ = ["EMPTY", "LEAD", "Highlights", "Kind", "Spans", "Step", "find_all", "top_for"]
