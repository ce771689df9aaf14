"""A word glued before a dotted name's first part.

Where a dotted name fills an item of a list (成員包括…、泰國評審頌猜·帕尼（…）),
the whole Han run before the dot is read as its first part, and a country
or a role before the name comes along; the name's own first part is a few
characters. Two signals say where it starts: the tagger's person span
starting inside the run (頌猜), or the same dotted name written elsewhere
without the head (a table's 瓦旦·達利 under the prose's 花農瓦旦·達利). The
head cut off must be dictionary words, no name's, so that a cut form the
tagger or a table reads (默德·禮詹, 亞斯·施密特) never cuts a whole one
(穆罕默德·禮詹, 安德烈亞斯·施密特).
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.han import HAN_RUN
from reader.core.people import lexicon
from reader.core.people.cues import cue_ends_at
from reader.core.people.names import TRANSLIT_CHARS
from reader.core.people.texts import DOT, Proposal, Texts

_MIN_PART = 2  # (the first part left: a one-character one is an initial's)
_MIN_HEAD = 2  # (one character before is a name's own more often than a word: 叶尔兰)


def dotted_heads_cut(proposals: list[Proposal], tagged: Sequence[tuple[int, int]], t: Texts) -> list[Proposal]:
    """Each dotted form whose first part opens with a glued word, cut to
    where the name starts."""
    forms = {p.form for p in proposals if DOT in p.form and not p.latin}
    if not forms:
        return proposals
    tagged_starts = {s for s, _ in tagged}
    out = []
    for p in proposals:
        # (the dotted test again, not a search of the dotted ones: a long text has thousands of each)
        if DOT in p.form and not p.latin:
            if (k := _start(p, forms, tagged_starts, t.folded)) is not None:
                p = Proposal(k, p.end, t.folded[k : p.end], p.strong, p.latin)
            if (k := _trader_cut(p, t.folded)) is not None:  # (after the country's cut: 泰國|果商|頌猜·汶納)
                p = Proposal(k, p.end, t.folded[k : p.end], p.strong, p.latin)
        out.append(p)
    return out


def _start(p: Proposal, forms: set[str], tagged_starts: set[int], folded: str) -> int | None:
    dot = p.form.index(DOT)
    # (a role word's last character before a first part of transliteration characters: 背包|客|汉斯·穆勒)
    rest = p.form[1:dot]
    translit_rest = len(rest) >= _MIN_PART and all(c in TRANSLIT_CHARS for c in rest)
    if translit_rest and p.form[0] not in TRANSLIT_CHARS and cue_ends_at(folded, p.start + 1):
        return p.start + 1
    for n in range(_MIN_HEAD, dot - _MIN_PART + 1):
        head = p.form[:n]
        if HAN_RUN.fullmatch(head) is None or all(c in TRANSLIT_CHARS for c in head):
            continue  # (让-皮埃尔: a hyphen joins a part; 穆罕: a transliteration's start)
        if (p.form[n:] in forms or p.start + n in tagged_starts) and _words(head):
            return p.start + n
    return None


# 商 ends a trader's word (果商, 批發商, 供應商): no transliteration writes it.
_TRADER_END = "商"


def _trader_cut(p: Proposal, folded: str) -> int | None:
    """泰國果商|頌猜·汶納 … 頌猜話: a head ending in 商 before a first part of two characters or more that the
    text writes without 商 before it elsewhere (the name's own first part, used alone)."""
    dot = p.form.index(DOT)
    at = p.form.rfind(_TRADER_END, 0, dot)
    rest = p.form[at + 1 : dot]
    if at < 1 or len(rest) < _MIN_PART:
        return None
    return p.start + at + 1 if folded.count(rest) > folded.count(_TRADER_END + rest) else None


def _words(head: str) -> bool:
    """Whether ``head`` is two-character dictionary words, none a name's
    (泰國|評審; 阿不|都熱 is a name's start the tagger cut inside)."""
    if len(head) % 2:
        return False
    entries = [lexicon.lookup(head[k : k + 2]) for k in range(0, len(head), 2)]
    return all(e is not None and not e.is_name for e in entries)


__all__ = ["dotted_heads_cut"]
