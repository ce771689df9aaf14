"""Lines made only of ROLE：name pairs (评测：陆一鸣 摄影：林家豪, 记录：方志远
2028-01-14 20:36): credit lines wherever the cleaning finds them at the head
or the tail. Used by :func:`reader.core.metadata.parse_meta_line`."""

from __future__ import annotations

import re
from typing import Final

from reader.core.credit_roles import ROLES, WRITER_ROLES
from reader.core.date_lines import DATE_IN_LINE, fold_digits, format_date
from reader.core.meta_records import MetaLine
from reader.core.person_values import (
    fold_text,
    han_name_shaped,
    monastic_name,
    person_value,
    titled_name,
    without_honorific,
)

# Any "ROLE：name" pair, the role a short word the tables may not know
# (报道：黄慧玲, 评测：陆一鸣 摄影：林家豪): a name is two to four Han
# characters (more with a monastic's title or a title before, checked after) or a few
# capitalised Latin words, never a clause.
PAIR: Final = re.compile(
    r"(?P<role>[\u3400-\u9fff]{1,4})\s*[:：]\s*"
    r"(?P<name>[\u3400-\u9fff·]{2,10}|[A-Z][\w.'@-]*(?: [A-Z][\w.'@-]*){0,2})(?=\s|\u3000|[|｜]|$)"
)
# A note on who the one name is, ending the line: 志愿者：卜文静（第九期支教队）
END_NOTE: Final = re.compile(r"(?<=[\u3400-\u9fff])\s*[(（][^()（）:：]{1,16}[)）]$")
_ROLE_SET: Final = frozenset(ROLES) | frozenset(
    ("报道", "评测", "审订", "审定", "口述", "文案", "插画", "设计", "出镜")
)
_NO_WRITER: Final = frozenset(("签发", "审核", "审定", "审签", "审批", "核稿", "制作"))  # (folded)
_PICTURE_ROLE: Final = re.compile(r"(?:图片?|摄影?|摄像|插画|插图|制图|视频|绘图|漫画)")
UNIT_ROLE: Final = re.compile(r".(?:单位|机构|机关|部门)$")  # (发布单位; a bare 单位：万元 is a unit of measure)
_SITE_MAKER: Final = ("网站", "網站", "网页", "網頁", "站点", "站點")  # (both scripts: no fold for every pair)
_PAIR_GAP: Final = re.compile(r"[\s\u3000|｜·/／]*")  # (a slash between spaces parts them too: 評論人：X / date)
HAN_NAME: Final = re.compile(r"[\u3400-\u9fff·]{2,4}")
LONGEST_NAME: Final = 4


# The last characters of the honorifics and clergy titles after a name (女士, 牧師, 校長…:
# person_values.without_honorific), Traditional and Simplified: a cheap test before it
_HONORIFIC_LASTS: Final = frozenset("士生姐师師父女授长長任")


def role_pairs(line: str) -> MetaLine | None:
    """A line made only of ROLE：name pairs is a credit line. Whether it
    sits where credits sit (the head or the tail) the cleaning decides:
    between paragraphs, "解法一：互斥锁" is a heading."""
    pairs: list[tuple[str, str]] = []
    pos, date, source = 0, None, None
    if (
        line[-1:] in "）)"
        and line.count("：") + line.count(":") == 1
        and (note := END_NOTE.search(line))
        and not han_name_shaped(note.group().strip(" (（)）"))
    ):
        # (one pair and a note on who the name is: the name's the credit; a
        # name in the brackets is the person's own, 康师傅（康立军）: no credit)
        line = line[: note.start()]
    while pos < len(line):
        m = PAIR.match(line, pos)
        if m is None and pairs and (k := _joined_at(line, pos)):
            m = PAIR.match(line, k)  # (two roles joined, the pair from the second: 訪問及整理：X)
        titled = None
        if m and len(name := m.group("name")) > LONGEST_NAME and not name[:1].isascii() and not monastic_name(name):
            # (past four Han characters only a dharma name and its title, 釋宏覺法師, or a name after
            # the title its holder has, 嘉賓：職業治療師馮詠詩, or before the honorific or the clergy
            # title after it, 講員：葉永康牧師)
            titled = titled_name(name)
            if titled is None and name[-1] in _HONORIFIC_LASTS and (bare := without_honorific(name)) != name:
                titled = bare
            m = m if titled else None
        if not m:
            # (a date may end the line: 评测：陆一鸣 图：韩冰 2024-09-05 10:00)
            if not pairs:
                return None
            d = DATE_IN_LINE.fullmatch(fold_digits(line[pos:]))
            if not d or not (date := format_date(d)):
                return None
            break
        role, name = m.group("role"), titled or m.group("name")
        if any(c.isdigit() for c in name) or (fold_text(role) not in _ROLE_SET and name.count(" ") >= 2):
            # a code (课程编号：GE21076) or an unknown label's Latin words
            # (汉语拼音：Buluofen Huanshi Jiaonang) is no one's name
            return None
        if role.startswith(_SITE_MAKER):
            return None  # (網站設計：X, 网页制作：Y: who made the site, no maker of the page's text)
        if UNIT_ROLE.search(fold_text(role)):
            # 發布單位：農糧署, 发布机构：…: the publisher, not a person
            source = source or name
        elif (
            fold_text(role) not in _ROLE_SET
            and HAN_NAME.fullmatch(name)
            and not han_name_shaped(name)
            and not monastic_name(name)  # (主讲：釋宏覺法師: a dharma name opens with no surname)
        ):
            return None  # a label the tables do not know needs a name after it (票價：免費參觀 is none)
        elif person_value(name):
            pairs.append((role, name))
        pos = _PAIR_GAP.match(line, m.end()).end()  # type: ignore[union-attr]
    if not pairs:
        return MetaLine("source", source=source, date=date) if source else None
    # (a picture's credit is never the author: 摄：X, 圖片：X, 插画：X)
    # (nor who was interviewed, 受訪：X　訪問及整理：Y: the subject, not a maker)
    # (nor who signed it off or produced it, 签发：X　制作：Y under a bureau's bulletin: its office's credits)
    author = next(
        (
            name
            for role, name in pairs
            if role[0] != "受" and not _PICTURE_ROLE.fullmatch(folded := fold_text(role)) and folded not in _NO_WRITER
        ),
        None,
    )
    return MetaLine("credit", source=source, author=author, date=date, credits=tuple(pairs))


