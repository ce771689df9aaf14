"""Short excerpts of a text around search hits."""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

SNIPPET_WIDTH = 60
MAX_SNIPPETS = 3
# Enough hits to find the best windows in any article; past this, more
# candidates only cost time.
_MAX_CANDIDATES = 400


@dataclass(frozen=True, slots=True)
class Snippet:
    """``text`` is ``article.text[start:start + len(text)]``, a true slice, so
    it can be converted to another script with ``convert_mapped`` and its
    marks moved along. ``marks`` are (start, end) spans within ``text``,
    sorted and not overlapping. A snippet may hold a paragraph break ("\\n");
    renderers print it as a space (see :meth:`plain`)."""

    text: str
    start: int
    marks: tuple[tuple[int, int], ...]

    def pieces(self) -> list[tuple[str, bool]]:
        """The text cut at the marks: (piece, is_a_hit), in order."""
        out, pos = [], 0
        for a, b in self.marks:
            out += [(self.text[pos:a], False), (self.text[a:b], True)]
            pos = b
        out.append((self.text[pos:], False))
        return [(piece, hit) for piece, hit in out if piece]

    def plain(self, open_mark: str = "«", close_mark: str = "»") -> str:
        """One line of text with the marks written around the hits."""
        return "".join(open_mark + p + close_mark if hit else p for p, hit in self.pieces()).replace("\n", " ")


def make_snippets(
    text: str,
    hits: Sequence[tuple[int, int, int]],
    width: int = SNIPPET_WIDTH,
    count: int = MAX_SNIPPETS,
) -> tuple[Snippet, ...]:
    """Up to ``count`` snippets of about ``width`` characters around ``hits``.

    ``hits`` are (start, end, term number), sorted by start. Windows are
    centred on hits and kept inside the hit's paragraph; the windows holding
    the most distinct terms (then the most hits, then the earliest) win, and
    are returned in text order, never overlapping.
    """
    if not hits:
        return ()
    starts = [h[0] for h in hits]
    longest = max(end - start for start, end, _term in hits)
    windows: list[tuple[int, int, int, int]] = []  # (-terms, -hits, start, end)
    for start, end, _term in hits[:_MAX_CANDIDATES]:
        ws, we = _window(text, start, end, width)
        inside = hits[bisect.bisect_left(starts, ws) : bisect.bisect_left(starts, we)]
        inside = [h for h in inside if h[1] <= we]
        windows.append((-len({h[2] for h in inside}), -len(inside), ws, we))
    windows.sort()
    chosen: list[tuple[int, int]] = []
    for _t, _h, ws, we in windows:
        if all(we <= cs or ws >= ce for cs, ce in chosen):
            chosen.append((ws, we))
            if len(chosen) == count:
                break
    chosen.sort()
    return tuple(_snippet(text, hits, starts, longest, ws, we) for ws, we in chosen)


def _window(text: str, start: int, end: int, width: int) -> tuple[int, int]:
    """A window of ~width around [start, end), inside its paragraph, never
    cutting a character from its combining marks."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    if para_end < 0:
        para_end = len(text)
    centre = (start + end) // 2
    ws = max(para_start, centre - width // 2)
    we = min(para_end, ws + width)
    ws = max(para_start, min(ws, we - width))
    ws, we = min(ws, start), max(we, end)
    while ws > 0 and _continues(text[ws]):
        ws -= 1
    while we < len(text) and _continues(text[we]):
        we += 1
    return ws, we


def _continues(ch: str) -> bool:
    """Whether ``ch`` belongs to the character before it: a combining mark, a
    variation selector, a zero-width joiner or a low surrogate."""
    return (
        unicodedata.category(ch) in ("Mn", "Mc", "Me")
        or ch == "\u200d"
        or "\udc00" <= ch <= "\udfff"
    )


def _snippet(text: str, hits, starts: list[int], longest: int, ws: int, we: int) -> Snippet:
    # A hit that began before the window may reach into it.
    lo = bisect.bisect_left(starts, ws - longest + 1)
    near = hits[lo : bisect.bisect_left(starts, we)]
    # Never show part of a hit at an edge: drop it from the window instead.
    for start, end, _term in near:
        if start < ws < end:
            ws = end
        if start < we < end:
            we = start
    marks: list[tuple[int, int]] = []
    for start, end, _term in near:
        a, b = max(start, ws) - ws, min(end, we) - ws
        if b <= a:
            continue
        if marks and a <= marks[-1][1]:
            marks[-1] = (marks[-1][0], max(marks[-1][1], b))
        else:
            marks.append((a, b))
    return Snippet(text[ws:we], ws, tuple(marks))
