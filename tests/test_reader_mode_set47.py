"""Reader mode on the shapes the forty-seventh held-out set showed: a price
list whose last section is headed by a word that also heads other articles
(其他), so that the list above it and the sentences under it went with it."""

from __future__ import annotations

from cleaning_support import kept_set, same

_LIST = [
    "洗衣（以公斤計）",
    "每公斤　NT$ 40",
    "棉被加收　NT$ 100",
    "燙衣（以件計）",
    "襯衫　每件　NT$ 35",
    "西裝　每件　NT$ 120",
    "其他",
    "修改褲腳　每件 NT$ 80",
    "最低收費　NT$ 150（未滿150元以150元計）",
]
_NOTES = [
    "收件時間：每日 08:00－20:00，週日公休。",
    "送洗前請先來電預約，取件時請出示收據，三個月未取視同放棄。",
    "有任何問題歡迎打給我們，或直接到店裡聊聊。",
]


def _price_page() -> str:
    return "\n".join(
        [
            "某某洗衣店｜某某路",
            "首頁 / 關於我們 / 服務項目 / 聯絡我們",
            "新年度洗衣收費標準",
            "2026/12/30 10:45　by 店長 某某某",
            "各位鄰居好，新的一年即將開始，先把新年度的收費公布給大家參考，今年洗衣每公斤調漲5元，其餘維持不變。",
            *_LIST,
            *_NOTES,
            "分享到 LINE　分享到 Facebook",
            "Copyright © 某某洗衣店 All Rights Reserved.",
        ]
    )


def test_a_price_list_under_a_head_that_also_heads_other_articles_stays() -> None:
    kept = kept_set(_price_page())
    for line in [*_LIST, *_NOTES]:
        assert same(line) in kept, line


_TABLE = [
    "数量 每台价格",
    "1台 $35",
    "2–3台 $30",
    "4台或以上 $25",
    "深层清洗（Deep Cleaning）",
    "机型 每台价格",
    "9,000–12,000 BTU $80",
    "18,000–24,000 BTU $100",
    "室外机 $60",
    "其他服务",
    "更换滤网：$20起",
    "排水管疏通：$30",
    "检查费：$50（如进行维修则免收）",
    "全年配套：一般清洗4次＋深层清洗1次，3台机只需$420，可分两期付款。",
    "服务时间：星期一至六 09:00–18:00，星期日休息。",
]


def _table_page() -> str:
    return "\n".join(
        [
            "某某冷气工程",
            "首页　服务价格　联系我们",
            "2027年冷气保养价格表",
            "更新于 2027年1月5日 ｜ 作者：某某某",
            "天气湿热，冷气几乎全年开着。我们建议每三个月做一次一般清洗，既能省电，也能延长机组寿命。以下是今年的价格。",
            "一般清洗（General Servicing）",
            *_TABLE,
            "📞 立即 WhatsApp 预约",
            "© 2027 某某冷气工程",
        ]
    )


def test_a_price_tables_rows_heads_and_notes_stay_under_a_head_of_other_services() -> None:
    kept = kept_set(_table_page())
    for line in _TABLE:
        assert same(line) in kept, line


_ROWS = ["02:10　东线　某A·1xxxx　张师傅", "02:35　南线　某B·8xxxx　李师傅", "03:05　西线　某C·6xxxx　赵师傅"]


def test_a_table_quoted_between_two_paragraphs_stays_though_shaped_like_a_menu() -> None:
    text = "\n".join(
        [
            "某某集团",
            "首页　新闻中心　企业文化　联系我们",
            "那盏一直亮着的灯",
            "作者：某某　2026-12-29 09:30",
            "那天是第二个夜班，大屏上跳着三百多条待发车次，值班调度老郑把一杯泡面推到我面前，说今晚还长。",
            "老郑的桌上压着一张手写的表，字迹已经被茶水洇开了：",
            *_ROWS,
            "我问他系统里都有，为什么还要手抄一份。他笑了笑，说系统会卡，人不会忘，这张纸是他给自己的一份保险。",
            "版权所有 © 某某集团　沪ICP备2xxxxxxx号",
        ]
    )
    kept = kept_set(text)
    for row in _ROWS:
        assert same(row) in kept, row
