"""Names in Latin script (Felix Hill, Yann LeCun, Ursula von der Leyen), and
a Chinese name with its English form in brackets (奥特曼(Sam Altman)).
"""

from __future__ import annotations

import bisect
import itertools
import re

from reader.core.folding import fold
from reader.core.people import lexicon
from reader.core.people.cues import cue_after, cue_before, trim_glued_start
from reader.core.people.dotted_names import dotted_names
from reader.core.people.japanese_glossed import japanese_glossed
from reader.core.people.korean_glossed import korean_glossed
from reader.core.people.names import (
    ADDRESS_SUFFIXES,
    EN_INTERJECTIONS,
    EN_ORG_WORDS,
    EN_RUN_RE,
    LATIN_EXTENDED,
    NAME_PARTICLES,
    is_english_stopword,
    is_han,
    is_latin_place,
    surname_length,
    translit_suffix,
)
from reader.core.people.pet_names import ANIMAL_KINDS, ANIMAL_MEASURES
from reader.core.people.sound_glossed import sound_spelt
from reader.core.people.texts import DOT, Link, Proposal, Texts, starts

# (the English name may carry an address: 彭志偉（Peter老師）, the teacher Peter)
_PAREN_EN_RE = re.compile(
    rf"[（(]\s*([A-ZÀ-Þ{LATIN_EXTENDED}][A-Za-zÀ-ÿ{LATIN_EXTENDED}.'’\- ]{{1,60}}?)\s*([\u4e00-\u9fff]{{1,2}})?[)）]"
)


_EXTENDED_RE = re.compile(f"[{LATIN_EXTENDED}]")


def english_tokens_ok(tokens: list[str], t: Texts) -> bool:
    inner = tokens[1:-1]
    # (a name with a Vietnamese letter is no English: Thu of Trần Thị Thu is no Thursday)
    foreign = any(_EXTENDED_RE.search(tok) for tok in tokens)
    return (
        all(
            (tok in NAME_PARTICLES and tok in inner)
            or (
                (foreign or not is_english_stopword(tok))
                and tok.lower() not in t.lower_words
                and (len(tok) > 1 or tok.endswith("."))
            )
            for tok in tokens
        )
        and not tokens[0].endswith(".")
        and not tokens[-1].endswith(".")
    )


HEADLINE_REACH = 400


def _is_headline(t: Texts, start: int, end: int) -> bool:
    """Title Case text (a headline, a reference, a tag list): its capitalised
    words prove nothing. A list of names is not one: a headline capitalises
    ordinary words too (Wild Plan, Should Pause Instead)."""
    plain = t.plain
    i, j = start, end
    # At most HEADLINE_REACH characters each way: on a huge one-line page a
    # scan to the line's ends from every name would be quadratic.
    left, right = max(0, start - HEADLINE_REACH), min(len(plain), end + HEADLINE_REACH)
    while i > left and plain[i - 1] not in "\n()" and plain[i - 1] < "\u3000":
        i -= 1
    while j < right and plain[j] not in "\n()" and plain[j] < "\u3000":
        j += 1
    words = re.findall(r"[A-Za-z][A-Za-z'’\-]*", plain[i:j])
    if len(words) < 5:
        return False
    caps = [w for w in words if w[0].isupper()]
    ordinary = [w for w in caps if is_english_stopword(w) or w.lower() in t.lower_words]
    if len(caps) / len(words) < 0.6:
        return False
    # Title Case: only function words in lower case, and not only "and" (a
    # list of names): Notice to Residents: Lift Replacement Works at Lee On House.
    lower = [w for w in words if not w[0].isupper()]
    title_case = all(is_english_stopword(w) for w in lower) and any(w != "and" for w in lower)
    return len(ordinary) >= 2 or title_case


