"""Names of languages and scripts read as names (韩文, 马来文: a surname and a
given name's shape): a form ending in 文 or 语 joined to another such word
(华文和马来文, 韩文翻成中文, 英语、日语) where either is a language the
dictionary lists (its ``nz`` words: 中文, 华文, 英语), no person's cue
before that mention (学生王文和英语老师 stays) nor after any (王文说); or a
form whose stem the text names a people with 族 (鲁凯族 … 鲁凯语). Two people named
王文 and 李文 stay: neither is a language's word.
Used by :mod:`reader.core.people.extract`.
"""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.cues import cue_after, cue_before
from reader.core.people.names import is_han
from reader.core.people.texts import starts

# How a language's or a script's name ends.
_ENDS = "文语"
# What joins two languages (和, 、) or turns one into another (翻成).
_JOIN = r"(?:[和与及或跟、]|翻成|译成|翻译成)"
_AFTER_RE = re.compile(rf"{_JOIN}([\u4e00-\u9fff]{{1,3}}?[{_ENDS}])")
_BEFORE_RE = re.compile(rf"([\u4e00-\u9fff]{{1,3}}[{_ENDS}]){_JOIN}$")
_REACH = 8


def language_names(folded: str, forms: set[str]) -> set[str]:
    """The Han ``forms`` the text joins to a language as a language, and those it writes as a people."""
    found = peoples(folded, forms)
    found |= {f for f in forms if _language_joined(folded, f)}
    for form in forms:
        if not (2 <= len(form) <= 4 and form[-1] in _ENDS and all(is_han(c) for c in form)):
            continue
        if form[:-1] + "族" in folded:
            found.add(form)  # (鲁凯族 … 用鲁凯语进行: the people's own language, 鲁凯语老师 its teacher)
            continue
        spans = [(s, s + len(form)) for s in starts(folded, form)]
        if any(cue_after(folded, e) for _, e in spans):
            continue  # (王文说: a person speaks)
        for start, end in spans:
            if cue_before(folded, start):
                continue  # (学生王文和英语老师: a person joined to a teacher)
            after = _AFTER_RE.match(folded, end)
            before = _BEFORE_RE.search(folded[max(0, start - _REACH) : start])
            others = [m.group(1) for m in (after, before) if m]
            if before:  # (the run before may start inside another word: 问华文和)
                run = before.group(1)
                others += [run[i:] for i in range(1, len(run) - 1)]
            if others and any(_language(w) for w in (form, *others)):
                found.add(form)
                break
    return found


def _language_joined(folded: str, form: str) -> bool:
    """邵语和日语: a language and the 和 joining it to the next read as one form, the language one
    the text names a people of with 族 (邵族) or the dictionary lists (英语和)."""
    head = form[:-1]
    if not (3 <= len(form) <= 4 and form[-1] in "和与及或跟" and head[-1] in _ENDS and all(is_han(c) for c in form)):
        return False
    return head[:-1] + "族" in folded or _language(head)


def _language(word: str) -> bool:
    entry = lexicon.lookup(word)
    return entry is not None and entry.tag == "nz" and word[-1] in _ENDS


# What follows a people's name: the people, its members, its language.
_PEOPLE_AFTER = frozenset("族人语话")


def peoples(folded: str, forms: set[str]) -> set[str]:
    """毛利族 … 毛利人, 撒奇莱雅族 … 撒奇莱|雅语: a form the text writes before 族 whose every mention
    is a people's (族, 人 or 语 after it), or that is such a stem and 人 (景颇族 … 景颇人: its members,
    read whole with a surname's shape), or whose every mention runs on by one character into a
    stem the text writes before 族 (撒奇莱雅, read as 撒奇莱): a people's name, no person's.
    General: X族 names a people for any X; a person named so is not written before 族 at all."""
    found = set()
    before_zu = _before_zu(folded)
    for form in forms:
        if not (2 <= len(form) <= 4 and all(is_han(c) for c in form)):
            continue
        mentions = starts(folded, form)
        if not mentions:
            continue
        nexts = {folded[s + len(form) : s + len(form) + 1] for s in mentions}
        people = form in before_zu and nexts <= _PEOPLE_AFTER  # (毛利族, 毛利人)
        people = people or (len(form) >= 3 and form[-1] == "人" and form[:-1] in before_zu)  # (景颇族, 景颇人)
        stem = len(nexts) == 1 and is_han(one := next(iter(nexts))) and form + one in before_zu
        if people or stem:
            found.add(form)
    return found


def _before_zu(folded: str) -> set[str]:
    """Every string of up to five characters the text writes right before 族:
    ``x + "族" in folded`` for such an x, without a scan of the text for each."""
    found: set[str] = set()
    at = folded.find("族")
    while at != -1:
        found.update(folded[at - k : at] for k in range(1, min(at, 5) + 1))
        at = folded.find("族", at + 1)
    return found
