"""Reader mode on the shapes the eightieth held-out set showed: a count
row under its label whose label reads like a related-articles header
(其他（退件）：2宗 among 一般件：5宗 rows), and a numbered head that goes on
from the kept one above it right under such a header."""

from __future__ import annotations

import pytest

from cleaning_support import kept_set, same
from reader.core.head_callouts import labelled

_INTRO = "本所於2029年3月份共受理申請41宗，較2月份減少3宗，主要原因為農曆新年假期延長，現將本月受理情況報告如下："
_ROWS = ["甲、受理類別", "新申請：22宗", "續期：12宗", "更改資料：5宗", "其他（退件）：2宗"]
_NEXT = [
    "乙、特別個案",
    "3月12日　上午10時15分　一名長者申請人因文件不全兩度來所，職員協助其致電家屬補交證明，當日完成受理。",
    "3月25日　下午4時40分　系統短暫中斷約半小時，期間到場的9名申請人改於翌日優先辦理，未有收取額外費用。",
    "丙、提醒",
    "請申請人於遞交前核對文件是否齊全，以免延誤處理時間，如有疑問可於辦公時間內致電本所查詢。",
]


def test_a_count_row_whose_label_reads_like_a_related_header_stays_with_its_rows() -> None:
    text = "\n".join([_INTRO, *_ROWS, *_NEXT])
    kept = kept_set(text)
    assert "其他（退件）：2宗" in kept
    assert "乙、特別個案" in kept


def test_a_related_header_after_the_body_still_opens_its_block() -> None:
    # (no count row above it: the header over other titles still goes)
    tail = ["其他文章", "2029年2月份受理情況報告", "2029年1月份受理情況報告"]
    kept = kept_set("\n".join([_INTRO, *_NEXT[1:3], *tail]))
    assert not kept & set(tail)


def test_a_numbered_head_right_under_a_related_header_that_goes_on_from_the_kept_one_stays() -> None:
    # (二、 under a kept 一、: the body's next head, not the header's first entry)
    lines = [
        "一、活動內容",
        "本會將於五月舉辦社區清潔日，由會員帶領街坊清理後巷及公園，並回收可再用的雜物，歡迎各位踴躍參加。",
        "其他活動",
        "二、報名安排及注意事項",
        "有意參加者請於四月底前到會所填寫表格，每戶最多四人，當日請穿著輕便衣服並自備水樽，本會提供手套及工具。",
    ]
    assert "二、報名安排及注意事項" in kept_set("\n".join(lines))


def test_floor_numbered_replies_after_the_posts_end_mark_go_however_sentence_like() -> None:
    post = [
        "[心得] 第一次參加渡海泳，三公里游完嘅感想",
        "今年終於報名參加咗渡海泳，由尖沙咀游去灣仔，成條路都係浪，游到一半已經開始後悔，但係最後都游完咗。",
        "賽前三個月每個禮拜去泳池練四次，教練話最緊要係練呼吸節奏，唔好一開始就衝。",
        "多謝一齊練水嘅朋友，明年再嚟過！",
        "＊＊＊＊＊＊＊＊",
    ]
    replies = [
        "1樓　海豚仔：恭喜晒！我舊年游到一半抽筋，要上救生艇，今年都唔敢再報名。",
        "2樓　Swimmer_kelvin：請問要唔要考游泳證書先報得名？我驚自己唔夠資格。",
        "3樓　阿泳：@Swimmer_kelvin 要交一份游泳能力證明，去泳池搵救生員簽名就得。",
    ]
    end = [
        "本討論區帖子只代表作者個人意見，不代表本討論區立場，賽事安排以主辦單位公佈為準。",
        "Copyright © 2029 某某討論區",
    ]
    kept = kept_set("\n".join([*post, *replies, *end]))
    assert not kept & {same(r) for r in replies}
    assert "多謝一齊練水嘅朋友，明年再嚟過！" in kept


@pytest.mark.parametrize("caption", ["泳池邊的何志聰，圖：黃嘉儀", "賽前熱身的隊員們，攝影：鄧子謙"])
def test_a_captions_phrase_and_its_credit_after_a_comma_goes(caption: str) -> None:
    text = "\n".join([_INTRO, _NEXT[1], caption, _NEXT[2], _NEXT[4]])
    kept = kept_set(text)
    assert caption not in kept
    assert same(_NEXT[2]) in kept


def test_the_papers_bracketed_tip_under_the_last_paragraph_goes_over_its_editors_note() -> None:
    story = [
        "本報訊　週日早上，北約克一間社區中心的游泳池內，十多位長者正跟著教練學習水中健身操。",
        "六十八歲的何太說，她退休後才開始學游泳，現在每星期來三次，膝蓋痛也好了不少。",
        "課程結束後，教練叮囑大家慢慢上水，何太笑說下星期還會帶丈夫一起來。",
    ]
    tip = "【本報提示】冬季前往室內泳池請預留足夠時間，雪天路滑，駕車時請保持車距。"
    tail = ["（本文經受訪者審閱）", "分享　Facebook　WeChat　Email", "Copyright © 2029 某某週報"]
    kept = kept_set("\n".join(["社區 > 人物", "長者水中健身班人氣旺", *story, tip, *tail]))
    assert same(tip) not in kept
    assert same(story[-1]) in kept


def test_a_notices_own_bracketed_tip_naming_no_site_stays() -> None:
    body = [
        "社區中心將於下月舉辦長者水中健身班，逢星期二及四上午上課，每班名額二十人，費用全免。",
        "報名者須為年滿六十歲的北約克居民，並於截止日期前交回報名表及健康聲明。",
    ]
    tip = "【溫馨提示】上課當天請自備泳帽及毛巾。"
    kept = kept_set("\n".join([*body, tip, "（本文經受訪者審閱）", "分享　Facebook　WeChat　Email"]))
    assert same(tip) in kept


@pytest.mark.parametrize("mark", ["＊", "※"])
def test_a_marked_one_sentence_note_between_the_byline_and_the_first_paragraph_goes(mark: str) -> None:
    note = f"{mark}本文並非贊助內容，門票及餐飲費用均由編輯部支付。"
    lead = "上個週末我哋一家四口去咗新開嘅海濱單車徑，由碼頭一路踩到燈塔，全程大約六公里，細路踩完仲話唔夠喉。"
    rest = "單車徑全程有欄杆，沿路有三個休息站同洗手間，租車點就喺碼頭旁邊，大人細路都有車租，仲有頭盔借。"
    head = ["# 【實試】海濱單車徑：踩足六公里值唔值？", "Mandy 黃 · 2029年3月4日 · 閱讀時間約 4 分鐘"]
    page = "\n".join([*head, note, lead, rest])
    kept = kept_set(page)
    assert same(note) not in kept
    assert same(lead) in kept


def test_a_markdown_bullet_under_the_byline_is_no_note() -> None:
    assert labelled("＊本文並非贊助內容。")
    assert not labelled("* 本文並非贊助內容。")
    assert not labelled("＊ 本文並非贊助內容。")
