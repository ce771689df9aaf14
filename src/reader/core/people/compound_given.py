"""A compound surname's given name of two that is a word (司马|中原, 司马中|和): the tagger stops a
person at the surname or one character on, since the two read as a place or a verb on their own.
A compound surname (two characters the surname table lists as one) says a person is named, and a
Chinese given name after one is most often two characters, so the two belong to the name where the
tagger reads them as one word and a clear stop follows (的, a comma, a list's 、, the line's end).
Used by :mod:`reader.core.people.cut_names` and :mod:`reader.core.people.tagged`."""

from __future__ import annotations

from reader.core.people import lexicon
from reader.core.people.names import ADDRESS_SUFFIXES, is_han, surname_length
from reader.core.people.texts import WordTags

# What the family is or has (家族, 同学), a count or a time (两人, 当年), a function word: no given name.
_NO_GIVEN_TAGS = frozenset(("m", "q", "r", "p", "u", "d", "c", "w", "t", "TIME", "f", "y", "e", "o"))
_FREQUENT_NOUN = 1000
_STOPS = frozenset("的、，,。！？!?；;：:」』”）)\n")


def person_word_taken(folded: str, start: int, word_end: int) -> bool:
    """The tagger's person word at ``start``, longer than its person tag, is the name: one the dictionary
    lists as a name (王羲之 where the tag stopped at 王羲), or a compound surname and two Han characters
    (司马中和 where it stopped at 司马中)."""
    entry = lexicon.lookup(folded[start:word_end])
    if entry is not None and entry.is_name and entry.freq >= lexicon.LISTED:
        return True
    form = folded[start:word_end]
    return len(form) == 4 and surname_length(folded, start) == 2 and all(is_han(c) for c in form)


def compound_given_two(folded: str, start: int, end: int, word_tag: WordTags | None) -> bool:
    """``folded[start:end]`` is a compound surname the tagger reads alone, and the next two characters
    are one word of the tagger's, a clear stop after them, that is no count, function word, address or
    frequent noun (作家司马|中原的兄弟)."""
    if word_tag is None or end - start != 2 or surname_length(folded, start) != 2:
        return False
    word = word_tag.get(end)
    if word is None or word[0] != end + 2 or word[1] in _NO_GIVEN_TAGS:
        return False
    given = folded[end : end + 2]
    if not all(is_han(c) for c in given) or given.endswith(ADDRESS_SUFFIXES):
        return False
    if folded[end + 2 : end + 3] not in _STOPS or not folded[end + 2 : end + 3]:
        return False
    entry = lexicon.lookup(given)
    return entry is None or entry.tag != "n" or entry.freq < _FREQUENT_NOUN
