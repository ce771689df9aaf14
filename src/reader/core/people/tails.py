"""What stands around a Han name but is not part of it: a title after the
name cut in two (山本先|生), a Cantonese adverb after a surname and a kinship
address or 生 / 太 (蔡姐|超熱情, 陳太|淨係), and a Malay honorific read as a name (丹斯里楊清福).
"""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.activity_nouns import activity_nouns
from reader.core.people.ceremony_names import ceremony_named
from reader.core.people.cues import address_starts_before, aged_after, cue_after, cue_before, cued_at
from reader.core.people.kin_names import KIN_WORDS
from reader.core.people.made_works import work_after
from reader.core.people.names import (
    KIN_CHARACTERS,
    NOT_LAST,
    SHOP_MARK,
    TRANSLIT_CHARS,
    is_han,
    surname_length,
)
from reader.core.people.namesakes import cell_namesakes, glued_namesakes
from reader.core.people.owner_shops import owner_shops
from reader.core.people.pet_names import ANIMAL_KINDS, pet_names
from reader.core.people.texts import DOT, Proposal, starts
from reader.core.people.topic_nouns import topic_noun_led
from reader.core.people.unsurnamed_heads import unsurnamed_dropped

# Titles written after a name: the name never holds their first character.
_TITLES_AFTER = frozenset("先生 小姐 太太 女士".split())
# Kinship words a surname takes as an address (蔡姐, 陈伯): with one more
# character the address is no name.
_KINSHIP = frozenset("姐哥叔伯婶嫂姨婆公")
# Cantonese adverbs after the subject (超 very, 仲 still, 都, 又, 就, 净 only: 淨係).
_CANTONESE_ADVERBS = frozenset("超仲都又就净")
# Cantonese 話 'said' (folded 话) after an address before what was said
# (強哥話：「…」): the verb, not the address's last character.
_CANTONESE_SAID = "话"
_QUOTE_OPENERS = frozenset('：:「“"')
# (and a comma: 泰叔話，聽老一輩講… reports what was said)
_SAID_BEFORE = _QUOTE_OPENERS | {"，", ","}
# A Cantonese address: a kinship word, or 生 / 太 after a surname (陳生 Mr Chan, 陳太 Mrs Chan).
_ADDRESS_ENDS = _KINSHIP | frozenset("生太")
# Verbs of saying and writing one character long, before a quotation's mark
# (罗隐写‘采得百花’): the verb runs on from the name, no given name ends in it.
_QUOTING_VERBS = frozenset("写说道")
_QUOTE_MARKS = _QUOTE_OPENERS | {"‘", "『"}
# Malay honorifics written in Han before a name (folded): 丹斯里 Tan Sri,
# 拿督 Datuk, 拿督斯里 Datuk Seri, and a Datuk's wife's 拿汀 Datin, 拿汀斯里 Datin Seri.
MALAY_TITLES_HAN = ("拿督斯里", "拿汀斯里", "丹斯里", "拿督", "拿汀")


# A name and the next item joined by a conjunction, the item a quoted title or word.
_CONJUNCTIONS = frozenset("和与及")
# What 之 ('of') after a name takes: a kin character (彭祖之子), or the hand, the mouth or the work of
# someone (出自林火之手, 借老人之口, 乃王维之作).
_OF_WHOM = KIN_CHARACTERS | frozenset("手口作")
_OPENING_MARKS = "《〈「『“\"'"


def _always_before_mark(folded: str, form: str) -> bool:
    """Each mention of the form stands before a title or a quote (a name ending
    in 和 written elsewhere too, 王家和说, is the name)."""
    return folded.count(form) == sum(folded.count(form + m) for m in _OPENING_MARKS)


def _joined_on(folded: str, form: str) -> bool:
    """A title or a quote after each mention, or a kinship address before the
    conjunction (王婶和: 婶 ends the address) that no mention ends a clause with
    (王叔和。 is a name)."""
    kin = form[1] in _KINSHIP and surname_length(form, 0) == 1
    if kin and all(is_han(folded[i + 3 : i + 4] or "a") for i in starts(folded, form)):
        return True
    return _always_before_mark(folded, form)


