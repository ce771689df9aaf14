"""A 、 list the text counts right after it with a measure word that counts no people
(扒艇行、鮮魚行、合心堂三間傳統漁民團體: 間 counts houses, shops, halls; 座 buildings, 艘 boats; not 家,
which counts schools of writers too: 王維、李白、王昌齡、高適四家): as many items as the count, each
a thing, though one reads as a name (合心堂). The counterpart of :mod:`reader.core.people.counted_lists`,
whose count of persons (两位, 三人) makes each item a person. So is a 、 list right after a count of kinds and
its kind (十几种矿物颜料，朱砂、石绿、石青: 种 counts sorts of a thing, the items are its sorts)."""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.names import CJK

# Measure words for buildings, bodies, vessels and roads, never for people.
_THING_MEASURES = "间座所条艘栋"
_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_COUNTED_RE = re.compile(
    rf"(?P<items>[{CJK}]{{2,5}}(?:、[{CJK}]{{2,5}}){{1,5}})(?P<count>[两二三四五六])[{_THING_MEASURES}]"
)

# A count of kinds (几种, 十几种, 三种) and the kind's noun, a comma or a colon, then the items joined by 、.
_KINDS_RE = re.compile(
    rf"[几数多两二三四五六七八九十百]种[{CJK}]{{1,6}}[,:](?P<items>[{CJK}]{{2,5}}(?:、[{CJK}]{{2,5}})+)(?![{CJK}]*、)"
)


def counted_things(folded: str, forms: set[str]) -> set[str]:
    """The forms that are whole items of a 、 list counted, item for item, in a measure of things."""
    if "、" not in folded:
        return set()
    found: set[str] = set()
    for m in _COUNTED_RE.finditer(folded):
        items = m.group("items").split("、")
        # (the first item may start inside the clause before it: 水道已擠滿人。扒艇行: take its last characters)
        if len(items) != _COUNTS[m.group("count")]:
            continue
        found |= {item for item in items[1:] if item in forms}
        found |= {f for f in forms if items[0].endswith(f)}
    for m in _KINDS_RE.finditer(folded):
        *items, last = m.group("items").split("、")  # (the last runs on into the clause: 石青都要磨)
        found |= {item for item in items if item in forms} | {f for f in forms if len(f) >= 2 and last.startswith(f)}
    return found


# Measure words that count people (一位, 两名, 三个): after any other, the
# "name" is a thing (那台史坦威: a piano).
_PERSON_MEASURES = frozenset("位名个")
# A numeral the tagger reads into one word with the measure after it (一场|谢师宴: an event); not a
# count of time or of times, which dates or counts the act the name then does (终场前18秒|孙浩然突破).
_NUMERALS = frozenset("一二三四五六七八九十两几0123456789")
_NOT_MEASURES = _NUMERALS | frozenset("些多余来秒分时点天日月年岁周代次回遍下")


def counted_word(word: tuple[str, str] | None, after: str) -> bool:
    """The tagger's word right before a name, as (text, tag), is a measure word that counts no people
    (那台|史坦威), or a numeral read into one word with one (一场|谢师宴): what follows is a thing.
    ``after``: the character after the name (see numeral_counted)."""
    return (
        word is not None and word[0][-1:] not in _PERSON_MEASURES and (word[1] == "q" or numeral_counted(word, after))
    )


def numeral_counted(word: tuple[str, str], after: str) -> bool:
    """一场|谢师宴: a numeral and a measure of things the dictionary lists as one numeral word (not 三曰, "the
    third is called"); not before 的, where the thing counted is the person's work (一首邓丽君的《甜蜜蜜》)."""
    text, tag = word
    entry = lexicon.lookup(text) if tag == "m" and len(text) >= 2 and after != "的" else None
    return (
        entry is not None
        and entry.tag == "m"
        and all(c in _NUMERALS for c in text[:-1])
        and text[-1] not in _NOT_MEASURES | _PERSON_MEASURES
    )
