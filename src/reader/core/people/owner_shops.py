"""A firm named after its owner: a person's given name and a firm's last character (何德勝 … 德勝行, a
trading house; 德勝記). The tagger reads such a firm as a person; the name it repeats says what it is."""

from __future__ import annotations

from collections.abc import Iterable

# 行 a trading house, 记 a shop or a stall (folded).
_FIRM_ENDS = frozenset("行记")


def owner_shops(forms: Iterable[str]) -> set[str]:
    """The three-character forms that are another three-character form's given name and a firm's end."""
    forms = set(forms)
    givens = {f[1:] for f in forms if len(f) == 3 and f[-1] not in _FIRM_ENDS}
    return {f for f in forms if len(f) == 3 and f[-1] in _FIRM_ENDS and f[:2] in givens}
