"""A surname the tagger glued onto the word before the name (睇任|劍輝, "watched Yam Kim-fai"): its
word of two is no word the dictionary knows, and its person that starts right after has no surname,
only a given name of two. The surname is the name's. Used by :mod:`reader.core.people.tagged`."""

from __future__ import annotations

from reader.core.people import lexicon
from reader.core.people.names import is_han, surname_length
from reader.core.surnames import SURNAMES


def unglued(folded: str, start: int, end: int, word_before: dict[int, tuple[str, str]]) -> int:
    """Where the name starts: one character earlier when the tagger's word ending at ``start`` is a
    verb-like character and a surname that make no dictionary word, and ``folded[start:end]`` is two
    Han characters no surname opens and the dictionary does not list."""
    if end - start != 2 or surname_length(folded, start) or not all(map(is_han, folded[start:end])):
        return start
    if lexicon.lookup(folded[start:end]) is not None:
        return start  # (扮成|嫦娥: a name or word of two the dictionary knows stands alone)
    word = word_before.get(start, ("", ""))[0]
    if len(word) != 2 or word[1] not in SURNAMES or not is_han(word[0]) or lexicon.lookup(word) is not None:
        return start
    return start - 1
