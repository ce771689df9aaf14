"""A name joined to another person's by a list separator or a conjunction
(周正、李明; 王力和李华), where the tagger reads both: listed beside a
person, a two-character form is a name too. The second person may be named
after their role to the first (刘敏与先生佐佐木健, 李明和妻子王芳): a kinship
word or a title right before a person the tagger read."""

from __future__ import annotations

from reader.core.people import lexicon
from reader.core.people.cut_names import LIST_SEPARATORS
from reader.core.people.kin_names import KIN_WORDS
from reader.core.people.names import ADDRESS_SUFFIXES, HARD_NOT_IN_GIVEN_NAME, is_han, surname_length

# A role before the second person: two characters or more (不 姐, 公: these open other words too).
_ROLES = tuple(r for r in KIN_WORDS + ADDRESS_SUFFIXES if len(r) >= 2)
# Joining a second person of three characters or more (a full name) to a first the tagger read, as the
# separators do: 同 and 跟, "and", "with" (睇任劍輝同白雪仙, Cantonese writes 同 for 和); not two of two,
# a surname's and one (丁屋同丁權: two things the tagger reads as people).
_WITH = ("同", "跟")


def listed(folded: str, start: int, end: int, person_starts: set[int], person_ends: set[int]) -> bool:
    """Listed beside another person the tagger found (not 高维 in 细的、高维的),
    or between two in a list spaced out (徐天狼 阮明 江月白) where no dictionary
    word stands (黃錦泉　揚琴 曾玉珍: an instrument between two players)."""
    joiner = folded[start - 1 : start]
    if (joiner in LIST_SEPARATORS or (joiner in _WITH and end - start >= 3)) and (
        start - 1 in person_ends or _glossed_before(folded, start - 1, person_ends)
    ):
        return True
    if (
        folded[start - 1 : start] == folded[end : end + 1] == " "
        and start - 1 in person_ends
        and end + 1 in person_starts
    ):
        return lexicon.lookup(folded[start:end]) is None
    if folded[end : end + 1] not in LIST_SEPARATORS:
        return False
    if end + 1 in person_starts:
        return True
    # (a conjunction only: 、 lists items, a role after it is the next item)
    role = next((r for r in _ROLES if folded.startswith(r, end + 1)), "")
    return folded[end] != "、" and bool(role) and end + 1 + len(role) in person_starts


# Joining two people, then whose something is: 的, or the Cantonese 嘅 (任劍輝同白雪仙嘅戲迷).
_JOINING = ("和", "与", "及", *_WITH)
_WHOSE = ("的", "嘅")


def paired_whose(folded: str, name_end: int) -> int:
    """任劍輝同白雪仙嘅戲迷: a full name, a joining word, then a surname and two characters no word
    (雪仙; 白雪 is one) before 的 or 嘅: the two people whose fans, works or days follow. The end of
    the second name, or 0."""
    joiner = next((j for j in _JOINING if folded.startswith(j, name_end)), "")
    start = name_end + len(joiner)
    form = folded[start : start + 3]
    if not joiner or len(form) != 3 or not folded.startswith(_WHOSE, start + 3) or surname_length(form, 0) != 1:
        return 0
    if any(not is_han(c) or c in HARD_NOT_IN_GIVEN_NAME for c in form[1:]):
        return 0
    return start + 3 if lexicon.lookup(form[1:]) is None and lexicon.lookup(form) is None else 0


def known(form: str, listed: bool) -> bool:
    """魯迅、沈從文的書: listed beside a person the tagger reads, a form the dictionary lists as a
    person's name (however rare: a writer, a historical figure) is that person, whatever its
    characters would say of a plain name's shape (从, a preposition)."""
    if not listed or not 2 <= len(form) <= 3:
        return False
    entry = lexicon.lookup(form)
    return entry is not None and entry.is_name and entry.freq >= lexicon.LISTED


def _glossed_before(folded: str, at: int, person_ends: set[int]) -> bool:
    """A person and their name's gloss in brackets end right before ``at``
    (艾美·巴蒂斯塔（Amy Bautista）、吉田阳子): the list runs on past the gloss."""
    if folded[at - 1 : at] not in ("）", ")"):
        return False
    opened = max(folded.rfind("（", max(0, at - 40), at), folded.rfind("(", max(0, at - 40), at))
    return opened in person_ends


def closes_list(folded: str, start: int, end: int) -> bool:
    """Three Han characters closing a list of people before 等人 (解文雄、樟新華等人), listed
    after a known name: a person whatever the surname (a clan's, a people's), unless its
    first two make a word (小组等人)."""
    form = folded[start:end]
    return (
        end - start == 3
        and folded.startswith(_ETC_PEOPLE, end)
        and all("\u4e00" <= c <= "\u9fff" for c in form)
        and lexicon.lookup(form[:2]) is None
        and lexicon.lookup(form) is None
    )


_ETC_PEOPLE = "等人"


__all__ = ["closes_list", "known", "listed", "paired_whose"]
