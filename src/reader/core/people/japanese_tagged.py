"""A Japanese name the tagger reads as a person (交流官佐藤刚, 课长吉田诚): a
surname the Japanese table knows and a one- or two-character given name.
Two sources agree (the tagger and the table), which the shape rules, built
for Chinese names, do not count: they want a second mention, which a guest
named once never gets. And where the tagger stops such a name one character
short, before a character that ends Japanese given names (井上翔|太, 佐佐木健|二)."""

from __future__ import annotations

import re
from collections import Counter

from reader.core.people import lexicon
from reader.core.people.cues import cue_before
from reader.core.people.names import (
    HARD_NOT_IN_GIVEN_NAME,
    JAPANESE_SURNAMES,
    NOT_IN_GIVEN_NAME,
    PARTICLES,
    is_han,
    surname_length,
)
from reader.core.people.texts import starts
from reader.core.surnames import COMMON_SURNAMES


def japanese_tagged(folded: str, start: int, end: int, before: tuple[str, str] | None) -> bool:
    """``folded[start:end]``, a span the tagger reads as a person, is a
    table's Japanese surname and a one- or two-character given name, right
    after a noun the tagger reads (``before``: the word and its tag), as a
    role is (交流官, 课长), or a name the dictionary lists, or heading a list's item with a gloss in brackets
    after it (7. 中島健（1999年日本交換生）); not after a preposition (与松本清等:
    a chain of shops)."""
    after_noun = before is not None and before[1].startswith("n")
    # (or the dictionary lists the whole as a person's name, a third source agreeing: 拿宫崎骏的动画)
    listed = (entry := lexicon.lookup(folded[start:end])) is not None and entry.is_name
    if not after_noun and not listed and not _glossed_item_head(folded, start, end):
        return False
    form = folded[start:end]
    if not 3 <= len(form) <= 4 or form[:2] not in JAPANESE_SURNAMES:
        return False
    if any(c in HARD_NOT_IN_GIVEN_NAME or c in PARTICLES for c in form[2:]):
        return False
    if lexicon.is_common_word(folded[end - 1 : end + 1], lexicon.WORD):
        return False  # 吉田诚特|地: the span's last character starts the next word (特地), it ran on
    return not lexicon.is_common_word(form) and not lexicon.is_common_word(form[2:])


# Where a role's nationality or era says the name after it is Japanese (日本摄影师, 日籍教师, 日治时期的学者:
# in the years of Japanese rule).
_JAPANESE_MARKS = ("日本", "日籍", "日治", "日据")
_ROLE_REACH = 8  # (what stands between the mark and the name: 摄影师, 留学生, 动画导演, 时期的人类学者)
# A verb of writing before a work's title (夏目漱石写《我是猫》): what only an author does.
_WROTE_RE = re.compile(r"(?:写|著|撰写|所著|写的)《")


def foreign_four(folded: str, start: int, end: int) -> bool:
    """日本摄影师岩合光昭, 夏目漱石写《我是猫》: four Han characters the tagger reads as one person,
    whose first is no table's two-character surname, vouched for by a role right before it that 日本 opens,
    or by a verb of writing before a work's title right after it: a Japanese name (or a pen name)
    whose surname no table holds, read whole where the Chinese shape rules see a surname and three."""
    form = folded[start:end]
    if len(form) != 4 or not all(is_han(c) for c in form) or surname_length(folded, start) >= 2:
        return False
    # (a stop character inside, not last, where a Japanese role vouches: 人类学者伊能嘉矩, 能 of a surname)
    if lexicon.is_common_word(form) or any(c in PARTICLES for c in form):
        return False
    stopless = not any(c in HARD_NOT_IN_GIVEN_NAME for c in form)
    if _WROTE_RE.match(folded, end):
        return stopless
    if not cue_before(folded, start):
        # (the next item of a list after one so vouched for: 人类学者森丑之助、鹿野忠雄)
        listed = folded[start - 1 : start] == "、" and start >= 5
        return stopless and listed and foreign_four(folded, start - 5, start - 1)
    return form[-1] not in HARD_NOT_IN_GIVEN_NAME and japanese_role_before(folded, start)


def japanese_role_before(folded: str, start: int) -> bool:
    """A role right before ``start`` that a Japanese nationality or era opens (日本学者, 日治时期的人类学者)."""
    head = folded[max(0, start - _ROLE_REACH - 2) : start]
    at = max(head.rfind(m) for m in _JAPANESE_MARKS)
    return at >= 0 and all(is_han(c) for c in head[at:]) and cue_before(folded, start)


