"""A transliterated name's first part read on into the next word.

Where the text writes a name with its dot once (若泽·施利华), it later calls
the person by the first part alone (冠军若泽笑说): the tagger may read that
part and the verb after it as one name (若泽笑). A form that opens with a
part the text writes before a dot, and runs past it, is that part.
"""

from __future__ import annotations

import re

from reader.core.people.texts import DOT, Proposal

_MIN_PART = 2  # (a lone character before a dot is an initial or an era, 唐·)
_MAX_PART = 4
# The run of letters before a dot: its last few characters are the part (冠军若泽·施利华).
_PART_RE = re.compile(rf"([^\s{DOT}\W\d]{{{_MIN_PART},}})(?={DOT})")


def dotted_parts_cut(proposals: list[Proposal], folded: str) -> list[Proposal]:
    """Each form that runs on past a dotted name's first part, cut to that part."""
    if DOT not in folded:
        return proposals
    parts = {
        m.group(1)[-n:]
        for m in _PART_RE.finditer(folded)
        for n in range(_MIN_PART, min(_MAX_PART, len(m.group(1))) + 1)
    }
    out = []
    for p in proposals:
        if not p.latin and DOT not in p.form and folded[p.end : p.end + 1] != DOT:
            # (the longest part the form opens with, shorter than the form)
            part = max((f for f in parts if len(f) < len(p.form) and p.form.startswith(f)), key=len, default=None)
            if part is not None:
                p = Proposal(p.start, p.start + len(part), part, p.strong, p.latin)
        out.append(p)
    return out


__all__ = ["dotted_parts_cut"]
