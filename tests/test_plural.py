"""Counts in messages agree with their nouns and verbs."""

from __future__ import annotations

from reader.core.plural import agree, plural


def test_plural() -> None:
    assert plural(0, "hit") == "0 hits"
    assert plural(1, "hit") == "1 hit"
    assert plural(2, "other article") == "2 other articles"
    assert plural(1, "other article") == "1 other article"
    assert plural(3, "person", "people") == "3 people"


def test_verbs_agree_too() -> None:
    assert f"{plural(1, 'article')} {agree(1, 'matches', 'match')}" == "1 article matches"
    assert f"{plural(2, 'article')} {agree(2, 'matches', 'match')}" == "2 articles match"
