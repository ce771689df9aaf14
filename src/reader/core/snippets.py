"""Short excerpts of a text around search hits.

A window's edges are moved to the nearest natural boundary within reach: the
end of a sentence first, then of a clause, and never inside a run of Latin
letters or digits (``DeepMind``, ``11月17日``, ``3.5%``), so a snippet never
starts with ``…pMind`` or ``…1月17日``.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

SNIPPET_WIDTH = 60
MAX_SNIPPETS = 3
# How far (in characters) an edge may move to reach a boundary.
_SLACK = SNIPPET_WIDTH // 4
# A snippet starts after these and ends on them.
_SENTENCE_ENDS = frozenset("。！？；!?;…")
_CLAUSE_ENDS = frozenset("，、：,:")
# Closing quotes and brackets stay with the sentence they end: 。」
_CLOSERS = frozenset("”’」』）)】》\"'")


def _boundary(ends: frozenset[str]) -> re.Pattern[str]:
    """One of ``ends`` not followed by a closer: the position after it is a boundary."""
    return re.compile(f"[{re.escape(''.join(sorted(ends)))}](?![{re.escape(''.join(sorted(_CLOSERS)))}])")


_SENTENCE_BOUNDARY, _CLAUSE_BOUNDARY = _boundary(_SENTENCE_ENDS), _boundary(_CLAUSE_ENDS)
# Between two characters of a number: 3.5, 1,000, 10:30.
_NUMBER_JOINERS = frozenset(".,:")
# Windows are tried around this many first hits: enough for the best
# windows of any article (a hit makes a candidate; an article full of a
# common word has hundreds, each costing ~20 µs, for a row on screen).
MAX_CANDIDATES = 120


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
    # Whether the snippet starts a paragraph / ends one: renderers put an
    # ellipsis only where text was left out (make_snippets always says).
    at_start: bool = True
    at_end: bool = True

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


class Windows:
    """The windows of one text's hits, each worked out once: the search asks
    :func:`needed_until` and then :func:`make_snippets` about the same first
    hits, and a common word's article has a hundred of them (~20 µs each)."""

    def __init__(self, text: str, width: int = SNIPPET_WIDTH) -> None:
        self.text = text
        self.width = width
        self._memo: dict[tuple[int, int], tuple[int, int]] = {}

    def __call__(self, start: int, end: int) -> tuple[int, int]:
        """The window of the hit [start, end) (:func:`_window`)."""
        window = self._memo.get((start, end))
        if window is None:
            window = self._memo[start, end] = _window(self.text, start, end, self.width)
        return window


def make_snippets(
    text: str,
    hits: Sequence[tuple[int, int, int]],
    width: int = SNIPPET_WIDTH,
    count: int = MAX_SNIPPETS,
    windows: Windows | None = None,
) -> tuple[Snippet, ...]:
    """Up to ``count`` snippets of about ``width`` characters around ``hits``.

    ``hits`` are (start, end, term number), sorted by start. Windows are
    centred on hits and kept inside the hit's paragraph; the windows holding
    the most distinct terms (then the most hits, then the earliest) win, and
    are returned in text order, never overlapping. ``windows``: those
    :func:`needed_until` already worked out for the same text and width.
    """
    if not hits:
        return ()
    window = windows if windows is not None and windows.width == width else Windows(text, width)
    starts = [h[0] for h in hits]
    longest = max(end - start for start, end, _term in hits)
    found: list[tuple[int, int, int, int]] = []  # (-terms, -hits, start, end)
    for start, end, _term in hits[:MAX_CANDIDATES]:
        ws, we = window(start, end)
        inside = hits[bisect.bisect_left(starts, ws) : bisect.bisect_left(starts, we)]
        inside = [h for h in inside if h[1] <= we]
        found.append((-len({h[2] for h in inside}), -len(inside), ws, we))
    found.sort()
    chosen: list[tuple[int, int]] = []
    for _t, _h, ws, we in found:
        if all(we <= cs or ws >= ce for cs, ce in chosen):
            chosen.append((ws, we))
            if len(chosen) == count:
                break
    chosen.sort()
    return tuple(_snippet(text, hits, starts, longest, ws, we) for ws, we in chosen)


def needed_until(windows: Windows, candidates: Sequence[tuple[int, int, int]]) -> int:
    """Where the last window :func:`make_snippets` may open on ``candidates``
    (the first hits of a text, sorted) ends: hits starting at or after it
    cannot change its snippets, so a caller with thousands of hits need only
    find those before it."""
    return max((windows(start, end)[1] for start, end, _term in candidates[:MAX_CANDIDATES]), default=0)


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
    ws = _edge(text, ws, para_start, start, forward_limit=start, before=True)
    we = _edge(text, we, end, para_end, forward_limit=para_end, before=False)
    while ws > 0 and _continues(text[ws]):
        ws -= 1
    while we < len(text) and _continues(text[we]):
        we += 1
    return ws, we