def tails_trimmed(proposals: list[Proposal], folded: str) -> list[Proposal]:
    """山本先生 proposed as 山本先 is 山本 (a title after a name is never
    inside it, and 山本 alone is an address); 蔡姐超 is an address and an adverb, no name; 丹斯里 is a
    title, and 丹斯里杨清福 is 杨清福 (拿督阿末·再纳 is 阿末·再纳)."""
    out = []
    for p in proposals:
        start, end, form = p.start, p.end, p.form
        for title in MALAY_TITLES_HAN:
            if form.startswith(title):
                start, form = start + len(title), form[len(title) :]
                break
        if p.latin or DOT in form:
            out.append(p if start == p.start else Proposal(start, end, form, p.strong, p.latin))
            continue
        if folded[end - 1 : end + 1] in _TITLES_AFTER:
            end, form = end - 1, form[:-1]
            if surname_length(folded, start) >= len(form):
                continue  # 山本先生: the surname and a title, an address
        if len(form) >= 3 and form[-1] == "译" and not is_han(folded[end : end + 1] or "a"):
            end, form = end - 1, form[:-1]  # 范晔译。: a translator's credit, the name and 译
        elif len(form) == 3 and form[-1] in _QUOTING_VERBS and folded[end : end + 1] in _QUOTE_MARKS:
            end, form = end - 1, form[:-1]  # 诗人罗隐写‘…’: the verb that opens a quotation
        # (so is 陳太淨: Mrs Chan and "only")
        if len(form) < 2 or (len(form) == 3 and form[1] in _ADDRESS_ENDS and form[2] in _CANTONESE_ADVERBS):
            continue
        if len(form) == 3 and form[-1] in _CONJUNCTIONS and _joined_on(folded, form):
            end, form = end - 1, form[:-1]  # 段誉和《天龙八部》, 王婶和熬汤的马师傅: a conjunction after a name
        elif len(form) == 3 and form[-1] == "之" and folded[end : end + 1] in _OF_WHOM:
            end, form = end - 1, form[:-1]  # 彭祖之子: "the son of", the name before 之 (出自林火之手: "by the hand")
        if _address_said(form, folded, end) or (len(form) == 3 and _name_and_verb(form, folded, end)):
            end, form = end - 1, form[:-1]
        if len(form) == surname_length(folded, start) + 1 and address_starts_before(folded, end):
            continue  # 黃老先生 read as 黃老: a surname and the address 老先生
        out.append(p if end - start == p.end - p.start else Proposal(start, end, form, p.strong, p.latin))
    return out


def _name_and_verb(form: str, folded: str, end: int) -> bool:
    """李冰修都江堰: the dictionary's own reading of a name run into a one-character verb (李冰修,
    an entry too rare to be listed as a word; 麻醉科 is one) beside the name alone ten times as
    frequent, a word right after (都江堰): the verb governs the word, the name ends before it. Not a
    name spelt all in transliteration characters (阿米尔一家: 尔 is no verb)."""
    if all(c in TRANSLIT_CHARS for c in form):
        return False
    whole, name = lexicon.lookup(form), lexicon.lookup(form[:2])
    if whole is None or whole.freq >= lexicon.LISTED or name is None or not name.is_name or whole.freq * 10 > name.freq:
        return False
    return any(lexicon.is_common_word(folded[end : end + k]) for k in (2, 3))


def _address_said(form: str, folded: str, end: int) -> bool:
    """強哥話：「…」, 陳生話： or 泰叔話，: an address (強哥, 陳生) and 話 'said'
    before a colon, a quote or a comma; after a surname-led name or address
    (鄧卓賢話, 黃伯話自己每年都嚟) 話 is the verb wherever it stands, as 說 is:
    no given name ends in it."""
    if len(form) < 3 or form[-1] != _CANTONESE_SAID:
        return False
    if 0 < surname_length(form, 0) <= len(form) - 2:
        return True
    return len(form) == 3 and form[1] in _ADDRESS_ENDS and folded[end : end + 1] in _SAID_BEFORE


