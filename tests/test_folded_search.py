"""Patterns searched in a folded line (lower case) without IGNORECASE, where
they were compiled with it: the same answer on every line. Folding lowers
every letter it can to one character, so a letter of the pattern meets only
itself, unless IGNORECASE pairs it with a character folding leaves as it is
('i' with 'İ' and 'ı'): checked over every code point for the letters each
pattern holds, and on the pages' lines and their case variants."""

from __future__ import annotations

import re
from functools import cache

from reader.core import meta_gate
from reader.core.credit_roles import SHAPED_ROLE
from reader.core.folding import fold
from tests.test_fast_paths import _lines


@cache
def _every_fold() -> str:
    """The fold of every code point (but the surrogates and the line end), one per character."""
    chars = "".join(chr(c) for c in range(0x110000) if not (0xD800 <= c < 0xE000 or c == 10))
    folded = fold(chars)
    assert len(folded) == len(chars)
    return folded


def _letters_meet_only_themselves(pattern: str) -> bool:
    """Every ASCII letter of ``pattern`` matches, case-blind, no folded character but itself."""
    letters = {c for c in pattern.lower() if c.isascii() and c.isalpha()}
    return all(set(re.findall(x, _every_fold(), re.IGNORECASE)) == {x} for x in letters)


def _samples() -> list[str]:
    lines = _lines()
    return [fold(v) for line in lines for v in (line, line.upper(), line.title(), line.swapcase())]


def test_folding_pairs_i_with_letters_it_leaves() -> None:
    """(the check itself: 'i' has such partners, and IGNORECASE would find them)"""
    assert not _letters_meet_only_themselves("i")
    assert _letters_meet_only_themselves("by po")


def test_the_meta_gate_words_answer_as_case_blind() -> None:
    words = "|".join(re.escape(word) for word in meta_gate._META_WORDS) + "|" + SHAPED_ROLE
    assert _letters_meet_only_themselves(words)
    blind = re.compile(words, re.IGNORECASE)
    extra = [fold(s) for s in ("BY 王", "By the way", "原PO", "責任編輯：王", "首席记者", "数据")]
    for text in [*_samples(), *extra]:
        assert (meta_gate._WORDS(text) is not None) == (blind.search(text) is not None), text


def test_the_meta_gate_asks_its_search_in_parts() -> None:
    """may_be_meta asks MAY_BE_META's alternatives apart (a colon, a digit, a word): the same answer."""
    extra = [fold(s) for s in ("２０２５年", "第٣期", "作者 王", "By 王", "時間：", "数据", "平平常常的一句话")]
    for text in [*_samples(), *extra]:
        parts = ":" in text or "：" in text or meta_gate._DIGIT.search(text) or meta_gate._WORDS(text)
        assert bool(parts) == (meta_gate.MAY_BE_META.search(text) is not None), text
