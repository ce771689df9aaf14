"""A surname the tagger glued onto the word before the name (睇任|劍輝, "watched Yam Kim-fai"): its
word of two is no word the dictionary knows, and its person that starts right after has no surname,
only a given name of two. The surname is the name's. Used by :mod:`reader.core.people.tagged`."""

from __future__ import annotations

from reader.core.people import lexicon
from reader.core.people.names import NICKNAME_PREFIXES, is_han, surname_length
from reader.core.surnames import SURNAMES

# Characters that end a verb as its result or direction (成, 到, 给, 在), surnames too.
_COMPLEMENTS = frozenset("成到给在向于为")


def unglued(folded: str, start: int, end: int, word_before: dict[int, tuple[str, str]]) -> int:
    """Where the name starts: one character earlier when the tagger's word ending at ``start`` is a
    verb-like character and a surname that make no dictionary word, and ``folded[start:end]`` is two
    Han characters no surname opens and the dictionary does not list."""
    if end - start != 2 or surname_length(folded, start) or not all(map(is_han, folded[start:end])):
        return start
    if lexicon.lookup(folded[start:end]) is not None or folded[start] in NICKNAME_PREFIXES:
        return start  # (扮成|嫦娥: a name or word of two the dictionary knows stands alone; 切成|小丁, an address's)
    if folded[start - 1 : start] in _COMPLEMENTS:
        return start  # (a verb's result or direction, 切成, 送给, 坐在: the verb's, no surname)
    word = word_before.get(start, ("", ""))[0]
    if len(word) != 2 or word[1] not in SURNAMES or not is_han(word[0]) or lexicon.lookup(word) is not None:
        return start
    return start - 1
