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
from reader.core.people.crowded_items import unsurnamed_long
from reader.core.people.name_shape import cut_in_cell
from reader.core.people.names import CJK, is_han, surname_length
from reader.core.people.texts import DOT, Proposal, Texts, occurrences
from reader.core.people.written_together import written_together

# A line of items joined by 、 (three or more), each item Han with an
# optional bracketed gloss (朴敏俊（박민준）).
_ITEM_RE = re.compile(rf"(?<![{CJK}])([{CJK}]{{2,6}})(?:[（(][^）)\n]{{1,20}}[）)])?(?=、|$|\n|[。；;])")
_HEAD = 4  # a four-character item: the cut reading has three
_ENUM_COMMA_RE = re.compile("、")


def list_heads(t: Texts, known: set[str]) -> list[Proposal]:
    """The four-character items of people's 、 lists whose last three
    characters are a known name found nowhere else in the text."""
    folded = t.folded
    together = written_together(folded, known)  # (and two found names written as one: 苏和巴特尔)
    if "、" not in folded:
        return together
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
    return found + _shared_part_heads(folded, known) + _uniform_fours(folded, known) + together


# A run of four-character items joined by 、 (three or more), the first one glued to the words
# before it (还有勒格伍呷、…), the last ending the clause.
_FOURS_RE = re.compile(rf"(?:[{CJK}]{{4}}、){{2,}}[{CJK}]{{4}}(?![{CJK}])")


def _uniform_fours(folded: str, known: set[str]) -> list[Proposal]:
    """进入八强的还有勒格伍呷、吉木尔哈、日色拉体、…、的日伍沙: a 、 run whose items are all four
    characters, a third of them or more names found already (or a found name one character
    short of or past the item: 阿苏拉 of 阿苏拉哈), two at least: the others of the same shape,
    no dictionary word whole or in either half (Yi, Tibetan names), are names too. The first
    item is four characters before the first 、 though the words before it run on, since every
    other item is four. General: the run's uniform length and its found items decide."""
    found: list[Proposal] = []
    for m in _FOURS_RE.finditer(folded):
        items = [(m.start() + 5 * i, m.group()[5 * i : 5 * i + 4]) for i in range(len(m.group()) // 5 + 1)]
        people = sum(form in known or cut_in_cell(form, known) for _, form in items)
        if people < 2 or people * 3 < len(items):
            continue
        found += [
            Proposal(s, s + 4, form, True)
            for s, form in items
            if form not in known and (cut_in_cell(form, known) or unsurnamed_long(form))
        ]
    return found


def cut_short(folded: str, heads: list[Proposal], forms: set[str], items: set[str]) -> set[str]:
    """The found forms a list's whole item shows cut (吉木尔 of 吉木尔哈, 阿苏拉 of 阿苏拉哈:
    the first three, or the last three as list_heads finds them), read nowhere else; and any found
    form written only as the end of another found or listed name (巴特尔 of 苏和巴特尔)."""
    cut = {p.form[1:] for p in heads}
    shorter = {p.form[:-1] for p in heads if len(p.form) == 4 and p.form[:-1] in forms}
    counts = occurrences(folded, shorter | {p.form for p in heads})
    shown = {p.form[:-1] for p in heads if p.form[:-1] in shorter and counts[p.form[:-1]] <= counts[p.form]}
    return cut | shown | _tails_only(folded, forms | items)


def _tails_only(folded: str, forms: set[str]) -> set[str]:
    """A found Han form every mention of which ends a longer found one (巴特尔 of 苏和巴特尔: 班长苏和巴特尔 read
    as 苏和 and 巴特尔, the table's cell whole): the longer name cut, no one the text names alone."""
    han = {f for f in forms if len(f) >= 2 and all(is_han(c) for c in f)}
    longer: dict[str, list[str]] = {}
    for g in han:
        for k in range(1, len(g) - 1):
            if g[k:] in han:
                longer.setdefault(g[k:], []).append(g)
    if not longer:
        return set()
    counts = occurrences(folded, set(longer) | {g for gs in longer.values() for g in gs})
    return {f for f, gs in longer.items() if counts[f] <= sum(counts[g] for g in gs)}


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


def verb_glued_heads(forms: set[str], items: set[str], folded: str) -> set[str]:
    """请黄德春、莫金水、罗渔生三位 beside 黄德春 alone elsewhere: a list's item (its first, run into the
    clause before it) that is a found name and one or two characters more at its head, no surname
    opening it, the found name written apart more often than the item: the head is the clause's verb.
    (A married name's first surname stays, 陈黄秀英; so does an item whose tail is read nowhere
    else, 德吉央宗 of list_heads, or has no surname, 释慧明 beside 慧明法师.)"""
    glued = {f for f in items & forms if len(f) >= 3 and not surname_length(f, 0) and _full_tails(f, forms)}
    if not glued:
        return glued
    counts = occurrences(folded, glued | {tail for f in glued for tail in _full_tails(f, forms)})
    return {f for f in glued if any(counts[tail] > counts[f] for tail in _full_tails(f, forms))}


def _full_tails(form: str, forms: set[str]) -> list[str]:
    # (a full name, a surname opening it: a dharma name, 慧明 of 释慧明, may take a character before it)
    return [form[k:] for k in (1, 2) if form[k:] in forms and len(form) - k >= 2 and surname_length(form, k)]
