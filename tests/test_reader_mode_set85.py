"""Reader mode on the shapes held-out page sets 85 and 86 showed: a table's
head row (a menu's shape) over rows the body kept on their own is the
table's, however far the prose above is, and so are the label rows between
the prose and the table that went for a counter's shape (總量：8,462公斤);
a head of words typed in columns over kept rows too wide for the typed
table's cells (逢星期一 14:30-16:00) is theirs; a heading over label rows
right under the last paragraph (a club's joining box) is the article's, not
the top of the related list under the share bar; a thread's numbered
replies (#2　小鹿　2028-4-2 21:05 over a line) go with the reply box and the
board's rules under the last of them; a <title>'s short site name yields to
the longer one (its place before it) that the logo and the rights line write;
a masthead writing a unit's name after the © line's organisation gives the
organisation; a box's next field gone for an advert's or a contact's word
(借书：…扫码…, 聯絡：…) under two kept fields is the box's."""

from __future__ import annotations

from pathlib import Path

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.html_reader import read_html
from reader.core.markup_sites import grown_name

_INTRO = "本會共同運銷五月八日拍賣結果如下，供果農參考，請各位果農留意近日天氣變化，及早安排採收。"
_TAIL = "本週起收貨時間提前至清晨五點，請果農配合於四點半前完成過磅，逾時將順延至下一場次處理。"


def _tab_page(labels: list[str]) -> str:
    rows = ["規格\t高價\t中價\t低價\t數量（箱）", "大果\t820\t760\t690\t412", "中果\t610\t560\t500\t688"]
    rows += ["小果\t420\t380\t330\t205"]
    return "\n".join(["果品拍賣行情（5/8）", _INTRO, *labels, *rows, _TAIL, "分享 Facebook LINE 友善列印"])


def test_a_tab_tables_head_over_rows_the_body_kept_stays_with_the_label_rows_above_it() -> None:
    kept = kept_set(_tab_page(["總到貨量：1,305箱", "平均價：每箱611元"]))
    assert {same("規格 高價 中價 低價 數量（箱）"), "總到貨量：1,305箱", "平均價：每箱611元"} <= kept


def test_a_tab_tables_head_right_under_the_prose_stays() -> None:
    assert same("規格 高價 中價 低價 數量（箱）") in kept_set(_tab_page([]))


def test_a_counter_between_two_menus_of_junk_still_goes() -> None:
    page = "\n".join(["果品拍賣行情（5/8）", _INTRO, _TAIL, "瀏覽：1,305次", "分享 Facebook LINE 友善列印"])
    assert "瀏覽：1,305次" not in kept_set(page)


def test_a_typed_tables_head_over_kept_rows_with_times_in_their_cells_stays() -> None:
    page = "\n".join(
        [
            "長者書法班秋季上課時間表",
            "本中心長者書法班秋季課程將於九月四日開課，歡迎六十歲或以上會員報名參加，名額有限。",
            "名額：每班15人",
            "組別　時間　內容",
            "初學組　逢星期二 09:30-11:00　執筆、基本筆畫",
            "提高組　逢星期四 14:00-15:30　楷書臨帖、小楷",
            "報名請於八月三十日前親臨中心登記，額滿即止，逾期報名者將列入候補名單，另行通知。",
        ]
    )
    assert same("組別　時間　內容") in kept_set(page)


def test_a_menu_of_words_over_prose_still_goes() -> None:
    page = "\n".join(
        [
            "長者書法班秋季上課時間表",
            "本中心長者書法班秋季課程將於九月四日開課，歡迎六十歲或以上會員報名參加，名額有限。",
            "首頁　簡介　聯絡",
            "報名請於八月三十日前親臨中心登記，額滿即止，逾期報名者將列入候補名單，另行通知。",
            "如有查詢請致電中心，辦公時間為星期一至五上午九時至下午六時，週末及公眾假期休息。",
        ]
    )
    assert same("首頁　簡介　聯絡") not in kept_set(page)


_FEATURE = [
    "逢星期六早上，社區中心的乒乓球室就會準時熱鬧起來，一群銀髮球友提著球拍陸續到場，彼此打招呼。",
    "隊長說，移民到這把年紀，最怕的是整天待在家裡，「在球桌前，沒有人在乎你從哪裡來。」",
]


def _closing_box(lines: list[str]) -> str:
    related = ["相關新聞", "平均年齡七十歲的合唱團：在教堂裡唱回年輕", "社區中心春季課程開始報名", "本週熱讀"]
    return "\n".join(["銀髮乒乓球隊的週末", *_FEATURE, *lines, "分享此文：Facebook　WhatsApp　電郵", *related])


def test_a_heading_over_label_rows_right_under_the_last_paragraph_stays_above_the_related_list() -> None:
    box = ["銀杏乒乓球隊歡迎六十歲以上長者加入", "練習時間：逢星期六上午9時至11時", "費用：每季加幣40元（含球拍）"]
    kept = kept_set(_closing_box(box))
    assert {same(x) for x in box} <= kept
    assert "社區中心春季課程開始報名" not in kept


def test_label_rows_without_a_heading_over_them_are_no_closing_box() -> None:
    rows = ["北區分館：楓葉路 18 號二樓", "南區分館：海港街 6 號地下", "東區分館：橡樹道 99 號三樓"]
    kept = kept_set(_closing_box(rows))
    assert not {same(x) for x in rows} & kept


