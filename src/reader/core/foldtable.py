"""Per-character tables over code points: the fold and the script mark.

Folding (Traditional to Simplified character by character, then full width
to half width, then case) and script detection are functions of the code
point alone, so both are numpy lookups: gathering through a table costs a few
nanoseconds a character, where a Python ``str.translate`` over a dict cost
~100 ns and a set per article for learning.

The Basic Multilingual Plane is learned at once from OpenCC's character-level
t2s and s2t (and can be saved and restored whole: see :func:`export` and
:func:`install`, used by the article cache so a warm start never builds
OpenCC); other planes are learned as they are met. Nothing but the tables is
kept: the per-character conversions that built them are dropped. The BMP's
tables also ship with the reader (``foldtable.bin``, see :data:`SHIPPED`),
so a first start builds no OpenCC either.
"""

from __future__ import annotations

import functools
import itertools
import re
import threading
import unicodedata
from collections.abc import Callable
from pathlib import Path

import numpy as np

_PLANES = 0x110000
_BMP = 0x10000
_SURROGATES = (0xD800, 0xE000)
# Script marks: a character only Traditional has, or only Simplified has.
NO_MARK, TRADITIONAL, SIMPLIFIED = 0, 1, 2
# Where a short text is folded with str.translate: below this length numpy's
# per-call overhead costs more than the lookups.
_SHORT = 48

# Character-level configs: every entry of a table is one character of each.
_T2S, _S2T = "t2s", "s2t"

_lock = threading.RLock()
# The fold as a shift: fold(c) == c + _fold[c] (uint32, wrapping), so the
# identity is zero and the table's pages past the code points met (most of
# the 17 planes) are never written, and never held in memory.
_fold: np.ndarray | None = None  # uint32 by code point
_marks: np.ndarray | None = None  # uint8 by code point
_known: np.ndarray | None = None  # bool by code point, outside the BMP
_short: dict[int, int] = {}  # the BMP folds that change a character, for short texts
# Whether every code point is in the tables (the shipped ones): none is learned.
_everything = False


def codes_of(text: str) -> np.ndarray:
    # surrogatepass: a lone surrogate (from a badly decoded file or argv)
    # stays one code point instead of failing.
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")


def as_text(codes: np.ndarray) -> str:
    """The string with these code points."""
    return codes.astype("<u4", copy=False).tobytes().decode("utf-32-le", "surrogatepass")


# Whitespace (``str.isspace``, which is what ``\s`` matches in a str pattern).
_SPACE = re.compile(r"\s")


def _each(step: Callable[[str], str], chars: str) -> str:
    """``step`` of each character of ``chars`` where that gives one
    character, else the character itself: as many characters as ``chars``.
    The characters go through ``step`` as one text, a newline between each
    (a few C calls, not one Python call per character); only if that does
    not come back as one character per line (a step that made a character
    several, or none) is each character taken on its own."""
    if not chars:
        return chars
    out = step("\n".join(chars))
    if len(out) == 2 * len(chars) - 1 and out[1::2] == "\n" * (len(chars) - 1):
        ones = out[::2]
        if "\n" not in ones:
            return ones
    pieces = out.split("\n")
    if len(pieces) != len(chars):
        return "".join(t if len(t := step(c)) == 1 else c for c in chars)
    ones = np.fromiter(map(len, pieces), dtype=np.intp, count=len(pieces)) == 1
    kept = codes_of(chars).copy()
    kept[ones] = codes_of("".join(itertools.compress(pieces, ones.tolist())))
    return as_text(kept)


def _convert_text(chars: str, config: str) -> str:
    """Each character through OpenCC on its own (a character that does not
    stay one character is left as it is); whitespace as it is."""
    from reader.core.conversion import _converter

    # Whitespace would confuse the split and never converts anyway.
    spaces = [m.start() for m in _SPACE.finditer(chars)]
    batch = _SPACE.sub("", chars) if spaces else chars
    converter = _converter(config)
    converted = _each(converter.convert, batch)
    if not spaces:
        return converted
    out = np.frombuffer(chars.encode("utf-32-le", "surrogatepass"), dtype="<u4").copy()
    keep = np.ones(out.size, dtype=bool)
    keep[spaces] = False
    out[keep] = codes_of(converted)
    return as_text(out)


