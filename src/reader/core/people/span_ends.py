"""A character the tagger glues onto a person's end that belongs to the words after it: the 多 or 少 of a
comparison (比砸缸的司馬光多一個字: 'one character more than Sima Guang'). It is read off the span's last
character, the one after it and at most twelve before it, so the pass is linear in the number of spans.
Or the next word's first character after a famous name the dictionary lists whole (秦始皇|东巡)."""

from __future__ import annotations

from reader.core.people import lexicon
from reader.core.people.names import surname_length

# 多 / 少 before a count compare (多一个, 少两岁); 比 earlier in the clause opens the comparison.
_MORE_LESS = frozenset("多少")
_COUNT_STARTS = frozenset("一二两三四五六七八九十几半")
_CLAUSE_MARKS = frozenset("，,。；;：:！!？?、\n「」“”")
_COMPARE_REACH = 12


def _compared(folded: str, start: int, end: int) -> bool:
    """``folded[start:end]`` ends in 多 or 少 before a count, and 比 stands before it in its clause."""
    if folded[end - 1] not in _MORE_LESS or folded[end : end + 1] not in _COUNT_STARTS:
        return False
    for i in range(start - 1, max(-1, start - 1 - _COMPARE_REACH), -1):
        if folded[i] in _CLAUSE_MARKS:
            return False
        if folded[i] == "比":
            return True
    return False


def ends_trimmed(folded: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The tagger's person spans without a comparison's 多 / 少 at their end, where two characters or more
    stay."""
    out = []
    for start, end in spans:
        if (end - start >= 3 and _compared(folded, start, end)) or _famous_head(folded, start, end):
            end -= 1
        out.append((start, end))
    return out


def _famous_head(folded: str, start: int, end: int) -> bool:
    """Four characters a single surname opens whose first three the dictionary lists as a name in use
    (秦始皇, 668) and which it does not list whole: the fourth opens the next word (秦始皇东巡)."""
    if end - start != 4 or surname_length(folded, start) != 1 or lexicon.lookup(folded[start:end]):
        return False
    entry = lexicon.lookup(folded[start : end - 1])
    return entry is not None and entry.is_name and entry.freq >= lexicon.WORD