def english_names(t: Texts, glosses: list[tuple[int, int]]) -> list[Proposal]:
    """Two or three capitalised words (Felix Hill, Yann LeCun), not function
    words, organisations, common nouns, words the text also writes in lower
    case, a gloss of a Chinese term, or an acronym's expansion."""
    plain = t.plain
    found = []
    titles = title_spans_of(plain)
    things: dict[str, bool] = {}  # (a phrase's mentions judged once, not again at each of them: a place or a thing)
    for m in EN_RUN_RE.finditer(plain):
        tokens = m.group().split(" ")
        if any(tok.lower() in EN_ORG_WORDS for tok in tokens) or tokens[0] in ("The", "A", "An"):
            continue
        if tokens[0].lower() in EN_INTERJECTIONS:
            continue  # Thank God, Oh Boy: an exclamation, no name
        pos = m.start()
        skip = _malay_title_length(tokens)  # Encik Ahmad Faizal: the title is no part
        pos += sum(len(tok) + 1 for tok in tokens[:skip])
        tokens = tokens[skip:]
        spans = []
        part: list[tuple[int, str]] = []
        foreign = any(_EXTENDED_RE.search(tok) for tok in tokens)  # (Trần Thị Thu: no English words)
        for tok in [*tokens, ""]:
            if tok and (
                ((foreign or not is_english_stopword(tok)) and tok.lower() not in t.lower_words)
                or (part and tok in MALAY_JOINS)
            ):
                part.append((pos, tok))
            else:
                if part:
                    spans.append(part)
                part = []
            pos += len(tok) + 1
        for part in spans:
            words = [tok for _, tok in part]
            start, end = part[0][0], part[-1][0] + len(part[-1][1])
            if any(g0 <= start and end <= g1 for g0, g1 in glosses) or _inside(titles, start, end):
                continue  # a gloss, or a title in 《》 or 〈〉 (On Earth We're Briefly Gorgeous)
            if len(words) == 1:
                if _single_cued(t, start, end, words[0]):
                    found.append(Proposal(start, end, plain[start:end], True, latin=True))
                elif _nickname_named_again(t, start, words[0]):
                    found.append(Proposal(start - 1, end, t.folded[start - 1 : end], True))
                continue
            if not 2 <= len([w for w in words if w not in MALAY_JOINS]) <= 3 or not english_tokens_ok(words, t):
                continue
            if is_latin_place(words):
                continue  # Stanley Park, Jalan Kapar
            if (thing := things.get(phrase := " ".join(words))) is None:
                thing = things[phrase] = _only_as_place(t, words) or _used_as_thing(t, phrase)
            if thing:
                # 在Tim Hortons买了: a place, a shop; Bolo Rei … MOP 268: a dish on a menu; Feliz Natal！: a greeting
                continue
            if _is_acronym_expansion(plain, end, words):
                continue
            strong = not _is_headline(t, start, end)
            found.append(Proposal(start, end, plain[start:end], strong, latin=True))
    return found


# Malay patronymics join a name (Ahmad Faizal bin Razak); honorifics stand
# before it (Encik, Datuk, Tan Sri) and are no part of it.
MALAY_JOINS = frozenset(("bin", "binti"))
_MALAY_TITLES = (("Tan", "Sri"), ("Puan", "Sri"), ("Datuk", "Seri"), ("Encik",), ("Datuk",), ("Dato",), ("Datin",))


def _malay_title_length(tokens: list[str]) -> int:
    for title in _MALAY_TITLES:
        if len(tokens) > len(title) + 1 and tuple(tokens[: len(title)]) == title:
            return len(title)
    return 0


_TITLE_RE = re.compile(r"[《〈<＜][^《》〈〉<>＜＞\n]{1,200}[》〉>＞]")


def title_spans_of(plain: str) -> list[tuple[int, int]]:
    if "《" not in plain and "〈" not in plain and "<" not in plain and "＜" not in plain:
        return []
    return [m.span() for m in _TITLE_RE.finditer(plain)]


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and end <= spans[i][1]


# Said before a place, never before a person on its own (在X, 去了X, 到X).
_LOCATIVES = ("在", "去", "到", "于", "往", "从", "去了", "到了", "来到", "前往")


