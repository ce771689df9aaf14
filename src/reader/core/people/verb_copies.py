"""A verb and its object that the verb repeats to take a result (顧火顧出肺病, "tended the fire till he caught
a lung disease"; 唱戏唱得好): two characters, then the first again and a result's or a degree's complement.
A name is never repeated so, its surname alone then a complement: wherever the text writes it, it is an
activity (顧火 in a table's column of tasks too), no person. Used by :mod:`reader.core.people.extract`."""

from __future__ import annotations

from reader.core.people.names import is_han
from reader.core.people.texts import starts

# Complements of result and degree after a copied verb (顾出, 唱得, 做到, 做成, 做完, 累坏, 累死).
_COMPLEMENTS = frozenset("出得到成完坏死")


def verb_copied(folded: str, forms: set[str]) -> set[str]:
    return {
        form
        for form in forms
        if len(form) == 2
        and all(map(is_han, form))
        and any(folded[s + 2 : s + 4] in {form[0] + c for c in _COMPLEMENTS} for s in starts(folded, form))
    }
