"""people/role_addressed reads every address off one list of each role's
places; the definition it must equal is the plain search below (each mention
of a role, then the text searched for the address and for a longer role)."""

from __future__ import annotations

import random
from pathlib import Path

from reader.core.folding import fold
from reader.core.people import lexicon
from reader.core.people.names import NOT_IN_GIVEN_NAME, PARTICLES, is_han
from reader.core.people.role_addressed import _CALLED, ROLES, role_addressed
from reader.core.surnames import SURNAMES

DATA = Path(__file__).parent / "data" / "people"


def _definition(folded: str) -> list[tuple[int, int, str]]:
    found = []
    for role in ROLES:
        at = folded.find(role)
        while at != -1:
            start = at + len(role)
            at = folded.find(role, start)
            c = folded[start : start + 1]
            if not c or not is_han(c) or c in SURNAMES or c in NOT_IN_GIVEN_NAME:
                continue
            if any(c + r in folded for r in ROLES if len(r) > len(role) and r.endswith(role)):
                continue
            address, addressed = c + role, False
            place = folded.find(address)
            while place != -1 and not addressed:
                before = folded[place - 1 : place]
                addressed = place != start and (not before or not is_han(before) or before in _CALLED | PARTICLES)
                place = folded.find(address, place + 1)
            if not addressed:
                continue
            for length in (3, 2):
                form = folded[start : start + length]
                if (
                    len(form) == length
                    and all(is_han(ch) and ch not in PARTICLES for ch in form)
                    and folded.count(form) >= 2
                    and not lexicon.is_common_word(form)
                ):
                    found.append((start, start + length, form))
                    break
    return found


def _found(folded: str) -> list[tuple[int, int, str]]:
    return [(p.start, p.end, p.form) for p in role_addressed(folded)]


def test_a_rare_surname_named_by_its_role_address() -> None:
    text = fold("總教練幸正光帶隊出發。隊員都叫他「幸教練」。幸正光說，今年要拿冠軍。")
    assert "幸正光" in {f for _, _, f in _found(text)}
    # (written once, not addressed: no name)
    assert _found(fold("總教練幸正光帶隊出發。")) == []


def test_equals_the_plain_search_on_every_people_set_and_on_edge_cases() -> None:
    texts = [
        "幸教练幸正光说。",  # (the address at the text's start)
        "教练幸教练幸正光，叫幸教练。幸正光笑。",  # (an address right after the role, and a called one)
        "总教练刀勇到场，刀教练说，刀勇很好。",  # (a longer role's start: no name)
        "县长刀勇讲话。「刀县长」说刀勇来了。",
    ]
    for folder in sorted(DATA.iterdir()):
        if (folder / "gold.json").is_file():
            texts += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    assert len(texts) > 300
    for text in texts[:4] + texts[4::3]:  # (a third of the sets' articles: the suite's time)
        folded = fold(text)
        assert _found(folded) == _definition(folded)


def test_equals_the_plain_search_on_random_texts_of_roles_and_rare_surnames() -> None:
    pieces = ["教练", "总教练", "县长", "幸", "刀", "正光", "勇", "「", "」", "叫", "是", "，", "的", "说", "。", "了"]
    rng = random.Random(9)
    named = 0
    for _ in range(250):
        folded = fold("".join(rng.choice(pieces) for _ in range(rng.randint(4, 40))))
        want = _definition(folded)
        assert _found(folded) == want, folded
        named += bool(want)
    assert named > 25  # (the texts reach the rule's every branch, names found in many)
