"""A form the tagger cut inside a word: three characters no surname opens whose
last character makes a word people use with the character after it, at every
mention (鉴泉太|极拳研习会: 太极, the art the club is named for). A given name
never ends inside the next word each time the text writes it; a Tibetan or Yi
name the tagger stops one short of (次仁旺|堆) runs into a rarer word, or into
a name the dictionary lists, and is left to be read whole."""

from __future__ import annotations

from reader.core.people import lexicon
from reader.core.people.names import is_han, surname_length
from reader.core.people.texts import starts


def cut_inside_word(folded: str, form: str) -> bool:
    """``form`` (three characters, no surname) ends inside a used word at each of its mentions."""
    if len(form) != 3 or surname_length(form, 0) or not all(map(is_han, form)):
        return False
    ends = [s + 3 for s in starts(folded, form)]
    return bool(ends) and all(lexicon.is_common_word(folded[e - 1 : e + 1], lexicon.WORD) for e in ends)
