"""Which blocks of text may contain a term: bit-sliced Bloom signatures.

Every indexed text is cut into blocks of ``BLOCK`` characters. A block's
signature is a Bloom filter of the character unigrams and bigrams that start
in it (or up to ``OVERLAP`` characters past its end, so a term that straddles
two blocks is still seen whole by the first). Signatures are stored sliced by
bit: for each of the ``2**16`` filter bits, one 64-bit word per segment of 64
blocks. Asking for a term then reads a few words per segment and ANDs them,
with no sorting at build time and no per-character Python work.

The filter can say yes wrongly (about 0.5% of blocks per bigram on the
benchmark corpus, where blocks fill 7% of their bits) but never no wrongly, so
callers verify candidates against the text.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

BLOCK = 4096
OVERLAP = 32
_BITS = 16
_WIDTH = 1 << _BITS
_SEGMENT = 64
# Odd multipliers for multiplicative hashing on uint32 (wraps by design).
_A, _B, _C = np.uint32(0x9E3779B1), np.uint32(0x85EBCA77), np.uint32(0xC2B2AE3D)
_UNIGRAM = np.uint32(0x27D4EB2F)
_SHIFT = np.uint32(32 - _BITS)


def _hashes(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Two filter bits for every unigram and every bigram of ``codes``."""
    uni = codes * _A ^ _UNIGRAM
    bi = codes[:-1] * _A ^ codes[1:] * _B
    return uni >> _SHIFT, (uni * _C) >> _SHIFT, bi >> _SHIFT, (bi * _C) >> _SHIFT


def term_bits(codes: np.ndarray) -> np.ndarray:
    """The filter bits a block must have to contain a term with these folded
    code points: its unigram if it has one character, else the bigrams of its
    first ``OVERLAP + 1`` characters."""
    u1, u2, b1, b2 = _hashes(codes[: OVERLAP + 1])
    if codes.size == 1:
        return distinct(np.concatenate((u1, u2)))
    return distinct(np.concatenate((b1, b2)))


def distinct(values: np.ndarray) -> np.ndarray:
    """The sorted distinct values: ``np.unique``, without the import of
    ``numpy.ma`` (30 ms) it makes on first use."""
    values = np.sort(values)
    if values.size:
        values = values[np.concatenate(([True], values[1:] != values[:-1]))]
    return values


def contains(sorted_values: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Whether each of ``values`` is in ``sorted_values``: ``np.isin``
    without the same import."""
    if not sorted_values.size:
        return np.zeros(values.shape, dtype=bool)
    at = np.searchsorted(sorted_values, values).clip(max=sorted_values.size - 1)
    found: np.ndarray = sorted_values[at] == values
    return found


def block_ranges(length: int) -> Iterator[tuple[int, int]]:
    """The core ranges of a text's blocks; they tile the text."""
    for start in range(0, length, BLOCK):
        yield start, min(start + BLOCK, length)


def block_count(length: int) -> int:
    """How many blocks a text of ``length`` characters has."""
    return -(-length // BLOCK)


class BlockFilter:
    """Signatures of blocks, numbered in the order they were added.

    Not thread-safe by itself: the search index serialises access.
    """

    def __init__(self) -> None:
        # One row per segment of 64 blocks: bit j of word h is filter bit h of
        # the segment's block j. Rows are allocated ahead (np.zeros pages cost
        # no memory until written) so that adding never copies them all.
        self._words = np.zeros((4, _WIDTH), dtype="<u8")
        self.blocks = 0

    def add(self, codes: np.ndarray) -> int:
        """Add the blocks of a folded text; return how many were added."""
        n = codes.size
        added = 0
        for start, end in block_ranges(n):
            segment, slot = divmod(self.blocks + added, _SEGMENT)
            if segment == self._words.shape[0] or not self._words.flags.writeable:
                # Grown, or copied off the read-only words it was restored from.
                grown = np.zeros((max(segment * 2, 4), _WIDTH), dtype="<u8")
                used = -(-(self.blocks + added) // _SEGMENT)
                grown[:used] = self._words[:used]
                self._words = grown
            # Hashed block by block, so a huge text needs no huge temporaries.
            bits = np.concatenate(_hashes(codes[start : min(end + OVERLAP, n)]))
            # Repeated bits read the same old word and write the same new one.
            self._words[segment, bits] |= np.uint64(1 << slot)
            added += 1
        self.blocks += added
        return added

    def export(self) -> memoryview:
        """The signatures of every block so far, for :meth:`restore` (a view
        of the filter's own words, not a copy: it is tens of megabytes)."""
        rows = -(-self.blocks // _SEGMENT)
        if not rows:
            return memoryview(b"")
        return np.ascontiguousarray(self._words[:rows]).data.cast("B")

    @classmethod
    def restore(cls, data: bytes | memoryview, blocks: int) -> BlockFilter | None:
        """The filter :meth:`export` gave ``data`` for, holding ``blocks``
        blocks; None if ``data`` cannot be that. The words are used in place
        (read-only) until a block is added."""
        rows = -(-blocks // _SEGMENT)
        if blocks < 0 or len(data) != rows * _WIDTH * 8:
            return None
        restored = cls()
        if rows:
            restored._words = np.frombuffer(data, dtype="<u8").reshape(rows, _WIDTH)
        restored.blocks = blocks
        return restored

    def candidates(self, bits: np.ndarray) -> np.ndarray:
        """Numbers of the blocks whose signature has all of ``bits``."""
        if not bits.size or not self.blocks:
            return np.zeros(0, dtype=np.int64)
        used = -(-self.blocks // _SEGMENT)
        hit = np.bitwise_and.reduce(self._words[:used, bits], axis=1)
        found = np.flatnonzero(np.unpackbits(hit.view(np.uint8), bitorder="little"))
        return found[found < self.blocks]