def _only_as_place(t: Texts, words: list[str]) -> bool:
    """Every mention of the name comes after a locative word and none has a
    person's cue around it: a shop or a place (在Tim Hortons买了)."""
    name = " ".join(words)
    spans = [(s, s + len(name)) for s in starts(t.plain, name)]
    if not spans:
        return False
    folded = t.folded
    for start, end in spans:
        cued = cue_before(folded, start) or cue_after(folded, end)
        if cued or not folded.endswith(_LOCATIVES, max(0, start - 2), _unspaced(folded, start)):
            return False
    return True


# A price after a phrase on its line (a menu row: Bolo Rei 國王蛋糕 MOP 268;
# RM: the ringgit, a code with no sign: Pale Ale 5.2% RM19)
_PRICE_RE = re.compile(r"(?:MOP|HK\$|NT\$|US\$|RMB|(?<![A-Za-z])RM|[$¥￥€£])\s?\d|\d\s?(?:元|圓|蚊|MOP)")
PRICE_REACH = 40


# A language's name and a verb of naming a thing (越南语称为, 英文称作): not 叫, which names people too.
_TERMED = tuple(f"{a}{b}" for a in "语文" for b in ("称为", "称作", "写作", "读作"))
# A verb of spelling a name in letters (拼成了, 拼作).
_SPELT = tuple(f"{a}{b}" for a in ("拼成", "拼作", "拼为", "拼写成", "拼写为") for b in ("", "了"))


def _used_as_thing(t: Texts, name: str) -> bool:
    """No mention of the phrase has a person's cue, and one is a thing: a
    menu row with its price after it, or an exclamation standing alone
    between punctuation (祝大家聖誕快樂，Feliz Natal！)."""
    plain, folded = t.plain, t.folded
    spans = [(s, s + len(name)) for s in starts(plain, name)]
    if any(cue_before(folded, s) or cue_after(folded, e) for s, e in spans):
        return False
    if any(_AUTHORED_RE.match(plain, e) for _, e in spans):
        return False  # (Dewi Lestari 著 … RM45.00: a book's row names its writer)
    for start, end in spans:
        line_end = plain.find("\n", end, end + PRICE_REACH)  # (bounded: a one-line text has no line end)
        rest = plain[end : end + PRICE_REACH if line_end < 0 else line_end]
        if _PRICE_RE.search(rest) or _PRODUCT_AFTER_RE.match(rest) or _common_gloss(rest):
            return True
        if _COUNTED_RE.search(folded, max(0, start - 3), _unspaced(folded, start)):
            return True
        if folded.endswith(_TERMED, max(0, start - 4), _unspaced(folded, start)):
            return True  # 越南语称为Hà Nhì: what a language terms something is its word for it
        if folded.endswith(_SPELT, max(0, start - 5), start - (folded[start - 1 : start] in "“\"「'")):
            return True  # 把复姓拼成了“Au Yong”: how a name is spelt, no one's mention
        if plain[end : end + 1] in ("!", "！"):
            # (the character before, spaces skipped; the prefix is not copied: each mention of a
            # long text's name copied it)
            k = start
            while k and plain[k - 1] == " ":
                k -= 1
            if not k or plain[k - 1] in "，,。\n：:":
                return True
    return False


# A writer's or a translator's credit after the name, set apart (X 著, X 译，).
_AUTHORED_RE = re.compile(r"[ \u3000]?(?:著|编著|主编|译|譯|绘|繪)(?![\u4e00-\u9fff])")
# A product: a model number after it (Naniwa Chosera 1000), or its clause
# calls it a line, a kind or a flavour (Lavender Dream：薰衣草精油系列).
_PRODUCT_AFTER_RE = re.compile(r"(?: ?\d{2,}(?![\d年月日岁歲号號届屆]))|[^，。；！？,;!?]{0,16}?(?:系列|款|口味)")
# Counted with a classifier (一個Pão Doce, 兩款X): a thing, not a person.
_COUNTED_RE = re.compile(r"[一二两兩三四五六七八九十几幾这這那\d][個个款份杯碗件隻只块塊盒瓶包支条條罐]$")
_GLOSS_RE = re.compile(r"\s?[（(]([\u4e00-\u9fff]{2,12})[）)]")


