"""Turning what the user typed into search terms."""

from __future__ import annotations

# Straight and curly double quotes both open and close a phrase: a Chinese
# input method types “…” where an English keyboard types "…".
_QUOTES = frozenset('"“”＂')


def parse_query(query: str) -> list[str]:
    """The terms of ``query``, in order, without duplicates.

    Terms are separated by any whitespace (ASCII or the ideographic space
    U+3000). A double-quoted phrase is one term and keeps its inner spaces,
    collapsed to one; a quote left open runs to the end of the query.
    Punctuation is searched like any other character (``%``, ``——``, ``(``
    are terms), so only a query of whitespace and quote marks has no terms:
    see :func:`blank_reason`.
    """
    terms: list[str] = []
    word: list[str] = []
    in_phrase = False

    def finish() -> None:
        term = " ".join("".join(word).split())
        word.clear()
        if term and term not in terms:
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


def blank_reason(query: str) -> str | None:
    """Why ``query`` can find nothing (one line), or None when it has terms."""
    if parse_query(query):
        return None
    if not query.strip():
        return "empty query: give one or more terms"
    return "the query has only quote marks: give one or more terms"
