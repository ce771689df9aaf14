"""The people finder's trie of forms matches what the plain alternation of
the forms sorted longest first matches (reader.core.people.alternation)."""

from __future__ import annotations

import random
import re

from reader.core.people.alternation import longest_first

# Patterns the finder puts the forms in: alone, with a lookahead the engine
# backtracks into the forms for, and behind a lookbehind.
_SHAPES = ("(?:{f})", "(?:{f})(?=[市县])", "(?<=[林王])({f})(?=市)|(?:{f})(?=，)")


def _plain(forms: set[str]) -> str:
    return "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))


def _matches(pattern: str, text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in re.finditer(pattern, text)]


def test_the_same_matches_as_the_longest_first_alternation() -> None:
    rng = random.Random(7)
    chars = "林王陈高雄市家豪志玲李明ab.+"
    for _ in range(2000):
        forms = {"".join(rng.choice(chars) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 12))}
        text = "".join(rng.choice(chars + "，市县") for _ in range(60))
        for shape in _SHAPES:
            assert _matches(shape.format(f=longest_first(forms)), text) == _matches(shape.format(f=_plain(forms)), text)


def test_a_form_inside_a_longer_one_is_tried_after_it() -> None:
    pattern = longest_first(["高雄", "高雄市", "林"])
    assert re.fullmatch(pattern, "高雄市") and re.fullmatch(pattern, "高雄")
    # 高雄市 fails the lookahead, so the engine backs into the trie: 高雄 before 市
    before_city = re.match(f"(?:{pattern})(?=市)", "高雄市")
    assert before_city is not None and before_city.group() == "高雄"
    assert [m.group() for m in re.finditer(pattern, "高雄市林")] == ["高雄市", "林"]


def test_special_characters_are_literal() -> None:
    pattern = longest_first(["a.b", "(c)"])
    assert re.fullmatch(pattern, "a.b") and not re.fullmatch(pattern, "axb")
    assert re.fullmatch(pattern, "(c)")
