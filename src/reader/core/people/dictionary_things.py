"""A form of three characters or more the dictionary lists whole as a thing
(白大褂) or as a place (石库门, a Shanghai lane house) is no person where the
tagger's reading has no title or list beside it; a place only where the tagger
reads it as a person at one mention while the text writes it three times or
more: the other mentions, read in their own sentences as the word, say what it
is (a famous person the dictionary files as a place, 苏东坡, is read again or
named fewer times). Used by :mod:`reader.core.people.name_shape`."""

from __future__ import annotations

from reader.core.people.lexicon import Entry

_MENTIONS = 3


def dictionary_thing(entry: Entry | None, form: str, folded: str, read_twice: bool) -> bool:
    """``form``, with its dictionary ``entry``, is a thing here: a noun, or a place read once of three mentions."""
    if entry is None or len(form) < 3:
        return False
    return entry.tag == "n" or (entry.tag == "ns" and not read_twice and folded.count(form) >= _MENTIONS)
