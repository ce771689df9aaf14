"""reader.core.script.fold as a lookup table over code points, for bulk text.

``fold`` works character by character, so it is a function of the code point
alone. Indexing thousands of articles through ``str.translate`` costs ~100 ns
a character; gathering through a numpy table costs a few. The table is filled
from ``fold`` itself (the whole BMP once, other planes as they are met), so the
two always agree.
"""

from __future__ import annotations

import threading

import numpy as np

from reader.core.script import fold

_PLANES = 0x110000
_SURROGATES = range(0xD800, 0xE000)

_lock = threading.Lock()
_table: np.ndarray | None = None
_known = np.zeros(_PLANES, dtype=bool)


def _codes(text: str) -> np.ndarray:
    # surrogatepass: a lone surrogate (from a badly decoded file or argv)
    # stays one code point instead of failing.
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")


def _text(codes: np.ndarray) -> str:
    return codes.astype("<u4", copy=False).tobytes().decode("utf-32-le", "surrogatepass")


def _fill(chars: np.ndarray) -> None:
    """Learn the fold of ``chars`` (code points, no surrogates) from ``fold``."""
    assert _table is not None
    source = _text(chars)
    _table[chars] = _codes(fold(source))
    _known[chars] = True


def _ready_table() -> np.ndarray:
    global _table
    with _lock:
        if _table is None:
            _table = np.arange(_PLANES, dtype="<u4")
            bmp = np.array([c for c in range(0x10000) if c not in _SURROGATES], dtype="<u4")
            _fill(bmp)
        return _table


def fold_codes(text: str) -> np.ndarray:
    """Code points of ``fold(text)``, as a uint32 array of len(text)."""
    table = _ready_table()
    codes = _codes(text)
    if codes.size and codes.max() > 0xFFFF:
        outside = np.unique(codes[codes > 0xFFFF])
        new = outside[~_known[outside]]
        if new.size:
            with _lock:
                _fill(new)
    return table[codes]


def fold_text(text: str) -> str:
    """``fold(text)``, but fast on long texts and safe on lone surrogates."""
    return _text(fold_codes(text))


def as_text(codes: np.ndarray) -> str:
    """The string with these code points."""
    return _text(codes)