def foreign_stopped(folded: str, start: int, end: int) -> bool:
    """森丑|之助: the tagger stops two characters into four that :func:`foreign_four` vouches for, the
    first no common surname, the two after no word the dictionary lists."""
    return (
        end - start == 2
        and folded[start] not in COMMON_SURNAMES
        and not lexicon.is_common_word(folded[end : end + 2], lexicon.LISTED)
        and foreign_four(folded, start, start + 4)
    )


# A list item's number before its text (7. , 3、, (2)).
_ITEM_NUMBER_RE = re.compile(r"\s*(?:[(（]?\d{1,3}[.、)）]?\s*)?")


def _glossed_item_head(folded: str, start: int, end: int) -> bool:
    """The span is all a line holds before a bracketed gloss, bar an item number."""
    line_start = folded.rfind("\n", 0, start) + 1
    return folded[end : end + 1] in ("(", "（") and _ITEM_NUMBER_RE.fullmatch(folded[line_start:start]) is not None


# Characters that end Japanese given names (翔太, 达也, 健介).
_JAPANESE_ENDINGS = frozenset("子郎美也太介雄夫彦男江代香奈树")


def japanese_whole(folded: str, start: int, end: int, readings: Counter[str], worded: bool = False) -> int:
    """井上翔|太, 宫原达|也是: the tagger stops a Japanese name one character short,
    before a character that ends Japanese given names. The surname is Japanese when
    the table knows it, or the tagger reads it alone as a person elsewhere (宫原监督),
    or its person word runs on over the ending (``worded``: 鹿野忠|雄 tagged one word)."""
    sl = surname_length(folded, start)
    if _numbered_son(folded, start, end, sl):
        return end + 1
    if _role_numbered(folded, start, end, sl):
        return start + sl + 2
    if end - start != 3 or end >= len(folded) or folded[end] not in _JAPANESE_ENDINGS:
        return end
    surname = folded[start : start + 2]
    # (阎仲|谋介绍: a common Chinese surname with two given characters is read the Chinese way)
    alone = sl < 2 and readings[surname] >= 1 and surname[0] not in COMMON_SURNAMES
    # (the tagger's word over the ending, unless a common Chinese surname leads or the ending starts a word:
    # 黄德明|代为领受)
    worded = worded and surname[0] not in COMMON_SURNAMES and not lexicon.is_common_word(folded[end : end + 2])
    japanese = (sl == 2 and surname in JAPANESE_SURNAMES) or alone or worded
    # (中村和|也是: 和 and 也 are words before more text; 田村和也 — …: a name before a clear end)
    last, clear = folded[end - 1], not is_han(folded[end + 1 : end + 2] or "a")
    if not clear and last in HARD_NOT_IN_GIVEN_NAME:  # (or it does elsewhere, a cell: 松本和也（日本）)
        whole = folded[start : end + 1]
        clear = any(not is_han(folded[k + 4 : k + 5] or "a") for k in starts(folded, whole))  # (four characters)
    if not japanese or not is_han(last) or (last in HARD_NOT_IN_GIVEN_NAME and not clear):
        return end
    # (中村凛 … 中村凛也参加: where the short form stands alone nearby, it is the name)
    near = folded[max(0, start - _NEAR) : end + _NEAR]
    if near.count(folded[start:end]) > near.count(folded[start : end + 1]):
        return end
    return end + 1


_NEAR = 300  # how far a name's other mentions are looked for (bounded: linear)
# A birth order that ends Japanese given names (健一, 浩二, 健三): a numeral the tagger leaves out.
_ORDER_ENDINGS = frozenset("一二三")


def _numbered_son(folded: str, start: int, end: int, sl: int) -> bool:
    """佐佐木健|二（日本）: a surname of the Japanese table and one given character,
    then 一, 二 or 三 and a clear end (no Han character: 健二人 is two people)."""
    return (
        sl >= 2
        and end - start == sl + 1
        and folded[end : end + 1] in _ORDER_ENDINGS
        and not is_han(folded[end + 1 : end + 2] or "a")
        and folded[start : start + sl] in JAPANESE_SURNAMES
    )


def _role_numbered(folded: str, start: int, end: int, sl: int) -> bool:
    """日本学者大冢|真一连说: a surname of the Japanese table the tagger reads alone (or with one given
    character: 大冢健|一连) after a role a Japanese nationality opens, then one given character and 一, 二
    or 三 (a birth order), whatever word the order's numeral starts (一连): the four characters are the name."""
    given = folded[start + sl : start + sl + 2]
    return (
        sl == 2
        and end - start in (sl, sl + 1)
        and len(given) == 2
        and given[1] in _ORDER_ENDINGS
        and is_han(given[0])
        and given[0] not in NOT_IN_GIVEN_NAME
        and folded[start : start + sl] in JAPANESE_SURNAMES
        and japanese_role_before(folded, start)
    )


__all__ = ["foreign_four", "foreign_stopped", "japanese_tagged", "japanese_whole"]
