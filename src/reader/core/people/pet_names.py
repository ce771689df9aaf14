"""Pets named like people (a cat called 李白, a shelter's 花木蘭): the
animal's kind right before the name (橘猫李白, 三花猫「花木兰」) says whose
name it is, and so does "pet" right after it (史努比宠物美容: a pet shop
named after a cartoon dog), or a mascot before it (吉祥物皮卡丘), or an animal counted and named
(这匹叫赤兔, 呢匹马叫张保仔: a racehorse, 马 read as a kind after the measure). A person is
never written so; where some mention has a title or a speech verb by it, it
is a person after all, and so where the kind is the last of a nickname the
full name repeats after it (二狗李二狗)."""

from __future__ import annotations

from reader.core.people.cues import cue_after, cue_before
from reader.core.people.names import surname_length
from reader.core.people.texts import Proposal

# An animal's kind (folded), as the last character of the word before a pet's name.
ANIMAL_KINDS = "猫狗犬"
# And a zoo's kinds, read before a name only (红毛猩猩“武松”, 长颈鹿“姚明”): no surname among
# them (马, 牛, 熊 open names).
_KINDS_BEFORE = ANIMAL_KINDS + "猩猴虎狮豹鹿鹉"
# A quote opening around a pet's name after its kind (三花猫「花木兰」).
_QUOTES = "「“『"
_PET = "宠物"
# A mascot, a toy or a costume a class or a team names (班级吉祥物皮卡丘): no person either.
_MASCOT = "吉祥物"
_NAMING = ("名叫", "叫做", "取名", "叫")


def pet_names(han: list[Proposal], folded: str) -> set[str]:
    """The forms of ``han`` that some mention writes as a pet's name, and no
    mention as a person's."""
    petted = {
        p.form
        for p in han
        if (_kind_before(folded, p.start) and not _nickname_before(folded, p)) or folded.startswith(_PET, p.end)
    }
    if not petted:
        return petted
    # (the cues are read only for the few pets' forms: most texts have none)
    cued = {p.form for p in han if p.form in petted and (cue_before(folded, p.start) or cue_after(folded, p.end))}
    return petted - cued


def _nickname_before(folded: str, p: Proposal) -> bool:
    """二狗李二狗: the word before is the name's own given part of two or more, a nickname
    set before the full name (as 华仔黄德华), whatever kind of animal its last character is."""
    given = p.form[surname_length(p.form, 0) :]
    return len(given) >= 2 and given != p.form and folded.endswith(given, 0, p.start)


# An animal's measure word before a naming verb (去年那条叫吕布, 这匹叫赤兔): no person is counted so.
ANIMAL_MEASURES = "条只匹头"
# Kinds that open names too (马, 牛, 熊), read as a kind when counted so (呢匹马叫张保仔: a racehorse).
_COUNTED_KINDS = _KINDS_BEFORE + "马牛羊猪熊驴"
_PAUSES = "，,"


def _kind_before(folded: str, start: int) -> bool:
    k = start - 1 if start and folded[start - 1] in _QUOTES else start
    # (a naming verb may stand between: 柴犬叫「曹操」, 小猫名叫李白)
    verb = next((len(verb) for verb in _NAMING if folded.endswith(verb, 0, k)), 0)
    k -= verb
    if verb and k > 1 and folded[k - 1] in _PAUSES:  # (一只鹦鹉，名叫“张学友”: a pause before the naming verb)
        k -= 1
    return k > 0 and (
        folded[k - 1] in _KINDS_BEFORE
        or (verb > 0 and folded[k - 1] in ANIMAL_MEASURES)
        or (verb > 0 and folded[k - 1] in _COUNTED_KINDS and folded[k - 2 : k - 1] in ANIMAL_MEASURES)
        or folded.endswith(_MASCOT, 0, k)
    )
