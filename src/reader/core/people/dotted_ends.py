"""Where a dotted name's last part ends when the transliteration table stops short of it
(a Uyghur name's 阿不都, 奥的斯, 吐尔地 before 师傅, 達給 before 为). Used by
:mod:`reader.core.people.translit`."""

from __future__ import annotations

from reader.core.people import lexicon
from reader.core.people.cues import address_starts_before, boundary_after, long_address_at
from reader.core.people.lexicon import WORD
from reader.core.people.names import AFTER_SUBJECT, NOT_IN_GIVEN_NAME, TRANSLIT_CHARS, is_han


def ends_before_copula(folded: str, at: int) -> bool:
    """The character at ``at`` may end a name before 为: no adverb after a
    subject (杨也为), no 的, and no word with 为 (杨称为, 杨成为)."""
    return folded[at] not in AFTER_SUBJECT and folded[at] != "的" and lexicon.lookup(folded[at : at + 2]) is None


# The one stop character Uyghur names spell a sound with (Abdu, 阿不都; Abla, 阿不拉):
# after a one-character last part it is inside the part, where 李上场 or 汗的 end it.
SPELLING_STOP = "不"


def possessive_sound(folded: str, end: int, m_end: int) -> bool:
    """的 after a one-character last part, then one transliteration character that
    ends the name (奥的斯发明): the possessive would leave a part of one sound and a
    word of one character after it, so 的 spells a sound (约翰·李的书 has no such end)."""
    return (
        end + 2 <= m_end
        and folded[end] == "的"
        and folded[end + 1] in TRANSLIT_CHARS
        and boundary_after(folded, end + 2)
    )


def one_before_address(folded: str, last: int, end: int, m_end: int) -> bool:
    """The table ends a last part at two characters, and one more Han
    character stands before a two-character address (吐尔|地|师傅): the address
    bounds the name, so that character is its (老|先生 is a word: no name's)."""
    return (
        end - last == 2
        and end + 1 < m_end
        and is_han(folded[end])
        and long_address_at(folded, end + 1)
        and not long_address_at(folded, end)
        and not address_starts_before(folded, end + 1)
    )


def part_ends(folded: str, k: int) -> bool:
    """A last part outside the table may end before ``k``. A character that
    spells a sound (什, 里) but is a function word in prose ends it only where
    it opens a word (什么, 里面): 喀什噶里就在 and 玛丽·居里在 read on."""
    if not boundary_after(folded, k):
        return False
    c = folded[k : k + 1]
    return (
        c not in _SOUND_OR_WORD
        or lexicon.is_common_word(folded[k : k + 2], WORD)
        or not is_han(folded[k + 1 : k + 2] or "a")
    )


# (a function word a given name never holds, though a transliteration spells a sound with it)
_SOUND_OR_WORD = NOT_IN_GIVEN_NAME & TRANSLIT_CHARS


__all__ = ["SPELLING_STOP", "ends_before_copula", "one_before_address", "part_ends", "possessive_sound"]
