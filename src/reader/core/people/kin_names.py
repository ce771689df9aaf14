"""Given names after a kinship word: a family post names its people by
their given names (大伯志豪, 小姑怡君, 兒子小寶), with no surname the rules
could start from. Where the tagger reads a person there (or a person
that takes the kinship word in: 小姑怡君), the two characters after the
kinship word are the name. Siblings listed by their shared generation
character after the eldest's full name (簡長發、長榮、長順兄弟) are named
here too."""

from __future__ import annotations

from reader.core.people import lexicon
from reader.core.people.family_named import family_named
from reader.core.people.names import PARTICLES, is_han
from reader.core.people.texts import Proposal
from reader.core.surnames import SURNAMES

# Relatives and partners a post calls by the given name (text folded to
# Simplified). Not 爸爸 or 妈妈: a child names neither by the given name.
# (太太: his wife, 帶著太太昆凌, her full name where no surname the rules know opens it)
KIN_WORDS = tuple(
    sorted(
        "老公 老婆 丈夫 妻子 太太 儿子 女儿 哥哥 姐姐 弟弟 妹妹 大哥 大姐 二哥 二姐 大伯 小叔 小姑 大姑 "
        "大嫂 二嫂 嫂子 姐夫 妹夫 弟媳 表哥 表姐 表弟 表妹 堂哥 堂姐 堂弟 堂妹 侄子 侄女 外甥 "
        "外甥女 女婿 媳妇 儿媳 孙子 孙女 男友 女友 男朋友 女朋友".split(),
        key=len,
        reverse=True,
    )
)
_GIVEN = 2
# A parent or a late relative named in full by a child or a widow (先父梁福, 母亲张秀英).
_PARENTS = ("先父", "先母", "家父", "家母", "亡父", "亡母", "先夫", "亡夫", "亡妻", "父亲", "母亲", "祖父", "祖母")


_KIN_BEFORE = _PARENTS + KIN_WORDS  # (joined once, not at every call)
_KIN_TWO = frozenset(k for k in _KIN_BEFORE if len(k) == 2)


# What a child calls a parent or a grandparent, 阿 and one kin character (阿妈, 阿爸, 阿嬷, 阿公).
_PARENT_ADDRESSES = frozenset("妈爸嬷爷公婆")  # (阿公, 阿婆: a grandparent)


def parent_addressed(form: str) -> bool:
    """阿妈|仲喺度: 阿 and a parent's kin character open the form, an address the tagger ran on into the
    next words (Cantonese 仲 'still'); no given name follows 阿妈 or 阿爸."""
    return len(form) >= 3 and form[0] == "阿" and form[1] in _PARENT_ADDRESSES


def kin_headed(form: str) -> bool:
    """孫女江|小柔: the tagger's person is a kinship word and one surname character, the name after
    the kin word cut at its surname (the name itself is read from the surname on); no name is a kin
    word and one character, however the tagger reads it."""
    return len(form) == 3 and form[:2] in _KIN_TWO and form[2] in SURNAMES


def kin_before(folded: str, start: int) -> bool:
    """A kinship word right before ``start``: it says the name after it is a person's."""
    return folded.endswith(_KIN_BEFORE, max(0, start - 3), start)


def kin_named(folded: str, spans: list[tuple[int, int]]) -> list[Proposal]:
    """Two-character given names right after a kinship word, where the
    tagger reads a person: not a word the dictionary lists (小姑娘)."""
    found = []
    for start, end in spans:
        form = folded[start:end]
        kin = next((k for k in KIN_WORDS if form.startswith(k)), None)
        if kin is not None:
            start += len(kin)  # 小姑怡君: the tagger took the kinship word in
        elif not folded.endswith(KIN_WORDS, max(0, start - 3), start):
            continue
        if end - start != _GIVEN:
            continue
        given = folded[start:end]
        if not all(is_han(c) and c not in PARTICLES for c in given) or lexicon.is_common_word(given):
            continue
        found.append(Proposal(start, end, given, True))
    return found + _siblings(folded) + family_named(folded, spans, _KIN_BEFORE)


# Words that close a list of brothers or sisters (兄弟三人, 姐妹俩).
_SIBLINGS = ("兄弟", "姐妹", "兄妹", "姐弟", "姊妹")


def _siblings(folded: str) -> list[Proposal]:
    """簡長發、長榮、長順兄弟: the eldest's full name, then the others' given names, each opening
    with the same generation character (排行字), closed by a siblings word. Each is a person,
    and the surname with a younger one's given name is that one's full name wherever the
    text writes it (二房簡長榮). Looked for back from each siblings word only."""
    found: list[Proposal] = []
    for word in _SIBLINGS:
        at = folded.find(word)
        while at >= 0:
            k, parts = at, []
            while k >= 6 and folded[k - 3] == "、" and is_han(folded[k - 1]):
                parts.append((k - 2, k))
                k -= 3
            start, gen = k - 3, folded[k - 2 : k - 1]
            eldest = parts and start >= 0 and folded[start] in SURNAMES and _given(folded[start + 1 : k])
            if eldest and all(folded[a] == gen and _given(folded[a:b]) for a, b in parts):
                found.append(Proposal(start, k, folded[start:k], True))
                for a, b in parts:
                    found.append(Proposal(a, b, folded[a:b], True))
                    full = folded[start] + folded[a:b]
                    found += [Proposal(i, i + 3, full, True) for i in _all_at(folded, full)]
            at = folded.find(word, at + 1)
    return found


def _given(given: str) -> bool:
    return all(is_han(c) and c not in PARTICLES for c in given)


def _all_at(folded: str, form: str) -> list[int]:
    found, at = [], folded.find(form)
    while at >= 0:
        found.append(at)
        at = folded.find(form, at + 1)
    return found
