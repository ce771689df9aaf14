"""Married women's names in Taiwan and Hong Kong: the husband's surname
before the woman's own full name (李林素琴, 黄陈美月). The rules read the
own name alone (林素琴) or stop inside (黄陈美); the tagger reads the four
characters as one person, and that reading is kept when its shape holds.
Used by :mod:`reader.core.people.extract`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.people import lexicon
from reader.core.people.cues import boundary_after, cue_before, cue_ends_at
from reader.core.people.married_evidence import MarriedEvidence
from reader.core.people.married_glosses import glossed_married
from reader.core.people.names import (
    ADDRESS_SUFFIXES,
    AFTER_SUBJECT,
    CANTONESE_PARTICLES,
    HARD_NOT_IN_GIVEN_NAME,
    NICKNAME_PREFIXES,
    is_han,
)
from reader.core.people.tagger import Spans
from reader.core.people.tails import MALAY_TITLES_HAN
from reader.core.people.texts import CappedCounts, Proposal
from reader.core.surnames import COMMON_SURNAMES, COMPOUND_SURNAMES, SURNAMES

# A wife named as one (船东代表的夫人林黄淑惠, 我老婆鍾劉秀妹): the form after is a married woman's.
_WIFE = ("夫人", "太太", "妻子", "老婆")
# A mother named as one (他的母親余高秀蘭): her husband's surname is her child's.
_MOTHER = ("母亲", "妈妈", "阿妈")
# What the tagger may run a name on over: a word that takes the next phrase (由, 被, 在).
_RUN_ON = HARD_NOT_IN_GIVEN_NAME | frozenset("由")


def married_names(folded: str, spans: Spans, named: Sequence[tuple[int, int]] = ()) -> list[Proposal]:
    """The tagger's four-character people (or a surname it split off, see
    ``_four_character_readings``), or a four-character word of any tag right after
    a wife word (太太黃陳秀琴: the word says a woman's name follows), made of two
    common surnames (or a common and a compound one) and a two-character given
    name that is no word, clear at both ends (a title, punctuation, a space after)."""
    people = spans.people
    found = glossed_married(folded) + _compound_married(folded, [*people, *named])
    read, widened = _four_character_readings(people, list(named))
    read += [(s, e) for s, e, _ in spans.words if e - s == 4 and folded.endswith(_WIFE, 0, s)]
    read += (kin_read := _after_women_kin(folded))
    # (Cantonese 梁太, Mrs Leung, right before her name that her husband's surname opens: 梁太梁何秀英仲試過)
    read += (mrs_read := [(m.end() - 1, m.end() + 3) for m in _MRS_RE.finditer(folded)])
    kin_at = set(kin_read)
    married_evidence = MarriedEvidence(folded, [*people, *named])
    addressed: dict[str, list[int]] | None = None  # (read once, at the first form that asks)
    # (a text's counts of a form and its own name, memoised; past the cap a form is judged unclear,
    # so a page of thousands of such readings stays linear)
    counted = CappedCounts(folded, _COUNTED_FORMS)
    # (the tagger's five run on over a word that takes the next phrase: 母親吳李秀蘭|由告訴代理人陪同)
    read += [(s, e - 1) for s, e in people if e - s == 5 and folded[e - 1] in _RUN_ON]
    # (asked of every candidate: a list's search is quadratic)
    read_at, widened_at, mrs_at = set(read), set(widened), set(mrs_read)
    for start, end in read + widened:
        if end > len(folded):
            continue
        # (the own surname may be a compound one: 林公孙丽华, five characters)
        own = 2 if folded[start + 1 : start + 3] in COMPOUND_SURNAMES else 1
        if end - start != 3 + own or folded[start : start + 2] in COMPOUND_SURNAMES:
            continue
        # (the husband's "surname" ends a title, 老师|傅邱阿水: 老师傅 is one, the name starts after it)
        if cue_ends_at(folded, start + 1):
            continue
        form = folded[start:end]
        given = form[1 + own :]
        evidence = married_evidence(start, end) or _husband_before(folded, start)
        if not evidence:
            addressed = _addressed_givens(folded) if addressed is None else addressed
            evidence = _given_addressed(addressed, folded, given, form[own])
        first_known = form[0] in COMMON_SURNAMES or evidence
        # (a rarer own surname where a title before and a woman's address after frame the four:
        # 校長李麥潔貞女士; or where the page calls her by that title and the husband's surname:
        # 鄉長林高秀玉 … 林鄉長)
        framed = form[1] in SURNAMES and cue_before(folded, start)
        framed = framed and (folded.startswith(_WOMAN_AFTER, end) or _titled_as_his(folded, start))
        # (or a rarer own surname another person on the page bears, her family's: 簡家後人李簡秀鳳 … 簡德旺)
        framed = framed or (form[1] in SURNAMES and evidence and married_evidence.borne(form[1], start, end))
        # (or introduced as someone's mother while another person bears the husband's surname, her child's:
        # 余得勝 … 他的母親余高秀蘭)
        framed = framed or (
            form[1] in SURNAMES and folded.endswith(_MOTHER, 0, start) and married_evidence.borne(form[0], start, end)
        )
        if not (first_known and (own == 2 or form[1] in COMMON_SURNAMES or framed) and form[0] != form[1]):
            continue
        if form[1] in NICKNAME_PREFIXES:
            continue  # 跟師傅林阿旺學: 阿 opens a given name (林阿旺), it is no woman's own surname
        if not all(is_han(c) and c not in HARD_NOT_IN_GIVEN_NAME for c in given) or lexicon.is_common_word(given):
            continue
        # Clear at the start (a line, a separator, a title or kin word: 外婆陈蔡秀莲),
        # and the own name never written without the husband's surname
        # (他曾田渊栋: 曾 is a word before a name the text gives alone).
        # The evidence vouches for an uncommon husband's surname or for an unclear start, not both.
        clear_start = start == 0 or not is_han(folded[start - 1]) or cue_before(folded, start)
        # (a Malay honorific before it, 拿汀陈黄秀莲: Datin is a married woman's title)
        clear_start = clear_start or folded.endswith(MALAY_TITLES_HAN, 0, start)
        clear_start = clear_start or (evidence and form[0] in COMMON_SURNAMES)
        clear_start = clear_start or _job_before(folded, start) or _described_and_addressed(folded, start, end)
        clear_start = clear_start or folded.endswith(_WIFE, 0, start) or _addressed_as_wife(folded, start, end, read_at)
        # (a group's representative, 家长代表黄周丽娟: the tagger's reading after a noun and 代表)
        clear_start = clear_start or ((start, end) in read_at and _representative_before(folded, start))
        # (the tagger's own reading of the four, opening a clause: 。黎葉寶琪帶同; not after 的 alone, 人稱老闆娘的
        # 羅陳美儀, where nothing vouches for the husband's surname)
        # (or after a preposition that names who does it, 衣箱由曾何少霞打理: a person follows 由 or 被)
        opened = (start, end) in read_at and (start == 0 or folded[start - 1] in _OPENS_OR_AGENT)
        clear_start = clear_start or opened
        # (or a woman's kin word or address right before, which ends there: 廚工阿姨|徐林月桃)
        clear_start = clear_start or (start, end) in kin_at
        # (her own name may stand alone elsewhere where her address by the husband's surname and 太 runs into
        # the married form: 余太余黃綺文負責…，黃綺文說, one woman)
        if not clear_start or (own_name := counted(form[1:])) is None:
            continue
        if own_name != counted(form) and (start, end) not in mrs_at:
            continue
        set_off = _set_off(folded, start, end) or _described_and_addressed(folded, start, end)
        set_off = set_off or folded.endswith(_WIFE, 0, start)  # (妻子向蔡丽华: the husband's surname left out)
        # (or the page bears the husband's surname out and a woman's address follows: 人為何陳婉儀女士及其夫何國基)
        set_off = set_off or (evidence and folded.startswith(_WOMAN_AFTER, end))
        # (or her address by the husband's surname and 太 right before: 何太何陳美玉, the two are one woman)
        set_off = set_off or (folded[start - 2 : start] == form[0] + "太" and not is_han(folded[end : end + 1] or "a"))
        if (start, end) in widened_at and (start, end) not in read_at and not set_off:
            continue
        # (or the tagger reads the four after a wife word as one: 我老婆鍾劉秀妹嫁過來, its word ends there)
        # (as after a title or a job, 村民卢李秀珍嫁到: the tagger's word ends where the verb starts)
        wife_read = (start, end) in read_at and (folded.endswith(_WIFE, 0, start) or cue_before(folded, start))
        wife_read = wife_read or (start, end) in mrs_read
        if boundary_after(folded, end) or folded.startswith(ADDRESS_SUFFIXES, end) or wife_read or opened:
            found.append(Proposal(start, end, form, True))
    return found


_OPENERS = frozenset("。！？；，\n")
_OPENS_OR_AGENT = _OPENERS | frozenset("由被")
# A woman's kin words (a mother, a grandmother) before her married name, which the tagger may run into them.
_WOMEN_KIN_RE = re.compile("外祖母|曾祖母|祖母|外婆|母亲|先母|亡母|岳母|婆婆|阿姨")
# A surname and 太 (a wife's address) before that surname again.
_MRS_RE = re.compile(r"([^\W\d_])太\1")


def _after_women_kin(folded: str) -> list[tuple[int, int]]:
    """外祖母|林黄罔市之长女: the four characters after a woman's kin word, read as a married name
    may be (the tagger runs the kin word into them, 外祖母林黄罔, or splits them, 吴黄|罔市)."""
    return [(m.end(), m.end() + 4) for m in _WOMEN_KIN_RE.finditer(folded)]


def _compound_married(folded: str, spans: Sequence[tuple[int, int]]) -> list[Proposal]:
    """A husband's compound surname before a woman's own name (司徒黃麗華, 軒轅林秀蘭),
    where the rules read the own name alone or the five characters cut short
    (軒轅林秀): the page writes that compound surname elsewhere too (her
    husband 司徒偉明, a grandchild 軒轅曉晴), and the name ends clear."""
    found: list[Proposal] = []
    for s, e in spans:
        # (the own name read alone, the five characters cut short, or read whole by the tagger)
        start, end = (s - 2, e) if e - s == 3 else (s, e + 1) if e - s == 4 else (s, e)
        if start < 0 or end > len(folded) or end - start != 5:
            continue
        husband, form = folded[start : start + 2], folded[start:end]
        if husband not in COMPOUND_SURNAMES or form[2] not in COMMON_SURNAMES:
            continue
        if not all(is_han(c) and c not in HARD_NOT_IN_GIVEN_NAME for c in form[3:]):
            continue
        if lexicon.is_common_word(form[3:]) or not (
            boundary_after(folded, end) or folded.startswith(ADDRESS_SUFFIXES, end)
        ):
            continue
        # (the surname again outside the form: its people need not be read yet, 甜點　軒轅曉晴)
        if folded.find(husband) != start or folded.find(husband, end) != -1:
            found.append(Proposal(start, end, form, True))
    return found


def _husband_before(folded: str, start: int) -> bool:
    """The husband named right before as hers (向明亮的妻子向蔡丽华): his surname,
    two or three characters before 的, starts the married form."""
    wife = next((w for w in _WIFE if folded.endswith("的" + w, 0, start)), "")
    at = start - len(wife) - 1  # (the 的)
    return bool(wife) and folded[start] in SURNAMES and folded[start] in folded[max(0, at - 3) : at - 1]


_COUNTED_FORMS = 512  # (two a reading: 256 readings' counts at most)


# What the young call an older woman after her given name (金兰婶, 秀英姨).
_HER_ADDRESSES = ("婶", "姨", "嫂", "姐", "婆")


def _addressed_givens(folded: str) -> dict[str, list[int]]:
    """Where each two characters before a woman's address start, by those two (金兰 of 金兰婶):
    one scan of the text for all the forms a page has (a search per form was quadratic on a long text)."""
    found: dict[str, list[int]] = {}
    for address in _HER_ADDRESSES:
        at = folded.find(address, 2)
        while at >= 0:
            found.setdefault(folded[at - 2 : at], []).append(at - 2)
            at = folded.find(address, at + 1)
    return found


def _given_addressed(addressed: dict[str, list[int]], folded: str, given: str, surname: str) -> bool:
    """The page calls her by the given name and a woman's address alone (高史金兰 … 金兰婶,
    not 陈玉梅姐妹): the last two characters are her given name, the two before surnames."""
    return any(
        folded[at - 1 : at] != surname and not is_han(folded[at + 3 : at + 4] or "a") for at in addressed.get(given, ())
    )


def _titled_as_his(folded: str, start: int) -> bool:
    """The title before the married form (two or three characters) follows the husband's surname elsewhere."""
    return any(folded[start] + folded[start - k : start] in folded for k in (2, 3) if start >= k)


