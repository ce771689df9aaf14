"""Which of a table's patterns can match a line that lacks some characters.

A line with no digit, no space and no mark (most short lines of prose) can
meet only the rules that need none of them: the others are proven unable to
match it, by a walk of each pattern's parse (``re``'s own parser), and the
line is asked the rest in one alternation. The walk is sound, not complete:
whatever it cannot rule out (a lookaround, a back reference, a case-blind
group, a wide range) counts as able to match, so a rule is left out only
when every string it matches holds one of the lacking characters."""

from __future__ import annotations

import re
import re._constants as _c  # type: ignore[import-not-found]
import re._parser as _parser  # type: ignore[import-not-found]
from collections.abc import Callable
from functools import cache
from typing import Any, Final

_WIDE_RANGE: Final = 512  # (a wider range is taken to hold a character the class lacks, unchecked)

# The characters a line may lack, by tiers (each lacks its own and those of the tiers before): a
# mark some rules need (a menu's, a handle's, a bracket's, a price's, a colon-less row's), a digit or
# a colon, a space. (Any other character, a comma, a 。, is taken as maybe there.)
TIERS: Final = (r"#>›»/|｜·•@←⟵«→<▲△▼▽↑↓※©【】\[\]［］()（）?$¥￥€£", r"\d:：", r"\s")
# (a line's tier: how many of these scans, in order, find nothing)
TIER_SCANS: Final = tuple(re.compile(f"[{more}]").search for more in TIERS)


def parts_by_tier(patterns: list[str]) -> list[tuple[Callable[[str], object], ...]]:
    """Per tier of TIERS, the fullmatch of the alternations a line of that
    tier may meet: the patterns in parts by the narrowest tier they can match
    in (a line with a mark, tier 0, meets them all)."""
    rank = {p: tiers_without(p, TIERS) for p in patterns}
    by_rank = {k: [f"(?:{p})" for p in patterns if rank[p] == k] for k in range(len(TIERS) + 1)}
    part = {k: re.compile("|".join(rules)).fullmatch for k, rules in by_rank.items() if rules}
    # (a line of tier t, lacking the first t tiers' characters, may meet a pattern of rank t or more)
    return [tuple(part[k] for k in sorted(part, reverse=True) if k >= t) for t in range(len(TIERS) + 1)]


# (a character that is no literal of its own at the head of an alternative, or makes it optional after it)
_SPECIAL, _QUANTIFIERS = frozenset("\\.[]()^$*+?{}|"), ("?", "*", "+", "{")


def any_search(patterns: list[str]) -> Callable[[str], object]:
    """A search that finds whether any of ``patterns`` matches somewhere
    (not where: its match may differ), their alternatives grouped by the
    literal that leads them: ``re`` tries an alternation's branches one by
    one at each place, and a group's first character turns away all of
    its branches at once (本文仅代表|本文只代表|仅代表作者 -> 本(?:文仅代表|文只代表)|仅代表作者)."""
    groups: dict[str, list[str]] = {}
    rest = []
    for pattern in patterns:
        assert "(?P=" not in pattern and not re.search(r"\\[1-9]", pattern)  # (no back reference: groups move)
        for branch in alternatives(pattern):
            # (one character, or one escaped mark: \., \()
            lead = branch[:2] if branch[:1] == "\\" and not branch[1:2].isalnum() else branch[:1]
            if (
                lead
                and (len(lead) == 2 or lead not in _SPECIAL)
                and branch[len(lead) : len(lead) + 1] not in _QUANTIFIERS
            ):
                groups.setdefault(lead, []).append(branch[len(lead) :])
            else:
                rest.append(branch)
    grouped = [f"{lead}(?:{'|'.join(tails)})" for lead, tails in groups.items()]
    return re.compile("|".join(grouped + rest)).search


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern``: split at each | outside a group or a class."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 + (pattern[i + 1 : i + 2] == "^")  # (a ] right after [ or [^ is a member)
            i += pattern[i : i + 1] == "]"
            continue
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and not depth:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def can_match_without(pattern: str, lacking: str) -> bool:
    """Whether ``pattern`` may match some string none of whose characters
    is in the character class ``lacking`` (a class body: r"\\d\\s:#")."""
    return tiers_without(pattern, (lacking,)) == 1


def tiers_without(pattern: str, tiers: tuple[str, ...]) -> int:
    """How many of ``tiers`` (character class bodies, each lacking its own
    characters and those of the tiers before) ``pattern`` may match in: the
    pattern is parsed once for them all."""
    parsed = _parser.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return len(tiers)
    for k, (absent, cats) in enumerate(_classes(tiers)):
        if not _sequence(parsed, absent, cats):
            return k
    return len(tiers)


@cache
def _classes(tiers: tuple[str, ...]) -> list[tuple[re.Pattern[str], set[Any]]]:
    """Per tier, the class of every character it lacks, and the categories (\\d, \\s) named whole in it."""
    out, lacking = [], ""
    for more in tiers:
        lacking += more
        (op, members), *_ = _parser.parse(f"[{lacking}]")  # (one character alone parses as a literal)
        cats = {value for kind, value in members if kind is _c.CATEGORY} if op is _c.IN else set()
        out.append((re.compile(f"[{lacking}]"), cats))
    return out


def _sequence(items: Any, absent: re.Pattern[str], cats: set[Any]) -> bool:
    return all(_item(op, value, absent, cats) for op, value in items)


def _item(op: Any, value: Any, absent: re.Pattern[str], cats: set[Any]) -> bool:
    if op is _c.LITERAL:
        return absent.match(chr(value)) is None
    if op is _c.IN:
        return _class(value, absent, cats)
    if op is _c.BRANCH:
        return any(_sequence(branch, absent, cats) for branch in value[1])
    if op is _c.SUBPATTERN:
        # (a group that turns case-blindness on may match either case: not ruled out)
        return bool(value[1] & re.IGNORECASE) or _sequence(value[3], absent, cats)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        return value[0] == 0 or _sequence(value[2], absent, cats)
    if op is _c.ATOMIC_GROUP:
        return _sequence(value, absent, cats)
    return True  # (any character, an anchor, a lookaround, a back reference: not ruled out)


def _class(members: Any, absent: re.Pattern[str], cats: set[Any]) -> bool:
    """Whether a character class holds a character the lacking class does not."""
    if members and members[0][0] is _c.NEGATE:
        return True
    for op, value in members:
        if op is _c.LITERAL and absent.match(chr(value)) is None:
            return True
        if op is _c.RANGE:
            low, high = value
            if high - low > _WIDE_RANGE or any(absent.match(chr(c)) is None for c in range(low, high + 1)):
                return True
        # (a category the lacking class names whole, \d or \s, is ruled out; any other is not)
        if op is _c.CATEGORY and value not in cats:
            return True
        if op not in (_c.LITERAL, _c.RANGE, _c.CATEGORY):
            return True  # (any other member: not ruled out)
    return False


__all__ = ["TIERS", "TIER_SCANS", "alternatives", "any_search", "can_match_without", "parts_by_tier", "tiers_without"]
