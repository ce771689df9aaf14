"""Counts in English messages: "1 article", "3 articles"."""

from __future__ import annotations


def agree(count: int, singular: str, plural: str | None = None) -> str:
    """The word that agrees with ``count``: ``singular`` for exactly one,
    else ``plural`` (by default ``singular`` + "s"). Verbs too:
    ``agree(n, "matches", "match")``."""
    if count == 1:
        return singular
    return plural if plural is not None else singular + "s"


def plural(count: int, singular: str, plural: str | None = None) -> str:
    """``count`` and the noun that agrees with it: ``plural(3, "hit")`` is
    "3 hits", ``plural(1, "other article")`` is "1 other article"."""
    return f"{count} {agree(count, singular, plural)}"


__all__ = ["agree", "plural"]
