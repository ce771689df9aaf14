"""A surname that is the article's everyday noun too (汤, soup, in a noodle shop's story): three
characters read as a name once, right after 的, with no role before and no speech or title after,
whose first character the text writes many times and no other name opens (汤锅, 骨汤, 加汤, 老汤),
are the noun and what is said of it (马家的汤熏香的: the Ma family's soup perfumed the lane), no
person. Used by :mod:`reader.core.people.tails`'s things_dropped."""

from __future__ import annotations

from reader.core.people.cues import cue_after, cue_before
from reader.core.people.names import surname_length
from reader.core.people.texts import Proposal, starts

_POSSESSIVE = "的"
# How often the text writes the character outside the names it opens: a topic, not a family.
_OFTEN = 8


def topic_noun_led(han: list[Proposal], folded: str) -> set[str]:
    """The forms of ``han`` (Chinese proposals) that are such a noun and its predicate."""
    mentions: dict[str, set[int]] = {}
    for p in han:
        mentions.setdefault(p.form, set()).add(p.start)
    candidates = {
        p.form
        for p in han
        if len(p.form) == 3
        and len(mentions[p.form]) == 1
        and folded[p.start - 1 : p.start] == _POSSESSIVE
        and surname_length(p.form, 0) == 1
        and not cue_before(folded, p.start)
        and not cue_after(folded, p.end)
    }
    if not candidates:
        return set()
    found = set()
    outside: dict[str, int] = {}  # per character: how often the text writes it outside the form
    for form in candidates:
        if len(starts(folded, form)) != 1:
            continue  # (written again: a person the rules read once only)
        head = form[0]
        if any(f[0] == head and f != form for f in mentions):
            continue  # (桥上的周金水阿伯 among 周清福, 周文彬: the text's family, its surname written often)
        if head not in outside:
            outside[head] = folded.count(head) - 1
        if outside[head] >= _OFTEN:
            found.add(form)
    return found


__all__ = ["topic_noun_led"]