# Counted with a classifier for animals and things (9个毛孩子, 一隻東方澤鵟), or for
# people more than one (三位孫兒: one person's name is never plural, a kin word or a job
# may be; 第三位 is a rank, 一位王老师 "a certain" one).
_COUNTED_RE = re.compile(
    r"[\d一二两三四五六七八九十几多][个只条头匹块张把]$|(?<![第\d])[2-9二两三四五六七八九十几多]位$"
)
# A surname that is a classifier too (张, 段) right after a numeral or a demonstrative
# (两张折枱, 那张折枱; Cantonese 嗰 'that', folded 𠮶: 嗰張摺枱) is the classifier: what follows is a thing counted.
_CLASSIFIER_SURNAMES = frozenset("张支项段封包管")
_COUNTING = frozenset("0123456789一二两三四五六七八九十几这那每哪嗰𠮶")
# A product's label: NAME：…一款 / 系列 / 口味 on the same line (· 苍山雪：…最早的一款).
_PRODUCT_LINE_RE = re.compile(r"[:：][^\n]{0,40}?(?:款|系列|口味)")
# A price per unit right after, a bracketed note between (圣子皇 $3.80/只,
# 猫山王(musang king) rm65/公斤): what is sold by the piece or the weight.
_UNIT_PRICE_RE = re.compile(
    r"[ \t\u3000]*(?:\([^)\n]{0,16}\))?[ \t\u3000]*"
    r"(?:rm|mop|[a-z]{0,2}\$|[¥€£])[ ]?\d[\d,]*(?:\.\d+)?[ ]?/[ ]?(?:[\u4e00-\u9fff]|kg|lb)"
)
# A junior high or a primary school's 中 or 小 and who is in it right after a form ending in 国 (楊梅國中三年級
# 學生, 國小生): the town's name and 國中 / 國小, no person (陳建國中午, 王建國小時候 go on otherwise).
_SCHOOL_AFTER_RE = re.compile(r"[中小](?:[一二三四五六1-6]年级|生|学生|老师|校长|毕业)")
# A pet's kind right after: the "name" is a breed (米克斯公貓, 柴犬).
_ANIMAL_AFTER_RE = re.compile(rf"[公母幼小老]?[{ANIMAL_KINDS}]")
# How many forms per text may be compared with their head word (linear).
MAX_HEAD_CHECKS = 20
# How many forms per text are looked for after a classifier at every mention.
MAX_COUNTED_CHECKS = 40


def _astride(form: str, nxt: str) -> bool:
    return (
        len(form) == 3
        and surname_length(form, 0) == 1  # (not a compound surname's: 司马光|明天)
        and is_han(nxt or "a")
        and lexicon.is_common_word(form[:2], lexicon.WORD)
        and lexicon.is_common_word(form[2] + nxt, lexicon.WORD)
    )


def _at_a_place(form: str, nxt: str) -> bool:
    """常在田里: a one-character surname, 在, and a last character that makes a place word
    with the next (田里, 家中): someone's whereabouts, 在 the preposition, not a given name."""
    if len(form) != 3 or form[1] != "在" or surname_length(form, 0) != 1 or not nxt:
        return False
    word = lexicon.lookup(form[2] + nxt)
    return word is not None and word.tag == "s"


