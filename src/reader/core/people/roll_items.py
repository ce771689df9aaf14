"""A roll's item in its own right: a form a run of names joined by 、 writes
as one of its items (…、吉祥草、多杰、仁增、…), on a line that does not name the
longer name it ends (夏吾多杰, the trainees' teacher), is one person of the
roll, not that name's given part said alone: a roll sets each person apart
by the name it uses for them. Used by :mod:`reader.core.people.aliases`."""

from __future__ import annotations

from reader.core.people.texts import starts

_APART = frozenset("、\n\u3000 \t")


def own_roll_item(folded: str, short: str, full: str) -> bool:
    """``short`` stands as a 、 item on a line where ``full`` is not written."""
    if "、" not in folded:
        return False
    for at in starts(folded, short):
        before, after = folded[at - 1 : at] or "\n", folded[at + len(short) : at + len(short) + 1] or "\n"
        if before in _APART and after in _APART and "、" in (before, after):
            line_start, line_end = folded.rfind("\n", 0, at) + 1, folded.find("\n", at)
            if full not in folded[line_start : line_end if line_end >= 0 else len(folded)]:
                return True
    return False
