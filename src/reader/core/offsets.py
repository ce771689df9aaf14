"""Offset maps between an original text and its conversion.

Positions (search hits, person mentions) are always offsets into the cleaned
*original* text. Phrase-level configs can change the length of a text, so a
converted view carries an :class:`OffsetMap` that moves those offsets into it.
"""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass

from reader.core.conversion import convert, convert_paragraphs
from reader.core.views import View


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps offsets in an original text to offsets in a converted text.

    Stored as sorted anchor pairs; between anchors, offsets move with the
    nearest anchor before them (both texts advance in step inside blocks of
    equal length). An identity map has no anchors and costs nothing.
    """

    src: tuple[int, ...] = ()
    dst: tuple[int, ...] = ()
    src_len: int = 0
    dst_len: int = 0

    @property
    def is_identity(self) -> bool:
        return not self.src

    def __call__(self, pos: int) -> int:
        if not self.src:
            return pos
        if pos >= self.src_len:
            # The end of the text is the end of the converted text, even when
            # the last block changed length (博客 -> 部落格 at the very end).
            return self.dst_len + (pos - self.src_len)
        i = bisect.bisect_right(self.src, pos) - 1
        if i < 0:
            return pos
        return min(self.dst[i] + (pos - self.src[i]), self._block_end(i))

    def _block_end(self, i: int) -> int:
        return self.dst[i + 1] if i + 1 < len(self.dst) else self.dst_len

    def inverse(self) -> OffsetMap:
        """The map from the converted text back to the original."""
        return OffsetMap(self.dst, self.src, self.dst_len, self.src_len)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span, never letting it collapse to nothing."""
        a, b = self(start), self(end)
        if b <= a and end > start:
            b = min(a + 1, self.dst_len) if self.dst_len else a + 1
        return a, b


# Splitting a block converts it once per position: quadratic, so only short
# blocks (the changed phrases themselves) are split.
_MAX_SPLIT_BLOCK = 64


def offset_map(original: str, converted: str, view: View | None = None) -> OffsetMap:
    """Align ``converted`` against ``original`` and return the offset map.

    Equal length is the common case: OpenCC replaces character for character,
    so the identity map is exact. Otherwise align by difflib on the two
    strings; replaced blocks of different length map their start to the start
    and clamp inside the block. Given the ``view`` that produced
    ``converted``, a replaced block is also split where its conversion
    splits (博客博客 -> 部落格|部落格), so that each phrase maps onto its own.
    """
    if len(original) == len(converted):
        return OffsetMap()
    matcher = difflib.SequenceMatcher(None, original, converted, autojunk=False)
    src: list[int] = []
    dst: list[int] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        src.append(i1)
        dst.append(j1)
        if view is not None and tag == "replace" and i2 - i1 != j2 - j1 and i2 - i1 <= _MAX_SPLIT_BLOCK:
            for k, d in _split_points(original[i1:i2], converted[j1:j2], view):
                src.append(i1 + k)
                dst.append(j1 + d)
    return OffsetMap(tuple(src), tuple(dst), len(original), len(converted))


def _split_points(original: str, converted: str, view: View) -> list[tuple[int, int]]:
    """Offsets inside a replaced block where converting the two halves on
    their own gives the same text as converting the whole block."""
    points = []
    for k in range(1, len(original)):
        head = convert(original[:k], view)
        if converted.startswith(head) and convert(original[k:], view) == converted[len(head) :]:
            points.append((k, len(head)))
    return points


@dataclass(frozen=True, slots=True)
class Conversion:
    """A converted text with the map from original offsets into it."""

    text: str
    map: OffsetMap


def convert_mapped(text: str, view: View) -> Conversion:
    """Convert and align, paragraph by paragraph, so that a length change in
    one paragraph never disturbs offsets in the others."""
    if view is View.ORIGINAL:
        return Conversion(text, OffsetMap())
    originals = text.split("\n")
    conversions = convert_paragraphs(originals, view)
    converted = "\n".join(conversions)
    if len(converted) == len(text):
        return Conversion(converted, OffsetMap())
    src: list[int] = []
    dst: list[int] = []
    at_src = at_dst = 0
    for original, conversion in zip(originals, conversions, strict=False):
        if len(original) != len(conversion):
            local = align(original, conversion, view)
            src.extend(at_src + s for s in local.src)
            dst.extend(at_dst + d for d in local.dst)
            # The text after this paragraph moves in step again.
            src.append(at_src + len(original))
            dst.append(at_dst + len(conversion))
        at_src += len(original) + 1
        at_dst += len(conversion) + 1
    return Conversion(converted, OffsetMap(tuple(src), tuple(dst), len(text), len(converted)))


# Pieces a paragraph is aligned in: a run of text and the punctuation or
# spaces after it, which OpenCC never changes. Pieces longer than
# _DIFF_LIMIT are not worth difflib (quadratic).
_BREAKS = "，。！？；：、,.!?;: \t\u3000"
_PIECE = re.compile(f"[^{_BREAKS}]+[{_BREAKS}]*|[{_BREAKS}]+")
_DIFF_LIMIT = 2000


def align(original: str, converted: str, view: View) -> OffsetMap:
    """The map from a paragraph into its conversion.

    Equal lengths map one to one. Otherwise (s2twp: 博客 -> 部落格) both are
    cut into the same pieces at punctuation and only the pieces whose length
    changed go through :func:`offset_map`: a few dozen characters each, never
    a whole paragraph (a 60,000-character paragraph took half a second).
    """
    if len(original) == len(converted):
        return OffsetMap()
    pieces, parts = _PIECE.findall(original), _PIECE.findall(converted)
    if len(pieces) != len(parts) or any(
        a[len(a.rstrip(_BREAKS)) :] != b[len(b.rstrip(_BREAKS)) :] for a, b in zip(pieces, parts, strict=False)
    ):
        return _bounded_offset_map(original, converted, view)
    src: list[int] = []
    dst: list[int] = []
    at_src = at_dst = 0
    for piece, part in zip(pieces, parts, strict=False):
        if len(piece) == len(part):
            src.append(at_src)
            dst.append(at_dst)
        else:
            local = _bounded_offset_map(piece, part, view)
            src.extend(at_src + a for a in local.src)
            dst.extend(at_dst + b for b in local.dst)
        at_src += len(piece)
        at_dst += len(part)
    return OffsetMap(tuple(src), tuple(dst), at_src, at_dst)


def _bounded_offset_map(original: str, converted: str, view: View) -> OffsetMap:
    """:func:`offset_map`, or for a text too long for difflib one block
    whose offsets clamp at its end."""
    if len(original) <= _DIFF_LIMIT:
        return offset_map(original, converted, view)
    return OffsetMap((0,), (0,), len(original), len(converted))