# A woman's address after the name (台湾藏家陈吴美惠女士).
_WOMAN_AFTER = ("女士", "太太", "夫人")


def _addressed_as_wife(folded: str, start: int, end: int, read: set[tuple[int, int]]) -> bool:
    """The tagger reads the four characters as one person and a woman's address
    follows: the husband's surname starts the name unless it is an adverb (他曾)
    or ends a word with the character before."""
    return (
        (start, end) in read
        and folded.startswith(_WOMAN_AFTER, end)
        and folded[start] not in AFTER_SUBJECT
        and not lexicon.is_common_word(folded[start - 1 : start + 1])
    )


def _representative_before(folded: str, start: int) -> bool:
    return folded.endswith(_REPRESENTATIVE, 0, start) and start >= 4 and is_han(folded[start - 3])


_REPRESENTATIVE = "代表"


def _job_before(folded: str, start: int) -> bool:
    """A job named by a word and 师, 人 or 员 right before (架构师刘陈美玲, 管理人李陈秀琴,
    管理员…): the last character ends the job, it is no part of the name."""
    job = folded[start - 3 : start - 1]
    return folded[start - 1 : start] in _JOB_ENDS and start >= 3 and lexicon.is_common_word(job)


_JOB_ENDS = frozenset("师人员")


def _described_and_addressed(folded: str, start: int, end: int) -> bool:
    """An attribute ending in 的 before, or a word of two in the dictionary (a school's
    short name, 和美國小黃林素珠老師), and a title after (独居的周王桂兰老师): the
    words before close there, so the four characters start a name, and the title ends it."""
    if not folded.startswith(ADDRESS_SUFFIXES, end):
        return False
    if folded[start - 1 : start] == "的":
        return True
    # (the surname no word's end with the character before: 班主|任陳春燕 is 主任 陳春燕)
    word, glued = folded[start - 2 : start], folded[start - 1 : start + 1]
    return start >= 2 and lexicon.lookup(word) is not None and lexicon.lookup(glued) is None


