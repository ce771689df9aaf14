"""A dotted name's last part read on into the verb after it.

A Uyghur name's last part holds characters outside the transliteration
table, so in prose its end is a guess (买合木提·艾山捡到: 艾山捡). Where the
text writes the same name whole elsewhere (a table's cell, a list's item),
a dotted form that opens with that name and runs one or two characters past
it is that name.
"""

from __future__ import annotations

from reader.core.people.romanized import romanized_after
from reader.core.people.texts import DOT, Proposal

_MAX_RUN_ON = 2  # (a verb's first character, or a two-character word's)


def dotted_run_ons_cut(dotted: list[Proposal], folded: str) -> list[Proposal]:
    """Each dotted form cut back to a shorter dotted form it opens with, read
    elsewhere; not one a romanization after it spells whole (達海·伊斯坦大
    （Dahai Istanda）: the prose's 達海·伊斯坦 is the guess cut short)."""
    forms = {p.form for p in dotted}
    out = []
    for p in dotted:
        whole = next((p.form[:-n] for n in range(1, _MAX_RUN_ON + 1) if _whole(p.form[:-n], forms)), None)
        if whole is not None and not romanized_after(folded, p.start, p.end):
            p = Proposal(p.start, p.start + len(whole), whole, p.strong, p.latin)
        out.append(p)
    return out


def _whole(form: str, forms: set[str]) -> bool:
    # (a last part of one character is a cut name's, 约翰·史, no whole one)
    return form in forms and DOT in form and len(form.rsplit(DOT, 1)[1]) >= 2


__all__ = ["dotted_run_ons_cut"]