def things_dropped(proposals: list[Proposal], folded: str) -> list[Proposal]:
    """Words the rules or the tagger read as names: counted with a classifier
    for things or animals (9个毛孩子); every proposed mention followed by a
    character that makes a dictionary word with it (毛孩|子); written elsewhere
    as a job before a person (贝斯手林北辰 … 贝斯突然); a product's label
    (苍山雪：…最早的一款) or a price per unit (圣子皇 $3.80/只); followed by a pet's kind at every proposed mention
    (米克斯公貓: a breed) or, ending in 国, by a school's 中 or 小 and its pupils (楊梅國中三年級);
    a pet's name (橘貓李白); three characters whose first two are a common noun the text writes
    elsewhere too, with no cue (白纸钢 beside 白纸二号), or whose last
    and the next are a name the text writes apart (高雄美|濃 beside 美濃紙傘);
    a name and 号 where the name alone is proposed too (冯如号: an aircraft or
    a ship named after 冯如); a shop named after its owner (张记, 錦記茶行), a thing in
    a table's cell (李鸿章杂碎); a descent (尼泊爾裔); a "name"
    opening inside a longer dictionary word (牟尼佛 of 释迦牟尼佛); a flower's name (金达莱花，);
    a quoted term's tail (孫龍 of 「子孫龍」); no surname opening it, a verb and an address the text writes
    alone or a form proposed at a third of its mentions (see unsurnamed_heads)."""
    han = [p for p in proposals if not p.latin and DOT not in p.form]
    if not han:
        return proposals
    forms = {p.form for p in han}
    named_after = {f for f in forms if len(f) >= 3 and f[-1] == "号" and f[:-1] in forms}
    # 贝斯手林北辰: a word before 手 and a name is a job's stem.
    drop = {p.form for p in han if folded[p.end : p.end + 1] == "手" and surname_length(folded, p.end + 1)}
    compounds: dict[str, bool] = {}
    breeds: dict[str, bool] = {}
    classed: dict[str, bool] = {}
    heads: dict[str, bool] = {}
    inside: dict[str, bool] = {}
    for p in han:
        form, start, end = p.form, p.start, p.end
        inside[form] = inside.get(form, True) and _starts_inside_word(folded, start)
        if _PRODUCT_LINE_RE.match(folded, end) or _UNIT_PRICE_RE.match(folded, end):
            drop.add(form)
        word = lexicon.lookup(form + folded[end : end + 1]) if end < len(folded) else None
        if word is None and len(form) == 2:  # (施政|报告: a four-character word the two open)
            word = lexicon.lookup(form + folded[end : end + 2]) if end + 1 < len(folded) else None
        # (or two words astride its end, 全程|拍摄: the "surname" and the first given character
        # make one, the last and the next character another)
        compounds[form] = compounds.get(form, True) and (
            (word is not None and not word.is_name)
            or _astride(form, folded[end : end + 1])
            or _at_a_place(form, folded[end : end + 1])
        )
        counted = form[0] in _CLASSIFIER_SURNAMES and folded[start - 1 : start] in _COUNTING
        classed[form] = classed.get(form, True) and counted
        breeds[form] = breeds.get(form, True) and (
            _ANIMAL_AFTER_RE.match(folded, end) is not None
            or (form[-1] == "国" and _SCHOOL_AFTER_RE.match(folded, end) is not None)  # (a school: 楊梅國中)
        )
        if len(form) == 3 and form not in heads and len(heads) < MAX_HEAD_CHECKS:
            heads[form] = _head_word_elsewhere(folded, form, start, end, forms) or _tail_word_elsewhere(
                folded, form, end
            )
    drop |= {f for f, c in compounds.items() if c} | {f for f, h in heads.items() if h}
    drop |= {f for f, b in breeds.items() if b} | {f for f, c in classed.items() if c}
    drop |= named_after | {f for f, i in inside.items() if i}
    # (张记, or a compound surname's shop, 鍾離記: a surname alone and 记; or one character and 记 before
    # the firm's trade, 錦記茶行, 黎記棚廠: a shop's mark no name has second, bar a reporter's address, 王記者)
    drop |= {f for f in forms if f[-1] == SHOP_MARK and len(f) - 1 == surname_length(f, 0)} | cell_namesakes(
        folded, forms
    )
    drop |= {f for f in forms if len(f) >= 3 and f[1] == SHOP_MARK and f[1:3] != "记者" and is_han(f[0])}
    drop |= activity_nouns(han, folded)  # (口述史整理: an oral history, no 史 opening a name)
    drop |= glued_namesakes(folded, forms) | owner_shops(forms)  # (何德勝（德勝行）: the owner's firm)
    drop |= pet_names(han, folded) | ceremony_named(han, folded)  # (巴拉瑪（Palamal）火神祭)
    # 尼泊爾裔: a place and 裔 says whose descendant one is, with no surname to open a name
    drop |= {f for f in forms if f[-1] == "裔" and not surname_length(f, 0)}
    drop |= {f for f in list(compounds)[:MAX_COUNTED_CHECKS] if f not in drop and _counted(folded, f)}
    drop |= {f for f in forms if len(f) >= 3 and f not in drop and _a_flower(folded, f)}
    drop |= {f for f in forms if f not in drop and _quoted_terms_tail(folded, f)}
    drop |= unsurnamed_dropped(folded, han)  # (都搵筆伯 beside 筆伯; 和聲軒 read a person once in seven)
    drop |= topic_noun_led(han, folded)  # (马家的汤熏香的: 汤, soup, the article writes ten times)
    return [p for p in proposals if p.form not in drop] if drop else proposals


def _a_flower(folded: str, form: str) -> bool:
    """金达莱花，… 金达莱每年春天开: a form the text also writes before 花 closing the phrase (a stop or
    的 after it, not 花了 'spent'), no mention cued as a person's, is the flower's name."""
    ats = starts(folded, form)
    flower = any(
        (folded[(e := at + len(form)) : e + 1] == "花" and not is_han(folded[e + 1 : e + 2] or "a"))
        or folded[e : e + 2] == "花的"
        for at in ats
    )
    return flower and not cued_at(folded, form, ats)


