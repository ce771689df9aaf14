"""Reader mode on the shapes the eighty-third held-out set showed: a
notice's sidebar and footer after its sign-off whose last row is two
policy links of several Latin words each (the page ends in its footer, so
the sidebar's title, an appeal and a charity sentence above it go)."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.menu_shapes import is_menu


def test_two_policy_links_of_latin_words_are_a_menu_row() -> None:
    assert is_menu("Privacy Policy | Safeguarding Policy")
    assert is_menu("Terms and Conditions ｜ Cookie Settings")
    # (three words at most, each link's: a sentence cut by a bar is none)
    assert not is_menu("We will be closed on Monday | See you on Tuesday")


_NOTICE = [
    "Riverside Chinese Academy 河畔中文學校",
    "首頁　課程　通告　聯絡我們",
    "2029年春季期中測驗安排",
    "各位家長：",
    "本校將於3月10日舉行春季期中測驗，各級學生須於上午九時前到達課室，並帶備文具及學生證。",
    "測驗範圍以本學期課本第一至第六課為主，請家長督促子女溫習。",
    "如有查詢，請於星期六上課時間聯絡各班老師。",
    "河畔中文學校校務處　謹啟",
    "2029年2月20日",
    "下載：測驗範圍（PDF）",
    "最新消息",
    "2029/30學年插班生報名詳情",
]
_SIDEBAR = [
    "農曆新年聯歡會花絮",
    "書展義工招募：本校書展需要你！誠邀各位家長抽空參與，協助搬運及整理圖書，一同推動閱讀風氣。",
    "Riverside Chinese Academy is a registered charity in Scotland.",
    "Terms and Conditions | Cookie Settings",
]


def test_a_footer_of_latin_policy_links_takes_the_sidebar_above_it() -> None:
    kept = kept_set("\n".join([*_NOTICE, *_SIDEBAR[:3], "© 2029 河畔中文學校　All rights reserved.", _SIDEBAR[3]]))
    assert [line for line in _SIDEBAR if same(line) in kept] == []
    assert same(_NOTICE[4]) in kept and same(_NOTICE[6]) in kept
