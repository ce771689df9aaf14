"""Reader mode on the shapes the thirty-fifth held-out set showed: a plan's
price tiers under its head, and the row of session times under a short head."""

from __future__ import annotations

from cleaning_support import kept_lines, same

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
    kept = kept_lines(text)
    assert all(same(row) in kept for row in tiers)
    assert same(_FOOT) not in kept


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
    kept = kept_lines(text)
    assert same(times) in kept
    assert same("開放時段") in kept
    assert all(same(row) in kept for row in prices)
    assert same(_OUTRO) in kept


def test_a_timetables_day_heads_and_their_rows_stay() -> None:
    # (a weekday and its date over rows led by a clock time, the last day with one row
    # that names a class and one bare row)
    days = [
        ("周一 3/2", ["07:00　晨间瑜伽　王老师　2号教室", "19:00　搏击操　Leo　1号教室"]),
        ("周三 3/4", ["12:15　午间拉伸　王老师　2号教室", "19:30　动感单车（暂停）"]),
        ("周六 3/7", ["10:00　尊巴　Ana　1号教室", "15:00　亲子体适能　阿明　2号教室"]),
    ]
    text = "\n".join(
        [
            "各位会员好，本周课表如下，新增两节晚间课程，另外周三晚的单车课因教练外出培训暂停一次。",
            *[row for head, rows in days for row in (head, *rows)],
            "亲子体适能适合四至八岁儿童，需一名家长陪同，家长无需另行预约，课程名额有限请尽早报名。",
        ]
    )
    kept = kept_lines(text)
    assert all(same(row) in kept for head, rows in days for row in (head, *rows))


def test_a_price_lists_first_rows_under_its_head_stay() -> None:
    # (the list's first rows went as counters; the kept rows below and the head above hold them)
    rows = ["12公斤　60元（原50元）", "18公斤　80元（原70元）", "30公斤大型專用　140元（新增）"]
    text = "\n".join(
        [
            _MENU,
            "門市一月起收費調整",
            _INTRO,
            "▍洗衣機",
            *rows,
            "▍乾衣機",
            "每8分鐘　10元（不變）",
            "▍加值服務",
            "除蟎烘程（限大型機）　+20元",
            _OUTRO,
            _FOOT,
        ]
    )
    kept = kept_lines(text)
    assert all(same(row) in kept for row in rows)


def test_the_h1_its_json_ld_headline_agrees_with_is_the_title() -> None:
    # (the og:title cuts the headline's bracketed range; the <h1> and the JSON-LD write it whole)
    from pathlib import Path

    from reader.core.html_reader import read_html

    headline = "3月第1周课表（3.2-3.8）"
    body = "".join(f"<p>{p}</p>" for p in (_INTRO, _OUTRO))
    html = (
        '<html><head><meta charset="utf-8"><title>3月第1周课表 | 某某健身</title>'
        '<meta property="og:title" content="3月第1周课表">'
        '<meta property="og:site_name" content="某某健身">'
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",'
        f'"headline":"{headline}"}}</script></head><body><main><article>'
        f"<h1>{headline}</h1>{body}</article></main></body></html>"
    )
    page = read_html(html.encode(), Path("page.html"))
    assert page.hints.title == headline


def test_what_a_notices_sign_off_leaves_under_it_goes() -> None:
    # (the branch's address, hotline and standing rules under the signer's closing word,
    # then the comments and the copyright to the end: the page's, not the notice's)
    after = [
        "地址：某某市中山路一段8號",
        "服務專線：0800-000-000",
        "溫馨提醒：請勿將沾有油漆或汽油的衣物放入洗衣機，若因違規使用造成機台損壞，本店將依實際損失向使用者求償。",
    ]
    text = "\n".join(
        [
            _MENU,
            "【公告】一月起收費調整",
            "親愛的顧客您好：",
            _INTRO,
            _OUTRO,
            "某某洗衣 中山店 敬上",
            *after,
            "顧客留言",
            "小P：終於有大型機了！",
            "Amy：漲10元還好啦",
            _FOOT,
        ]
    )
    kept = kept_lines(text)
    assert not any(same(line) in kept for line in after)
    assert same(_INTRO) in kept and same(_OUTRO) in kept


def test_a_review_with_a_place_after_the_name_goes() -> None:
    # (a reviews head over a quote whose speaker has where they are from in brackets after
    # the name, longer than a name alone, then the branch's row, at the page's end)
    review = "王太太（Pasadena）：上次洗衣機壞，師傅第二天就來了，講國語很方便，推薦！"
    branch = "某某門市：Main St 與 First Ave 交界　週一至週六 10:00–19:00　週日 11:00–18:00"
    kept = kept_lines("\n".join([_INTRO, "顧客評論", review, branch]))
    assert same(review) not in kept
    assert same(_INTRO) in kept


_NOTES = ["新會員首月需預先繳費", "部分課程只限網上預約", "會籍期內轉讓需另付手續費"]


def test_notes_a_sentence_sums_up_under_an_other_head_stay() -> None:
    # (a head of 其他… reads like a related block's, and its short rows like headlines;
    # the sentence under them refers back to them: the rows are the article's)
    close = "以上安排截至本月底，或會按實際情況調整。"
    text = "\n".join([_MENU, "會籍收費比較", _INTRO, "其他事項", *_NOTES, close, _FOOT])
    kept = kept_lines(text)
    assert all(same(line) in kept for line in ("其他事項", *_NOTES, close))
    assert same(_FOOT) not in kept


def test_notes_a_sentence_sums_up_at_the_end_are_no_teaser_run() -> None:
    # (a short head over three headline-shaped rows and a short sentence at the story's
    # end reads as a teaser run and a call; a sentence opening on "the above" sums the rows up)
    close = "上述安排或會按實際情況調整。"
    text = "\n".join([_MENU, "會籍收費比較", _INTRO, _OUTRO, "注意事項", *_NOTES, close, _FOOT])
    kept = kept_lines(text)
    assert all(same(line) in kept for line in ("注意事項", *_NOTES, close))
