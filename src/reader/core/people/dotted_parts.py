"""A transliterated name's first part read on into the next word.

Where the text writes a name with its dot once (若泽·施利华), it later calls
the person by the first part alone (冠军若泽笑说): the tagger may read that
part and the verb after it as one name (若泽笑). A form that opens with a
part the text writes before a dot, and runs past it, is that part.
"""

from __future__ import annotations

from reader.core.people.texts import DOT, Proposal

_MIN_PART = 2  # (a lone character before a dot is an initial or an era, 唐·)
_MAX_PART = 4


def _parts(folded: str) -> set[str]:
    """The last two to four letters before each dot (冠军若泽·施利华: 若泽,
    军若泽, 冠军若泽), read back from the dot: linear in the text."""
    parts = set()
    dot = folded.find(DOT)
    while dot != -1:
        start = dot
        while start > max(0, dot - _MAX_PART) and folded[start - 1].isalpha():
            start -= 1
        parts |= {folded[dot - n : dot] for n in range(_MIN_PART, dot - start + 1)}
        dot = folded.find(DOT, dot + 1)
    return parts


def dotted_parts_cut(proposals: list[Proposal], folded: str) -> list[Proposal]:
    """Each form that runs on past a dotted name's first part, cut to that part;
    one that starts before a dotted name and ends inside it dropped."""
    if DOT not in folded:
        return proposals
    parts = _parts(folded)
    # (a Han name running into a dotted name from the left, 侄孙丹尼尔·怀特: 孙丹尼, is none)
    dotted = [(p.start, p.end) for p in proposals if DOT in p.form]
    out = []
    for p in proposals:
        if DOT not in p.form and any(p.start < s < p.end < e for s, e in dotted):
            continue
        if not p.latin and DOT not in p.form and folded[p.end : p.end + 1] != DOT:
            # (the longest part the form opens with, shorter than the form)
            part = next((p.form[:n] for n in range(len(p.form) - 1, _MIN_PART - 1, -1) if p.form[:n] in parts), None)
            if part is not None:
                p = Proposal(p.start, p.start + len(part), part, p.strong, p.latin)
        out.append(p)
    return out


__all__ = ["dotted_parts_cut"]
