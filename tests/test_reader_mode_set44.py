"""Reader mode on the shapes the forty-fourth held-out set showed: a list of
drawn codes a row apart by wide spaces under its head (A003　A017…), the
site's appeals and notes about itself at the page's tail (a donation
appeal opening with the site's name, a photo-consent note over a call to
pay a member's fee), a byline whose role is a job title with a word before
it (門市經理 蔡承翰), and a byline in cells parted by middle dots with a
bilingual shop name and a bold name."""

from __future__ import annotations

from cleaning_support import kept_lines, kept_set, same
from reader.core.cleaning import clean

_CODES = [
    "中籤編號（一號場）",
    "K012　K027　K033　K041　K058",
    "K063　K070　K085　K091　K099",
    "（候補名單另行通知）",
    "中籤編號（二號場）",
    "M04　M09　M15　M22",
]


def _ballot(rows: list[str]) -> str:
    return "\n".join(
        [
            "某某街坊會",
            "主頁 | 關於我們 | 活動 | 會員專區 | 聯絡我們",
            "2027年度泳池儲物櫃抽籤結果",
            "發佈：2026年12月10日　|　總務組",
            "本年度共收到98份儲物櫃申請，可分配櫃位為30個，抽籤已於12月8日在會所公開進行，由三位會員見證。",
            *rows,
            "領取安排",
            "請於1月15日前帶同會員證到會所辦事處領取鑰匙，逾期未領者，櫃位將由候補名單依次遞補。",
            "分享：WhatsApp　Facebook　電郵",
            "© 2026 某某街坊會　All rights reserved",
        ]
    )


def test_rows_of_codes_under_a_head_stay_with_the_heads_and_notes_between() -> None:
    # (each row alone looks like a counter, the lines between them like furniture)
    kept = kept_set(_ballot(_CODES))
    for row in _CODES:
        assert same(row) in kept, row


def test_one_row_of_codes_alone_makes_no_list() -> None:
    kept = kept_set(_ballot(["中籤編號", "K012　K027　K033　K041　K058"]))
    assert same("K012　K027　K033　K041　K058") not in kept


def _society(tail: list[str]) -> str:
    return "\n".join(
        [
            "某某書畫學會",
            "首頁　學會簡介　課程　作品展　會員登入",
            "2027年國畫班招生",
            "文／學會秘書 何美玲　　2026年12月2日",
            "新的一年，學會將於社區中心開辦兩個程度的國畫班，課程以花鳥為基礎，由資深會員任教，歡迎各界朋友報名。",
            "開課日期：2027年2月6日起，每週六，共10堂",
            "填妥報名表後以電郵寄回，並於1月23日前以銀行轉賬繳費。名額每班12人，額滿即止。",
            *tail,
            "最新活動",
            "新春揮春日（2027年1月31日）",
            "會員作品展徵件",
            "Copyright © 2026 某某書畫學會",
        ]
    )


_CONSENT = "本會為註冊之非牟利團體。本會活動照片或會上載至網站作宣傳用途，如參加者不欲被拍攝，請於報名時註明。"
_FEE = "支持本會：每年會費$40，會員報讀課程可享九折。"


def test_the_sites_notes_and_fee_appeal_at_the_tail_go() -> None:
    kept = kept_set(_society([_CONSENT, _FEE]))
    assert same(_CONSENT) not in kept and same(_FEE) not in kept
    assert same("填妥報名表後以電郵寄回，並於1月23日前以銀行轉賬繳費。名額每班12人，額滿即止。") in kept


def test_a_donation_appeal_opening_with_the_mastheads_name_goes() -> None:
    appeal = "某某書畫學會為非牟利團體，營運經費全賴會員及善長捐助。如你認同我們的理念，歡迎每月捐款支持。"
    assert same(appeal) not in kept_set(_society([appeal]))


def test_the_articles_own_last_rule_under_the_site_name_stays() -> None:
    # (the site's name opening a rule that asks for no money: the notice's own)
    rule = "某某書畫學會會員報讀課程可享九折，報名時請出示會員證。"
    assert same(rule) in kept_lines(_society([rule]))


_BODY = "很多家長在孩子剛開始學琴時，不確定孩子能不能持續，又擔心一次買琴負擔太大，我們整理了今年的方案。"


def test_a_job_title_with_a_word_before_it_is_the_role_not_the_writer() -> None:
    text = "\n".join(["某某琴行", "【方案】2027年租琴方案", "門市經理 陳志明｜2026/12/29 15:20 更新", _BODY])
    got = clean(text).metadata
    assert got.author == "陳志明" and got.source != "陳志明"


def test_a_dotted_byline_with_a_bilingual_shop_and_a_bold_name() -> None:
    text = "\n".join(
        [
            "# 蛋糕价目表",
            "好味烘焙坊 Good Taste Bakery · 老板 **林美玲** · 2026年12月30日",
            "因为面粉、奶油和鸡蛋价格持续上涨，我们从2027年1月1日起调整蛋糕价格，已付订的订单一律按旧价处理。",
        ]
    )
    got = clean(text).metadata
    assert (got.source, got.author, got.date) == ("好味烘焙坊", "林美玲", "2026-12-30")
