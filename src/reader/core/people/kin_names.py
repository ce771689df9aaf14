"""Given names after a kinship word: a family post names its people by
their given names (大伯志豪, 小姑怡君, 兒子小寶), with no surname the rules
could start from. Where the tagger reads a person there (or a person
that takes the kinship word in: 小姑怡君), the two characters after the
kinship word are the name."""

from __future__ import annotations

from reader.core.people import lexicon
from reader.core.people.names import PARTICLES, is_han
from reader.core.people.texts import Proposal

# Relatives and partners a post calls by the given name (text folded to
# Simplified). Not 爸爸 or 妈妈: a child names neither by the given name.
KIN_WORDS = tuple(
    sorted(
        "老公 老婆 丈夫 妻子 儿子 女儿 哥哥 姐姐 弟弟 妹妹 大哥 大姐 二哥 二姐 大伯 小叔 小姑 大姑 "
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
    return found
