"""Forms the tagger carved out of a word: three characters of an idiom read
as a name (叶公好 of 叶公好龙), a title run onto a name (茶圣陆羽:
茶圣 + 陆羽), and a titled name cut where its last character makes a word
with the next (董事吴建|中投, 乡长詹明|忠于). The dictionary is the evidence for the idiom (one of its
words) and for most titles (a common word that starts with no surname).
"""

from __future__ import annotations

from reader.core.people import lexicon
from reader.core.people.cues import cue_before
from reader.core.people.names import AFTER_SUBJECT, HARD_NOT_IN_GIVEN_NAME, PARTICLES, is_han, surname_length
from reader.core.people.texts import DOT, Proposal, starts
from reader.core.people.word_tails import word_tails
from reader.core.surnames import COMMON_SURNAMES

# An idiom: four characters the dictionary lists as one word, no name.
_IDIOM = 4
# The second character of a title for the master of an art (茶圣 陆羽).
_MASTER = "圣"
# What opens a bracket's courtesy name (字) or art name (号) after a name.
_COURTESY = "字号"
# The taboo name (讳), how an obituary or a genealogy gives the dead's own name after the title (太夫人 讳秀琴);
# no surname: a name the tagger reads from it is the name after it.
_TABOO = "讳"


def _in_idiom(folded: str, start: int, end: int) -> bool:
    """The span is three characters of a four-character dictionary word
    (叶公好|龙, 一|叶公好) or of a word said twice (添|丁添丁): no name ends or starts inside an idiom."""
    for lo in (start - (_IDIOM - (end - start)), start):
        word = folded[lo : lo + _IDIOM]
        if lo >= 0 and len(word) == _IDIOM and all(map(is_han, word)):
            entry = lexicon.lookup(word)
            # (any entry: jieba tags idioms that open with a surname as
            # names, 叶公好龙 nr; a listed four-character name is whole too)
            if entry is not None or _doubled_word(word):
                return True
    return False


def _doubled_word(word: str) -> bool:
    """添丁添丁: two characters said twice, as a chant or a wish is (no name of three starts inside it)."""
    return word[:2] == word[2:] and word[0] != word[1]


def idiom_fragments(folded: str, forms: set[str]) -> set[str]:
    """Three-character forms that sit inside an idiom wherever they occur."""
    found = set()
    for form in forms:
        if len(form) != _IDIOM - 1 or DOT in form or not all(map(is_han, form)):
            continue
        at = starts(folded, form)
        if at and all(_in_idiom(folded, s, s + len(form)) for s in at):
            found.add(form)
    return found | _stem_family(folded, forms) | _verb_objects(folded, forms) | word_tails(folded, forms)


def _verb_objects(folded: str, forms: set[str]) -> set[str]:
    """跳的孔雀舞: three characters, the first two a word the dictionary lists (孔雀), the last the
    noun a verb right before takes (跳 … 舞: 跳舞, dance; 唱 … 歌, 下 … 棋), 的 between or not, at
    every mention and with no title before: a kind of dance, song or game named by what it shows,
    no person (跳舞 makes no name's surname dance; 看了杨丽萍: 了 and 萍 make no word)."""
    found = set()
    for form in forms:
        if len(form) != _IDIOM - 1 or not all(map(is_han, form)) or lexicon.lookup(form[:2]) is None:
            continue
        at = starts(folded, form)
        if at and all(_verb_taking(folded, s, form[-1]) and not cue_before(folded, s) for s in at):
            found.add(form)
    return found


def _verb_taking(folded: str, start: int, noun: str) -> bool:
    verb = folded[start - 2 : start - 1] if folded[start - 1 : start] == "的" else folded[start - 1 : start]
    return bool(verb) and is_han(verb) and lexicon.is_common_word(verb + noun, lexicon.WORD)


