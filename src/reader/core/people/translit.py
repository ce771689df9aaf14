"""Transliterated foreign names without a name dot (those with one: :mod:`reader.core.people.dotted_names`):
a run of transliteration characters with a cue (马斯克认为), or one listed
beside a known person (辛顿、伊利亚以及克里哲夫斯基).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from reader.core.people import lexicon
from reader.core.people.cues import (
    AFTER_RE,
    BEFORE_RE,
    SEPARATORS,
    boundary_after,
    cue_before,
    glued_to_neighbours,
    in_title,
    named_after,
    titled_next,
    trim_glued_start,
)
from reader.core.people.han import shaped_han_name
from reader.core.people.joined import closes_list, paired_whose
from reader.core.people.names import (
    is_han,
    translit_prefix,
    translit_suffix,
)
from reader.core.people.texts import HAN_RUN_RE, Proposal, Texts, starts
from reader.core.surnames import COMMON_SURNAMES


def translit_names(t: Texts) -> list[Proposal]:
    """A run of transliteration characters with a cue: 马斯克认为,
    教授辛顿的 (no dot, no brackets)."""
    folded = t.folded
    found = []
    run_of = _run_lookup(folded)
    for cue in AFTER_RE.finditer(folded):
        end = cue.start()
        run_start = run_of(end - 1)
        if run_start is None or titled_next(folded, cue.end(), cue.group()):
            continue
        start = translit_suffix(folded, end, run_start)
        start = trim_glued_start(folded, start, end - 2) if start > run_start else start
        if _translit_ok(folded, start, end, run_start):
            found.append(Proposal(start, end, folded[start:end], True))
    for cue in BEFORE_RE.finditer(folded):
        start = cue.end()
        while start < len(folded) and folded[start] in SEPARATORS and start - cue.end() < 2:
            start += 1
        end = translit_prefix(folded, start)
        if end - start < 2 or named_after(folded, end) or not boundary_after(folded, end):
            continue
        if _translit_ok(folded, start, end, -1):
            found.append(Proposal(start, end, folded[start:end], True))
    return found


def _run_lookup(folded: str) -> Callable[[int], int | None]:
    """Start of the Han run containing a position, or None."""
    starts = [(m.start(), m.end()) for m in HAN_RUN_RE.finditer(folded)]
    keys = [s for s, _ in starts]

    def run_of(pos: int) -> int | None:
        i = bisect.bisect_right(keys, pos) - 1
        if i < 0 or pos >= starts[i][1]:
            return None
        return starts[i][0]

    return run_of


def _translit_ok(folded: str, start: int, end: int, run_start: int) -> bool:
    length = end - start
    if length < 2 or length > 7:
        return False
    if length == 2 and start > run_start >= 0:
        return False  # two characters glued to other Han text: too weak
    name = folded[start:end]
    return (
        not lexicon.is_common_word(name)
        and not glued_to_neighbours(folded, start, end)
        and not in_title(folded, start, end)
    )


def listed_with(t: Texts, known: set[str]) -> list[Proposal]:
    """克里哲夫斯基 in 辛顿、伊利亚以及克里哲夫斯基三人: a run of
    transliteration characters listed beside someone already known."""
    folded = t.folded
    found = []
    seps = ("以及", "、", "和", "与", "及", "/")  # (a doubles pair: 付诗雨/尹可欣)
    # (a name found inside a 、 list lists the next one in turn: 錢永福、解文雄、樟新華等人)
    for name in (pending := sorted(known)):
        if not any(is_han(c) for c in name):
            continue
        for at in starts(folded, name):
            # (任劍輝同白雪仙嘅戲迷; not 林佩珊及初三孝的黃子軒, a class whose pupil is named after 的)
            paired = paired_whose(folded, at + 3) if len(name) == 3 else 0
            if paired and not any(folded.startswith(k, paired + 1) for k in pending):
                found.append(Proposal(paired - 3, paired, folded[paired - 3 : paired], True))
            for sep in seps:
                if folded.startswith(sep, at + len(name)):
                    start = at + len(name) + len(sep)
                    end = _verb_cut(folded, start, translit_prefix(folded, start))
                    if end - start >= 3 and _translit_ok(folded, start, end, -1):
                        found.append(Proposal(start, end, folded[start:end], True))
                    # (及时收帆: a joining character that makes a word with the next is no list's)
                    glued = sep in "和与及" and lexicon.lookup(folded[start - 1 : start + 1]) is not None
                    for length in (3, 4) if not glued else ():
                        if shaped_han_name(folded, start, start + length) or closes_list(folded, start, start + length):
                            found.append(Proposal(start, start + length, form := folded[start : start + length], True))
                            on = sep == "、" == folded[start + length : start + length + 1] and form not in pending
                            pending += [form] if on else []
                # (a known name that starts a thing's name, 黄飞鸿纪念馆, lists no person)
                if folded.endswith(sep, 0, at) and not named_after(folded, at + len(name)):
                    end = at - len(sep)
                    for length in (3, 4):
                        # 同门江涛、宋佳: 江涛 is known, 门 ends the word before it.
                        if any(folded[end - k : end] in known for k in range(2, length)):
                            break
                        # (or a role right before the item, whatever word its given part makes: 团员许美丽、蔡宜蓁)
                        titled = length == 3 and cue_before(folded, end - 3) and folded[end - 3] in COMMON_SURNAMES
                        if end - length >= 0 and (shaped_han_name(folded, end - length, end) or titled):
                            found.append(Proposal(end - length, end, folded[end - length : end], True))
                    start = translit_suffix(folded, end)
                    free = start == 0 or not is_han(folded[start - 1]) or folded[start - 1] in "，。、；"
                    if end - start >= 3 and free and _translit_ok(folded, start, end, -1):
                        found.append(Proposal(start, end, folded[start:end], True))
    return found


def _verb_cut(folded: str, start: int, end: int) -> int:
    """方玉兰和潘丽华合唱: a run of four or more whose last character and the next make a verb the dictionary
    lists stops before that character (合唱 is the act, 潘丽华 the name)."""
    entry = lexicon.lookup(folded[end - 1 : end + 1]) if end - start >= 4 else None
    return end - 1 if entry is not None and entry.tag == "v" and entry.freq >= lexicon.WORD else end
