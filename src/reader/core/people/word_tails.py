"""The end of a word the text repeats, not a person: 報馬仔 (a pilgrimage's herald) written four times,
where the tagger reads 馬仔 as a person at most of them. A person's two-character name stands after
all sorts of words (a verb, a particle, a title, a stop); two characters that every time follow
the same character, three times or more, with no title there, are the last two of one word that
character opens. Used by :mod:`reader.core.people.word_fragments`."""

from __future__ import annotations

from reader.core.people.cues import cue_before
from reader.core.people.names import PARTICLES, is_han
from reader.core.people.texts import starts

_MENTIONS = 3
# Function words and kin or address characters before a name: a name may follow the same one each time.
_NAME_BEFORE = frozenset("的和与及跟同被把给让叫对向为在是有由请问见找阿老小爸妈哥姐叔伯婶姨公婆")


def word_tails(folded: str, forms: set[str]) -> set[str]:
    """Two-character forms whose every mention, three or more, follows one and the same Han character
    that is no function word, kin or address word, and no title's end."""
    found = set()
    for form in forms:
        if len(form) != 2 or not all(map(is_han, form)):
            continue
        at = starts(folded, form)
        if len(at) < _MENTIONS or at[0] == 0:
            continue
        before = folded[at[0] - 1]
        if not is_han(before) or before in _NAME_BEFORE or before in PARTICLES:
            continue
        if all(folded[s - 1] == before for s in at) and not any(cue_before(folded, s) for s in at):
            found.add(form)
    return found
