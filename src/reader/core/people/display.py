"""The name a person is shown by, told from their forms without any of
the finder's rules: the people index reads it on a warm start, when no
rule need be imported (nor jieba's dictionary, nor the tagger)."""

from __future__ import annotations

# The Han characters the finder's rules count (names.CJK: Extension A, the
# Unified Ideographs, the compatibility ones), as string tests.
_HAN = (("\u3400", "\u4dbf"), ("\u4e00", "\u9fff"), ("\uf900", "\ufaff"))
_DOTS = "·‧・•"


def is_latin(form: str) -> bool:
    """No Han character in ``form`` (a Latin-script name)."""
    return not any(lo <= c <= hi for c in form for lo, hi in _HAN)


def display_name(aliases: tuple[str, ...]) -> str:
    """The fullest form: a Chinese form if there is one (with a dot, longest),
    else the English form with the most words."""
    han = [a for a in aliases if not is_latin(a)]
    if han:
        return max(han, key=lambda a: (any(d in a for d in _DOTS), len(a)))
    return max(aliases, key=lambda a: (len(a.split()), len(a)))
