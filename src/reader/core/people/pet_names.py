"""Pets named like people (a cat called 李白, a shelter's 花木蘭): the
animal's kind right before the name (橘猫李白, 三花猫「花木兰」) says whose
name it is, and so does "pet" right after it (史努比宠物美容: a pet shop
named after a cartoon dog). A person is never written so; where some
mention has a title or a speech verb by it, it is a person after all."""

from __future__ import annotations

from reader.core.people.cues import cue_after, cue_before
from reader.core.people.texts import Proposal

# An animal's kind (folded), as the last character of the word before a pet's name.
ANIMAL_KINDS = "猫狗犬"
# A quote opening around a pet's name after its kind (三花猫「花木兰」).
_QUOTES = "「“『"
_PET = "宠物"


def pet_names(han: list[Proposal], folded: str) -> set[str]:
    """The forms of ``han`` that some mention writes as a pet's name, and no
    mention as a person's."""
    petted: set[str] = set()
    cued: set[str] = set()
    for p in han:
        before = folded[p.start - 1 : p.start] if p.start else ""
        if before and before in _QUOTES and p.start >= 2:
            before = folded[p.start - 2]
        if (before and before in ANIMAL_KINDS) or folded.startswith(_PET, p.end):
            petted.add(p.form)
        if cue_before(folded, p.start) or cue_after(folded, p.end):
            cued.add(p.form)
    return petted - cued
