"""Three characters the tagger reads as a person that open with no surname, whose reading a clause explains:
a verb before an elder's address the text writes alone (都搵筆伯。 beside 「筆伯」 … 筆伯話: 搵, 'look for',
and the nickname), or a subject and 一 and a verb before 就 or 便 (天一亮就要起床: the 一…就 'as soon as' of a
clause, no given name)."""

from __future__ import annotations

from reader.core.people.names import is_han

# One-character addresses of an elder or a sibling after a given character (筆伯, 秋英婶, 鐵山哥).
_ELDER_ENDS = frozenset("伯叔婶姐哥嫂公婆嬷爷姨")
# What follows 一 and a verb in "as soon as" (天一亮就, 他一到便).
_THEN = frozenset("就便")


def clause_read(folded: str, start: int, end: int) -> bool:
    """Whether the surname-less ``folded[start:end]`` is a verb and an address, or an 一…就 clause."""
    form = folded[start:end]
    if len(form) != 3 or not all(map(is_han, form)):
        return False
    if form[1] == "一" and folded[end : end + 1] in _THEN:
        return True
    if form[2] not in _ELDER_ENDS:
        return False
    # (the address alone, not after the same first character, more often than the form: 搵筆伯 once, 筆伯 often)
    return folded.count(form[1:]) - folded.count(form) >= 2
