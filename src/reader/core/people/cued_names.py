"""Names a word marks as names: the real name after 本名 or 原名 (DM小鹿（本名
鹿鸣）, 写手“半夏”，本名许微), a Latin nickname after 阿 or 細 (阿May,
學徒細Ken), the way Hong Kong and Taiwan write them, a monastic's dharma
name before the title or its lay name (释慧明法师, 释慧明（俗名李芳）), and a
name that is also a place's opening a sentence before 先生 or 女士 (秦岭先生曾
长期负责…: the tagger reads a mountain range), and a speaker opening a line
before their quoted words (南宫秀兰：“…”), and the full name glossing a nickname
of 阿 that ends with its character (阿牛（潘牛）)."""

from __future__ import annotations

import re

from reader.core.han import is_han_char
from reader.core.people import lexicon
from reader.core.people.composer_credits import composer_credits
from reader.core.people.compound_titled import compound_titled
from reader.core.people.cues import address_starts_before, cue_before
from reader.core.people.dated_names import cited_writers, commanders, dated_names
from reader.core.people.introduced_names import introduced_names
from reader.core.people.monk_names import monk_names
from reader.core.people.names import CJK, NOT_IN_GIVEN_NAME, NOT_LAST, PARTICLES, surname_length
from reader.core.people.quoted_speakers import quoted_speakers
from reader.core.people.quoted_terms import inside_quoted_terms
from reader.core.people.role_addressed import role_addressed
from reader.core.people.stated_names import stated_names
from reader.core.people.texts import Proposal, Texts
from reader.core.people.titled_compounds import titled_compounds
from reader.core.surnames import COMMON_SURNAMES

# The words that give a person's real name (本名许微), here and in prose_credits.
REAL_NAME_WORDS = "本名|原名|真名|全名|俗名"
# (and the everyday word for one's formal name, 大名白改改, only before a surname: 久仰大名, 大名鼎鼎 praise)
_REAL_NAME_RE = re.compile(
    rf"(?:{REAL_NAME_WORDS}|(大名))(?:是|叫|为|為)?([{CJK}]{{2,4}}?)(?=[,.;:!?，。、；）)」”\s]|$)"
)
# The dictionary's tags of grammar words (a conjunction, a pronoun, an adverb, a
# preposition, a particle): after 本名 such a word says how, not who.
_GRAMMAR_TAGS = frozenset("crdpu")
_LATIN_NICKNAME_RE = re.compile(r"(?<![A-Za-z])[阿细][a-z]{2,8}(?![A-Za-z])")
# A monastic's dharma name: 释 (for the Buddha's clan name) and two
# characters, then the title a monastic is addressed by (释慧明法师) or the
# lay name in brackets (释慧明（俗名李芳）).
_DHARMA_RE = re.compile(rf"释([{CJK}]{{2}})(?=法师|大师|禅师|长老|和尚|师父|尼师|[（(]俗名)")
# The agent of a passive of making (相传为阮籍所作, 据说为王维所画): who wrote or made a work.
_AUTHOR_RE = re.compile(rf"(?<=为)([{CJK}]{{2,3}}?)(?=所[作写著撰创编画绘])")
# A nickname of 阿 and a character, then the full name it comes from in brackets (阿牛（潘牛）).
_NICKNAMED_RE = re.compile(rf"阿([{CJK}])[(（]([{CJK}]{{2,3}})[)）]")
# A full name opening a sentence, then the courtesy title (。秦岭先生曾…).
_COURTESY_RE = re.compile(rf"(?:^|(?<=[\n.;:!?。！？；]))([{CJK}]{{2,3}})(?=先生|女士)", re.MULTILINE)


