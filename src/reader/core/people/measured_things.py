"""Things counted with a measure word: a form that a number or a
demonstrative and a measure word of things stand right before at some
mention where the word ends (一幅白布，) is a thing, not a person: not where
the mention runs on (一张周杰伦的专辑, 一座孔明山: the measure counts what follows)
or another mention names a person (持宝人杨柳, 杨柳： beside 那几枝杨柳).
So is a form a 的 phrase leads that such a measure word counts (一把署名储福根的石瓢壶).
So is a form that opens with such a measure word after a number or a
demonstrative (𠮶张纸, 一张纸: 张 counts, it is no surname there). Used by
:mod:`reader.core.people.glued_words`."""

from __future__ import annotations

import re

from reader.core.han import is_han_char
from reader.core.people.cues import cue_after, cue_before

# Numbers and demonstratives (Cantonese 呢, 嗰, 𠮶 too) that a measure word follows.
_COUNTERS = frozenset("一两二三四五六七八九十百千万几这那每哪呢嗰该此\U00020bb6")
# Measure words of things, never of people (not 位, 名, 个; 对 a pair, of bangles: 一对龙凤鈪).
_MEASURES = frozenset("台幅张件块盏辆棵枝杯碗瓶袋盒箱顶匹颗粒根艘栋座对把罐包盘壶串桶束篮")


def _counted(folded: str, start: int, end: int) -> bool:
    if end < len(folded) and is_han_char(folded[end]):
        return False  # (the count is of a longer word: 一座孔明山 counts the hill)
    before = folded[max(0, start - 2) : start]
    if len(before) == 2 and before[0] in _COUNTERS and before[1] in _MEASURES:
        return True
    # (一把署名储福根的石瓢壶: the measure counts what its 的 phrase heads)
    return _MEASURED_PHRASE_RE.search(folded, max(0, start - _PHRASE_REACH), start) is not None


_PHRASE_REACH = 14
_MEASURED_PHRASE_RE = re.compile(
    rf"[{''.join(sorted(_COUNTERS))}][{''.join(sorted(_MEASURES))}][^，,。；;！？!?：:、\n的]{{1,10}}的$"
)


def measured_things(folded: str, form: str, starts: list[int]) -> bool:
    """``form`` (Han, found at ``starts``) is counted as a thing at one of its mentions."""
    end = len(form)
    if any(
        cue_before(folded, s) or cue_after(folded, s + end) or folded[s + end : s + end + 1] in "：:" for s in starts
    ):
        return False
    if form[0] in _MEASURES and len(form) == 2 and any(folded[s - 1 : s] in _COUNTERS for s in starts if s):
        return True
    return any(_counted(folded, s, s + end) for s in starts)
