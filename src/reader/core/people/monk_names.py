"""A monastic named by a two-character dharma name and the title a monk is
addressed by (見性法師, 鑑真和尚, 玄奘大師), without 释 before it: the name is
no dictionary word, or one the dictionary knows as a person's, and it opens
at a word's edge (a line or a label's start, punctuation, or after a word)."""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.names import CJK, NOT_IN_GIVEN_NAME, PARTICLES
from reader.core.people.texts import Proposal, starts

_MONK_RE = re.compile(rf"([{CJK}]{{2}})(?=法师|禅师|和尚|大师)")
# 老和尚, 小和尚, 大法师: the title with an adjective before it, no name.
_TITLE_ADJECTIVES = frozenset("老小大高名")
_EDGES = frozenset("\n：:，,。；;、 \u3000（(「“")


def monk_names(folded: str) -> list[Proposal]:
    """Proposals for 見性 in 知客：見性法師."""
    found = []
    itemized: dict[str, bool] = {}  # (each form's mentions read once: a long text names many masters)
    for m in _MONK_RE.finditer(folded) if "师" in folded or "和尚" in folded else ():
        form, start = m.group(1), m.start(1)
        # (客座法師：a label, the office before its holder, no name; 謝謝大師兄: the
        # title runs into a word; 釋見安法師: the name with 释 is read whole)
        end = m.end(1)
        if folded[end + 2 : end + 3] in ("：", ":") or lexicon.is_common_word(folded[end + 1 : end + 3]):
            continue
        if folded[start - 1 : start] == "释" or form[0] == form[1]:
            continue
        if form[-1] in _TITLE_ADJECTIVES or any(c in NOT_IN_GIVEN_NAME or c in PARTICLES for c in form):
            continue
        entry = lexicon.lookup(form)
        if entry is not None and not entry.is_name:
            continue
        if folded.startswith("大师", end):
            if form not in itemized:
                itemized[form] = _itemized(folded, form)
            if itemized[form]:
                continue  # 默劇大師 beside 魔術、默劇、特技: 大师 masters an art too, one the text lists as a thing
        glued = start > 0 and lexicon.is_common_word(folded[start - 1 : start + 1])
        edge = start == 0 or folded[start - 1] in _EDGES or lexicon.is_common_word(folded[max(0, start - 2) : start])
        if not glued and (edge or entry is not None):
            found.append(Proposal(start, end, form, True))
    return found + _with_shi(folded, {p.form for p in found})


# What sets an item apart in a list or a bracket (、默劇、, （默劇）).
_ITEM_OPENS = frozenset("、（(")
_ITEM_CLOSES = frozenset("、）)，,。")


def _itemized(folded: str, form: str) -> bool:
    """The text writes ``form`` alone as an item elsewhere: a list's (、默劇、) or a bracket's (（默劇）)."""
    return any(
        folded[at - 1 : at] in _ITEM_OPENS and folded[at + len(form) : at + len(form) + 1] in _ITEM_CLOSES
        for at in starts(folded, form)
    )


def _with_shi(folded: str, addressed: set[str]) -> list[Proposal]:
    """釋見心（見心法師）: a dharma name the text addresses with a monk's title
    is that monastic's whole name with 释 before it wherever written so
    (解释: 释 ending a word opens no name)."""
    found = []
    for form in addressed:
        name = "释" + form
        for at in starts(folded, name):
            if not lexicon.is_common_word(folded[at - 1 : at + 1]):
                found.append(Proposal(at, at + len(name), name, True))
    return found


__all__ = ["monk_names"]