def _quoted_terms_tail(folded: str, form: str) -> bool:
    """「子孫龍」… 我托子孫龍: a form every mention of which follows one character that makes a word with
    its surname (子孫), the three written in quotes as a term, no mention cued as a person's
    (儿子孙龙 is a son): the term's tail, no name."""
    ats = starts(folded, form)
    before = {folded[at - 1 : at] for at in ats}
    if len(before) != 1 or not is_han(c := before.pop() or "a") or not lexicon.is_common_word(c + form[0]):
        return False
    term = c + form
    if not any(q + term + e in folded for q, e in _QUOTES):
        return False
    return not any(cue_before(folded, at - 1) or cue_before(folded, at) for at in ats)


_QUOTES = (("「", "」"), ("“", "”"), ('"', '"'), ("『", "』"))


# The longest dictionary word looked for across a name's start (释迦牟尼).
_LONG_WORD = 6


def _starts_inside_word(folded: str, start: int) -> bool:
    """释迦牟尼佛 read as 牟尼佛: the "name" opens in the middle of a longer
    dictionary word (four characters or more) that runs into it, so its
    first character is that word's, not a surname."""
    for before in range(1, _LONG_WORD - 1):
        for length in range(max(4, before + 1), _LONG_WORD + 1):
            if start - before >= 0 and lexicon.lookup(folded[start - before : start - before + length]) is not None:
                return True
    return False


# A time of one's life right after a name (朱铭年轻时, 小时候, 晚年): a person's, no thing has one.
_LIFE_TIMES = ("年轻时", "年轻的时候", "小时候", "少年时", "幼年", "早年", "晚年")


def _counted(folded: str, form: str) -> bool:
    """A mention of ``form`` counted with a classifier for things (一隻東方澤鵟); not before 的, where
    the classifier counts what the phrase heads (一张王琇瑛的照片: a photo of her), nor before a time of
    one's life, a clause a 的 closes later (一张朱铭年轻时到三义参观的老照片)."""
    at = folded.find(form)
    while at >= 0:
        end = at + len(form)
        if _COUNTED_RE.search(folded, max(0, at - 2), at) and not folded.startswith(("的", *_LIFE_TIMES), end):
            return True
        at = folded.find(form, at + len(form))
    return False


def _head_word_elsewhere(folded: str, form: str, start: int, end: int, forms: set[str]) -> bool:
    head = lexicon.lookup(form[:2])
    if head is None or head.is_name or head.freq < lexicon.WORD or lexicon.lookup(form) is not None:
        return False
    if surname_length(folded, start) != 1 or cue_before(folded, start) or cue_after(folded, end):
        return False
    # (not where the two open another proposed name, a sibling's with the shared generation character:
    # 许家祥、许家瑞 write 许家 twice, no word)
    siblings = sum(folded.count(f) for f in forms if len(f) == 3 and f != form and f.startswith(form[:2]))
    return folded.count(form[:2]) - siblings > folded.count(form)


def _tail_word_elsewhere(folded: str, form: str, end: int) -> bool:
    """走進高雄美濃永安路 … 美濃紙傘 … 那時候美濃: the last character and the next make
    a word no dictionary lists that the text writes twice more apart, the form only once: the
    reading ran into that name (a place's, 美濃), it closes no given name."""
    tail = folded[end - 1 : end + 1]
    if len(tail) != 2 or not is_han(tail[1]) or surname_length(form, 0) != 1 or lexicon.lookup(tail) is not None:
        return False
    if cue_before(folded, end - 3) or cue_after(folded, end):
        return False
    # (apart: not after the given name's first character, 郭福來師傅 … 福來師 is his address)
    return folded.count(form) == 1 and folded.count(tail) - folded.count(form[-2:] + tail[1]) >= 2


def speaking_place_end(form: str, folded: str, end: int) -> bool:
    """陈小溪说: a three-character name ending in a place character (溪, 港)
    is a person where a speech verb, a title or an age follows it (汪小溪才五岁), or a kin word stands
    right before it (由女儿方小溪搀着); a river or a harbour does not speak,
    has no age, nor is it anyone's daughter; nor does a bridge write a couplet, so a name the dictionary lists
    as a person's, a work cited right after (郑板桥写过“剃头”的对联), is one too."""
    if len(form) != 3 or form[-1] not in NOT_LAST or surname_length(form, 0) != 1:
        return False
    if cue_after(folded, end) or aged_after(folded, end) or folded.endswith(KIN_WORDS, max(0, end - 6), end - 3):
        return True
    return work_after(folded, end) and lexicon.name_tagged(form)
