"""A roll of names set apart by spaces inside the body.

A line of short words apart by single spaces reads as a menu (首頁 新聞 體育
財經) and goes. A roll of names has the same shape (陳家寶 黃子軒 麥浩然 …
under 結業學徒名單); two signals tell it apart: its words are mostly three
characters long, as most Chinese full names are, where a menu's are mostly
two or four (新聞, 國際新聞), or a transliterated name's dotted parts
(艾力·吐尔洪), which no menu word has; and it sits inside the body, a kept
line on either side of it, where a menu sits among the page's other
furniture. A head that counts the people (计算机应用专业（10人）) over as many
names says the same of a roll with more two-character names; and such a
head, gone as a counter, is the list's head.
"""

from __future__ import annotations

from typing import Final

from reader.core.code_rolls import code_roll
from reader.core.folding import fold
from reader.core.han import HAN_RUN, han_number
from reader.core.junk_rules import Reason
from reader.core.line_passes import Line
from reader.core.round_brackets import before_note, last_open
from reader.core.schedule_rows import after_timed_row
from reader.core.sibling_rows import ORDINAL, series_head
from reader.core.surnames import COMPOUND_SURNAMES, CUED_SURNAMES

_WORD_CHARS: Final = (2, 4)  # (a name of two to four Han characters)
_MIN_WORDS: Final = 4  # (fewer is a heading's pair, 新聞 體育, or a byline's)
_DOT: Final = "·"  # (between a transliterated name's parts: 艾力·吐尔洪)
_WIDE: Final = "\u3000"  # (a full-width space: a Chinese page's roll may set its names apart with it)
_PAIR_GAP: Final = _WIDE * 2  # (between a row's label and name pairs: 柳爺　陳柏翰　　謝爺　王家豪)
_PEOPLE: Final = "位人名"  # (the measure words of a count of people: 共有五位)
_NUMERALS: Final = "零一二三四五六七八九十"
_PAIRS: Final = 3  # (a row of label and name pairs: fewer is a heading's or a byline's)


def _name(word: str) -> bool:
    """A Chinese full name's shape, or a transliteration's dotted Han parts."""
    if _DOT in word:
        return all(part and HAN_RUN.fullmatch(part) for part in word.split(_DOT))
    return _WORD_CHARS[0] <= len(word) <= _WORD_CHARS[1] and HAN_RUN.fullmatch(word) is not None


def _names(text: str, sep: str) -> list[str]:
    """The names of a list apart by ``sep``, or none if one is no name."""
    words = _words(text, sep)
    return words if len(words) >= _MIN_WORDS and all(_name(w) for w in words) else []


def _words(text: str, sep: str) -> list[str]:
    # (full-width spaces come in runs: a roll typed into columns, 何俊傑　　石堅　　　梁詩敏)
    return [w.strip() for w in text.split(_WIDE) if w.strip()] if sep == _WIDE else text.split(sep)


def _more_of(text: str) -> bool:
    """A roll's next row, cut short by the column's end: two or more cells
    apart by full-width spaces, most of them names (one may be a foreign
    name written out: Rahul Sharma 夏樂)."""
    words = _words(text, _WIDE)
    return len(words) >= 2 and sum(map(_name, words)) * 3 >= len(words) * 2


def _people_row(text: str) -> bool:
    """Cells apart by full-width spaces, two thirds of them names, a name
    written out in Latin letters too (孝男　陳偉強　媳　Linda Chan), a name
    glossed in brackets too (金东哲（김동철）)."""
    words = [before_note(w) for w in _words(text, _WIDE)]
    return len(words) >= 2 and sum(_name(w) or _latin_name(w) for w in words) * 3 >= len(words) * 2


def _paired(text: str) -> bool:
    """A row of label and name pairs set wider apart than a pair's own two
    cells (甘爺　黃冠宇　　柳爺　陳柏翰　　謝爺　王家豪): three pairs or more, each a
    short label and a name, the names led by surnames and half of them full
    names. A menu's items sit evenly apart, and its words are seldom names."""
    groups = [g.strip(_WIDE) for g in text.strip().split(_PAIR_GAP) if g.strip(_WIDE)]
    if len(groups) < _PAIRS:
        return False
    names = []
    for group in groups:
        cells = group.split(_WIDE)
        if len(cells) != 2 or len(cells[0]) > _WORD_CHARS[1] or not HAN_RUN.fullmatch(cells[0]) or not _name(cells[1]):
            return False
        names.append(cells[1])
    full = sum(len(w) == 3 or _DOT in w for w in names)
    return full * 2 >= len(names) and _led(names) * 4 >= len(names) * 3


def _led(words: list[str]) -> int:
    """How many of ``words`` start with a surname."""
    return sum(w[0] in CUED_SURNAMES or w[:2] in COMPOUND_SURNAMES for w in map(fold, words))


def _latin_name(word: str) -> bool:
    parts = word.split(" ")
    return 2 <= len(parts) <= 3 and all(p.isascii() and p.isalpha() and p[0].isupper() for p in parts)


