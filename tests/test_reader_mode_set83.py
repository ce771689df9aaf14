"""Reader mode on the shapes the eighty-third held-out set showed: a
notice's sidebar and footer after its sign-off whose last row is two
policy links of several Latin words each (the page ends in its footer, so
the sidebar's title, an appeal and a charity sentence above it go); the
site's own line right under an interview's last paragraph that asks for
word and gives its mailbox, the site's statement under it."""

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


_INTERVIEW = [
    "浮城週刊",
    "人物｜補鞋匠",
    "補鞋四十年：一雙鞋，一條街",
    "2029-05-02 10:15　撰文：岑曉晴",
    "記者：你幾時開始補鞋？",
    "陳伯：十五歲跟師傅學，嗰陣一日補二十對鞋，而家一日得幾對。",
    "記者：會唔會退休？",
    "陳伯：做到做唔郁為止，街坊仲要我。",
    "訪問完，陳伯又低頭釘起另一隻鞋踭，檔口的收音機仍在播着粵曲。",
]
_MAILBOX_LINE = "本刊誠邀讀者分享身邊的街坊故事，來信請寄：story@floatcity.example"
_END = [
    "【聲明】本刊所有內容受版權保護，未經書面許可不得轉載。",
    "分享：Facebook　WhatsApp　複製連結",
    "© 2029 浮城週刊",
]


def test_the_sites_mailbox_under_the_last_paragraph_goes() -> None:
    kept = kept_set("\n".join([*_INTERVIEW, _MAILBOX_LINE, *_END]))
    assert same(_MAILBOX_LINE) not in kept
    assert same(_INTERVIEW[-1]) in kept


def test_the_articles_own_closing_line_naming_the_site_stays() -> None:
    # (no address: the article's last word, 本刊 will follow it)
    closing = "本刊將繼續留意舊區小店的去留。"
    kept = kept_set("\n".join([*_INTERVIEW, closing, *_END]))
    assert same(closing) in kept
