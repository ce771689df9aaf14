"""Brands, shops and drinks named like people (王老吉, 黄振龙, 邓老凉茶: herbal-tea chains; 陈高, a
liquor), told by what the text says of them: a form that is the subject of 是 (Cantonese 系) with a trade's
noun for all its predicate (王老吉系个牌子), as is each item of a 、 list the predicate follows
(王老吉、黄振龙、邓老凉茶，都系连锁店同罐装饮品); or that a verb of selling, buying, drinking or eating
(吃了枝仔冰) takes for its object, right after it or named by its 的 phrase (卖得最好的是陈高和特级高粱), the
clause ending or going on to another item after it (买的是张大千的画 buys a painter's work); or that is an item of
a 、 list that all opened shops, another item no name (周大福、周生生、六福喺隔篱街都开咗铺). A form a
person's cue leads or follows at any mention stays a name. Used by :mod:`reader.core.people.extract`.
"""

from __future__ import annotations

import re

from reader.core.han import is_han_char
from reader.core.people import lexicon
from reader.core.people.cues import cue_after, cue_before
from reader.core.people.texts import starts

_CLAUSE = r"[^，,。；;！？!?：:\n]"
# The rest of a 、 list after the form, an optional comma and 都, then the copula and a measure.
_LIST_REST = r"(?:、[^、，,。；;！？!?\n]{1,8})*"
_COPULA_RE = re.compile(rf"{_LIST_REST}[，,]?[都也亦均全]?[是系](?:一)?[个间家款种只]?({_CLAUSE}*)")
# What a trade's noun ends in: a brand (牌子, 品牌), a shop (店, 铺, 老字号), goods (饮品, 产品), a drink;
# not 品 alone (他是个极品: a character).
_TRADE_ENDS = ("牌子", "品牌", "店", "铺", "字号", "商号", "饮品", "产品", "商品", "食品", "饮料")
# Nouns joined in the predicate (连锁店同罐装饮品).
_JOINERS_RE = re.compile(r"[同和与及跟、]")
# Selling, buying, drinking, eating (吃了枝仔冰; Cantonese 食).
_TRADE_VERBS = "卖买喝饮吃食"
_VERB_PHRASE_RE = re.compile(rf"[{_TRADE_VERBS}]{_CLAUSE}{{0,6}}[的嘅][就都]?[是系]$")
_ASPECTS = "了咗过着"
# After the object: the clause ends or another item follows.
_OBJECT_END = "，,。；;！？!?、\n和与及同跟"


def _trade_predicate(folded: str, end: int) -> bool:
    """The form ending at ``end`` (or the 、 list it opens or goes on) is said to be a trade's thing."""
    m = _COPULA_RE.match(folded, end)
    if m is None or not m.group(1):
        return False
    nouns = [n for n in _JOINERS_RE.split(m.group(1)) if n]
    return bool(nouns) and all(n.endswith(_TRADE_ENDS) for n in nouns)


def _verb_object(folded: str, start: int, end: int) -> bool:
    """A verb of trade, drinking or eating takes the form starting at ``start`` for its object."""
    if end < len(folded) and folded[end] not in _OBJECT_END:
        return False
    if _VERB_PHRASE_RE.search(folded, max(0, start - 12), start):
        return True
    verb = start - 1 if folded[start - 1 : start] not in _ASPECTS else start - 2
    if verb < 0 or folded[verb] not in _TRADE_VERBS:
        return False
    # (出卖, 收买, 吆喝: the verb is a longer word's end, no trade)
    return not lexicon.is_common_word(folded[verb - 1 : verb + 1], lexicon.WORD)


# A 、 list's rest, then where (喺隔篱街) and 都, then opened a shop (开咗铺, 开了分店).
_OPENED_RE = re.compile(
    rf"(?P<rest>(?:、[^、，,。；;！？!?\n]{{1,8}}?)*)(?:[喺在]{_CLAUSE}{{1,6}}?)?[都也亦均全]开[咗了过]?(?:[一几多]?[间家])?(?:分店|铺|店)"
)


def _opened_shops(folded: str, start: int, end: int, forms: set[str]) -> bool:
    """周大福、周生生、六福喺隔篱街都开咗铺: the form is an item of a 、 list that all opened shops, and a later
    item is no name found (六福): the items are chains (not 王振邦、黄振龙都开咗铺, two people)."""
    m = _OPENED_RE.match(folded, end)
    if m is None:
        return False
    later = [item for item in m.group("rest").split("、") if item]
    head = _CLAUSE_HEAD_RE.search(folded, 0, start)
    # (the list's first item may carry the clause's opening words: 街上见到嘅王老吉)
    earlier = [item for item in head.group(0).split("、") if item][1:] if head else []
    return any(item not in forms for item in earlier + later)


_CLAUSE_HEAD_RE = re.compile(r"(?:[^、，,。；;！？!?\n]{1,8}、)+$")


def traded_things(folded: str, forms: set[str]) -> set[str]:
    """The Han forms of ``forms`` the text sells, buys, drinks, eats or calls a brand, shop or product at some
    mention, with no person's cue at any."""
    found = set()
    for form in forms:
        if not form or not all(is_han_char(c) for c in form):
            continue
        spans = [(s, s + len(form)) for s in starts(folded, form)]
        if any(cue_before(folded, s) or cue_after(folded, e) for s, e in spans):
            continue
        if any(
            _trade_predicate(folded, e) or _verb_object(folded, s, e) or _opened_shops(folded, s, e, forms)
            for s, e in spans
        ):
            found.add(form)
    return found