def _kin_names(text: str) -> list[str]:
    """The names of a row of kin and name pairs (子　皇甫江　　媳　佐藤由美: each
    label one or two Han characters, shorter than its name), or none."""
    words = _words(text, _WIDE)
    if len(words) < 4 or len(words) % 2:
        return []
    pairs = list(zip(words[::2], words[1::2], strict=True))
    if all(len(k) < len(n) and len(k) <= 2 and HAN_RUN.fullmatch(k) and (_name(n) or _latin_name(n)) for k, n in pairs):
        return [n for _, n in pairs]
    return []


def _amid_kin_rows(lines: list[Line], i: int) -> bool:
    """Line ``i`` is in a run of such rows gone as menus, with a kept such
    row right above the run and right below it (a family list: 未亡人　余玉蓮
    over 孝男　陳偉文　媳　黃淑儀 … over 外孫　鄺嘉欣　鄺嘉明): no menu sits
    between two rows of names. One kept row of names is enough when the run's
    rows are kin and name pairs, half their names led by surnames (子　皇甫江
    媳　佐藤由美 over 外孫　陳子墨): a menu's words are seldom set out so."""
    ends = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and lines[j].reason is _NAVIGATION and _WIDE in lines[j].text:
            j += step
        ends.append(j)
    run = [lines[k].text for k in range(ends[0] + 1, ends[1])]
    rows = [j for j in ends if 0 <= j < len(lines) and lines[j].kept and _WIDE in lines[j].text]
    rows = [j for j in rows if _people_row(lines[j].text)]
    if len(rows) == 2 and all(_people_row(text) for text in run):
        return True
    kin = [_kin_names(text) for text in run]
    names = [n for pairs in kin for n in pairs]
    return bool(rows) and all(kin) and _led(names) * 2 >= len(names)


def _counted(text: str) -> int:
    """The count of people a head ends with (会计专业（12人）: 12; 共有五位：: 5), or 0."""
    if text[-1:] in ":：" and text[-2:-1] in _PEOPLE:
        # (the count in Han numerals or digits before the measure word)
        k = _numeral_start(text, len(text) - 2)
        return han_number(text[k:-2]) if k < len(text) - 2 else 0
    if text[-2:] not in ("人）", "人)", "名）", "名)"):
        return 0
    k = last_open(text)
    digits = text[k + 1 : -2].strip()
    return int(digits) if k > 0 and digits.isdigit() else 0


def _counts_in(head: str) -> int:
    """The last count of people inside a head (以下6人获提名：: 6), or 0."""
    for k in range(len(head) - 1, 0, -1):
        if head[k] in _PEOPLE and (j := _numeral_start(head, k)) < k:
            return han_number(head[j:k])
    return 0


def _numeral_start(text: str, end: int) -> int:
    """Where the digits or Han numerals right before ``end`` start (``end`` if none)."""
    k = end
    while k > 0 and (text[k - 1].isdigit() or text[k - 1] in _NUMERALS):
        k -= 1
    return k


# A roll's own label, a room's or a group's number before its colon (B205：, 3组：): no menu has one.
_LABEL_CHARS: Final = 8


def _labelled(text: str, siblings: tuple[str, ...] = ()) -> str:
    """The names after a numbered label (B205：夏雪　钟离婉儿　苏日娜　何静), or "".
    An ordinal in Han numerals (第一组：) numbers a roll's row only beside a row of
    the same kind under another number (第二组：): 第三方 is a word."""
    label = _label_of(text)
    if not label:
        return ""
    if not any(c.isdigit() for c in label):
        kind = _ordinal_kind(label)
        if kind is None or not any(_ordinal_kind(other) == kind != other for other in map(_label_of, siblings)):
            return ""
    return text[len(label) + 1 :]


def _label_of(text: str) -> str:
    k = text.find("：")
    return text[:k] if 0 < k <= _LABEL_CHARS and " " not in text[:k] else ""


def _ordinal_kind(label: str) -> str | None:
    """What an ordinal in Han numerals numbers (第二组: 组), or None."""
    kind = label[1:].lstrip(_NUMERALS)
    return kind if label[:1] == "第" and kind and len(kind) < len(label) - 1 else None


def _roll(text: str, head: str, both: bool = True, below: str = "") -> bool:
    # (a roll labelled by its room or group, apart by full-width spaces, under or over the body)
    if _WIDE in text and (rest := _labelled(text, (head, below))) and _names(rest, _WIDE):
        return True
    # (a roll may follow its label: 理事：谢亚牛　谢国华　颜谢秀英, the label's people its names;
    # names led by surnames, no menu's words, vouch for it beside one kept line)
    k = text.find("：")
    labelled = 0 < k <= _LABEL_CHARS and " " not in text[:k]
    value = text[k + 1 :] if labelled else text
    if (labelled or head[-1:] in ":：") and _WIDE in value:
        # (or the head counts as many people as the row has names: 以下6人获提名： over six names)
        words = _words(value, _WIDE)
        if _surnamed(words) or (_names(value, _WIDE) and _counts_in(head) == len(words)):
            return True
    if not both:  # (otherwise only between two kept lines: a menu's shape)
        return False
    words = _names(value, _WIDE if _WIDE in value else " ")
    if not words:
        return False
    full = sum(len(w) == 3 or _DOT in w for w in words)
    # (its own label says the same as one over it: 後備名單：　鍾國豪　麥子聰　岑浩　馬可)
    return (
        full * 4 >= len(words) * 3
        or _counted(head) == len(words)
        or _announces(head)
        or ((_label(head) or labelled) and full * 2 >= len(words))
    )