def _common_gloss(rest: str) -> bool:
    """Caldo Verde（青菜薯仔湯）: a gloss in brackets made of everyday words
    names a thing; a person's gloss is a name (Muhammad Hafiz（哈菲茲）)."""
    m = _GLOSS_RE.match(rest)
    if m is None:
        return False
    gloss = fold(m.group(1))
    entry = lexicon.lookup(gloss)
    if entry is not None and entry.is_name:
        return False
    return any(lexicon.is_common_word(gloss[i : i + 2], lexicon.WORD) for i in range(len(gloss) - 1))


def _nickname_named_again(t: Texts, start: int, word: str) -> bool:
    """阿Ken … 阿Ken話: 阿 and an English given name, named twice or more."""
    return (
        t.plain[start - 1 : start] == "阿"
        and len(word) >= 2
        and word[1:].islower()
        and english_tokens_ok([word], t)
        and t.plain.count("阿" + word) >= 2
    )


def _single_cued(t: Texts, start: int, end: int, word: str) -> bool:
    """AI教父Hinton / 教授Okonkwo: one foreign word after a title. (A speech
    verb after one word is not enough: Slack表示 is a company speaking.)"""
    if len(word) < 3 or not english_tokens_ok([word], t):
        return False
    # 他自我介绍说叫Tom, 名叫Maria: "called" names whoever follows.
    at = _unspaced(t.folded, start)  # 叫 Mia: a space between the scripts
    called = t.folded.endswith(("叫", "叫做", "名叫"), max(0, at - 2), at) and not _pet_called(t.folded, at)
    return cue_before(t.folded, start) or called


# A counted animal (隻貓, 条狗) earlier in the sentence of a naming verb: the animal is who is called so.
_COUNTED_PET_RE = re.compile(f"[{ANIMAL_MEASURES}][{ANIMAL_KINDS}]")
_PET_REACH = 40


def _pet_called(folded: str, at: int) -> bool:
    """話隻貓唔係叫Hello Kitty，「係叫Kitty: the naming verb's sentence counts an animal before it."""
    lo = max(0, at - _PET_REACH, folded.rfind("。", 0, at) + 1, folded.rfind("\n", 0, at) + 1)
    return _COUNTED_PET_RE.search(folded, lo, at) is not None


def _unspaced(folded: str, start: int) -> int:
    """Where the text before ``start`` ends without the space that often
    stands between Han and Latin (在 Product Hunt 上)."""
    return start - 1 if folded[start - 1 : start] == " " else start


_ACRONYM_AFTER = re.compile(r"\s*[,，]\s*([A-Z]{2,})")


def _is_acronym_expansion(plain: str, end: int, words: list[str]) -> bool:
    m = _ACRONYM_AFTER.match(plain, end)  # (from ``end``: the rest of a long text is not copied)
    return m is not None and m.group(1) == "".join(w[0] for w in words)


