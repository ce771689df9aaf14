"""Herbs named like people (徐长卿, 何首乌, 刘寄奴), told by the medicines
listed with them.

A sentence that lists two medicines or more by their dosage form (云南白药,
六神丸, 藿香正气散) is a medicine cabinet's or a prescription's: the other
items of its 、 lists are remedies too, as is a form weighed out in a dose
(徐长卿15克). A form any mention of which a person's cue follows or leads
(说, 大夫) stays a name; so does one the text names outside those sentences.
Used by :mod:`reader.core.people.extract`.
"""

from __future__ import annotations

from reader.core.people.cues import cue_after, cue_before
from reader.core.people.texts import starts

# How a medicine's name ends: its dosage form (丸散膏丹, a decoction, a tablet).
_DOSAGE_FORMS = frozenset("药丸散膏丹汤片剂")
_MIN_MEDICINES = 2
_SENTENCE_ENDS = "！？!?\n"
_CLAUSE_ENDS = "，；,;：:"
# A dose after an herb: a weight (徐长卿15克, 三钱).
_DOSE_UNITS = ("克", "g", "钱", "两")


def medicine_items(folded: str, forms: set[str]) -> set[str]:
    """The forms of ``forms`` named only as items of a medicines' list, or dosed."""
    if "、" not in folded:
        return set()
    text = folded
    for end in _SENTENCE_ENDS:
        text = text.replace(end, "。")
    listed: dict[str, int] = {}
    for sentence in text.split("。"):
        if "、" not in sentence:
            continue
        clauses = sentence
        for end in _CLAUSE_ENDS:
            clauses = clauses.replace(end, "，")
        items = [i for c in clauses.split("，") if "、" in c for i in c.split("、")]
        if sum(len(i) >= 2 and i[-1] in _DOSAGE_FORMS for i in items) < _MIN_MEDICINES:
            continue
        for form in forms:
            n = sum(i == form or i.endswith(form) for i in items)
            if n:
                listed[form] = listed.get(form, 0) + n
    found = set()
    for form in forms:
        spans = [(s, s + len(form)) for s in starts(folded, form)]
        if not spans or any(cue_after(folded, e) or cue_before(folded, s) for s, e in spans):
            continue
        dosed = sum(_dosed(folded, e) for _, e in spans)
        if listed.get(form, 0) + dosed >= len(spans):
            found.add(form)
    return found


def _dosed(folded: str, end: int) -> bool:
    """A number and a weight's unit follow (15克, 三钱)."""
    digits = end
    while digits < len(folded) and (folded[digits].isdigit() or folded[digits] in "一二三四五六七八九十半"):
        digits += 1
    return digits > end and folded.startswith(_DOSE_UNITS, digits)
