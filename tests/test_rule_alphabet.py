"""The whole-line rules asked by tiers (line_features._Rules): a line that
lacks a tier's characters is asked only the rules rule_alphabet cannot rule
out without them; on every line of the pages, and the same lines with their
digits, marks and spaces taken out (so that every tier is reached), the
answer is the full alternation's."""

from __future__ import annotations

import re
from pathlib import Path

from reader.core.decoding import decode
from reader.core.folding import fold
from reader.core.junk_rules import ANYWHERE, WHOLE_LINE
from reader.core.line_features import _NOT_SENTENCE, _Rules
from reader.core.line_fix import fix_lines
from reader.core.resources import seeds_dir
from reader.core.rule_alphabet import TIERS, alternatives, any_search, can_match_without

PAGES = Path(__file__).parent / "data" / "pages"


def test_can_match_without() -> None:
    assert not can_match_without(r"\d+\s*/\s*\d+", r"\d")
    assert not can_match_without(r"\S{1,12}(?:\s*[>›»]\s*\S{1,12}){2,}", r">›»")
    assert can_match_without(r"\S{1,12}(?:\s*[>›»]\s*\S{1,12}){2,}", r">›")  # (» is left)
    assert not can_match_without(r"(?:[^\s]{1,2}\s+){2,}[^\s]{1,2}", r"\s")
    assert can_match_without(r"(?:[^\s]{1,2}\s+){0,}[^\s]{1,2}", r"\s")  # (the repeat may be empty)
    assert can_match_without(r"登录|\d+", r"\d")  # (one branch is enough)
    assert can_match_without(r"\w+", r"\d")  # (a category not named whole is not ruled out)
    assert can_match_without(r"(?i:a)", "a")  # (nor a case-blind group)
    assert can_match_without(r"(?=\d)x", r"\d")  # (nor what a lookaround asks)
    assert not can_match_without(r"[0-9a]", r"\da")


def _lines() -> list[str]:
    lines: list[str] = []
    for path in [*sorted(PAGES.iterdir()), *sorted(seeds_dir().iterdir(), key=lambda p: p.name)]:
        if path.name.endswith((".txt", ".md")):
            lines += fix_lines(decode(path.read_bytes()))
    return [line for line in lines if len(line) <= 160]


def test_tiers_answer_as_the_full_rules() -> None:
    tiered = _NOT_SENTENCE[0]
    whole = _Rules([(r, p) for r, p, ok in WHOLE_LINE if not ok], led=True)  # (no tiers: every rule asked)
    lines = {fold(line) for line in _lines()}
    variants = set(lines)
    lacking = ""
    for more in TIERS:
        lacking += more
        variants |= {v for line in lines if (v := re.sub(f"[{lacking}]", "", line))}
        # (and each taken out alone: a line that lacks a later tier's characters, not an earlier one's)
        variants |= {v for line in lines if (v := re.sub(f"[{more}]", "", line))}
    assert len(variants) > 3 * len(lines) > 10000
    reached = [0] * (len(TIERS) + 1)
    found = 0
    for line in variants:
        reason = tiered(line)
        assert reason == whole(line), line
        found += reason is not None
        tier = 0
        while tier < len(TIERS) and not re.search(f"[{TIERS[tier]}]", line):
            tier += 1
        reached[tier] += 1
    assert found > 500 and min(reached) > 1000, (found, reached)


def test_alternatives_split_only_at_the_top() -> None:
    assert alternatives(r"a|b(?:c|d)|[|x]|\||[]|]") == ["a", r"b(?:c|d)", "[|x]", r"\|", "[]|]"]
    assert alternatives(r"[^]|]x|y") == ["[^]|]x", "y"]
    assert alternatives("abc") == ["abc"]


def test_any_search_finds_what_the_plain_alternation_finds() -> None:
    # (the phrase tables grouped by the literal that leads each branch: on every line of the pages and
    # each line cut at its start, so that other characters lead, the same lines are found)
    patterns = [p for _, p, _ in ANYWHERE]
    grouped, plain = any_search(patterns), re.compile("|".join(patterns)).search
    samples = {fold(line)[k:] for line in _lines() for k in (0, 1, 2)}
    assert len(samples) > 20000
    found = 0
    for text in samples:
        assert (grouped(text) is None) == (plain(text) is None), text
        found += plain(text) is not None
    assert found > 100
    assert any_search([r"\.jpg|\.png", "a?b"])("x.png") and any_search(["a?b"])("b")
    assert not any_search([r"\.jpg|本文(?:仅|只)代表"])("本文代表")
