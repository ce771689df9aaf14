"""How a text becomes the tokens of the tantivy index
(:mod:`reader.core.tantivy_index`): folded code points, and their bigrams.

Whitespace cannot be inside a token of tantivy's whitespace tokenizer, so
whitespace characters (and lone surrogates, which Rust strings cannot hold)
are mapped to code points of plane 16's private use area before indexing and
querying; a text holding those very code points could match a term it does
not hold, so the engine verifies results before it returns them.
"""

from __future__ import annotations

import numpy as np

from reader.core.foldtable import fold_codes

# Unicode White_Space, which tantivy's whitespace tokenizer splits on.
_WHITESPACE = np.array(
    [*range(0x09, 0x0E), 0x20, 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B), 0x2028, 0x2029, 0x202F, 0x205F, 0x3000],
    dtype=np.uint32,
)
_SPACE_BASE = 0x10FF00
_SURROGATE_BASE = 0x10F000
_SPACE = np.uint32(0x20)
# Characters folded at a time, and (about) in one value of a field.
SLICE = 1 << 16


def tokens(folded: np.ndarray) -> np.ndarray:
    """Folded code points with whitespace and lone surrogates moved to plane
    16's private use area (see the module's docstring)."""
    codes = folded.astype(np.uint32, copy=True)
    space = np.isin(codes, _WHITESPACE)
    if space.any():
        codes[space] = _SPACE_BASE + np.searchsorted(_WHITESPACE, codes[space])
    surrogate = (codes >= 0xD800) & (codes < 0xE000)
    if surrogate.any():
        codes[surrogate] = _SURROGATE_BASE + (codes[surrogate] - 0xD800)
    return codes


def token_text(codes: np.ndarray) -> str:
    return codes.astype("<u4", copy=False).tobytes().decode("utf-32-le")


def bigrams(codes: np.ndarray) -> str:
    """Every bigram of ``codes`` (from :func:`tokens`), space separated:
    the i-th token is the bigram at position i."""
    if codes.size < 2:
        return ""
    out = np.empty((codes.size - 1, 3), dtype="<u4")
    out[:, 0] = codes[:-1]
    out[:, 1] = codes[1:]
    out[:, 2] = _SPACE
    return out.tobytes().decode("utf-32-le")


def _sliced(text: str) -> tuple[str, str]:
    """(bigrams, characters) of a text, folded a slice at a time."""
    if len(text) <= SLICE:
        codes = tokens(fold_codes(text)) if text else np.zeros(0, dtype=np.uint32)
        return bigrams(codes), token_text(codes)
    grams, chars = [], []
    for start in range(0, len(text), SLICE):
        # One character past the slice: the bigram across the cut.
        codes = tokens(fold_codes(text[start : start + SLICE + 1]))
        grams.append(bigrams(codes))
        chars.append(token_text(codes[:SLICE]))
    return "".join(grams), "".join(chars)


def fields(text: str) -> tuple[list[str], list[str]]:
    """(bigram values, character values) of a text, folded and mapped: one
    of each for most texts. A long text is cut into values of about a slice
    each, so the thread building the index never holds the GIL long (the UI
    thread shares it): tantivy's Document takes each value in a call of its
    own (a 2 M-character text in one call held the GIL 25-35 ms). The cuts
    are at line breaks, which no term holds (any whitespace in a term is a
    space, :func:`reader.core.query.parse_query`): tantivy leaves a position
    free between two values, and no phrase spans it. Every bigram is in
    one value (the one into a break ends the value before it), so the
    counts and the scores are the uncut text's."""
    grams, chars = [], []
    start = 0
    while (cut := text.find("\n", start + SLICE)) >= 0:
        gram, char = _sliced(text[start : cut + 1])
        grams.append(gram)
        chars.append(char[:-1])
        start = cut
    gram, char = _sliced(text[start:])
    grams.append(gram)
    chars.append(char)
    return grams, chars


__all__ = ["SLICE", "bigrams", "fields", "token_text", "tokens"]
