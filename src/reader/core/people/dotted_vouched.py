"""A dotted name's part cut short where the text writes that part whole.

Outside the transliteration table (an indigenous name's 嘎那恩, with 那) the
dot rule guesses where a part starts or ends, and the guess may fall inside
it (希·嘎 of 希·嘎那恩, 恩·瓦旦 of 嘎那恩·瓦旦). Where another dotted name of
the text holds the part whole (夏本·嘎那恩（Syapen Kanaen）, glossed), a part
that the Han run around it continues into that whole part is that part: a
name keeps its parts however its person is called later.
"""

from __future__ import annotations

from reader.core.people.texts import DOT, Proposal

_MIN_PART = 2  # (a lone character is an initial, or a cut part itself)


def dotted_parts_completed(dotted: list[Proposal], folded: str) -> list[Proposal]:
    """Each dotted form whose first or last part the Han text around it
    continues into a longer part another dotted form writes whole."""
    parts = {part for p in dotted for part in p.form.split(DOT) if len(part) >= _MIN_PART}
    if not parts:
        return dotted
    out = []
    for p in dotted:
        if DOT not in p.form:  # (唐·李白: the name after an era alone)
            out.append(p)
            continue
        first, last = p.form.split(DOT)[0], p.form.rsplit(DOT, 1)[1]
        heads = [len(w) - len(first) for w in parts if _opens_into(folded, p.start, first, w)]
        tails = [len(w) - len(last) for w in parts if _runs_into(folded, p.end, last, w)]
        start, end = p.start - max(heads, default=0), p.end + max(tails, default=0)
        out.append(Proposal(start, end, folded[start:end], p.strong, p.latin) if heads or tails else p)
    return out


def _opens_into(folded: str, start: int, first: str, whole: str) -> bool:
    head = len(whole) - len(first)
    return head > 0 and whole.endswith(first) and start >= head and folded[start - head : start] == whole[:head]


def _runs_into(folded: str, end: int, last: str, whole: str) -> bool:
    tail = len(whole) - len(last)
    return tail > 0 and whole.startswith(last) and folded[end : end + tail] == whole[len(last) :]


__all__ = ["dotted_parts_completed"]