_THREAD = [
    "【分享】幫阿媽將三十年食譜簿重新過膠嘅經過",
    "阿媽啲食譜簿由1990年寫到而家，好多頁已經黃晒，一掀就散，屋企人本來想掉咗佢，我話唔好住，想整返好佢。",
    "上網問咗一輪，最後搵到深水埗一間做咗二十幾年嘅過膠舖，老闆好有耐性，逐頁幫我補返啲爛位先至過膠。",
    "前後用咗三個禮拜，攞返嚟嗰日阿媽望住本簿笑咗好耐，話以後可以放心喺廚房翻嚟翻去，唔怕油漬。",
    "#2　小鹿　2028-4-2 21:05",
    "好暖心，我都想幫屋企人整。",
    "#3　kitchenK　2028-4-3 08:12",
    "深水埗嗰間我都去過，價錢幾公道。",
]


def test_numbered_replies_over_a_reply_box_and_the_boards_rules_go() -> None:
    tail = ["快速回覆", "請遵守討論區守則，尊重其他會員，切勿發佈個人資料或未經證實嘅消息，違者帖子會被刪除。"]
    kept = kept_set("\n".join([*_THREAD, *tail]))
    assert same(_THREAD[2]) in kept
    assert not {same(x) for x in _THREAD[4:] + tail} & kept


def test_a_post_whose_last_lines_are_prose_under_a_dated_line_keeps_them() -> None:
    body = [
        *_THREAD[:4],
        "2028-4-2 21:05",
        "後來我再整理咗一次，將每本簿嘅年份寫喺書脊，方便阿媽揀，佢話而家煮餸之前都會先翻一翻舊食譜。",
        "如果大家有興趣，下次再分享點樣揀過膠紙同埋點樣補返爛咗嘅頁邊，其實唔難，只係要有耐性。",
    ]
    assert same(body[5]) in kept_set("\n".join(body))


_ASSOCIATION_PAGE = """<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8">
<title>2028年5月文旦拍賣行情（5/8） - 麻豆區農會</title></head><body>
<header><div class="logo">臺南市麻豆區農會</div></header>
<main><h2>2028年5月文旦拍賣行情（5/8）</h2>
<p>本會文旦共同運銷五月八日拍賣結果如下，供果農參考，請各位果農留意近日天氣變化，及早安排採收。</p>
<p>本週起收貨時間提前至清晨五點，請果農配合於四點半前完成過磅，逾時將順延至下一場次處理。</p></main>
<footer><p>臺南市麻豆區農會　地址：臺南市麻豆區中山路XX號</p>
<p>Copyright © 2028 臺南市麻豆區農會 All rights reserved.</p></footer></body></html>"""


def test_a_titles_short_site_name_yields_to_the_full_name_the_logo_and_rights_line_write() -> None:
    assert read_html(_ASSOCIATION_PAGE.encode(), Path("auction.html")).hints.source == "臺南市麻豆區農會"


def test_a_longer_name_written_once_does_not_replace_the_site_name() -> None:
    assert grown_name("麻豆區農會", "<p>臺南市麻豆區農會</p><p>麻豆區農會</p><p>麻豆區農會</p>") is None
    assert grown_name("麻豆區農會", "<p>臺南市麻豆區農會</p><p>© 臺南市麻豆區農會</p>") == "臺南市麻豆區農會"


def _centre_page(masthead: str, foot: str) -> str:
    return "\n".join(
        [
            masthead,
            "首頁　中心簡介　活動報名　最新消息　聯絡我們",
            "長者書法班秋季上課時間表",
            "發佈日期：2028年8月2日",
            "本中心長者書法班秋季課程將於九月四日開課，歡迎六十歲或以上會員報名參加，名額有限。",
            "報名請於八月三十日前親臨中心登記，額滿即止，逾期報名者將列入候補名單，另行通知。",
            "分享至：Facebook　WhatsApp　WeChat",
            foot,
        ]
    )


def test_a_units_name_after_its_organisations_name_in_the_masthead_gives_the_organisation() -> None:
    page = _centre_page("氹仔坊眾聯誼會 松柏長者中心", "版權所有 © 2028 氹仔坊眾聯誼會")
    assert clean(page).metadata.source == "氹仔坊眾聯誼會"


def test_a_masthead_the_rights_line_names_whole_stays_the_source() -> None:
    page = _centre_page("氹仔坊眾聯誼會 松柏長者中心", "版權所有 © 2028 氹仔坊眾聯誼會 松柏長者中心")
    assert clean(page).metadata.source == "氹仔坊眾聯誼會 松柏長者中心"


_ROOM = [
    "区图书馆的夜间书房本月起试运行，专门为夜里送餐的骑手留出一个歇脚看书的地方，馆长说希望大家常来。",
    "开放时间：每晚21:00至次日6:00",
    "地点：图书馆一楼东侧",
    "费用：免费",
]


def test_a_box_field_gone_for_an_adverts_word_under_two_kept_fields_stays() -> None:
    row = "借书：刷身份证或扫码登记，可借2册"
    assert same(row) in kept_set("\n".join(["夜间书房试运行", *_ROOM, row, "广告"]))


def test_a_box_field_gone_as_a_contact_under_two_kept_fields_stays() -> None:
    row = "聯絡：何小姐 604-xxx-xxxx（粵語）"
    assert same(row) in kept_set("\n".join(["夜间书房试运行", *_ROOM, row, "分享此文：Facebook　WhatsApp　電郵"]))


def test_a_speakers_line_with_an_adverts_call_under_kept_fields_still_goes() -> None:
    row = "养蜂人老秦说：“蜂子不哄人。”——点击查看蜂场故事 >"
    assert same(row) not in kept_set("\n".join(["夜间书房试运行", *_ROOM, row, "广告"]))
