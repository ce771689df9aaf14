"""A roll's item in its own right: a form a run of names joined by 、 writes
as one of its items (…、吉祥草、多杰、仁增、…), on a line that does not name the
longer name it ends (夏吾多杰, the trainees' teacher), is one person of the
roll, not that name's given part said alone: a roll sets each person apart
by the name it uses for them. Used by :mod:`reader.core.people.aliases`."""

from __future__ import annotations

from reader.core.people.texts import starts

_APART = frozenset("、\n\u3000 \t")


def own_roll_item(folded: str, short: str, full: str) -> bool:
    """``short`` stands as a 、 item on a line where ``full`` is not written, or where ``full`` is an
    item of its own too (杨锦、石春燕、…、杨锦坤: a roll names no one twice, so two people)."""
    if "、" not in folded:
        return False
    for at in starts(folded, short):
        if _item(folded, at, len(short)):
            line_start, line_end = folded.rfind("\n", 0, at) + 1, folded.find("\n", at)
            line = folded[line_start : line_end if line_end >= 0 else len(folded)]
            if full not in line or _listed_in(line, full):
                return True
    return False


def _listed_in(line: str, full: str) -> bool:
    k = line.find(full)
    while k >= 0:
        if _item(line, k, len(full)):
            return True
        k = line.find(full, k + 1)
    return False


def _item(text: str, at: int, length: int) -> bool:
    before, after = text[at - 1 : at] or "\n", text[at + length : at + length + 1] or "\n"
    return before in _APART and after in _APART and "、" in (before, after)