def _stem_family(folded: str, forms: set[str]) -> set[str]:
    """祖灵祭, 祖灵篮 … 祖灵的安排: three characters a rarer surname opens, whose first two the text writes
    alone as a word (before a particle or a stop) and which end another such form too: a word and the
    things made of it (the ancestral spirits' rite, their basket), no given names sharing a character."""
    rare = [f for f in forms if len(f) == 3 and all(map(is_han, f)) and f[0] not in COMMON_SURNAMES]
    stems: dict[str, set[str]] = {}
    for form in rare:
        if surname_length(form, 0) == 1:
            stems.setdefault(form[:2], set()).add(form)
    found: set[str] = set()
    for stem, family in stems.items():
        if len(family) < 2:
            continue
        after = {folded[s + 2 : s + 3] for s in starts(folded, stem)}
        if any(not is_han(c or "。") or c in PARTICLES for c in after):
            found |= family
    return found


def titles_trimmed(proposals: list[Proposal], folded: str) -> list[Proposal]:
    """茶圣陆羽 -> 陆羽: a four-character form whose first two characters are
    a title that starts with no surname (a common word, or the master of
    an art: 茶圣, 诗圣, 医圣), and whose last two start with one, is a title
    and a two-character name. 黄百万（字俊卿）: 字 or 号 opening a bracket marks
    the courtesy name after it, no character of it; so does 讳 the taboo name anywhere (讳秀琴)."""
    out = []
    for p in proposals:
        form = p.form
        bracketed = p.start and folded[p.start - 1] in "（("
        if not p.latin and len(form) >= 3 and (form[0] == _TABOO or (form[0] in _COURTESY and bracketed)):
            p = Proposal(p.start + 1, p.end, form[1:], p.strong, p.latin)
            form = p.form
        if (
            not p.latin
            and len(form) == 4
            and all(map(is_han, form))
            and not surname_length(folded, p.start)
            and surname_length(folded, p.start + 2) == 1
            and (form[1] == _MASTER or lexicon.is_common_word(form[:2], lexicon.WORD))
        ):
            p = Proposal(p.start + 2, p.end, form[2:], p.strong, p.latin)
        out.append(p)
    return out


# (what cannot be a given name's last character after a surname and one more)
_NOT_GIVEN_NEXT = PARTICLES | AFTER_SUBJECT | HARD_NOT_IN_GIVEN_NAME


def _never_without(folded: str, form: str, nxt: str) -> bool:
    """Every occurrence of ``form`` is followed by ``nxt``."""
    return all(folded.startswith(nxt, s + len(form)) for s in starts(folded, form))


def titled_cuts_completed(proposals: list[Proposal], folded: str) -> list[Proposal]:
    """A surname and one character after a title (董事吴建中投反对票), always
    followed by the same character that can sit in a given name: when the
    tagger gave that character to a rare word with the next (中投 40, 忠于
    384 in jieba's counts) that runs on into more Han text, the name has it;
    a frequent word (当选, 接受, 亲自, 一起) is the right reading and the name
    ends before it."""
    out = []
    for p in proposals:
        nxt = folded[p.end : p.end + 1]
        if (
            not p.latin
            and len(p.form) == 2
            and surname_length(folded, p.start) == 1
            and p.form[0] in COMMON_SURNAMES  # (a rarer one stands as a rule vouched for it: 满族弟子全佑|学成)
            and is_han(nxt or "a")
            and nxt not in _NOT_GIVEN_NEXT
            # (the rare word's second character opens what follows, 投反对票,
            # 于颁奖典礼: the word runs on; 相亲. or 相亲 at a line's end closes one)
            and all(map(is_han, folded[p.end + 1 : p.end + 3].ljust(2, "a")))
            and (word := lexicon.lookup(folded[p.end : p.end + 2])) is not None
            and word.freq < lexicon.FREQUENT
            and cue_before(folded, p.start)
            and _never_without(folded, p.form, nxt)
            and not lexicon.is_common_word(p.form + nxt, lexicon.WORD)
        ):
            p = Proposal(p.start, p.end + 1, p.form + nxt, p.strong, p.latin)
        out.append(p)
    return out