def cued_names(t: Texts) -> list[Proposal]:
    """Proposals for the names 本名 or a nickname prefix marks."""
    folded = t.folded
    found = role_addressed(folded)  # (總教練幸正光 … 「幸教練」: a surname no table holds)
    found += titled_compounds(folded)  # (场长第五建平 … 第五场长: a compound surname that is an ordinal)
    if "名" in folded:
        for m in _REAL_NAME_RE.finditer(folded):
            if m.group(1) and not surname_length(m.group(2), 0):
                continue
            entry = lexicon.lookup(m.group(2))  # (本名如此: "so it is", a conjunction, no name)
            # (nor, with no 是 or 叫 between, a verb: 仍按原名登记, what is done under the old name)
            grammar = entry is not None and (
                entry.tag in _GRAMMAR_TAGS or (entry.tag == "v" and m.start(2) - m.start() == 2)
            )
            # (nor a place's old name, ending as a county's or a town's does: 子长市——原名安定县)
            if not any(c in PARTICLES for c in m.group(2)) and not grammar and m.group(2)[-1] not in NOT_LAST:
                found.append(Proposal(m.start(2), m.end(2), m.group(2), True))
    for m in _DHARMA_RE.finditer(folded) if "释" in folded else ():
        glued = lexicon.is_common_word(folded[m.start() - 1 : m.start() + 1])  # (解释: a word, no name)
        if not glued and not any(c in PARTICLES for c in m.group(1)):
            found.append(Proposal(m.start(), m.end(), m.group(), True))
    for m in _COURTESY_RE.finditer(folded) if "先生" in folded or "女士" in folded else ():
        form, entry = m.group(1), lexicon.lookup(m.group(1))
        # (a surname opens it, the dictionary knows it as a name or not at all; not
        # a surname and the address's first character: 孔老先生 is 孔 and 老先生)
        if (
            surname_length(form, 0)
            and (entry is None or entry.is_name)
            and not any(c in PARTICLES for c in form)
            and not address_starts_before(folded, m.end(1))
        ):
            found.append(Proposal(m.start(1), m.end(1), form, True))
    for m in _NICKNAMED_RE.finditer(folded) if "阿" in folded else ():
        # (the name ends with the nickname's character after a surname: the bracket glosses who he is)
        name = m.group(2)
        if name[-1] == m.group(1) and surname_length(name, 0) == 1 and not any(c in PARTICLES for c in name):
            found.append(Proposal(m.start(2), m.end(2), name, True))
    for m in _AUTHOR_RE.finditer(folded) if "所" in folded else ():
        form, entry = m.group(1), lexicon.lookup(m.group(1))
        if surname_length(form, 0) and (entry is None or entry.is_name) and not any(c in PARTICLES for c in form):
            found.append(Proposal(m.start(1), m.end(1), form, True))
    for m in _LATIN_NICKNAME_RE.finditer(folded):
        # One capitalised word as written (阿May): a name, not a word (阿mode)
        # nor a brand or an acronym (细OpenAI, 細LLM); 细 not ending a word (仔细).
        word = t.plain[m.start() + 1 : m.end()]
        glued = m.start() > 0 and lexicon.is_common_word(folded[m.start() - 1 : m.start() + 1])
        # Named twice, or after a role or a label (學徒細Ken, 玩家：阿May);
        # once in passing (佢話阿Ken都係咁講) it may be anyone's word.
        marked = (
            folded.count(m.group()) >= 2 or cue_before(folded, m.start()) or folded[m.start() - 1 : m.start()] in ":："
        )
        if word[0].isupper() and word[1:].islower() and not glued and marked:
            found.append(Proposal(m.start(), m.end(), m.group(), True))
    found += stated_names(folded) + introduced_names(folded)  # (我姓高，名叫興; 代表是夏天晴。她说：)
    found += dated_names(folded) + cited_writers(folded)  # (清朝時林則徐; 連橫在《台灣通史》裡就記載過)
    found += commanders(folded)  # (鄭成功部將陳永華)
    return found + compound_titled(folded) + monk_names(folded) + quoted_speakers(folded) + composer_credits(folded)


def function_word_glued(forms: set[str]) -> set[str]:
    """复盘时鹿鸣说 read as 时鹿鸣 where the text names 鹿鸣 too: a surname
    that is also a function word (时, 向, 于) before a two-character name
    the text gives is the word before the name, not its surname."""
    glued = {f for f in forms if len(f) == 3 and f[0] in NOT_IN_GIVEN_NAME and f[1:] in forms}
    # (昔鍾理 where the text names 鍾理和: a character no common surname is, glued before a name cut short)
    heads = {f[:2] for f in forms if len(f) == 3 and f[0] in COMMON_SURNAMES}
    return glued | {f for f in forms if len(f) == 3 and f[0] not in COMMON_SURNAMES and f[1:] in heads}


# (and the single quotes a quotation inside a quotation takes: “‘李白醉酒’那条线”)
_OPEN_QUOTES = "“「『‘"
_CLOSE_QUOTES = "”」』’"
# Characters a quoted name of a brand or a school may run on by (「愛因斯坦數學」).
_QUOTED_TAIL = 4
_CALLED = frozenset("叫称喊")


def only_quoted(folded: str, forms: set[str], proposed: set[tuple[int, int]]) -> set[str]:
    """Names of things: Chinese forms that open a quotation at each mention
    (“王小卤”虎皮凤爪, 「愛因斯坦數學」), as brands, shops and schools are
    written, and that no rule proposed anywhere outside quotes. Not a name
    the dictionary tags as a person's in use, alone in its quotes (抢答“关羽”:
    a quiz's answer; “诸葛亮眼镜” is a shop)."""
    if not any(q in folded for q in _OPEN_QUOTES):
        return set()
    things = inside_quoted_terms(folded, forms)  # (「小巴阿姐」: 巴阿姐 is a piece of the term)
    for form in forms:
        if is_latin_form(form):
            continue
        # Most forms fail at their first mention: stop there (linear).
        starts = []
        i = folded.find(form)
        while i != -1 and _opens_quote(folded, i, i + len(form)):
            starts.append(i)
            i = folded.find(form, i + len(form))
        if i == -1 and starts and not _alone_in_use(folded, form, starts):
            quoted = set(starts)
            if not any(s not in quoted and folded[s:e] == form for s, e in proposed):
                things.add(form)
    return things


def _alone_in_use(folded: str, form: str, starts: list[int]) -> bool:
    if not any(folded[s + len(form) : s + len(form) + 1] in _CLOSE_QUOTES for s in starts):
        return False
    entry = lexicon.lookup(form)
    return entry is not None and entry.is_name and entry.freq >= lexicon.WORD


def _opens_quote(folded: str, start: int, end: int) -> bool:
    if start == 0 or folded[start - 1] not in _OPEN_QUOTES:
        return False
    if any(c in _CALLED for c in folded[max(0, start - 4) : start - 1]):
        return False  # 街坊都叫她「阿嬌姨」, 尊称他「石齋先生」: what people call someone
    if cue_before(folded, start - 1):
        return False  # 发言居民“司马光明”: a person's role before the quotes, a person's name in them
    closing = _CLOSE_QUOTES[_OPEN_QUOTES.index(folded[start - 1])]
    return closing in folded[end : end + _QUOTED_TAIL + 1]


def is_latin_form(form: str) -> bool:
    return not any(is_han_char(c) for c in form)
