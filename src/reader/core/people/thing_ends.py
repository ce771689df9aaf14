"""Forms ending in what names a unit of an organisation, a class, an accent, a dish or a thing
(蓝社, 文教股, 招生办, 饮食服务中心, 长安支行, 华文课, 海陆腔, 黄姜饭, 米糕, 姜饼屋, 大广弦, 粟米芯):
no given name ends so (none of the thousands in the gold sets does), whatever stands beside
it (招生办主任: the title is the unit's). Used by :mod:`reader.core.people.glued_words`.
"""

from __future__ import annotations

from reader.core.people.texts import latin_glosses

# Last characters (folded): a society or a house (社), a group or a section (组, 股), an office (办),
# a class (课), an accent (腔), a meal, a cake, a house (饭, 糕, 屋), a string (弦), a core (芯), a radish (卜).
_ENDS = frozenset("社组股办课腔饭糕屋弦芯卜")
# Longer ends: a centre, a bank's branch.
_LONG_ENDS = ("中心", "支行")


def thing_end(folded: str, form: str, starts: list[int]) -> bool:
    """``form`` (Han) ends in a unit's or a thing's last character."""
    return len(form) >= 2 and (form[-1] in _ENDS or (len(form) >= 3 and form.endswith(_LONG_ENDS)))


def glossed_things(folded: str, dropped: set[str], kept: set[str]) -> set[str]:
    """蓝花糯米糕(Kueh Salat): the Latin form of ``kept`` in brackets right after a mention of a
    form ``dropped`` as no name is that word's other name, no person either."""
    return latin_glosses(folded, kept, dropped)