def bracketed_aliases(
    t: Texts, dotted: list[Proposal] | None = None
) -> tuple[list[Proposal], list[Link], list[tuple[int, int]]]:
    """奥特曼(Sam Altman), 杨立昆（Yann LeCun）, and 伊利亚·苏茨克维Ilya
    Sutskever) with its bracket lost: the Chinese name and the English one
    are one person. English in brackets after a Chinese term that is not a
    name is a gloss (神经机器翻译系统(Neural Machine Translation)), not a person."""
    folded, plain = t.folded, t.plain
    proposals: list[Proposal] = []
    links: list[Link] = []
    glosses: list[tuple[int, int]] = []
    dotted = dotted_names(t) if dotted is None else dotted
    dotted_ends = {p.end: p.start for p in dotted}
    for m in _PAREN_EN_RE.finditer(plain):
        if m.group(2) and fold(m.group(2)) not in ADDRESS_SUFFIXES:
            continue  # (（AI教父）: a gloss with a word, as before no English name's)
        english = m.group(1).strip()
        words = english.split()
        en_start = m.start(1)
        han = _han_name_before(folded, m.start(), dotted_ends, len(words))
        if (
            han is None
            or not 1 <= len(words) <= 5
            or is_latin_place(words)  # 休罗街（Jalan Sultan Yusuff）: a street's other name
            or not english_tokens_ok(words, t)
            or not all(
                re.fullmatch(rf"[A-ZÀ-Þ{LATIN_EXTENDED}][A-Za-zÀ-ÿ{LATIN_EXTENDED}'’\-]*\.?", w) or w in NAME_PARTICLES
                for w in words
            )
        ):
            glosses.append((m.start(), m.end()))
            continue
        start, end = han
        proposals.append(Proposal(start, end, folded[start:end], True))
        proposals.append(Proposal(en_start, en_start + len(english), english, True, latin=True))
        links.append(Link(folded[start:end], english))
    for p in dotted:
        after = re.match(r"([A-Z][a-z]+(?: [A-Z][A-Za-z]+){1,2})\s*[)）]", plain[p.end :])
        if after and english_tokens_ok(after.group(1).split(), t):
            proposals.append(Proposal(p.end, p.end + len(after.group(1)), after.group(1), True, latin=True))
            links.append(Link(p.form, after.group(1)))
    proposals += korean_glossed(folded) + japanese_glossed(folded)
    return proposals, links, glosses


def person_glossed(bracketed: list[Proposal]) -> list[Proposal]:
    """The Chinese forms of :func:`bracketed_aliases` glossed by a given name and a
    family name (岡本健司（Kenji Okamoto）): a person's."""
    return [a for a, b in itertools.pairwise(bracketed) if not a.latin and b.latin and 2 <= len(b.form.split()) <= 3]


def _han_name_before(folded: str, end: int, dotted_ends: dict[int, int], words: int = 0) -> tuple[int, int] | None:
    """The name ending right before a bracket: a dotted name, a run of
    transliteration characters, or a surname + given name; three given
    characters where the gloss spells one word a character (a Vietnamese
    name's 范氏青蓮（Phạm Thị Thanh Liên）)."""
    if end == 0 or (not is_han(folded[end - 1]) and folded[end - 1] != DOT):
        return None
    if end in dotted_ends:
        return dotted_ends[end], end
    raw = translit_suffix(folded, end)
    start = trim_glued_start(folded, raw, end - 2)
    if end - start >= 3:
        return start, end
    for length in (5, 4, 3, 2):
        s = end - length
        if s < 0 or (start > raw and s < start) or not all(is_han(c) for c in folded[s:end]):
            continue  # (a title or word ends after s: the name starts later)
        if any(cue_before(folded, k) for k in range(s + 1, end - 1)):
            continue  # 工程师约翰: a title ends inside, 师约翰 is no name
        sl = surname_length(folded, s)
        # Beside an English name, only particles rule a given name out (裕和 is fine).
        given = folded[s + sl : end]
        if not sl or (length - sl > 2 and length != words) or not given or set(given) & set("的了是在"):
            continue
        if not lexicon.is_common_word(folded[s:end]):
            return s, end
    if (spelt := sound_spelt(folded, end, words)) is not None:
        return spelt  # (厨师｜觉敏（Kyaw Min）: no surname, a character a word of the gloss, after a role)
    entry = lexicon.lookup(folded[start:end])
    # Beside an English name in brackets, a dictionary name (约翰) is fine, and a rare word beside
    # a given and a family name (辛格（Harpreet Singh）: the run spells the family name).
    if end - start == 2 and (entry is None or entry.is_name or (words >= 2 and entry.freq < lexicon.WORD)):
        return start, end
    return None
