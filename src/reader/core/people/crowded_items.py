"""Items of a run joined by 、 that is full of people already (three in four of
the others found): the list vouches for a surname and one character that ends
as a place does or makes a word (陆路 among 韦福生、罗平安: 路 ends roads, 陆路
is a route), where no rule on its own would take it. Used by
:mod:`reader.core.people.rolls`."""

from __future__ import annotations

from reader.core.people import lexicon
from reader.core.people.lexicon import WORD
from reader.core.people.names import NOT_PEOPLE, PARTICLES, surname_length
from reader.core.people.vetting import not_a_name

# What ends a list, never a name (王芳等, 同学们).
LIST_ENDS = frozenset("等们")


def surnamed_pair(form: str) -> bool:
    """A common surname and one given character that no function word is."""
    return (
        len(form) == 2
        and surname_length(form, 0) == 1
        and form[1] not in PARTICLES
        and form[1] not in LIST_ENDS
        and form not in NOT_PEOPLE
    )


def joined_name(form: str) -> bool:  # (盘金秀: no common surname; 陆路: a surname and a route)
    return unsurnamed(form) or unsurnamed_long(form) or surnamed_pair(form)


def unsurnamed(form: str) -> bool:
    """A name with no surname (央金, Tibetan) that a list joined by 、 and full of people vouches for: no word."""
    return (
        len(form) == 2
        and not surname_length(form, 0)
        and not lexicon.is_common_word(form)
        and not any(c in PARTICLES or c in LIST_ENDS for c in form)
    )


def unsurnamed_long(form: str) -> bool:
    """A name of four with no surname (巴图孟和; or of three, 其木格, neither half a word in use) in a roll
    full of people: no dictionary word, whole or either half, no particle inside (孟和 may end one)."""
    three = len(form) == 3 and not surname_length(form, 0)
    return (
        (len(form) == 4 or three)
        and lexicon.lookup(form) is None
        and not any(lexicon.is_common_word(h, WORD if three else lexicon.LISTED) for h in (form[:2], form[-2:]))
        and not any(c in PARTICLES for c in form[1:3])
        and not any(c in LIST_ENDS for c in form)
        and not not_a_name(form)  # (a donor roll's sum: 各壹仟元)
    )