def _cell(word: str) -> bool:
    return _name(word) if _DOT in word else 2 <= len(word) <= 5 and HAN_RUN.fullmatch(word) is not None


def _surnamed(words: list[str]) -> bool:
    """A labelled row's cells that are names by their first character: all
    of them Han, two to five long (a Japanese name, 小林真由美), and all but
    a fourth led by a surname (演员：高云　程小莺　何乐　金声　范思琪　小林真由美,
    its given names short words); a menu's words seldom start with one."""
    # (a cell's bracketed role is no part of its name: 龙海（队长）; a menu's note leaves a word: 高考（专题）)
    if len(words) < _MIN_WORDS or not all(_cell(before_note(w)) for w in words):
        return False
    # (a transliterated name's dotted parts lead with no surname, yet no menu word has them, so
    # a dotted cell counts as led: 刺球手名單： over 拉夫拉斯·馬帝靈　卡邦·巴力　撒卡勒·嘎里　高山)
    return _led(words) + sum(_DOT in w and not _led([w]) for w in words) >= len(words) * 3 / 4


# A label over its value (荣立三等功：): a few characters, then a colon.
_LABEL_MAX: Final = 12


def _label(head: str) -> bool:
    """A short label ending in a colon, the roll its value (荣立三等功： over
    马建华　阿力木·吐尔逊　欧阳小龙): with half its words full names or dotted
    ones, no menu's (a share bar's 分享到： heads 微信 微博 豆瓣)."""
    return 1 < len(head) <= _LABEL_MAX and head[-1] in ":：" and " " not in head and "。" not in head


def _beside_kept(lines: list[Line], i: int) -> bool:
    return (i > 0 and lines[i - 1].kept) or (i + 1 < len(lines) and lines[i + 1].kept)


def _after_roll(lines: list[Line], rolled: int, i: int) -> bool:
    """Whether only short kept lines (a grade's head, another row) lie
    between the roll taken back at ``rolled`` and line ``i``."""
    return 0 <= rolled < i and all(line.kept and line.short for line in lines[rolled + 1 : i])


# A sentence of the body announcing what follows (…为五月出生的九位老人举办集体生日会。本月寿星：):
# a menu never comes under one.
_ANNOUNCE_MIN: Final = 20


def _announces(head: str) -> bool:
    return len(head) >= _ANNOUNCE_MIN and head[-1] in ":：" and "。" in head


def rescue_spaced_rolls(lines: list[Line]) -> None:
    """Take back a roll of names gone as a menu between two kept lines, and
    a head counting its people gone as a counter over a kept list of as many."""
    last = len(lines) - 1
    rolled = -9  # (the last roll taken back: rows after it, short heads between, are its)
    for i, line in enumerate(lines):
        # (the cheap tests first: most pages have menus, few have a roll)
        reason = line.reason
        # (a roll of two-character names reads as a row of one-word buttons, 向前　程功　石坚: controls)
        if (reason is _NAVIGATION or reason is _CONTROLS) and (" " in line.text or _WIDE in line.text):
            if line.text[:1] == ORDINAL and series_head(lines, i):
                line.restore()  # (a series' head, 第1天 … → …, beside its kept siblings: sibling_rows)
                continue
            if (
                (
                    0 < i < last
                    and (lines[i - 1].kept or lines[i + 1].kept)
                    and _roll(line.text, lines[i - 1].text, lines[i - 1].kept and lines[i + 1].kept, lines[i + 1].text)
                )
                or (
                    _WIDE in line.text
                    # (the next row's numbered label is no cell: 第二组：　宋佳音　黄石　麦子（麦志伟）)
                    and (
                        (
                            _after_roll(lines, rolled, i)
                            and _more_of(_labelled(line.text, (lines[i - 1].text,)) or line.text)
                        )
                        or _amid_kin_rows(lines, i)
                        or (reason is _NAVIGATION and after_timed_row(lines, i))
                        or (
                            _PAIR_GAP in line.text
                            and (_beside_kept(lines, i) or _after_roll(lines, rolled, i))
                            and _paired(line.text)
                        )
                    )
                )
                or (reason is _NAVIGATION and code_roll(lines, i))
            ):  # (ticket numbers: code_rolls)
                line.restore()
                rolled = i
        elif reason is _COUNTER and i < last and (n := _counted(line.text)) and lines[i + 1].kept:
            below = lines[i + 1].text
            if len(_names(below, "、")) == n or len(_names(below, " ")) == n:
                line.restore()


_NAVIGATION, _COUNTER, _CONTROLS = Reason.NAVIGATION, Reason.COUNTER, Reason.CONTROLS  # (bound once: a slow lookup)


__all__ = ["rescue_spaced_rolls"]
