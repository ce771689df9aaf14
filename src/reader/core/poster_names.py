"""A poster's name on a community page or a blog: the name beside the post's
date when it is shaped like a nickname, a nickname on its own line among the
head's lines, and a nickname with the poster's full name in brackets
(老松（鄭文雄）) with the blog named after the nickname (老松的盆景園).
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.han import HAN_RUN
from reader.core.junk_rules import Reason
from reader.core.line_passes import Line, head_span
from reader.core.outlet_names import OUTLET_END
from reader.core.person_values import fold_text, han_name_shaped, person_value
from reader.core.publisher_names import same_site
from reader.core.title_shapes import is_registration

# (bound once: Reason.X goes through the enum type's attribute hook, ~80 ns a look-up)
_IS_HEADLINE: Final = Reason.HEADLINE
_HEAD: Final = 16


def poster(outlet: str) -> str | None:
    """The name beside a date as a poster's nickname, if it has that shape:
    Han or a handle, no spaces, not an outlet's ending."""
    if " " in outlet or OUTLET_END.search(fold_text(outlet)) or not 2 <= len(outlet) <= 16:
        return None
    return person_value(outlet)


# A poster's nickname on its own line: Han (two to sixteen characters,
# maybe with Latin letters, digits, 的 and the like) or a handle; no space,
# no punctuation of a sentence or a menu.
_NICK: Final = re.compile(r"@?(?=.*[\u3400-\u9fff])[\u3400-\u9fffA-Za-z0-9_·・]{2,16}|@?[A-Za-z][A-Za-z0-9_.]{2,24}")
_NICK_LONG: Final = 5


def nickname(lines: list[Line], site: str | None) -> str | None:
    """The poster's nickname on a community page: a short name-shaped line
    among the page's head lines (before the first paragraph of prose),
    that no rule kept, next to the post's date line or a counter
    (阿梨的吃喝日记 under 1/9, 小鱼吐泡泡 over 帖子 18 积分 96, 梁文涛 under
    问诊时间：2025-11-24). The nearest to the headline wins."""
    first, headline = head_span(lines, _HEAD)
    if headline is None:
        return None
    found: list[tuple[int, str]] = []
    for i in range(1, first):
        line = lines[i]
        text = line.text.strip()
        if text[-1:] in _FOLLOW_LASTS and (name := _followed(line, text)) is not None:
            return name  # (the name the page's follow button stands beside: the account that wrote it)
        if lines[i - 1].text.strip() in _POSTER_LABELS and _NICK.fullmatch(text) and i != headline:
            return text.lstrip("@")  # (the poster's label on the line above: 楼主 / 小鱼吐泡泡)
        if line.reason not in _CONTEXT_ONLY or i == headline or not _NICK.fullmatch(text):
            continue
        if is_registration(lines[i - 1].text):
            continue  # (a periodical's name under its ISSN: 中国教育研究)
        name = text.lstrip("@")
        folded = fold_text(name)
        if OUTLET_END.search(folded) or same_site(name, site) or name in _NOT_NICKNAMES:
            continue
        if not name.isascii() and len(name) < _NICK_LONG and not han_name_shaped(name):
            continue  # (a channel's or a button's word: 要闻, 关注, 登录)
        if name.isascii() and not (text.startswith("@") or _HANDLE_MARK.search(name)):
            continue  # (a Latin word is a button's, Subscribe; a handle has @, a dot, a digit or _)
        if any(_beside(lines[j]) for j in (i - 1, i + 1) if 0 <= j < len(lines) and j != headline):
            found.append((abs(i - headline), name))
    return min(found)[1] if found else None


# A follow button after a wide gap or a space at a line's end: + 关注, [+ 关注], ＋追蹤
_FOLLOW: Final = re.compile(r"\s\[?[+＋]\s?(?:关注|關注|追蹤|追踪)\]?$")
_FOLLOW_LASTS: Final = "注蹤踪]"


def _followed(line: Line, text: str) -> str | None:
    """The name a follow button stands beside on its line: the line's own words
    before it (**一只爱吃泡馍的鱼** 　[+ 关注]), or the name beside the date
    there (老周说出行　2029-08-21 19:06 · 湖南　+ 关注); None for any other line."""
    if (m := _FOLLOW.search(text)) is None:
        return None
    name = line.meta.source if line.meta is not None and line.meta.source else text[: m.start()].strip(" *_\u3000")
    return name if name and _NICK.fullmatch(name) and OUTLET_END.search(fold_text(name)) is None else None


# A line beside a nickname on a community page: the post's date, a counter
# (关注者 3,512, 帖子 18 积分 96, 1/9, 12345 人做过这道菜).
def _beside(line: Line) -> bool:
    return (line.meta is not None and line.meta.date is not None) or any(c.isdigit() for c in _URL.sub("", line.text))


_URL: Final = re.compile(r"https?://\S+")
_HANDLE_MARK: Final = re.compile(r"[\d_.]")


# A nickname's line goes for its place alone (among junk, above the headline);
# one a rule names (a share bar, a menu, a button) is no one's name.
_CONTEXT_ONLY: Final = (Reason.BETWEEN_BOILERPLATE, Reason.ABOVE_HEADLINE, Reason.HANDLE)
_POSTER_LABELS: Final = frozenset(("楼主", "樓主", "发帖人", "發帖人", "原PO", "原po"))
_NOT_NICKNAMES: Final = frozenset(("楼主", "樓主", "关注", "關注", "追蹤", "登录", "登入", "注册", "註冊"))


def full_name(outlet: str) -> tuple[str, str] | None:
    """A nickname and the poster's full name in brackets, beside the post's
    date (老松（鄭文雄）): (nickname, full name); None for any other name."""
    if outlet[-1:] not in "）)" or " " in outlet:
        return None
    at = max(outlet.rfind("（"), outlet.rfind("("))
    nick, name = outlet[:at], outlet[at + 1 : -1]
    if at < 1 or not han_name_shaped(name) or not _NICK.fullmatch(nick):
        return None
    return nick, name


def nick_blog(lines: list[Line], nick: str) -> str | None:
    """The blog named after the poster's nickname, a line of Han over the
    headline (老松的盆景園 by 老松): the page's own name."""
    mine = f"{nick}的"
    for line in lines[:_HEAD]:
        if line.reason is _IS_HEADLINE:
            break
        text = line.text.strip()
        if text.startswith(mine) and len(text) > len(mine) and HAN_RUN.fullmatch(text):
            return text
    return None
