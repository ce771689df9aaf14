"""Riddle answers: a lantern riddle's answer (谜底：宋江, 谜底是「陆逊」) is a
word the riddle spells, often a hero of a novel or of history, not a person
the page tells of; a form written only there is no one the page names."""

from __future__ import annotations

from reader.core.people.texts import only_there

_ANSWER = "谜底"
# What may stand between the label and the answer.
_LEADS = ("：", ":", "是", "为", "「", "“", '"', "『", " ")


def riddle_answers(folded: str, forms: set[str]) -> set[str]:
    """The forms only ever written as the answer after 谜底."""
    if _ANSWER not in folded or not forms:
        return set()
    counted: dict[str, int] = {}
    at = folded.find(_ANSWER)
    while at >= 0:
        end = at + len(_ANSWER)
        for _ in range(2):  # (a label and a quote: 谜底是「)
            if folded.startswith(_LEADS, end):
                end += 1
        for form in forms:
            if folded.startswith(form, end):
                counted[form] = counted.get(form, 0) + 1
        at = folded.find(_ANSWER, end)
    return only_there(folded, counted)
