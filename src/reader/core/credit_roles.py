"""The roles of credit lines (作者, 来源, 编辑, and roles by their shape:
图片编辑, 首席预报员) and the ROLE pattern that finds a role and its
separator; what makes a value bad, and the site's word for itself.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.person_values import AUTHOR_ROLES, EDITOR_ROLES, OTHER_ROLES

# Roles of a credit line, and what each role says.
SOURCE_ROLES: Final = (
    "来源",
    "出品",
    "出处",
    "原文",
    "文章来源",
    "本文来源",
    "消息来源",
    "新闻来源",
    "信息来源",
    "稿件来源",
    "稿源",
    "转载自",
)
# (a column's or a site's regular writer is its author: 專欄作家：老馬識途)
_WRITERS: Final = (*AUTHOR_ROLES, "专栏作家", "专栏作者", "特约作者", "客座作者", "签约作者", "作家")
WRITER_ROLES: Final = frozenset(_WRITERS)
ROLES: Final = sorted(_WRITERS + EDITOR_ROLES + OTHER_ROLES + SOURCE_ROLES, key=len, reverse=True)
# A role and its separator (作者：, 文｜, 攝影／, 编辑 |); the role must start
# the line or follow a space or a bracket.
# Roles the tables do not hold, by their shape: a credit's head word after
# an optional desk word (图片编辑, 版面编辑, 节目主持, 首席预报员, 审订).
# They name credits, never the author.
_DESK_WORD: Final = (
    r"(?:责任|图片|版面|视频|文字|美术|值班|执行|网络|数据|新媒体|首席|特约|实习|见习|驻站|视觉|节目|逐字稿)?"
)
_CREDIT_HEAD: Final = (
    r"(?:编辑|记者|摄影|摄像|审核|审阅|审订|审定|审校|评审|剪辑|主持人|主持|嘉宾|来宾|策展人|造型|化妆|发型|插画|统筹|制片|"
    r"出品人|预报员|配音|实习生|数据|整理)"
)
SHAPED_ROLE: Final = _DESK_WORD + _CREDIT_HEAD
# (its head words alone: a SHAPED_ROLE match holds one, its desk word being optional)
CREDIT_HEADS: Final = tuple(_CREDIT_HEAD.removeprefix("(?:").removesuffix(")").split("|"))
# The characters a SHAPED_ROLE match can start with (the desk word is optional).
SHAPED_ROLE_FIRSTS: Final = frozenset(
    word[0] for part in (_DESK_WORD, _CREDIT_HEAD) for word in part.removeprefix("(?:").rstrip(")?").split("|")
)
# A role and its separator (作者：, 文｜, 攝影／, 编辑 |); the role must start
# the line or follow a space or a bracket. A space alone separates a role
# from a name that ends the line or its part (编辑 黄振, 作者 許芷瑜 ｜ 攝影 黃建彰).
ROLE: Final = re.compile(
    r"(?:^|(?<=[\s(（【\[〔|｜]))(?P<role>" + "|".join(ROLES) + "|" + SHAPED_ROLE + r")"
    # (or a spaced dot, an equals sign: 文 · 品牌主理人 X, 撰文＝X　攝影＝Y)
    r"(?:\s*[:：|｜丨/／=]\s*|\s+[·・•]\s+|(?<=^作者)\s+(?=\S)"
    r"|[ \t]+(?=[\u3400-\u9fff·]{2,4}(?:\s*[|｜]|\s{2,}|\u3000|$)))"
)
# ROLE's places to start besides the line's first character: after a space
# or a bracket, at a role's first character (a role never starts elsewhere).
_ROLE_FIRSTS: Final = frozenset(word[0] for word in ROLES) | SHAPED_ROLE_FIRSTS
_ROLE_START: Final = re.compile(r"[\s(（【\[〔|｜](?=[" + re.escape("".join(sorted(_ROLE_FIRSTS))) + "])")


def role_matches(folded: str) -> list[re.Match[str]]:
    """``list(ROLE.finditer(folded))``. ROLE is tried at every position of
    the line (its lookbehind leads); a line where no role can start, most
    of those with a date, has none, found by one class scan."""
    if folded[:1] in _ROLE_FIRSTS or _ROLE_START.search(folded) is not None:
        return list(ROLE.finditer(folded))
    return []


VALUE_BAD: Final = re.compile(r"[。!?！？，,;；]")

# The site's own word for itself: 本站, 本网, 本报, 本刊, 本平台, 原创.
SELF_NAME: Final = re.compile(r"本(?:站|网|报|刊|台|社|会|平台|网站)|原创")


__all__ = [
    "CREDIT_HEADS",
    "ROLE",
    "ROLES",
    "SELF_NAME",
    "SHAPED_ROLE",
    "SHAPED_ROLE_FIRSTS",
    "SOURCE_ROLES",
    "VALUE_BAD",
    "WRITER_ROLES",
    "role_matches",
]
