"""Names the statistical tagger cut or ran on, repaired: a person read in
two pieces joined (久|保田一郎), a particle or an adverb run on dropped
(周正在 -> 周正), a given name cut short completed (柏|一帆以, 上官|正), a
transliteration's first character taken back (一本拉|马努金), and whether a
和 after a name ends it (邢正和则) or joins two people (周正和李明).
Used by :mod:`reader.core.people.tagged`.
"""

from __future__ import annotations

from reader.core.people import lexicon
from reader.core.people.cantonese_openers import cantonese_adverb_end, cantonese_opener
from reader.core.people.compound_given import compound_given_two
from reader.core.people.cues import (
    boundary_after,
    cue_after,
    cue_before,
)
from reader.core.people.lexicon import WORD
from reader.core.people.names import (
    ADDRESS_SUFFIXES,
    AFTER_SUBJECT,
    ERA_BEFORE_RE,
    HARD_NOT_IN_GIVEN_NAME,
    JAPANESE_SURNAMES,
    NICKNAME_PREFIXES,
    NOT_LAST_BEFORE_HAN,
    PARTICLES,
    SOFT_FIRST_ONLY,
    SOFT_IN_GIVEN_NAME,
    TRANSLIT_CHARS,
    adverb_before_verb,
    is_han,
    surname_length,
)
from reader.core.people.texts import DOT, WordTags, starts
from reader.core.surnames import COMMON_SURNAMES

# Longest plain (undotted) Chinese name the tagger may propose: compound
# surname + two, or a transliteration such as 克里哲夫斯基.
MAX_PLAIN = 7


def _dotted_halves(folded: str, first: tuple[int, int], end: int) -> bool:
    s0, e0 = first
    # (a last part the table spells is the dot rule's to read, with a title trimmed: 鯉友比令·達道)
    halves = folded[s0:e0] + folded[e0 + 1 : end]
    return e0 - s0 >= 2 and end - e0 >= 3 and folded[e0 + 1] not in TRANSLIT_CHARS and all(map(is_han, halves))


