"""Reader mode on the shapes the sixty-eighth held-out set showed: a
table's head row over rows whose last cell may be blank; a note marked ※
right under a table's rows; a dated note in brackets under the end mark;
the reporters' bracketed sign-off under the last paragraph (body, and still
the story's credits); a review's rating in stars that other files of the
folder give in the same words; the full name a page's <title> gives its
og:site_name; an icon and its count as one reaction button; and the lines a
sign-off leaves above the page's junk when the page's own row (reactions, a
share bar) sits right under it."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.line_features import template_key
from reader.core.markup_sites import as_written

_NOTICE_HEAD = [
    "無障礙版　回首頁　網站導覽　English",
    "衛生所最新消息",
    "首頁 > 最新消息 > 預防接種",
    "十二月長者肺炎鏈球菌疫苗巡迴接種場次",
    "為方便行動不便的長者就近接種，本所本月將到各社區據點設站，請攜帶健保卡及身分證件，現場免掛號費。",
]
_ROWS = [
    "12/03（三）　09:00-11:00　北勢里集會所",
    "12/07（日）　14:00-16:00　長青活動中心　需先電話預約",
    "12/12（五）　09:00-11:30　新興社區據點",
]
_NOTICE_FOOT = [
    "接種對象：",
    "1. 年滿65歲以上的長者",
    "2. 55歲以上原住民",
    "聯絡電話：（03）555-1234",
    "友善列印　分享至 Facebook",
    "回上一頁　回首頁",
]


def test_a_head_row_over_rows_with_a_blank_last_cell_stays() -> None:
    kept = kept_set("\n".join([*_NOTICE_HEAD, "日期　時間　地點　備註", *_ROWS, *_NOTICE_FOOT]))
    assert same("日期　時間　地點　備註") in kept
    assert same(_ROWS[0]) in kept


def test_a_marked_note_right_under_a_tables_rows_stays() -> None:
    note = "※ 如遇豪雨或颱風警報，當日場次取消，補辦時間另行通知。"
    kept = kept_set("\n".join([*_NOTICE_HEAD, "日期　時間　地點　備註", *_ROWS, note, *_NOTICE_FOOT]))
    assert same(note) in kept


def test_a_dated_note_in_brackets_under_the_end_mark_stays() -> None:
    note = "（活动时间：2027 年 5 月 18 日 9:30—11:30，地点：东湖图书馆三楼报告厅）"
    text = "\n".join(
        [
            "首页 · 读书会 · 归档",
            "读书会第十二期：一起读《江村经济》",
            "这一期我们读的是费孝通的《江村经济》，二十多位书友到场，讨论从上午一直持续到中午才散。",
            "最热闹的是关于蚕丝业的那一章，几位在乡镇长大的书友讲起自己家里养蚕的经历，比书里写的还要生动。",
            "散场前大家约定下一期读《乡土中国》，有兴趣的朋友可以提前开始准备，欢迎带上自己的问题来。",
            "—— 完 ——",
            note,
            "如果喜欢这篇记录，欢迎转发给身边爱读书的朋友。",
            "上一篇：读书会第十一期",
            "© 2027 东湖读书会",
        ]
    )
    assert same(note) in kept_set(text)


def test_the_reporters_bracketed_sign_off_stays_and_still_credits_them() -> None:
    sign_off = "（本報記者陳嘉慧、何志明）"
    text = "\n".join(
        [
            "新聞　體育　娛樂　生活",
            "舊街市鐘樓修復完成 街坊重聽報時鐘聲",
            "2027年9月3日 星期五 10:20",
            "位於舊區街市頂層的鐘樓停擺近十年，經過半年修復後，昨日正式重新報時，不少街坊特意到場見證。",
            "負責修復的老師傅表示，鐘樓內的齒輪大部分仍可使用，只需更換發條及部分零件，並重新上油調校。",
            "一位在附近住了四十年的街坊說：",
            "「聽返個鐘聲，好似返咗細個咁。」",
            sign_off,
            "延伸閱讀",
            "舊區重建進入最後階段 街坊留住舊街名",
            "私隱政策　使用條款　聯絡我們",
        ]
    )
    cleaned = clean(text)
    assert same(sign_off) in {same(p) for p in cleaned.paragraphs}
    assert "陳嘉慧" in {name for _, name in cleaned.metadata.credits}


def test_a_rating_in_stars_other_files_give_alike_stays() -> None:
    rating = "總評：★★★☆☆"
    text = "\n".join(
        [
            "書評　|　新書　|　專欄",
            "讀《海邊的郵局》：一部安靜的小說",
            "這部小說寫的是一個海邊小鎮的郵局，主角每天分揀信件，從信封上的字跡想像寄信人的生活，節奏很慢。",
            "作者用了很多篇幅寫天氣和海浪，讀起來有點拖沓，但結尾那封遲到三十年的信，確實讓人久久不能平靜。",
            rating,
            "（作者為中學語文教師）",
            "責任編輯：李明",
            "本文內容僅代表作者個人觀點，不代表本刊立場。",
        ]
    )
    kept = {same(p) for p in clean(text, frozenset({template_key(rating)})).paragraphs}
    assert same(rating) in kept


def test_a_short_site_name_gives_way_to_the_full_name_the_title_ends_with() -> None:
    html = (
        "<html><head><title>关于端午节期间班次调整的通知-临港城际客运有限公司</title>"
        '<meta property="og:site_name" content="临港城际客运"></head><body>'
        '<div class="logo"><img src="/logo.png" alt="临港城际客运有限公司"></div>'
        "<p>临港城际客运有限公司</p><p>版权所有：临港城际客运有限公司</p></body></html>"
    )
    assert as_written("临港城际客运", html) == "临港城际客运有限公司"
    # (a <title> that ends with the short name keeps it)
    assert as_written("临港城际客运", html.replace("通知-临港城际客运有限公司", "通知-临港城际客运")) == "临港城际客运"


def test_an_icons_counts_and_the_share_word_are_a_button_row() -> None:
    text = "\n".join(
        [
            "首頁　美食　旅遊　生活",
            "巷口的早餐店：三十年不變的蘿蔔糕",
            "2027-05-02　文：林小雨",
            "👍 236　💬 18　分享",
            "每天早上六點，巷口那間小店的蒸籠就冒出白煙，老闆娘說蘿蔔糕的配方三十年來從來沒有改過，一直是婆婆傳下來的。",
            "她每天凌晨三點起床磨米漿，一天只做四十條，賣完就收，常常不到九點就看到門口掛出售完的牌子。",
        ]
    )
    assert same("👍 236　💬 18　分享") not in kept_set(text)


def test_lines_under_a_sign_off_and_the_pages_row_under_it_go_with_the_junk_below() -> None:
    comments = [
        "阿芬：支持老店，下次帶埋屋企人嚟幫襯，你哋啲蛋撻真係全區最好食。",
        "Ken：收到，多謝通知！年尾會早啲嚟攞貨。",
        "Mandy：請問休息期間網上訂單仲收唔收？",
    ]
    text = "\n".join(
        [
            "首頁｜關於我們｜服務｜店舖消息｜聯絡",
            "年尾休息及取貨安排",
            "各位街坊：多謝大家一直以來的支持，本店將於一月二十日至二月三日休息，期間暫停接收新訂單。",
            "休息前已落單的貨品，請於一月十九日或之前到店取回，逾期未取的，將於復工後再通知各位。",
            "如有查詢，歡迎營業時間內致電本店，我們會盡快回覆，祝大家新年快樂，身體健康。",
            "永興士多　謹啟",
            "分享至：Facebook　WhatsApp",
            *comments,
            "註：本頁資料只供參考，一切以店內公布為準。本店並無開設任何分店，亦無委託其他店舖代收訂單。",
            "WhatsApp 查詢：6123 XXXX（只接受文字訊息）",
            "地址：澳門三盞燈XX街XX號地下　營業時間：10:30—19:30（逢星期三休息）",
            "© 2027 永興士多",
        ]
    )
    kept = kept_set(text)
    assert not {same(c) for c in comments} & kept
    assert same("永興士多　謹啟") in kept