def _set_off(folded: str, start: int, end: int) -> bool:
    """A widened reading stands alone: no Latin or digit glued before (the曾李志飞),
    or a Cantonese particle, which ends what stands before it (隔籬檔係|何陳玉蓮), and
    punctuation, a space, the line's end or an address after (曹林健|在采访:
    在 starts the next words)."""
    before = start == 0 or not folded[start - 1].isalnum() or cue_before(folded, start)
    before = before or folded[start - 1] in CANTONESE_PARTICLES
    after = end == len(folded) or not is_han(folded[end]) or folded.startswith(ADDRESS_SUFFIXES, end)
    return before and after


def _four_character_readings(
    people: list[tuple[int, int]], named: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The tagger's people, and a one-character person right before a
    three-character one read as one (何|陈佩玲: the husband's surname split off);
    and a three-character name (the tagger's or a rule's) with the character
    before or after it, where the reading stopped a character short: the
    husband's surname left out (许|陈阿好) or the own name cut (陈梁慧|中). The
    shape checks in ``married_names`` decide."""
    spans = set(people)
    joined = [(start, end + 3) for start, end in people if end - start == 1 and (end, end + 3) in spans]
    threes = {(s, e) for s, e in [*people, *named] if e - s == 3}
    read = people + joined
    # (a joined reading is the tagger's own, not a widened one: 曾|羅淑儀)
    taken = spans | set(joined)
    widened = [w for s, e in sorted(threes) for w in ((s - 1, e), (s, e + 1)) if w[0] >= 0 and w not in taken]
    return read, widened


def inside_dropped(proposals: list[Proposal], married: list[Proposal]) -> list[Proposal]:
    """Without the pieces of a married name the rules read (林素琴 of 李林素琴), nor her address by the husband's
    surname and 太 run into her name (梁太梁 of 梁太梁何秀英)."""
    spans = [(m.start, m.end) for m in married]
    starts = {m.start for m in married}
    return [
        p
        for p in proposals
        if not any(s <= p.start and p.end <= e and (p.start, p.end) != (s, e) for s, e in spans)
        and not (p.end - 1 in starts and len(p.form) == 3 and p.form[1] == "太" and p.form[0] == p.form[2])
    ]
