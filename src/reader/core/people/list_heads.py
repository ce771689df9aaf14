"""A name a list holds whole but the rules read without its first character
(德吉央宗 read as 吉央宗: 吉 is a surname, 德 none, as Tibetan names go). An
item of a 、 list whose other items are people is one name from separator to
separator, so a known name that ends the item one character short was cut;
and a form that runs an item on by one character in the prose (莫愁原是) is too long.
Used by :mod:`reader.core.people.extract`.
"""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.names import CJK, is_han
from reader.core.people.texts import DOT, Proposal, Texts, occurrences

# A line of items joined by 、 (three or more), each item Han with an
# optional bracketed gloss (朴敏俊（박민준）).
_ITEM_RE = re.compile(rf"(?<![{CJK}])([{CJK}]{{2,6}})(?:[（(][^）)\n]{{1,20}}[）)])?(?=、|$|\n|[。；;])")
_HEAD = 4  # a four-character item: the cut reading has three
_ENUM_COMMA_RE = re.compile("、")


def list_heads(t: Texts, known: set[str]) -> list[Proposal]:
    """The four-character items of people's 、 lists whose last three
    characters are a known name found nowhere else in the text."""
    folded = t.folded
    if "、" not in folded:
        return []
    found: list[Proposal] = []
    for line_start, line in _lines(folded):
        items = [m for m in _ITEM_RE.finditer(line) if _joined(line, m)]
        if len(items) < 3 or sum(m.group(1) in known for m in items) < 2:
            continue
        for m in items:
            form, tail = m.group(1), m.group(1)[1:]
            if (
                len(form) == _HEAD
                and form not in known
                and tail in known
                and folded.count(tail) == folded.count(form)
                and not lexicon.is_common_word(form)
            ):
                found.append(Proposal(line_start + m.start(1), line_start + m.end(1), form, True))
    return found + _shared_part_heads(folded, known)


def _shared_part_heads(folded: str, known: set[str]) -> list[Proposal]:
    """其中次仁央宗、巴桑、拉巴次仁: a list's first item read a character short
    (仁央宗) where that character and the next make a part another name of the
    text has (次仁 of 拉巴次仁), as the two-part names with no Chinese surname
    share their parts: the item is the four characters."""
    parts = {f[i : i + 2] for f in known if len(f) == _HEAD for i in (0, 2)}
    tails = {f for f in known if len(f) == _HEAD - 1}
    found: list[Proposal] = []
    if not parts or not tails:
        return found
    # (one walk over the text's 、, not a search of the text per name)
    n = _HEAD - 1
    for m in _ENUM_COMMA_RE.finditer(folded, n + 1):
        at = m.start() - n
        if (tail := folded[at : m.start()]) in tails:
            form = folded[at - 1 : m.start()]
            if form[:2] in parts and form not in known and folded.count(tail) == folded.count(form):
                found.append(Proposal(at - 1, m.start(), form, True))
    return found


def _lines(folded: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in folded.split("\n"):
        if "、" in line:
            out.append((pos, line))
        pos += len(line) + 1
    return out


def _joined(line: str, m: re.Match[str]) -> bool:
    """The item is set off by 、 on one side at least."""
    return line[m.start() - 1 : m.start()] == "、" or line[m.end() : m.end() + 1] == "、"


def listed_run_ons(forms: set[str], listed: set[str], folded: str) -> set[str]:
    """莫愁原是会计师 beside a roll's cell 莫愁, 渡边彩和黄石 beside 渡边彩: a list's
    item is a whole name, so a form that is one of them and one character more, found
    less often than it, ran the name into the next word (原是, 和)."""
    longer = {
        f for f in forms if len(f) >= 3 and f[:-1] in listed and f not in listed and is_han(f[-1]) and f[-2] != DOT
    }
    if not longer:
        return longer
    counts = occurrences(folded, longer | {f[:-1] for f in longer})
    return {f for f in longer if counts[f] < counts[f[:-1]]}
