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

import os
from collections.abc import Iterator
from typing import BinaryIO

import numpy as np

BLOCK = 4096
OVERLAP = 32
_BITS = 16
_WIDTH = 1 << _BITS
_SEGMENT = 64
# Filter bits transposed at a time when saving (a few megabytes at a time).
_CHUNK_BITS = 4096
# Odd multipliers for multiplicative hashing on uint32 (wraps by design).
_A, _B, _C = np.uint32(0x9E3779B1), np.uint32(0x85EBCA77), np.uint32(0xC2B2AE3D)
_UNIGRAM = np.uint32(0x27D4EB2F)
_SHIFT = np.uint32(32 - _BITS)


def _hashes(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Two filter bits for every unigram and every bigram of ``codes``."""
    uni = codes * _A ^ _UNIGRAM
    bi = codes[:-1] * _A ^ codes[1:] * _B
    return uni >> _SHIFT, (uni * _C) >> _SHIFT, bi >> _SHIFT, (bi * _C) >> _SHIFT


def _block_bits(codes: np.ndarray) -> np.ndarray:
    """The filter bits of a block with these folded code points, as native
    indices: ``np.concatenate(_hashes(codes))``, shifted once."""
    uni = codes * _A ^ _UNIGRAM
    bi = codes[:-1] * _A ^ codes[1:] * _B
    bits: np.ndarray = (np.concatenate((uni, uni * _C, bi, bi * _C)) >> _SHIFT).astype(np.intp)
    return bits


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


def temp_file(directory: str | None = None) -> BinaryIO:
    """An unnamed temporary file in ``directory`` (default: the system's)
    to hold a filter's words, open for writing and reading."""
    import tempfile

    return tempfile.TemporaryFile(dir=directory, prefix="reader-filter-")


def block_ranges(length: int) -> Iterator[tuple[int, int]]:
    """The core ranges of a text's blocks; they tile the text."""
    for start in range(0, length, BLOCK):
        yield start, min(start + BLOCK, length)


def block_count(length: int) -> int:
    """How many blocks a text of ``length`` characters has."""
    return -(-length // BLOCK)


class FileWords:
    """A words file as :meth:`BlockFilter.export` wrote it, read a filter
    bit's row at a time (``os.pread``, from any thread) when a search asks
    for it. The process holds only the rows read, for as long as the
    search uses them: a read-only map of the file was tried, and the kernel
    maps whole large folios of a cached file at a fault, so the bench's 14
    typed queries brought 16 of its 22 MB into the process's RSS."""

    def __init__(self, file: BinaryIO) -> None:
        # (owns the file: closed with this object)
        self._file = file
        self._fd = file.fileno()
        self.nbytes = os.fstat(self._fd).st_size

    def _read(self, size: int, at: int) -> bytes:
        data = os.pread(self._fd, size, at)
        while len(data) < size:
            more = os.pread(self._fd, size - len(data), at + len(data))
            if not more:
                raise OSError("the words file is shorter than it was")
            data += more
        return data

    def rows(self, bits: np.ndarray, width: int) -> np.ndarray:
        """The rows (``width`` words each) of these filter bits."""
        size = width * 8
        out = np.empty((bits.size, width), dtype="<u8")
        for k, bit in enumerate(bits.tolist()):
            out[k] = np.frombuffer(self._read(size, bit * size), dtype="<u8")
        return out

    def read_all(self) -> bytes:
        return self._read(self.nbytes, 0)

    def close(self) -> None:
        self._file.close()


class BlockFilter:
    """Signatures of blocks, numbered in the order they were added.

    Built row by row (one row of ``2**16`` words per segment of 64 blocks,
    so adding a block writes one row); saved and restored bit by bit (one
    row of a word per segment for each filter bit, so asking for a term
    reads a few contiguous rows). A restored filter is used in place: the
    search cache's file, whose rows are read (and held) only while a search
    asks for their bits (:class:`FileWords`).

    Not thread-safe by itself: the search index serialises access.
    """

    def __init__(self) -> None:
        # One row per segment of 64 blocks: bit j of word h is filter bit h of
        # the segment's block j. Rows are allocated ahead (np.zeros pages cost
        # no memory until written) so that adding never copies them all.
        self._words = np.zeros((4, _WIDTH), dtype="<u8")
        # Restored: the same words by filter bit, shape (2**16, segments);
        # the row-wise words are made from them when a block is added.
        self._sliced: np.ndarray | None = None
        # Or restored from a file, read a bit's row at a time.
        self._file: FileWords | None = None
        # Or being built into a file (see :meth:`spooling`): each full
        # segment's row is written there and its memory reused.
        self._spool: BinaryIO | None = None
        self._spooled = 0  # segments written to the spool
        self.blocks = 0

    @classmethod
    def spooling(cls, file: BinaryIO) -> BlockFilter:
        """An empty filter that, as blocks are added, writes each full
        segment's row (which never changes once full) to ``file`` (open,
        empty, writable and readable; owned by the filter) instead of
        keeping it: only the current segment's row is in memory while it is
        built. :meth:`spooled` then gives the finished filter, read from a
        file. Adding raises OSError if the file cannot be written."""
        flt = cls()
        flt._words = np.zeros((1, _WIDTH), dtype="<u8")
        flt._spool = file
        return flt

    def _flush_row(self) -> None:
        """Write the current segment's row to the spool and start the next."""
        assert self._spool is not None
        row = self._words[0]
        self._spool.write(row.data.cast("B"))
        row.fill(0)
        self._spooled += 1

    def spooled(self, file: BinaryIO) -> BlockFilter | None:
        """The finished filter of a spooling one, written bit by bit (the
        layout :meth:`export` gives) to ``file`` (as for :meth:`spilled`,
        which the returned filter owns) a chunk of filter bits at a time
        from the spooled rows, and read from it a bit's row at a time; the
        spool is closed. None (both files closed) if they cannot be
        written or read."""
        spool, self._spool = self._spool, None
        assert spool is not None
        out: BlockFilter | None = None
        try:
            if self.blocks % _SEGMENT:
                self._spool = spool
                self._flush_row()
                self._spool = None
            spool.flush()
            rows = self._rows()
            fd, size = spool.fileno(), _WIDTH * 8
            for at in range(0, _WIDTH if rows else 0, _CHUNK_BITS):
                chunk = np.empty((rows, _CHUNK_BITS), dtype="<u8")
                for r in range(rows):
                    data = os.pread(fd, _CHUNK_BITS * 8, r * size + at * 8)
                    if len(data) != _CHUNK_BITS * 8:
                        raise OSError("the spool is shorter than was written")
                    chunk[r] = np.frombuffer(data, dtype="<u8")
                file.write(np.ascontiguousarray(chunk.T).data.cast("B"))
            file.flush()
            out = BlockFilter.restore(FileWords(file), self.blocks)
        except (OSError, ValueError):
            out = None
        finally:
            spool.close()
        if out is None:
            file.close()
        return out

    def add(self, codes: np.ndarray) -> int:
        """Add the blocks of a folded text; return how many were added."""
        n = codes.size
        added = 0
        if n and (self._sliced is not None or self._file is not None):
            self._unslice()
        for start, end in block_ranges(n):
            segment, slot = divmod(self.blocks + added, _SEGMENT)
            segment -= self._spooled  # (0 while spooling)
            if segment == self._words.shape[0]:
                grown = np.zeros((max(segment * 2, 4), _WIDTH), dtype="<u8")
                grown[:segment] = self._words[:segment]
                self._words = grown
            # Hashed block by block, so a huge text needs no huge temporaries.
            bits = _block_bits(codes[start : min(end + OVERLAP, n)])
            # Repeated bits read the same old word and write the same new one.
            # (Into the segment's row as a 1-D view, by native indices: 40%
            # less time than indexing the 2-D words by uint32 bits.)
            row = self._words[segment]
            row[bits] |= np.uint64(1 << slot)
            added += 1
            if self._spool is not None and slot == _SEGMENT - 1:
                self._flush_row()
        self.blocks += added
        return added

    def _read_file(self) -> None:
        """The words of a filter restored from a file, read whole."""
        if self._file is not None:
            data = self._file.read_all()
            self._sliced = np.frombuffer(data, dtype="<u8").reshape(_WIDTH, self._rows())
            self._file = None

    def _unslice(self) -> None:
        """The restored words, row by row and writable, to add to."""
        self._read_file()
        assert self._sliced is not None
        rows = self._sliced.shape[1]
        words = np.zeros((max(rows * 2, 4), _WIDTH), dtype="<u8")
        for at in range(0, _WIDTH, _CHUNK_BITS):
            words[:rows, at : at + _CHUNK_BITS] = self._sliced[at : at + _CHUNK_BITS].T
        self._words, self._sliced = words, None

    @property
    def in_file(self) -> bool:
        """Whether the words are read from a file (restored, spilled or spooled)."""
        return self._file is not None

    def _rows(self) -> int:
        return -(-self.blocks // _SEGMENT)

    def export_chunks(self) -> Iterator[bytes | memoryview]:
        """The signatures of every block so far, bit by bit, for
        :meth:`restore`, in pieces of a few megabytes (the whole is tens of
        megabytes, hundreds at 20,000 articles)."""
        if self._spool is not None:
            raise RuntimeError("a spooling filter is exported once spooled")
        rows = self._rows()
        if not rows:
            return
        self._read_file()
        if self._sliced is not None:
            yield np.ascontiguousarray(self._sliced).data.cast("B")
            return
        for at in range(0, _WIDTH, _CHUNK_BITS):
            yield np.ascontiguousarray(self._words[:rows, at : at + _CHUNK_BITS].T).data.cast("B")

    def export(self) -> bytes:
        """The signatures of every block so far, bit by bit, in one piece."""
        return b"".join(bytes(chunk) for chunk in self.export_chunks())

    @staticmethod
    def exported_size(blocks: int) -> int:
        """How many bytes :meth:`export` gives for a filter of ``blocks`` blocks."""
        return -(-blocks // _SEGMENT) * _WIDTH * 8

    def spilled(self, file: BinaryIO) -> BlockFilter | None:
        """The same filter, written to ``file`` (an open, empty, writable
        and readable binary file, which the returned filter owns) and read
        from it a bit's row at a time, as a filter restored from the search
        cache's words file is: its words no longer in the process's memory.
        None (the file closed) if it cannot be written."""
        blocks = self.blocks
        try:
            for chunk in self.export_chunks():
                file.write(chunk)
            file.flush()
            spilled = BlockFilter.restore(FileWords(file), blocks)
        except (OSError, ValueError):
            spilled = None
        if spilled is None:
            file.close()
        return spilled

    @classmethod
    def restore(cls, data: bytes | memoryview | np.ndarray | FileWords, blocks: int) -> BlockFilter | None:
        """The filter :meth:`export` gave ``data`` for, holding ``blocks``
        blocks; None if ``data`` cannot be that. The words are used in place
        (read-only; a file is read a row at a time) until a block is added."""
        rows = -(-blocks // _SEGMENT)
        size = data.nbytes if isinstance(data, (np.ndarray, memoryview, FileWords)) else len(data)
        if blocks < 0 or size != cls.exported_size(blocks):
            return None
        restored = cls()
        if rows and isinstance(data, FileWords):
            restored._file = data
        elif rows and not isinstance(data, FileWords):
            restored._sliced = np.frombuffer(data, dtype="<u8").reshape(_WIDTH, rows)
        restored.blocks = blocks
        return restored

    def candidates(self, bits: np.ndarray) -> np.ndarray:
        """Numbers of the blocks whose signature has all of ``bits``."""
        if self._spool is not None:
            raise RuntimeError("a spooling filter is searched once spooled")
        if not bits.size or not self.blocks:
            return np.zeros(0, dtype=np.int64)
        used = self._rows()
        if self._file is not None:
            hit = np.bitwise_and.reduce(self._file.rows(np.unique(bits), used), axis=0)
        elif self._sliced is not None:
            hit = np.bitwise_and.reduce(self._sliced[bits, :used], axis=0)
        else:
            hit = np.bitwise_and.reduce(self._words[:used, bits], axis=1)
        found = np.flatnonzero(np.unpackbits(np.ascontiguousarray(hit).view(np.uint8), bitorder="little"))
        return found[found < self.blocks]
