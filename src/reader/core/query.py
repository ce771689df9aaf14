"""Turning what the user typed into search terms."""

from __future__ import annotations

import unicodedata

# Straight and curly double quotes both open and close a phrase: a Chinese
# input method types “…” where an English keyboard types "…".
_QUOTES = frozenset('"“”＂')


def parse_query(query: str) -> list[str]:
    """The terms of ``query``, in order, without duplicates.

    Terms are separated by any whitespace (ASCII or the ideographic space
    U+3000). A double-quoted phrase is one term and keeps its inner spaces,
    collapsed to one; a quote left open runs to the end of the query. Terms
    made only of punctuation or whitespace are dropped, so an empty or
    all-punctuation query has no terms.
    """
    terms: list[str] = []
    word: list[str] = []
    in_phrase = False

    def finish() -> None:
        term = " ".join("".join(word).split())
        word.clear()
        if _meaningful(term) and term not in terms:
            terms.append(term)

    for ch in query:
        if ch in _QUOTES:
            finish()
            in_phrase = not in_phrase
        elif ch.isspace() and not in_phrase:
            finish()
        else:
            word.append(ch)
    finish()
    return terms


def _meaningful(term: str) -> bool:
    # Letters, digits, ideographs and symbols (C++, $, emoji) make a term;
    # punctuation (P*), separators (Z*) and control characters (C*) do not.
    return any(unicodedata.category(ch)[0] in "LMNS" for ch in term)
