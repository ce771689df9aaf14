"""Controls' words, no names: a button's or a link's (登录, 註冊, Sign in), a
skip link's (跳到主要內容), a display mode's switch (长者模式); and a row of
buttons over a page, its words after the first all controls' (讚好專頁　追蹤　分享)."""

from __future__ import annotations

import re
from typing import Final

from reader.core.person_values import fold_text

# A control's word, no name: 登录 | 注册, Sign in (追踪, 讚好: a social page's follow and like buttons)
_UI_WORDS: Final = frozenset(
    (
        *("登录", "登入", "注册", "登出", "退出", "搜索", "订阅", "会员", "首页", "菜单", "分享"),
        *("关注", "追踪", "赞好", "点赞"),
        *("login", "log in", "sign in", "sign up", "register", "subscribe", "menu", "home", "search"),
        *("返回", "返回顶部", "回到顶部", "顶部", "返回首页", "top", "back to top"),
    )
)


def ui_word(name: str, folded: str | None = None) -> bool:
    """Whether ``name`` is a control's word (登录, 註冊, Sign in) or a skip
    link's (跳转到主要内容, Skip to content), no site's name; ``folded``: the
    name folded already, when the caller has it (folding costs each call)."""
    folded = (fold_text(name) if folded is None else folded).strip().lower()
    # (or a display mode's switch: 长者模式, 关怀模式, 无障碍)
    return folded in _UI_WORDS or folded.endswith(("模式", "无障碍")) or _SKIP_LINK.match(folded) is not None


# A skip link for screen readers: 跳转到主要内容, 跳到主要內容區塊, Skip to main content
_SKIP_LINK: Final = re.compile(r"(?:跳转到|跳转至|跳到|跳至|跳过|略过)\S{0,4}(?:内容|正文|导航)|skip\b")
_BUTTONS: Final = 2  # (controls after the first word, at least)


def button_row(parts: list[str]) -> bool:
    """Whether a row's words (``parts``, split as a masthead's) are a row of
    buttons: two or more after the first, all of them controls' words
    (讚好專頁　追蹤　分享), so the first is one more button's label, no name."""
    words = [part for part in parts[1:] if part]
    return len(words) >= _BUTTONS and all(ui_word(word) for word in words)


__all__ = ["button_row", "ui_word"]