def _edge(text: str, at: int, lo: int, hi: int, forward_limit: int, before: bool) -> int:
    """Move a window edge ``at`` (kept within [lo, hi]) to the best boundary
    within ``_SLACK``: after a sentence end, after a clause end, else just
    out of any Latin word or number it would cut."""
    if (before and at == lo) or (not before and at == hi):
        return at
    reach = range(max(lo, at - _SLACK), min(hi, at + _SLACK) + 1)
    # The characters before and at each position of the reach, searched by
    # a regex rather than position by position (this runs for hundreds of
    # candidate windows of an article full of hits).
    first = max(reach.start - 1, 0)
    around = text[first : reach.stop]
    for boundary in (_SENTENCE_BOUNDARY, _CLAUSE_BOUNDARY):
        # A boundary is a position right after one of the ends (a start) or
        # right after one (an end, which keeps the mark), unless a closing
        # quote follows, which stays with its sentence.
        spots = [p for m in boundary.finditer(around) if (p := first + m.end()) in reach]
        # The paragraph's own start or end is the best boundary of all.
        natural = lo if before else hi
        if natural in reach:
            spots.append(natural)
        if spots:
            return min(spots, key=lambda p: (abs(p - at), p))
    # No punctuation near: only avoid cutting a word or a number.
    if 0 < at < len(text) and _joined(text, at):
        back = at
        while back > lo and _joined(text, back):
            back -= 1
        ahead = at
        while ahead < min(hi, forward_limit) and _joined(text, ahead):
            ahead += 1
        if before:
            # Take the whole word in, or leave it out if that is not far.
            return back if at - back <= _SLACK or ahead - at > _SLACK else ahead
        return ahead if ahead - at <= _SLACK or at - back > _SLACK else back
    return at


def _word_char(ch: str) -> bool:
    """A letter or digit of a Latin-like script (ASCII or full width, accents
    included), unlike a Han character, which is a word boundary of its own."""
    return ch.isalnum() and (ord(ch) < 0x2E80 or "\uff10" <= ch <= "\uff5a")


def _joined(text: str, at: int) -> bool:
    """Whether a cut between text[at - 1] and text[at] splits a word or number."""
    left, right = text[at - 1], text[at]
    if _word_char(left) and (_word_char(right) or _continues(right)):
        return True
    # A number keeps its unit: 11月, 50%, 3倍.
    if left.isdigit() and not right.isspace() and right not in _SENTENCE_ENDS and right not in _CLAUSE_ENDS:
        return True
    # 3.5, 1,000, 10:30: a joiner between two digits belongs to the number.
    if at >= 2 and left in _NUMBER_JOINERS and right.isdigit() and text[at - 2].isdigit():
        return True
    return right in _NUMBER_JOINERS and left.isdigit() and at + 1 < len(text) and text[at + 1].isdigit()


def _continues(ch: str) -> bool:
    """Whether ``ch`` belongs to the character before it: a combining mark, a
    variation selector, a zero-width joiner or a low surrogate."""
    return unicodedata.category(ch) in ("Mn", "Mc", "Me") or ch == "\u200d" or "\udc00" <= ch <= "\udfff"


def _snippet(
    text: str, hits: Sequence[tuple[int, int, int]], starts: list[int], longest: int, ws: int, we: int
) -> Snippet:
    # A hit that began before the window may reach into it.
    lo = bisect.bisect_left(starts, ws - longest + 1)
    near = hits[lo : bisect.bisect_left(starts, we)]
    # Never show part of a hit at an edge: drop it from the window instead.
    for start, end, _term in near:
        if start < ws < end:
            ws = end
        if start < we < end:
            we = start
    # Spaces at an edge only push the ellipsis away from the text.
    first = min((s for s, e, _t in near if e > ws), default=we)
    while ws < min(first, we) and text[ws].isspace():
        ws += 1
    while we > ws and text[we - 1].isspace() and all(e <= we - 1 for _s, e, _t in near if _s < we):
        we -= 1
    marks: list[tuple[int, int]] = []
    for start, end, _term in near:
        a, b = max(start, ws) - ws, min(end, we) - ws
        if b <= a:
            continue
        if marks and a <= marks[-1][1]:
            marks[-1] = (marks[-1][0], max(marks[-1][1], b))
        else:
            marks.append((a, b))
    at_start = ws == 0 or text[ws - 1] == "\n"
    at_end = we == len(text) or text[we] == "\n"
    return Snippet(text[ws:we], ws, tuple(marks), at_start, at_end)