def _fold_chars(chars: str) -> str:
    """The fold of each character after its conversion: full-width forms and
    compatibility ideographs to their plain form (NFKC), then case, each
    step kept only if it leaves one character, so offsets hold (the newline
    is its own fold)."""
    return "\n".join(_each(str.lower, _each(_nfkc, line)) for line in chars.split("\n"))


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _learned(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The fold (as a shift) and the script mark of each of ``codes`` (no
    surrogates), from OpenCC and ``unicodedata``."""
    chars = as_text(codes)
    t2s = codes_of(_convert_text(chars, _T2S))
    s2t = codes_of(_convert_text(chars, _S2T))
    folds = codes_of(_fold_chars(as_text(t2s)))
    codes = codes.astype("<u4")
    marks = np.where(t2s != codes, TRADITIONAL, np.where(s2t != codes, SIMPLIFIED, NO_MARK)).astype(np.uint8)
    return folds - codes, marks


def _learn(codes: np.ndarray) -> None:
    """Fill the tables at ``codes`` (no surrogates). Called under the lock."""
    assert _fold is not None and _marks is not None and _known is not None
    shift, marks = _learned(codes)
    codes = codes.astype("<u4")
    _fold[codes] = shift
    _marks[codes] = marks
    _known[codes] = True


# The tables as the reader ships them (``python -m reader.core.foldtable``
# writes the file): every plane learned, in :func:`export`'s form (the BMP,
# then each other code point that folds to another or is marked), used when
# made by this very code with the OpenCC and Unicode versions installed. A
# first start, with no cache yet, then builds no OpenCC converter (~0.3 s),
# even for characters outside the BMP. A test checks they are what
# building gives.
SHIPPED = Path(__file__).with_name("foldtable.bin")


@functools.cache
def _shipped_key() -> bytes | None:
    """What the shipped tables must have been made with: this module's
    source, OpenCC's version and the Unicode database's; None if unknown."""
    import hashlib

    try:
        source = Path(__file__).read_bytes()
    except OSError:
        return None
    version = _opencc_version()
    if version is None:
        return None
    digest = hashlib.blake2b(source, digest_size=8).hexdigest()
    return f"reader-foldtable/2 opencc={version} unicode={unicodedata.unidata_version} source={digest}".encode()


def _opencc_version() -> str | None:
    """The installed OpenCC's version, from its distribution's folder name
    beside the package (``importlib.metadata`` took ~0.3 s to say it), or
    None if that is not one clear answer."""
    import importlib.util
    import os

    try:
        spec = importlib.util.find_spec("opencc")
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None:
        return None
    site = Path(spec.origin).parent.parent
    try:
        names = [
            e.name for e in os.scandir(site) if e.name.lower().startswith("opencc-") and e.name.endswith(".dist-info")
        ]
    except OSError:
        return None
    return names[0][len("opencc-") : -len(".dist-info")] if len(names) == 1 else None


def shipped_tables(path: Path | None = None) -> bytes | None:
    """The shipped tables in :func:`export`'s form, if they fit this code
    and what is installed (every code point not listed past the BMP then
    folds to itself, unmarked); else None (they are built)."""
    import zlib

    try:
        data = (path or SHIPPED).read_bytes()
    except OSError:
        return None
    key, _, packed = data.partition(b"\n")
    if key != _shipped_key():
        return None
    try:
        raw = zlib.decompress(packed)
    except zlib.error:
        return None
    if len(raw) < _BMP * 5 or (len(raw) - _BMP * 5) % 9:
        return None
    # (the BMP's folds are shipped as shifts: mostly zeros, they pack small)
    folds = np.frombuffer(raw, dtype="<u4", count=_BMP) + np.arange(_BMP, dtype="<u4")
    return folds.tobytes() + raw[_BMP * 4 :]


def write_shipped(path: Path | None = None) -> None:
    """Learn every plane (never from a shipped file) and ship the tables."""
    import zlib

    path = path or SHIPPED
    key = _shipped_key()
    if key is None:
        raise RuntimeError("OpenCC's version is unknown")
    codes = np.r_[0 : _SURROGATES[0], _SURROGATES[1] : _PLANES].astype("<u4")
    shift, marks = _learned(codes)
    folds = np.arange(_PLANES, dtype="<u4")
    all_marks = np.zeros(_PLANES, dtype=np.uint8)
    folds[codes] += shift
    all_marks[codes] = marks
    extra = np.flatnonzero((folds[_BMP:] != np.arange(_BMP, _PLANES, dtype="<u4")) | (all_marks[_BMP:] != 0))
    extra = extra.astype("<u4") + _BMP
    blob = b"".join(
        (
            (folds[:_BMP] - np.arange(_BMP, dtype="<u4")).tobytes(),
            all_marks[:_BMP].tobytes(),
            extra.tobytes(),
            folds[extra].tobytes(),
            all_marks[extra].tobytes(),
        )
    )
    path.write_bytes(key + b"\n" + zlib.compress(blob, 9))


def _tables() -> tuple[np.ndarray, np.ndarray]:
    global _fold, _marks, _known
    if _fold is not None and _marks is not None:
        return _fold, _marks
    from reader.core.article_cache import take_saved_tables

    with _lock:
        saved = take_saved_tables() if _fold is None else None
        # (the shipped tables first: they hold every plane)
        if _fold is None and install(b"", shipped=True):
            return _fold, _marks  # type: ignore[return-value]
        if saved is not None and install(saved):
            return _fold, _marks  # type: ignore[return-value]
        if _fold is None or _marks is None:
            fold = np.zeros(_PLANES, dtype="<u4")
            marks = np.zeros(_PLANES, dtype=np.uint8)
            known = np.zeros(_PLANES, dtype=bool)
            known[:_BMP] = True
            _fold, _marks, _known = fold, marks, known
            bmp = np.r_[0 : _SURROGATES[0], _SURROGATES[1] : _BMP].astype("<u4")
            _learn(bmp)
            _index_short()
        return _fold, _marks


def _index_short() -> None:
    assert _fold is not None
    changed = np.flatnonzero(_fold[:_BMP]).astype("<u4")
    _short.clear()
    _short.update(zip(changed.tolist(), (changed + _fold[changed]).tolist(), strict=False))


def _ready(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The tables, with every code point in ``codes`` learned."""
    fold, marks = _tables()
    if not _everything and codes.size and int(codes.max()) >= _BMP:
        assert _known is not None
        # Few, and np.unique would import numpy.ma (30 ms) on first use.
        outside = np.array(sorted(set(codes[codes >= _BMP].tolist())), dtype=codes.dtype)
        new = outside[~_known[outside]]
        if new.size:
            with _lock:
                _learn(new)
    return fold, marks


def fold_codes(text: str) -> np.ndarray:
    """Code points of ``fold(text)``, as a uint32 array of len(text)."""
    codes = codes_of(text)
    shift, _ = _ready(codes)
    folded: np.ndarray = codes + shift[codes]
    return folded


def fold_text(text: str) -> str:
    """Script-, width- and case-blind form of ``text``, of the same length."""
    if not text:
        return text
    if len(text) < _SHORT and (text.isascii() or max(text) < "\U00010000"):
        _tables()
        return text.translate(_short)
    return as_text(fold_codes(text))


def mark_counts(text: str) -> tuple[int, int]:
    """How many characters of ``text`` only Traditional has, and only Simplified."""
    codes = codes_of(text)
    _, marks = _ready(codes)
    counts = np.bincount(marks[codes], minlength=3)
    return int(counts[TRADITIONAL]), int(counts[SIMPLIFIED])


def export() -> bytes:
    """The tables learned so far (the BMP and any other code points met),
    to be restored by :func:`install` in another process."""
    shift, marks = _tables()
    assert _known is not None
    with _lock:
        extra = np.flatnonzero(_known[_BMP:]).astype("<u4") + _BMP
        return b"".join(
            (
                (np.arange(_BMP, dtype="<u4") + shift[:_BMP]).tobytes(),
                marks[:_BMP].tobytes(),
                extra.tobytes(),
                (extra + shift[extra]).tobytes(),
                marks[extra].tobytes(),
            )
        )


def install(data: bytes, shipped: bool = False) -> bool:
    """Use tables saved by :func:`export` instead of building them; False
    (and nothing changed) if ``data`` is not such tables. The shipped
    tables, when they fit, complete them (every plane learned); with
    ``shipped``, only those are used."""
    global _everything
    if not shipped and (len(data) < _BMP * 5 or (len(data) - _BMP * 5) % 9):
        return False
    with _lock:
        if _fold is not None:
            return True
        complete = shipped_tables()
        if complete is not None and _install(complete):
            _everything = True  # (what ``data`` holds is in them: the same code and versions)
            return True
        return not shipped and _install(data)


def _install(data: bytes) -> bool:
    global _fold, _marks, _known
    rest = len(data) - _BMP * 5
    if rest < 0 or rest % 9:
        return False
    extra_count = rest // 9
    with _lock:
        fold = np.zeros(_PLANES, dtype="<u4")
        marks = np.zeros(_PLANES, dtype=np.uint8)
        fold[:_BMP] = np.frombuffer(data, dtype="<u4", count=_BMP) - np.arange(_BMP, dtype="<u4")
        marks[:_BMP] = np.frombuffer(data, dtype=np.uint8, offset=_BMP * 4, count=_BMP)
        at = _BMP * 5
        extra = np.frombuffer(data, dtype="<u4", offset=at, count=extra_count)
        if extra.size and (extra.min() < _BMP or extra.max() >= _PLANES):
            return False
        fold[extra] = np.frombuffer(data, dtype="<u4", offset=at + 4 * extra_count, count=extra_count) - extra
        marks[extra] = np.frombuffer(data, dtype=np.uint8, offset=at + 8 * extra_count, count=extra_count)
        known = np.zeros(_PLANES, dtype=bool)
        known[:_BMP] = True
        known[extra] = True
        _fold, _marks, _known = fold, marks, known
        _index_short()
    return True


def built() -> bool:
    return _fold is not None


if __name__ == "__main__":
    write_shipped()
    print(f"wrote {SHIPPED}")
