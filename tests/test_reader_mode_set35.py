"""Reader mode on the shapes the thirty-fifth held-out set showed: a plan's
price tiers under its head, and the row of session times under a short head."""

from __future__ import annotations

from reader.core.cleaning import clean


def _same(line: str) -> str:
    return "".join(line.split())


def _kept(text: str) -> list[str]:
    return [_same(p) for p in clean(text).paragraphs]


_MENU = "首頁　產品　服務　門市　聯絡我們"
_FOOT = "© 2026 Example Store Inc. 版權所有"
_INTRO = "感謝各位顧客多年支持，由下月一日起購買的大型家電，保養計劃將有以下改動，已購買舊版計劃的顧客不受影響。"
_OUTRO = "如有疑問，歡迎致電客戶服務部或親臨門市查詢，我們的同事會為你詳細講解各項計劃的分別。"


def test_a_plans_price_tiers_under_its_head_stay() -> None:
    # (rows of an item and its price last, no kept price row around them: the plan's head
    # above and the next head below hold them in the body)
    tiers = ["$300以下商品　$29", "$300–$999商品　$59", "$1,000以上商品　$99"]
    text = "\n".join(
        [_MENU, "保養計劃新版本", _INTRO, "基本保養（原廠保養後再加1年）", *tiers, "二、報修方式", _OUTRO, _FOOT]
    )
    kept = _kept(text)
    assert all(_same(row) in kept for row in tiers)
    assert _same(_FOOT) not in kept


def test_a_row_of_session_times_under_its_head_stays() -> None:
    # (a box of facts, prices as short rows, then a head and the row of clock times it
    # announces, then the last paragraph: the times are the sessions, not a counter, and
    # the rows and the paragraph above the related block are no footer)
    prices = ["平日　MOP 120", "週末　MOP 150", "學生　MOP 100"]
    times = "10:00　12:00　14:00　16:00　18:30"
    text = "\n".join(
        [
            _MENU,
            "新主題下月開放預約",
            _INTRO,
            "主題資料",
            "難度：★★★★☆",
            "時長：90分鐘",
            "人數：3-6人",
            "收費（每位）",
            *prices,
            "開放時段",
            times,
            _OUTRO,
            "相關主題",
            "《舊主題一》　已開放",
            "《舊主題二》　已開放",
            _FOOT,
        ]
    )
    kept = _kept(text)
    assert _same(times) in kept
    assert _same("開放時段") in kept
    assert all(_same(row) in kept for row in prices)
    assert _same(_OUTRO) in kept
