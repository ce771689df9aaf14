"""Reader mode on the shapes the fifty-fifth held-out set showed: a price
list's section headed by a word that reads like a related-articles head, with
an offer row and notes under it; a show's date row amid its info box; a
unit's own statement (本校, 本行, 本中心) at the page's end; a form's labels
led by the required mark; a lone client's quote signed after a dash; the
office a 来源 field names that the foot's 主办 names too; a desk before the
writer in a credit."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean

_SHOP = [
    "眼鏡價目表",
    "以下價目適用於各分店，由註冊視光師驗眼。所有價錢以港幣計算。",
    "驗眼服務",
    "成人視光檢查 $380 約40分鐘",
    "兒童視力檢查 $280 約30分鐘",
    "配鏡滿$1,500，驗眼費全免。",
    "鏡片（一對）",
    "鏡片 折射率 價錢",
    "單光防藍光 1.60 $680",
    "單光超薄 1.67 $980",
    "漸進多焦點 1.60 $2,380",
    "兒童近視控制 1.59 $3,200",
    "其他",
    "鏡框 $298起",
    "日拋隱形眼鏡（30片）$198起",
    "長者9折",
    "取鏡時間一般為3至5個工作天，漸進鏡片約7至10個工作天。",
    "長者醫療券適用於驗眼及配鏡。",
    "主頁 › 價目表",
    "＊以上價目只供參考，實際收費視乎個別驗眼結果而定，如有任何更改，恕不另行通知。本店保留最終決定權。",
]


def test_a_price_list_section_under_other_with_its_offer_and_notes_stays() -> None:
    # (其他 opens no block of other articles: rows with prices, an offer row, then the list's notes)
    kept = kept_set("\n".join(_SHOP))
    for line in _SHOP[6:18]:
        assert same(line) in kept, line
    assert same(_SHOP[19]) not in kept


_REVIEW = [
    "戲劇｜台中",
    "【劇評】一座城在廚房裡崩塌──評某劇團新作",
    "文／王小明（駐站評論人）　2027年4月9日 21:30",
    "演出 某某劇團",
    "時間 2027/04/05 19:30",
    "地點 台中西區 實驗劇場",
    "燈亮的時候，觀眾已經坐在廚房裡了。舊倉庫的長桌被排成吧台，鐵鍋在角落冒著煙，空氣中飄著真正的醬油香。",
    "故事很簡單：經營四十年的滷肉飯店即將收攤，老闆在最後一晚煮了最後一鍋滷肉，來吃的有老客人和離家多年的女兒。",
]


def test_a_date_row_amid_the_shows_info_box_stays_and_is_not_the_date() -> None:
    # (a label, a space, a date: between two rows of the same shape, one more fact of the box)
    cleaned = clean("\n".join(_REVIEW))
    kept = {same(p) for p in cleaned.paragraphs}
    assert same(_REVIEW[4]) in kept and same(_REVIEW[3]) in kept
    assert cleaned.metadata.date is not None and cleaned.metadata.date.startswith("2027-04-09")


_SCHOOL = [
    "某某驾校",
    "2027年春季学车套餐价格公布",
    "发布日期：2027-02-20　作者：招生办",
    "春节后报名学车的学员逐渐增多，为方便大家选择，现将本校2027年春季学车套餐公布如下。",
    "普通班 C1手动挡 4280元",
    "周末班 C1/C2 4980元",
    "正常情况下，从报名到拿证约需2至3个月。补考费由学员按车管所标准自行承担。",
    "报名地址：西湖区文三路218号一楼大厅",
    "特别提醒：本校从未委托任何中介或个人代理招生，请学员直接到本校报名处缴费。凡通过非本校渠道缴纳的费用，本校概不负责。",
    "在线报名",
    "*姓名",
    "*手机号",
    "意向车型",
    "提交",
    "版权所有 © 2027 某某驾校",
]


def test_a_schools_own_statement_at_the_end_goes() -> None:
    # (本校 names the unit itself, as 本店 does; 概不负责 disclaims)
    kept = kept_set("\n".join(_SCHOOL))
    assert same(_SCHOOL[8]) not in kept
    assert same(_SCHOOL[7]) in kept and same(_SCHOOL[6]) in kept


def test_a_forms_labels_led_by_the_required_mark_go() -> None:
    # (*姓名 as 姓名*: two labels marked required make a form, with its heading and its button)
    kept = kept_set("\n".join(_SCHOOL[:8] + _SCHOOL[9:]))
    for line in _SCHOOL[9:14]:
        assert same(line) not in kept, line
    assert same(_SCHOOL[6]) in kept


_DEALER = [
    "某某车行",
    "本周在库车辆价格表　11月第3周",
    "以下为本周在库车辆及价格，欢迎预约看车。",
    "Toyota Corolla Altis 1.6　S$89,800",
    "Honda Civic 1.5　S$112,800",
    "Mazda 3 1.5　S$98,800",
    "以旧换新另有估价，欢迎带车前来。",
    "看车热线：6284 3391（陈先生）",
    "*以上价格仅供参考，可能随时调整而不另行通知。所有贷款须经银行批核，本行对批核结果不作任何保证。",
    "分享到：WhatsApp　Facebook　Telegram",
    "“上个月在这里换了车，销售很耐心，过户两天就搞定，推荐给大家！” —— 客户 Jason L.",
    "© 2027 某某车行 版权所有",
]


def test_a_dealers_own_disclaimer_goes() -> None:
    # (本行: the firm names itself)
    kept = kept_set("\n".join(_DEALER))
    assert same(_DEALER[8]) not in kept
    assert same(_DEALER[7]) in kept and same(_DEALER[6]) in kept


def test_a_lone_clients_quote_signed_after_a_dash_under_the_junk_goes() -> None:
    # (on a page that sells, under the page's junk: a client's praise, however alone)
    kept = kept_set("\n".join(_DEALER))
    assert same(_DEALER[10]) not in kept
    assert same(_DEALER[6]) in kept


_CENTRE = [
    "某某水塘康樂中心",
    "夏季腳踏船及獨木舟租用收費",
    "更新日期：2027年6月28日 | 管理處",
    "本中心將於7月1日至8月31日開放腳踏船及獨木舟租用服務，歡迎市民預約。",
    "雙人腳踏船　每小時澳門元 60",
    "單人獨木舟　每小時澳門元 40",
    "1. 租用時必須穿著救生衣，12歲以下兒童須由成人陪同。",
    "2. 懸掛黃色暴雨警告或三號風球時暫停租用。",
    "查詢電話：2888 1260",
    "管理處",
    "【溫馨提示】夏季天氣炎熱，市民應多補充水分。本中心保留因天氣或其他特殊情況而調整開放時間的權利，恕不另行通知。",
    "列印本頁",
    "上一則：燒烤爐預約安排",
    "地址：澳門路環某某大馬路　電話：2888 1260",
    "© 2027 某某水塘康樂中心",
]


def test_a_centres_own_notice_at_the_end_goes() -> None:
    kept = kept_set("\n".join(_CENTRE))
    assert same(_CENTRE[10]) not in kept
    assert same(_CENTRE[3]) in kept


_NOTICE = [
    "某某街道便民服务网",
    "首页　通知公告　社区动态　办事指南　志愿服务",
    "关于12月开展便民服务的通知",
    "发布时间：2027-11-28 16:05　来源：某某街道办事处　阅读：562",
    "各社区居民：",
    "为方便辖区老年人理发，街道联合志愿服务队于12月在各社区开展免费义剪活动，具体安排如下。",
    "服务当天请携带身份证，行动不便的居民可由家属陪同前往现场。",
    "某某街道办事处",
    "2027年11月28日",
    "上一篇：关于冬季燃气安全检查的通知",
    "主办：某某街道办事处　地址：某某路188号　电话：0731-8526 4400",
]


def test_the_office_the_foot_names_as_host_is_the_source_not_the_site_brand() -> None:
    # (the 主办 body runs the site: the 来源 field naming it is no department of the site)
    assert clean("\n".join(_NOTICE)).metadata.source == "某某街道办事处"


def test_a_desk_before_the_writer_is_cut_from_the_credit_too() -> None:
    text = "\n".join(
        [
            "某某農業改良場",
            "芒果採收後修剪，決定明年結果好壞",
            "發布日期：116-08-14　撰文：果樹研究室 助理研究員 王大明　審閱：李小華",
            "芒果採收後的修剪，是決定明年能否穩定結果的關鍵。許多農友急著休息，錯過了最佳的修剪時機。",
            "修剪的原則是疏除過密枝、徒長枝與病蟲害枝，使樹冠通風透光，減少病蟲害發生。",
        ]
    )
    meta = clean(text).metadata
    assert meta.author == "王大明"
    assert "王大明" in {name for _, name in meta.credits}
