"""A transliterated given name, a dot and a Chinese surname (朱丽叶·陈,
克里斯托弗·李): how diaspora Chinese write an English given name before
their family name.

The tagger's dotted spans need every part two characters or more (a lone
character before a dot is an initial or an era, 唐·李白), but a last part
that is one Chinese surname is the whole family name. And where the text
writes the name ending on that surname elsewhere (克里斯托弗·李（Christopher
Lee）), the tagger's longer reading of it (克里斯托弗·李讲了, or a spaced
list's 克里斯托弗·李 蒋张秀兰) ran on into the next word or name.
"""

from __future__ import annotations

from reader.core.people.names import TRANSLIT_CHARS, is_han, surname_length
from reader.core.people.texts import DOT

_MIN_FIRST = 2  # (every part before the last two characters or more)


def _surname_last(folded: str, start: int, end: int) -> int | None:
    """The end of the surname opening the last part, where the parts before
    it are whole (two characters or more) and it is one surname character."""
    form = folded[start:end]
    dot = form.rfind(DOT)
    if dot < 0 or not all(len(x) >= _MIN_FIRST for x in form[:dot].split(DOT)):
        return None
    at = start + dot + 1
    return at + 1 if surname_length(folded, at) == 1 else None


def _written_alone(folded: str, name: str) -> bool:
    """The text writes ``name`` with no Han letter after it somewhere."""
    i = folded.find(name)
    while i != -1:
        after = folded[i + len(name) : i + len(name) + 1]
        if not after or not is_han(after):
            return True
        i = folded.find(name, i + 1)
    return False


def dotted_end(folded: str, start: int, end: int) -> int | None:
    """Where the tagger's dotted span ``folded[start:end]`` ends as a name,
    or None when it is none: every part two characters or more, or a
    surname alone as the last part; cut back to that surname where the
    rest follows a space or the text writes the name ending there alone.
    A space after the last dot ends the name: a spaced roll's next name
    follows (夏曼·阿諾　希·阿諾), no Chinese-script part holds one."""
    space = folded.find(" ", folded.rfind(DOT, start, end), end)
    if space != -1 and is_han(folded[space - 1]):
        end = space
    parts = folded[start:end].split(DOT)
    surname_end = _surname_last(folded, start, end)
    if surname_end is not None and surname_end < end:
        rest = folded[surname_end:end]
        if rest[0].isspace() or (len(parts[-1]) == 2 and _written_alone(folded, folded[start:surname_end])):
            return surname_end
    if all(len(x) >= 2 for x in parts):
        return end
    return surname_end if surname_end == end else None


def stopped_at_dot(folded: str, start: int, end: int) -> int:
    """十七岁的叶卡捷琳娜|·基列: the tagger's person stops right at a name dot, its characters after the
    first all spelling sounds: the name runs on over the dotted parts after it (the dot rule, which
    starts at the first sound, would drop 叶). Where it ends is asked of :func:`dotted_end`."""
    if folded[end : end + 1] != DOT or end - start < 3 or any(c not in TRANSLIT_CHARS for c in folded[start + 1 : end]):
        return end
    k = end
    while k < len(folded) and (folded[k] == DOT or folded[k] in TRANSLIT_CHARS) and k - start < _MAX_RUN:
        k += 1
    return k if folded[k - 1] != DOT else end


_MAX_RUN = 16  # (the longest dotted name the tagger may propose)


__all__ = ["dotted_end", "stopped_at_dot"]
