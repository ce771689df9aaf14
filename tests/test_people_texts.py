"""The small text helpers the people rules share (people/texts.py)."""

from __future__ import annotations

import random
import re

from reader.core.people.texts import occurrences, only_there, starts


def test_starts_finds_what_finditer_finds() -> None:
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice("王小明明明、，") for _ in range(rng.randrange(0, 30)))
        sub = "".join(rng.choice("王小明、") for _ in range(rng.randrange(1, 4)))
        assert starts(text, sub) == [m.start() for m in re.finditer(re.escape(sub), text)]


def test_starts_does_not_overlap() -> None:
    assert starts("明明明明明", "明明") == [0, 2]
    assert starts("王小明", "李") == []


def test_only_there_keeps_forms_counted_everywhere_they_occur() -> None:
    folded = "赞助商李宁、江小白。李宁说"
    counted = {"李宁": 1, "江小白": 1}
    assert only_there(folded, counted) == {"江小白"}
    assert occurrences(folded, {"李宁", "江小白"}) == {"李宁": 2, "江小白": 1}


def test_a_long_texts_starts_are_kept_and_never_given_for_another_text() -> None:
    rng = random.Random(3)
    first = "".join(rng.choice("王小明李华、，。") for _ in range(30_000))
    second = first[::-1]
    found = starts(first, "小明")
    assert found == [m.start() for m in re.finditer("小明", first)]
    assert starts(first, "小明") is found  # (kept: several rules ask for the same form)
    assert starts(second, "小明") == [m.start() for m in re.finditer("小明", second)]
    assert starts(first, "小明") == found  # (asked again after another text: found again, the same)


class _Searches(str):
    """A text that counts the searches over all of it (find, count, in)."""

    calls = 0

    def find(self, *args: object) -> int:  # type: ignore[override]
        _Searches.calls += 1
        return super().find(*args)  # type: ignore[arg-type]

    def count(self, *args: object) -> int:  # type: ignore[override]
        _Searches.calls += 1
        return super().count(*args)  # type: ignore[arg-type]

    def __contains__(self, sub: object) -> bool:
        _Searches.calls += 1
        return super().__contains__(sub)  # type: ignore[operator]


def _many_forms(n: int) -> tuple[str, set[str]]:
    """A long text naming ``n`` people once each, none of them at a line's
    head, in a list, or glued to a thing's name."""
    surnames, given = "李王张刘陈杨黄赵吴周徐孙马朱胡", "明华国建伟志文军平海东强玉兰英秀芳丽静敏"
    forms = sorted({s + a + b for s in surnames for a in given for b in given})[:n]
    return "".join(f"昨天{form}说，大家都很好。\n" for form in forms), set(forms)


def test_the_rules_asked_of_every_form_search_the_text_once_not_once_a_form() -> None:
    """A 2 MB article names a thousand people: a rule that searches the whole
    text once a form is quadratic (these took 3 s of that article's people):
    a line's head labels and a list's items are read in one walk; a form's
    starts are searched for once a text, whichever rule asks first."""
    from reader.core.people.labels import label_words
    from reader.core.people.list_heads import list_heads
    from reader.core.people.namesakes import glued_namesakes
    from reader.core.people.texts import Texts

    plain, forms = _many_forms(2_000)
    assert len(forms) == 2_000
    for rule in (
        lambda t: label_words(t, forms),
        lambda t: list_heads(Texts(t, t), forms),
        lambda t: glued_namesakes(t, forms),
    ):
        text = _Searches(plain.replace("说", "：说", 1) + "其中次仁、巴桑、拉巴。")
        for form in forms:  # (another rule asked first)
            starts(text, form)
        _Searches.calls = 0
        rule(text)
        assert _Searches.calls < 50, _Searches.calls


def test_dotted_heads_never_compare_every_proposal_with_every_dotted_one(monkeypatch: object) -> None:
    """A long text's thousands of proposals, dotted ones among them: each is
    asked whether it is dotted, not looked for among the dotted ones (a
    comparison of every pair: 2.8 million in the 2 MB bench article)."""
    import pytest

    from reader.core.people.dotted_heads import dotted_heads_cut
    from reader.core.people.texts import Proposal, Texts

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    rows = [f"阿依古丽·{chr(0x4E00 + k % 200)}买提说。王{chr(0x4E00 + k % 300)}明说。" for k in range(1_000)]
    text = "".join(rows)
    proposals, at = [], 0
    for row in rows:
        proposals.append(Proposal(at, at + 8, row[:8], False))
        proposals.append(Proposal(at + 11, at + 14, row[11:14], False))
        at += len(row)
    compared = 0
    equal = Proposal.__eq__

    def counting(self: Proposal, other: object) -> bool:
        nonlocal compared
        compared += 1
        return equal(self, other)

    monkeypatch.setattr(Proposal, "__eq__", counting)
    out = dotted_heads_cut(proposals, [], Texts(text, text))
    assert [p.form for p in out] == [p.form for p in proposals]
    assert compared < 100, compared