def _joined(folded: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A person the tagger reads in two pieces, the first a lone character or
    a whole surname, the second no surname (久|保田一郎, 马|世芳), or a lone
    character and the rest of a transliteration read whole elsewhere (南|丁格尔): one span.
    So are two persons of two characters or more on either side of a name dot
    (赛典赤|·|赡思丁) where the last part starts outside the dot rule's table."""
    out: list[tuple[int, int]] = []
    whole = {folded[s:e] for s, e in spans if e - s >= 3}
    for start, end in spans:
        if out and out[-1][1] == start - 1 and folded[start - 1] == DOT and _dotted_halves(folded, out[-1], end):
            out[-1] = (out[-1][0], end)
            continue
        if out and out[-1][1] == start and is_han(folded[start : start + 1] or "a"):
            s0, e0 = out[-1]
            first = surname_length(folded, s0) >= e0 - s0  # inside a surname (久|保田一郎)
            # (地产商|缪耀宗: the second piece is a name of its own; 类比|布尼杰·戴娜:
            # dotted names are the dotted rules')
            # (上官|凌云: a compound surname alone is no one; a given name of two follows it)
            compound = e0 - s0 == 2 and surname_length(folded, s0) == 2 and end - start <= 2
            # (主任|虎建平: a lone piece that ends a word with the character before it is that word's)
            glued = e0 - s0 == 1 and s0 > 0 and lexicon.is_common_word(folded[s0 - 1 : e0], WORD)
            # (区|文杰: a lone surname before two characters is no one alone; they are its given name)
            lone = e0 - s0 == 1 and end - start == 2
            if (
                first
                and not glued
                and (compound or lone or not surname_length(folded, start))
                and DOT not in folded[start:end]
                and end - s0 <= MAX_PLAIN
            ):
                out[-1] = (s0, end)
                continue
            # (南|丁格尔: one transliteration in two pieces, read whole at another mention;
            # its second piece is no name of its own; so are two pieces of two or more, 菲迪|皮德斯,
            # five transliteration characters no Chinese name has)
            translit = all(c in TRANSLIT_CHARS for c in folded[s0:end])
            if translit and ((e0 - s0 == 1 and folded[s0:end] in whole) or (e0 - s0 >= 2 and end - s0 >= 5)):
                out[-1] = (s0, end)
                continue
            if _split_listed(folded, s0, start, end):
                out[-1] = (s0, start + 1)  # 林则|徐喺: the dictionary's name, the particle no part of it
                continue
        out.append((start, end))
    return out


_LISTED_NAME = 3


def _split_listed(folded: str, s0: int, start: int, end: int) -> bool:
    """林则|徐喺广州: two pieces the tagger cut inside a name the dictionary lists as a person's (three
    characters a surname opens), the second running on into particles only (Cantonese 喺, at): the
    name is the first piece and the second's first character."""
    entry = lexicon.lookup(folded[s0 : start + 1])
    return (
        start + 1 - s0 == _LISTED_NAME
        and end - start >= 2
        and entry is not None
        and entry.is_name
        and entry.freq >= lexicon.LISTED
        and surname_length(folded, s0) == 1
        and all(c in PARTICLES for c in folded[start + 1 : end])
    )


def _trim(folded: str, start: int, end: int, word_tag: WordTags | None = None) -> tuple[int, int]:
    """Drop what is not Han at either end, and a particle the tagger ran on
    at the end (周正在 -> 周正)."""
    while start < end and not is_han(folded[start]):
        start += 1
    start += cantonese_opener(folded, start, end)  # (係|咪鳳凰女, ，|仲即場用手)
    while end > start and not is_han(folded[end - 1]):
        end -= 1
    if end - start >= 3 and folded[end - 1] in PARTICLES and not _name_ends_in_conjunction(folded, end, word_tag):
        end -= 1
    elif end - start >= 3 and adverb_before_verb(folded, end - 1):
        end -= 1  # 傅明共出示: an adverb before the verb
    end -= cantonese_adverb_end(folded, start, end)  # (馬房仲|喺: still, after the subject)
    return start, end


def titled_overlong(folded: str, start: int, end: int) -> int:
    """书法家贾一鸣|书丹。: a common surname and four more characters after a title, the tagger's one
    person: no Chinese given name runs past two characters, so the name is the surname and two, and
    the rest the verb it ran on into (a Japanese surname's names are the Japanese rules')."""
    form = folded[start:end]
    if len(form) != 5 or not all(is_han(c) for c in form) or surname_length(folded, start) != 1:
        return end
    if form[0] not in COMMON_SURNAMES or form[:2] in JAPANESE_SURNAMES or not cue_before(folded, start):
        return end
    # (a transliteration is one name however long: 冠军：莫哈末法依查)
    return end if sum(c in TRANSLIT_CHARS for c in form[1:]) > 1 else start + 3


def _compound_whole(
    folded: str, start: int, end: int, followers: dict[str, set[str]], word_tag: WordTags | None = None
) -> int:
    """上官|正: the tagger reads a compound surname alone, and every time it
    occurs (twice at least) the same given character follows: that is the
    name (上官正说, 上官正在: 正 is read as an adverb). Or a rare noun
    follows it, as given names of two are (皇甫|建|军户: 建军). Or, after a compound surname and two
    given characters opening with 阿 (no Han given name does: a clan's, as the Jurchen ones are, may have
    three), one character the tagger reads as a verb stands before an adverb that follows a subject
    (完颜阿骨|打就是在那儿起兵的): the adverb opens the predicate, the verb ends the name (not 欧阳振华|看就是了)."""
    sl = surname_length(folded, start)
    clan = sl == 2 and end - start == 4 and folded[start + 2] == _CLAN_OPENER
    if clan and word_tag is not None and word_tag.get(end) == (end + 1, "v"):
        run_on = subject_ends(folded, end + 1) and lexicon.lookup(folded[end : end + 2]) is None
        return end + 1 if run_on and is_han(folded[end]) else end
    if sl != 2 or end - start != 2:
        return end
    if given_noun(folded, end, word_tag) or compound_given_two(folded, start, end, word_tag):
        return end + 2
    entry = lexicon.lookup(folded[start : end + 1])
    if entry is not None and entry.is_name and ERA_BEFORE_RE.search(folded, max(0, start - 3), start):
        return end + 1  # 唐代欧阳|询的字: a name the dictionary lists, dated by an era right before
    surname = folded[start:end]
    if surname not in followers:
        ends = [s + len(surname) for s in starts(folded, surname)]
        # (one mention only: nothing to agree with; an empty set says so)
        followers[surname] = {folded[e : e + 1] for e in ends} if len(ends) >= 2 else set()
    nexts = followers[surname]
    if len(nexts) != 1:
        return end
    (c,) = nexts
    if not is_han(c) or c in HARD_NOT_IN_GIVEN_NAME or lexicon.is_common_word(surname + c):
        return end
    return end + 1


_CLAN_OPENER = "阿"


def subject_ends(folded: str, at: int) -> bool:
    """An adverb that follows a subject stands at ``at`` (就, 便, 也: 完颜阿骨打|就是): the subject ends before it."""
    return folded[at : at + 1] in AFTER_SUBJECT


# A noun rarer than this after a compound surname is its given name (建军 170); a
# frequent one is what the family is or has (家族, 同学, 女士, 红军).
_GIVEN_NOUN_FREQ = 1000


def given_noun(folded: str, at: int, word_tag: WordTags | None) -> bool:
    """Two characters at ``at``, after a compound surname, that are a rare noun the
    tagger reads as no noun of its own (张廖|宗亲 is the clan's kin) and that start no
    longer word with the next (理事|长, 宗亲|会: a title, a clan's hall)."""
    given = folded[at : at + 2]
    if len(given) != 2 or given.endswith(ADDRESS_SUFFIXES) or lexicon.lookup(folded[at : at + 3]) is not None:
        return False
    if word_tag is None or word_tag.get(at) == (at + 2, "n"):
        return False
    entry = lexicon.lookup(given)
    return entry is not None and entry.tag in ("n", "nr", "nz") and entry.freq < _GIVEN_NOUN_FREQ


def _translit_head(folded: str, start: int, end: int, word_before: dict[int, tuple[str, str]]) -> int:
    """一本拉|马努金: the tagger reads a transliteration's first character
    alone (拉 as a verb) after a whole word; it belongs to the name."""
    head = word_before.get(start)
    form = folded[start:end]
    if head is None or len(head[0]) != 1 or head[0] not in TRANSLIT_CHARS or len(form) < 3:
        return start
    if not all(c in TRANSLIT_CHARS for c in form) or len(word_before.get(start - 1, ("",))[0]) < 2:
        return start
    return start - 1


_NO_END = SOFT_FIRST_ONLY | NOT_LAST_BEFORE_HAN  # 钟以|正在, 傅明|共出示
# Stop characters common inside given names, where the tagger often stops
# (人, 年, 来, 才 after a name are more often the next word: 任肯|人).
_EXTENDS = frozenset("一正家之可中千月亦均") & SOFT_IN_GIVEN_NAME


# Conjunctions that join what comes after them, so never end a clause; and the stops that do end one.
_CLAUSE_CONJUNCTIONS = frozenset("且与及并")
# The dictionary's tag for a transliterated foreign name (马拉多纳).
_FOREIGN_NAME = "nrt"


def _listed_foreign(form: str) -> bool:
    """Four characters or more, all a transliteration's, the dictionary lists as a foreign name."""
    entry = lexicon.lookup(form) if len(form) >= 4 and all(c in TRANSLIT_CHARS for c in form) else None
    return entry is not None and entry.tag == _FOREIGN_NAME


_STOPS = frozenset("，。；！？,;!?")


def _whole(
    folded: str,
    start: int,
    end: int,
    split: bool = False,
    next_word_end: int = 0,
    word_tag: WordTags | None = None,
) -> int:
    """Where a name the tagger cut short ends: 柏|一帆以, 包文|正之间. The
    tagger stops before a character that usually ends a name (一, 正); the
    surname and two given characters are the name when what is added forms
    no word with the next character (正在 does: 冼志|正在 stays as read),
    and the name can end there."""
    if end - start >= 2 and folded[end : end + 1] in _CLAUSE_CONJUNCTIONS and folded[end + 1 : end + 2] in _STOPS:
        return end + 1  # 主人是吉伍拉|且，: no conjunction stands before a stop, 且 ends the name (Yi: 阿说拉且)
    if _listed_foreign(folded[start : end + 1]):
        return end + 1  # 马拉多|纳的画像: a transliteration one short of a foreign name the dictionary lists
    sl = surname_length(folded, start)
    whole = start + sl + 2
    if not sl or end >= whole or sl > 2 or whole > len(folded) or folded[start] in NICKNAME_PREFIXES:
        return end  # (阿贤 is what people call someone: no surname to extend)
    if (next_word_end != whole and not split) or folded[start + sl] in NICKNAME_PREFIXES:
        # The tagger must read what is added as one word (柏|一帆, 包文|正),
        # not run on (戈老|一九三四年) or split it (施|才|辞); 戈老 is an address.
        return end
    added = folded[end:whole]
    if added in LIST_SEPARATORS and end - start == sl + 1 and _name_ends_in_conjunction(folded, whole, word_tag):
        return whole  # 副局长阙家|和坦言: no second noun follows 和, it ends the name
    split = split and not surname_length(folded, end)  # (关|罗冰: a name of its own follows)
    if added in AFTER_SUBJECT and word_tag is not None and word_tag.get(end, (0, ""))[1] == "d" and not split:
        return end  # 妻子李芳|均被判刑: the tagger reads an adverb after the subject
    if sl == 1 and len(added) == 1 and word_tag is not None and _adverb_before_verb(word_tag, end, whole):
        # 主唱冯阔|一上台就笑: 一 is an adverb before the verb, not a given
        # name (a Japanese given name ends in 一 more often: 松田健一撑起)
        return end
    # The second verb is the boundary, where a title or kin word vouches for
    # a name (爸爸龚德|胜|开了); not after an address (雷伯|睇|吓).
    lone = (
        _lone_verbs(word_tag, end, whole)
        and cue_before(folded, start)
        and not folded[start:end].endswith(ADDRESS_SUFFIXES)
    )
    # (清代郑用|锡那个时候: an era dates the name, its last character read as a lone noun; not a name the
    # dictionary lists whole, 唐代王维|诗)
    dated = (
        word_tag is not None
        and word_tag.get(end) == (whole, "n")
        and ERA_BEFORE_RE.search(folded, 0, start) is not None
        and lexicon.lookup(folded[start:end]) is None
    )
    if added[0] not in _EXTENDS and not split and not lone and not dated:
        # The tagger stopped for another reason (周迅|演得很好), unless it
        # reads a person on from there too (马|世芳).
        return end
    if not all(is_han(c) and c not in HARD_NOT_IN_GIVEN_NAME for c in added) or added[-1] in _NO_END:
        return end
    if lexicon.is_common_word(folded[whole - 1 : whole + 1], WORD) or not (lone or boundary_after(folded, whole)):
        return end
    if lexicon.is_common_word(folded[start:whole]) or lexicon.is_common_word(folded[start + sl : whole], WORD):
        return end
    return whole


def _lone_verbs(word_tag: WordTags | None, at: int, after: int) -> bool:
    """The tagger reads one character at ``at`` as a verb and another lone
    verb right after it (龚德|胜|开了): two one-character verbs in a row are
    rarer than a given name's last character before a verb. An adjective
    read alone counts as one too (处长欧阳志|强|主|礼: 强 and 主 as adjectives)."""
    if word_tag is None or after != at + 1:
        return False
    first, second = word_tag.get(at, (0, "")), word_tag.get(after, (0, ""))
    return (
        first[0] == after and first[1] in _LONE_PREDICATES and second[1] in _LONE_PREDICATES and second[0] == after + 1
    )


# The tags of a one-character word that predicates (a verb, an adjective).
_LONE_PREDICATES = frozenset(("v", "a"))


def _adverb_before_verb(word_tag: WordTags, at: int, after: int) -> bool:
    """The tagger reads one character at ``at`` as an adverb and a verb right after it."""
    return word_tag.get(at, (0, ""))[1] == "d" and word_tag.get(after, (0, ""))[1].startswith("v")


def _before_person(word_tag: WordTags | None, at: int) -> bool:
    """The tagger reads a word at ``at`` and a person right after it."""
    stop = word_tag.get(at, (at, ""))[0] if word_tag is not None else at
    return word_tag is not None and stop > at and word_tag.get(stop, (0, ""))[1] == "PER"


def _name_ends_in_conjunction(folded: str, end: int, word_tag: WordTags | None = None) -> bool:
    """邢正和则打趣说: 和 ends the name (no second noun follows it: an
    adverb, a speech verb, punctuation, or any word the tagger reads as a
    verb, a preposition, a number or a time: 蔡家和在赛后, 戚家和是);
    周正和李明: it joins two names."""
    if folded[end - 1] not in LIST_SEPARATORS:
        return False
    nxt = folded[end : end + 1]
    if not nxt or not (is_han(nxt) or nxt.isalnum()) or nxt in AFTER_SUBJECT:
        return True
    if cue_after(folded, end):
        # 刘敏与先生佐佐木健: a title right before another name is that name's
        # (her husband's), so the conjunction joins two people
        return not _before_person(word_tag, end)
    if folded[end - 1] != "和" or word_tag is None or end not in word_tag:
        return False
    stop, tag = word_tag[end]
    if tag in _NO_SECOND_NOUN:
        return True
    # 父亲卓明和中风，: a common noun that is no person's role ends the clause
    # right after 和; a second person would be named, or called by a role
    # (李明和妻子, 王力和同事).
    noun = folded[end:stop]
    return (
        tag in ("n", "vn")
        and stop - end >= 2
        and not is_han(folded[stop : stop + 1] or "。")
        and not folded[stop : stop + 1].isalnum()
        and not cue_before(folded, stop)
        and noun not in _PEOPLE_NOUNS
    )


# Nouns for people that a role list may lack.
_PEOPLE_NOUNS = frozenset(
    "家人 家属 孩子 子女 朋友 同学 同事 队友 大家 众人 其他人 他人 对方 团队 公司 政府 警方 家族".split()
)


# What the tagger reads right after 和 when it is no conjunction: 和 joins
# two nouns, never a noun and a verb, a preposition, a number or a time.
_NO_SECOND_NOUN = frozenset(["v", "vd", "p", "d", "m", "TIME", "ad", "u", "xc"])


# What joins two names in a list (周正、李明; 王力和李华); joined.py asks it too.
LIST_SEPARATORS = ("、", "和", "与", "及")


# What the young call an elder after a 阿-name (阿水公, 阿土伯, 阿桃婆).
_ELDER_ADDRESSES = frozenset("公伯婆叔婶姆")


def surname_before_elder(folded: str, start: int, end: int) -> tuple[int, int]:
    """父簡|阿水公: the tagger reads a 阿-name and an elder's address, leaving the
    surname in the word before (父簡 is no word). The surname starts the name and
    the address is no part of it (簡阿水). Not a 阿 word (阿公, 阿姨) nor a surname
    that ends a word with the character before."""
    if end - start != 3 or folded[start] != "阿" or folded[end - 1] not in _ELDER_ADDRESSES or start < 2:
        return start, end
    if lexicon.is_common_word(folded[start : start + 2]) or lexicon.is_common_word(folded[start - 2 : start]):
        return start, end
    return (
        (start - 1, end - 1) if surname_length(folded, start - 1) == 1 and is_han(folded[start - 2]) else (start, end)
    )
