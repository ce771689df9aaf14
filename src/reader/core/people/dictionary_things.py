"""A form of three characters or more the dictionary lists whole as a thing
(白大褂) or as a place (石库门, a Shanghai lane house) is no person where the
tagger's reading has no title or list beside it; a place only where the tagger
reads it as a person at one mention while the text writes it three times or
more: the other mentions, read in their own sentences as the word, say what it
is (a famous person the dictionary files as a place, 苏东坡, is read again or
named fewer times). Used by :mod:`reader.core.people.name_shape`. And a word
and an elder's address the dictionary lists whole (土地公, the earth god) is
no name at all (:mod:`reader.core.people.vetting`)."""

from __future__ import annotations

from reader.core.people import lexicon
from reader.core.people.lexicon import Entry

_MENTIONS = 3


def dictionary_thing(entry: Entry | None, form: str, folded: str, read_twice: bool) -> bool:
    """``form``, with its dictionary ``entry``, is a thing here: a noun, or a place read once of three mentions."""
    if entry is None or len(form) < 3:
        return False
    return entry.tag == "n" or (entry.tag == "ns" and not read_twice and folded.count(form) >= _MENTIONS)


# What ends an elder's address (水伯, 阿水公), and a god's (土地公, 土地爷).
_ELDER_ENDS = frozenset("公伯婆叔婶爷")


def word_addressed(form: str) -> bool:
    """土地公: a common word and an elder's address that the dictionary lists whole as a noun, no name, is a
    god or a role called so (the earth god), no one's name (not 高山伯, which it does not list)."""
    if len(form) != 3 or form[-1] not in _ELDER_ENDS or not lexicon.is_common_word(form[:2]):
        return False
    entry, head = lexicon.lookup(form), lexicon.lookup(form[:2])
    return entry is not None and not entry.is_name and head is not None and not head.is_name