def issuing_unit(line: str, folded: str) -> str | None:
    """The unit a dated line labels as the page's issuer, wherever it stands
    (发布日期：…　发出单位：某某理事会　浏览：…): the page's own word on who issues it."""
    if not any(w in folded for w in _UNIT_WORDS):  # (most lines name no unit: no split)
        return None
    for token in line.replace("｜", " ").replace("|", " ").split():
        label, colon, value = token.replace(":", "：").partition("：")
        if colon and value.strip() and UNIT_ROLE.search(fold_text(label)):
            return value.strip()
    return None


_UNIT_WORDS: Final = ("单位", "机构", "机关", "部门")


def section_pair(part: str, *, column: bool = False) -> bool:
    """Two short words a bar joins (人物｜訪談, 科技/评测): a section's label, no
    outlet's name; with ``column``, a section and its column after the outlet
    (专栏｜纸上人间). String tests: no pattern to compile."""
    bar = next((b for b in _BARS if b in part), None)
    if bar is None:
        return False
    a, _, b = part.partition(bar)
    return all(_SECTION_WORD[0] <= len(w) <= (_COLUMN if column else _SECTION_WORD[1]) and w.isalpha() for w in (a, b))


_BARS: Final = ("｜", "|", "／", "/")
_SECTION_WORD: Final = (2, 3)
_COLUMN: Final = 6  # (a column's name after its section, 专栏｜纸上人间, beside the outlet: no outlet)


def _joined_at(line: str, pos: int) -> int:
    """Where the second of two roles joined by 及, 與 or 、 starts (受訪：X　訪問及整理：Y), or 0."""
    for mark in _JOINS:
        if (k := line.find(mark, pos + 1, pos + _ROLE_WORD + 1)) > 0 and line[pos:k].isalpha():
            return k + 1
    return 0


_JOINS: Final = ("及", "與", "与", "、")
_ROLE_WORD: Final = 4  # (a role of PAIR is no longer)


# A row of credits whose roles the tables do not hold, each a short word and a
# name set apart by a slash (文稿／邱詠晴 口述錄音／黃德明 更新日期：…): the shape says
# they are roles and names, never an author and an outlet. A role that opens with
# a writer's role word (文稿: 文; 口述錄音: 口述) names the author, the first such.
_SLASHED_PAIRS: Final = 2  # (one pair alone may be a place's or a topic's: 地點／台北)
_SLASHED_ROLE: Final = 4
_WRITER_WORDS: Final = tuple(sorted(WRITER_ROLES, key=len, reverse=True))


def _slashed(token: str) -> tuple[str, str] | None:
    role, slash, name = token.partition("／") if "／" in token else token.partition("/")
    if not slash or not 1 <= len(role) <= _SLASHED_ROLE or "/" in name or "／" in name:
        return None
    return (role, name) if all("\u3400" <= c <= "\u9fff" for c in role) and han_name_shaped(name) else None


def slashed_credits(tokens: list[str]) -> tuple[str | None, tuple[tuple[str, str], ...]] | None:
    """The author and the (role, name) credits of ``tokens`` when every one is
    such a pair, or None."""
    if len(tokens) < _SLASHED_PAIRS or not all("／" in t or "/" in t for t in tokens):
        return None
    pairs = [pair for t in tokens if (pair := _slashed(t))]
    if len(pairs) < len(tokens):
        return None
    author = next((name for role, name in pairs if fold_text(role).startswith(_WRITER_WORDS)), None)
    return author, tuple(pairs)


__all__ = [
    "END_NOTE",
    "HAN_NAME",
    "LONGEST_NAME",
    "PAIR",
    "UNIT_ROLE",
    "issuing_unit",
    "role_pairs",
    "section_pair",
    "slashed_credits",
]
