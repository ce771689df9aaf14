"""What lets the tagger's name of a person's shape count at its one mention
(the shape rules would want a second): a Japanese name the tagger reads
whole, a field's whole value on a line of fields, a kinship word before it,
a work's title after it and 的 (徐迟的报告文学《哥德巴赫猜想》: its author), or a full name's act after 的
(看过黄海岱的演出: the performer's), or a person's one-character act right before it, its end clear
(李白送汪伦的诗: the one seen off), or a time word before it and a verb right after it (四百年前，开普勒描述:
the subject's dated act), or 的名字 after it (说出了基普乔格的名字: the text calls it a name), or 的画像
(a portrait: 马拉多纳的画像)."""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.dated_names import time_before
from reader.core.people.field_values import field_value
from reader.core.people.japanese_tagged import japanese_tagged
from reader.core.people.kin_names import kin_before
from reader.core.people.names import surname_length
from reader.core.people.person_acts import acted_on
from reader.core.people.texts import WordTags

# 的, a genre's word of four characters at most (报告文学, 小说, 新书), then a work's title mark.
_WORK_AFTER_RE = re.compile(r"的[\u4e00-\u9fff]{0,4}《")
# 的名字 'the name of' after the tagger's person: the text says a name is what it wrote (说出了基普乔格的名字);
# so does a portrait of it (举着马拉多纳的画像: what is painted with a face).
_NAME_OF = ("的名字", "的画像", "的肖像")


def vouched_once(
    folded: str, start: int, end: int, before: tuple[str, str] | None, word_tag: WordTags | None = None
) -> bool:
    """``before``: the tagger's word ending at ``start``, as (text, tag); ``word_tag``: its words by start."""
    return (
        japanese_tagged(folded, start, end, before)
        or field_value(folded, start, end)
        or kin_before(folded, start)
        or _WORK_AFTER_RE.match(folded, end) is not None
        or folded.startswith(_NAME_OF, end)
        or _act_after(folded, start, end, word_tag)
        or _supporting(folded, start, end, word_tag)
        or _doing_for(folded, end, word_tag)
        or acted_on(folded, start, end, word_tag)
        or _dated_act(folded, start, end, word_tag)
    )


_VERB = "v"


def _dated_act(folded: str, start: int, end: int, word_tag: WordTags | None) -> bool:
    """四百年前，开普勒描述行星运动: a time word the tagger reads right before the name (a comma maybe
    between) and a verb of two characters or more right after it: the name is the subject of an act the time
    dates, as a person's is (a place's or a thing's verb is seldom dated so, and the tagger read a person)."""
    word = word_tag.get(end) if word_tag is not None else None
    return word is not None and word[1] == _VERB and word[0] - end >= 2 and time_before(folded, start, word_tag)


# 的 after a name, then a verb the tagger reads as a noun (演出, 表演, 创作): someone's act.
_OF = "的"
_ACT = "vn"
_FULL = 3


def _act_after(folded: str, start: int, end: int, word_tag: WordTags | None) -> bool:
    """看過黃海岱的演出: a full name (three characters) whose first two make a word (黄海, a sea), then 的 and
    a verb the tagger reads as a noun of two characters or more: the act is the one named's, as only a
    person's (or a troupe's, no surname's shape) is; a place or a thing does none."""
    word = word_tag.get(end + 1) if word_tag is not None and folded[end : end + 1] == _OF else None
    if end - start != _FULL or word is None or word[1] != _ACT or word[0] - end - 1 < 2:
        return False
    # (a surname opens it, and its first two are the word: not 威尔斯的守护圣人, Wales, spelt by sounds)
    return surname_length(folded, start) == 1 and lexicon.is_common_word(folded[start : start + 2], lexicon.WORD)


# 在 before a name, 的, an act the tagger reads as a noun, then 下: under someone's support or lead.
_UNDER = ("在", "下")


def _supporting(folded: str, start: int, end: int, word_tag: WordTags | None) -> bool:
    """在张謇的支持下: 在, the name, 的, a verb the tagger reads as a noun (支持, 帮助, 带领) and 下: the
    frame says under whose act something was done, an agent's (a place or a thing leads no one)."""
    word = word_tag.get(end + 1) if word_tag is not None and folded[end : end + 1] == _OF else None
    before, after = _UNDER
    return (
        word is not None
        and word[1] == _ACT
        and folded[start - 1 : start] == before
        and folded[word[0] : word[0] + 1] == after
    )


# For someone or on their behalf (为, 替, 给 the tagger reads as a preposition), an adverb maybe before.
_FOR = frozenset("为替给")
_PREPOSITION = "p"
_ADVERB = "d"


def _doing_for(folded: str, end: int, word_tag: WordTags | None) -> bool:
    """傅山曾为醋坊题过字: the name, an adverb maybe (曾, once), then 为 (or 替, 给) the tagger reads as a
    preposition: the subject did something for someone, as a person does (a place 为 is a copula)."""
    if word_tag is None:
        return False
    word = word_tag.get(end)
    if word is not None and word[1] == _ADVERB:
        word = word_tag.get(end := word[0])
    return word == (end + 1, _PREPOSITION) and folded[end] in _FOR
