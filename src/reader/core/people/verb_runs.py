"""Verb phrases and stalls' names of a name's shape, judged at every mention. Used by
:mod:`reader.core.people.glued_words`.

- A subject and the verb after it (车友笑说, 孙仔讲嘢, 储钱开呢间店, 单车因教练外出): a form of three or
  four Han characters ending in a verb no given name ends in (笑, 讲, 抢, 请, 放, 带, …); the form is
  the words before a verb, never a name, unless all of it is a foreign name's sounds (斯坦因).
- Coming to do something (没有客人来修钟, 母亲来取订做的摇篮): a form that opens with 来 right after
  another Han character, the subject that comes.
- A group after a plural pronoun (得我哋班老嘢: our lot of old folk): a form that opens with a
  collective measure word (班, 群, 帮) right after 哋 or 们 at every mention.
- A stall's or a shop's name (A03　林家蚝煎, 何记饼家): a surname and 家 or 记 (a family's shop) that
  runs on, at every mention, into a trade's word: a row of a stall table (a stall's code opens the
  line), or a shop's last character (家, 店, 行) after 记.
"""

from __future__ import annotations

import re

from reader.core.han import is_han_char
from reader.core.people.cues import cued_at
from reader.core.people.names import TRANSLIT_CHARS

# Verbs no given name ends in (folded): what a subject does, said, laughed, took, brought.
_VERB_ENDS = frozenset("笑讲说抢请放带取因跟开")
_COMES = "来"
# A collective measure word after a plural pronoun (我哋班老嘢, 我们这群: our lot): no surname there.
_COLLECTIVES = frozenset("班群帮批")
_PLURALS = frozenset("哋们")
# A stall's code at a line's start (A03, B-12, 7): the row of a stall table.
_ROW_CODE_RE = re.compile(r"(?:^|\n)[ \t]*[a-z]?-?[0-9]{1,3}[ \t\u3000]+$")
_FAMILY_SHOP = "家记"
_SHOP_ENDS = frozenset("家店行铺号庄楼")


def verb_run(folded: str, form: str, starts: list[int]) -> bool:
    """``form`` (Han, found at ``starts``) is a verb phrase or a stall's name, never a name."""
    if len(form) not in (3, 4):
        return False
    # (a cue beside it is the subject's or the verb's own: 会员小林只带, 车友笑|说)
    if form[-1] in _VERB_ENDS and not (len(form) == 4 and form[-1] == "开"):
        return not all(c in TRANSLIT_CHARS for c in form)  # (a foreign name's sound: 斯坦因)
    if form[0] == _COMES and all(s > 0 and is_han_char(folded[s - 1]) for s in starts):
        return True
    if form[0] in _COLLECTIVES and all(folded[s - 1 : s] in _PLURALS for s in starts):
        return True
    if cued_at(folded, form, starts):
        return False
    return len(form) == 3 and form[1] in _FAMILY_SHOP and all(_stall(folded, form, s) for s in starts)


def _stall(folded: str, form: str, start: int) -> bool:
    end = start + len(form)
    if end >= len(folded) or not is_han_char(folded[end]):
        return False
    if form[1] == "记" and folded[end] in _SHOP_ENDS:
        return True
    line_start = folded.rfind("\n", 0, start)
    return _ROW_CODE_RE.search(folded, max(0, line_start), start) is not None
