"""The tagger's person spans around a compound surname: it splits some off
(令|狐婷: the surname's first character left outside; 拿督斯里公|孙国良: the
first character read into a Malay honorific before it) and runs others on
(公孙振华|宗长: 宗 of a title the dictionary does not list; 名轩辕: a word before it). A Chinese
given name has at most two characters, so a compound surname bounds the
name on both sides. Used by :mod:`reader.core.people.tagged`."""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.cues import cue_before
from reader.core.people.names import is_han, surname_length
from reader.core.people.tails import MALAY_TITLES_HAN
from reader.core.surnames import COMPOUND_SURNAMES

# A compound surname and a given name of at most two characters.
_LONGEST = 4
_TITLE_RE = re.compile("|".join(MALAY_TITLES_HAN))


def compound_spans(folded: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with an honorific's part cut off the start, each compound
    surname made whole and each name after one cut to two given characters."""
    titles = [m.span() for m in _TITLE_RE.finditer(folded)]
    out: list[tuple[int, int]] = []
    for s, e in spans:
        s = next((te for ts, te in titles if ts <= s < te), s)  # 拿[督斯里]公: the title is no name
        if s >= e:
            continue
        if not surname_length(folded, s) and folded[s + 1 : s + 3] in COMPOUND_SURNAMES:
            s += 1  # 名|轩辕: a word glued before the surname is no part of the name
        head = folded[s - 1 : s + 1]
        if _surname_left_out(folded, s, e) and not (out and out[-1][1] > s - 2):
            s -= 2  # 教授闻人|志远: the tagger read the whole compound surname as words
        elif out and out[-1][1] == s and out[-1][1] - out[-1][0] == 1 and head in COMPOUND_SURNAMES:
            s = out.pop()[0]  # 公|孙国良: the honorific's cut left the surname's first character alone
        elif (
            s >= 1
            and head in COMPOUND_SURNAMES
            and not (out and out[-1][1] == s)
            and not lexicon.is_common_word(folded[max(0, s - 2) : s])  # (广东|方晓: 东 ends a word)
            and not lexicon.is_common_word(head)  # (长孙 is a place too: 长|孙立 stays)
        ):
            s -= 1  # 令|狐婷
        if folded[s : s + 2] in COMPOUND_SURNAMES and e - s > _LONGEST and all(is_han(c) for c in folded[s:e]):
            e = s + _LONGEST  # 公孙振华|宗长
        elif _given_word_cut(folded, s, e):
            e += 1  # 欧阳建|国今年: 建国 is a word, 今年 the next
        out.append((s, e))
    return out


def _given_word_cut(folded: str, s: int, e: int) -> bool:
    """A compound surname and one given character the tagger ended before a
    second that forms a word with it (欧阳建|国今年 — 建国), the text after
    them starting a word of its own (今年) or no Han (皇甫正|义（: a bracket or a
    comma ends the name there): the second is the name's."""
    if e - s != 3 or folded[s : s + 2] not in COMPOUND_SURNAMES or not is_han(folded[e : e + 1]):
        return False
    return lexicon.is_common_word(folded[e - 1 : e + 1], lexicon.WORD) and (
        not is_han(folded[e + 1 : e + 2] or "a") or lexicon.is_common_word(folded[e + 1 : e + 3])
    )


def _surname_left_out(folded: str, s: int, e: int) -> bool:
    """A compound surname right before a given name the tagger read alone
    (教授闻人|志远): a title before the surname vouches for it, or the
    surname is no common word (东方|明珠 may be a place's)."""
    surname = folded[s - 2 : s]
    if s < 2 or surname not in COMPOUND_SURNAMES or not 1 <= e - s <= 2 or surname_length(folded, s):
        return False
    return cue_before(folded, s - 2) or not lexicon.is_common_word(surname)
