"""Reader mode on the shapes the sixteenth held-out set showed: a box of
the item's facts under a short heading of its own at the top of a shop's
page, review rows led by stars, a bracketed enrolment banner, a press
contact with a phone at the tail, a call to act in a quote block."""

from __future__ import annotations

from reader.core.cleaning import clean

SHOP_HEAD = [
    "全館滿千免運｜每週三出貨",
    "首頁　茶葉　茶具　禮盒　關於我們　會員登入　購物車(0)",
    "首頁 / 茶葉 / 烏龍茶",
    "阿里山 石棹 高山烏龍 冬茶",
    "NT$ 680 起",
    "數量　－　1　＋",
    "加入購物車　立即購買",
]
STORY = [
    "石棹位在阿里山公路旁，海拔一千五百公尺上下，清晨的雲霧常常到中午才散，茶芽長得慢，滋味也更厚。",
    "今年冬茶採在十二月初，茶農說天氣乾冷，是這幾年最好的一批，我們試了三泡就決定全部收下。",
]
FOOT = ["你可能也喜歡", "梨山 福壽山 高山烏龍", "杉林溪 龍鳳峽 烏龍", "© 2025 雲頂茶行"]


def test_a_box_of_the_items_facts_under_its_heading_stays() -> None:
    box = ["茶葉資訊", "產地：阿里山 石棹", "品種：青心烏龍", "焙火：輕焙", "海拔：1,500–1,600 公尺", "採收：2025 冬茶"]
    page = "\n".join([*SHOP_HEAD, "", *box, "文／茶師 林秀琴", *STORY, *FOOT])
    kept = clean(page).paragraphs
    assert [line for line in box if line not in kept] == []
    assert STORY[0] in kept and "加入購物車　立即購買" not in kept
    # (with a heading of the body's between the box and the story)
    page = "\n".join([*SHOP_HEAD, "", *box, "產地故事", *STORY, *FOOT])
    kept = clean(page).paragraphs
    assert [line for line in box if line not in kept] == []
    # (a profile's box whose values name nothing of the page's goes with the junk around it)
    profile = ["會員資料", "等級：5級", "積分：1,234", "暱稱：茶友小林", "發文：88"]
    page = "\n".join([*SHOP_HEAD, "", *profile, *STORY, *FOOT])
    kept = clean(page).paragraphs
    assert [line for line in profile if line in kept] == []


def test_customers_reviews_led_by_stars_go_with_their_heading() -> None:
    reviews = [
        "★★★★★ 阿哲：回甘很明顯，第三泡之後更甜，已經回購。",
        "★★★★☆ Mia：香氣很好，但水溫要注意，太高會有點苦。",
    ]
    page = "\n".join([*SHOP_HEAD, "", *STORY, "顧客評價", *reviews, *FOOT])
    kept = clean(page).paragraphs
    assert [line for line in [*reviews, "顧客評價"] if line in kept] == []
    assert STORY[-1] in kept
    # (stars drawn as emoji, each with its presentation selector)
    emoji = ["⭐️⭐️⭐️⭐️⭐️ 阿哲：回甘很明顯，已經回購。", "⭐️⭐️⭐️⭐️ Mia：香氣很好，水溫要注意。"]
    page = "\n".join([*SHOP_HEAD, "", *STORY, *emoji, *FOOT])
    assert [line for line in emoji if line in clean(page).paragraphs] == []
    # (a rating in the body, with its paragraph going on under it, stays)
    page = "\n".join([*SHOP_HEAD, "", STORY[0], "評分", *reviews, STORY[1], *FOOT])
    kept = clean(page).paragraphs
    assert reviews[0] in kept and STORY[1] in kept


SCHOOL_MENU = "首頁　認識我們　課程查詢　線上報名　最新消息　學員園地　聯絡我們"
SCHOOL_TITLE = "從市場聽見家鄉話：語言散步課程期末成果發表"
SCHOOL_BODY = [
    "這學期，二十位學員每週三晚上從教室走到老街和市場，用耳朵和錄音筆收集日常生活裡的家鄉話。",
    "上週六下午，我們在一樓的交誼廳舉辦期末成果發表，把一整個學期的收穫攤開來給大家看。",
    "成果發表的最後，大家一起聽了一段在市場錄到的叫賣聲，很多人跟著笑了，也有人紅了眼眶。",
]
SCHOOL_FOOT = ["標籤：#語言 #成果發表", "分享：Facebook　LINE　複製連結", "Copyright © 2025 All Rights Reserved."]


def test_a_bracketed_banner_between_the_menu_and_the_breadcrumb_goes() -> None:
    banner = "【招生中】下學期課程即日起開放線上報名，額滿為止"
    crumb = "首頁 > 最新消息 > 課程成果"
    page = "\n".join(
        [SCHOOL_MENU, banner, crumb, SCHOOL_TITLE, "文／學員 郭小妤　2025/11/23", *SCHOOL_BODY, *SCHOOL_FOOT]
    )
    cleaned = clean(page)
    assert banner not in cleaned.paragraphs and cleaned.metadata.title == SCHOOL_TITLE
    assert SCHOOL_BODY[0] in cleaned.paragraphs


def test_a_count_of_readers_under_the_byline_goes_and_a_counted_fact_stays() -> None:
    count = "瀏覽人次：412"
    page = "\n".join([SCHOOL_MENU, SCHOOL_TITLE, "文／學員 郭小妤　2025/11/23", count, *SCHOOL_BODY, *SCHOOL_FOOT])
    assert count not in clean(page).paragraphs
    fact = "參與人數：120"
    page = "\n".join([SCHOOL_MENU, SCHOOL_TITLE, "文／學員 郭小妤　2025/11/23", SCHOOL_BODY[0], fact, *SCHOOL_BODY[1:]])
    assert fact in clean(page).paragraphs


def test_a_press_contact_with_a_phone_under_the_statement_goes() -> None:
    body = [
        "本會今日公佈問卷調查結果，發現不少前線員工長期超時工作，部分人更需連續當值十六小時。",
        "本會將於下月約見政府官員，並會繼續收集會員個案，促請當局盡快就標準工時立法。",
    ]
    contact = "傳媒查詢：梁先生（總幹事）9123 4567"
    page = "\n".join(["就保安員工時問卷調查結果的聲明", *body, "某某從業員工會 理事會", contact])
    kept = clean(page).paragraphs
    assert contact not in kept and body[-1] in kept
    # (a number to message for inquiries, WhatsApp查詢：…, is the site's contact too)
    message = "WhatsApp查詢：9188 3402"
    page = "\n".join(["就保安員工時問卷調查結果的聲明", *body, "某某從業員工會 理事會", message])
    assert message not in clean(page).paragraphs
    # (whom the notice's reader calls stays: a labelled phone under the body's paragraph)
    call = "查詢熱線：(853) 2833 7600"
    page = "\n".join(["就保安員工時問卷調查結果的聲明", *body, call])
    assert call in clean(page).paragraphs


def test_an_icon_callout_ending_in_a_link_into_the_sites_own_pages_goes() -> None:
    menu = "[主頁](https://www.tutor.example.hk/) | [DSE課程](https://www.tutor.example.hk/dse/) | [聯絡我們](https://www.tutor.example.hk/contact/)"
    body = [
        "距離文憑試只剩大約五個月，不少中六同學開始密集操練歷屆試題。與其盲目做卷，不如先睇清楚近年卷一的出題方向。",
        "從表中可見，概率與統計近年比重有上升趨勢，今年更出現了四題，而且其中一題要結合標準分一齊計。",
        "第一，長題明顯加長，題目描述較多文字，考驗同學由文字抽取資料的能力。",
    ]
    promo = "> 📣 **12月數學精讀班接受報名，首堂免費試堂！** [立即報名](https://www.tutor.example.hk/trial/)"
    page = "\n\n".join([menu, "# 數學卷一近三年題型分析", body[0], body[1], promo, body[2], "© 2025 思進教育"])
    kept = clean(page).paragraphs
    assert promo not in kept and body[2] in kept
    # (a callout linking elsewhere, to the source it cites, is the article's)
    note = "> 💡 **考評局已公佈明年的評核大綱。** [評核大綱](https://www.hkeaa.example.hk/syllabus/)"
    page = "\n\n".join([menu, "# 數學卷一近三年題型分析", body[0], body[1], note, body[2], "© 2025 思進教育"])
    assert note in clean(page).paragraphs


DIARY = [
    "那天下午，一位钓友在河口滩涂发现了它：一只黑脸琵鹭，右腿和翅膀被鱼线缠得死死的，怎么也飞不起来。",
    "四十七天后，它在河口重新飞了起来。也想拜托垂钓的朋友们：离开时请带走废弃的鱼线和鱼钩。",
]
DIARY_TAIL = [
    "往期救护日记",
    "救护日记｜高速路边捡到的小鸮",
    "救护日记｜卡在空调外机里的果子狸",
    "© 2025 某某野生动物救护站",
]


def test_a_hotline_paragraph_under_the_end_note_goes() -> None:
    hotline = "救护热线：0591-8776 2110（24小时）。救护站不接收家养宠物，请勿将野生动物带回家饲养。"
    page = "\n".join(
        ["救护日记｜一只被鱼线缠住的黑脸琵鹭", *DIARY, "（本文救护信息由救护站兽医组提供）", hotline, *DIARY_TAIL]
    )
    kept = clean(page).paragraphs
    assert hotline not in kept and DIARY[-1] in kept
    # (right under the article's last paragraph, whom to call is the article's)
    page = "\n".join(["救护日记｜一只被鱼线缠住的黑脸琵鹭", *DIARY, hotline, *DIARY_TAIL])
    assert hotline in clean(page).paragraphs


def test_a_call_to_book_with_a_link_into_the_site_and_a_bold_disclaimer_end_the_page() -> None:
    menu = "[主頁](https://www.tutor.example.hk/) | [課程](https://www.tutor.example.hk/dse/) | [聯絡](https://www.tutor.example.hk/contact/)"
    body = [
        "距離文憑試只剩大約五個月，不少中六同學開始密集操練歷屆試題。與其盲目做卷，不如先睇清楚近年卷一的出題方向。",
        "最後兩題的難度差距拉大，想拎高分的同學要準備用更多時間處理最後一題。",
    ]
    note = "**以上分析僅供參考，實際考試內容以考評局公佈為準。**"
    call = "想預約免費學習評估？填寫[報名表](https://www.tutor.example.hk/form/)，或WhatsApp 5123 8866查詢。"
    share = "分享：[Facebook](https://www.facebook.com/sharer/sharer.php?u=x) | [WhatsApp](https://wa.me/?text=x)"
    page = "\n\n".join([menu, "# 數學卷一題型分析", *body, note, call, share, "© 2025 思進教育"])
    kept = clean(page).paragraphs
    assert note not in kept and call not in kept and body[-1] in kept
    # (a notice's own word on where to read more, asking nothing, is the article's)
    more = "詳情請瀏覽[課程網頁](https://www.tutor.example.hk/dse/)，或致電 2345 6789。"
    page = "\n\n".join([menu, "# 數學卷一題型分析", *body, more, share, "© 2025 思進教育"])
    assert more in clean(page).paragraphs
    # (a number to call with a link to another site's form is the article's)
    elsewhere = "想了解考評局的安排？可瀏覽[考評局網頁](https://www.hkeaa.example.hk/)，或致電 3628 8860 查詢。"
    page = "\n\n".join([menu, "# 數學卷一題型分析", *body, elsewhere, share, "© 2025 思進教育"])
    assert elsewhere in clean(page).paragraphs


def test_an_epapers_page_label_and_its_page_links_go() -> None:
    body = [
        "初冬的清晨，新兴镇大岭村的茶山还笼着一层薄雾，返乡青年黄思远已经在地头查看土壤墒情。",
        "今年前十个月，合作社线上销售额达到两百一十万元，带动周边六十多户茶农增收。",
    ]
    label, links = "第03版：乡村振兴", "上一版　下一版"
    page = "\n".join(
        ["首页　往期回顾　版面导航　返回目录", label, links, "老茶园里来了“新农人”", *body, "责任编辑：吴敏"]
    )
    kept = clean(page).paragraphs
    assert label not in kept and links not in kept and body[0] in kept


SEED_HEAD = ["丰登种业 | 良种丰登 服务三农", "首页　走进丰登　品种展示　农技服务　新闻中心　联系我们"]
SEED_TITLE = "丰登818：耐密抗倒、适宜机收的黄淮海夏玉米新品种"
SEED_BODY = [
    "夏播出苗至成熟约102天，比对照品种早熟1天。幼苗叶鞘紫色，株型紧凑，成株叶片数19片左右。",
    "2024—2025年参加黄淮海夏玉米品种区域试验，两年平均亩产712.6公斤，比对照增产6.1%。",
]
SEED_TAIL = ["全国服务热线：400-856-8188（农技咨询 8:00—18:00）", "相关品种", "丰登707：早熟高产夏玉米品种"]


def test_a_row_of_buttons_under_the_byline_goes() -> None:
    buttons = "购买咨询　经销商查询"
    page = "\n".join([*SEED_HEAD, SEED_TITLE, "发布时间：2026-11-16　发布：市场部", buttons, *SEED_BODY, *SEED_TAIL])
    kept = clean(page).paragraphs
    assert buttons not in kept and SEED_BODY[0] in kept
    # (after the body, three buttons whose words end alike, right over the page's junk)
    row = "在线咨询　微信咨询　电话咨询"
    page = "\n".join(
        [*SEED_HEAD, SEED_TITLE, "发布时间：2026-11-16", *SEED_BODY, "祝各位一次通过！", row, *SEED_TAIL[1:]]
    )
    kept = clean(page).paragraphs
    assert row not in kept and SEED_BODY[-1] in kept
    # (a row of words that end otherwise there is the article's)
    row = "上午场　下午场　夜场"
    page = "\n".join([*SEED_HEAD, SEED_TITLE, "发布时间：2026-11-16", *SEED_BODY, row, *SEED_TAIL[1:]])
    assert row in clean(page).paragraphs
    # (a heading of two words under the byline is no row of buttons: one cell)
    heading = "特征特性"
    page = "\n".join([*SEED_HEAD, SEED_TITLE, "发布时间：2026-11-16　发布：市场部", heading, *SEED_BODY, *SEED_TAIL])
    assert heading in clean(page).paragraphs


def test_a_customers_signed_word_that_ends_the_page_goes() -> None:
    word = "种植户反馈：“去年种了二十亩，大风过后基本没倒，收割机下地很顺。”——山东菏泽 张先生"
    page = "\n".join([*SEED_HEAD, SEED_TITLE, "发布时间：2026-11-16", *SEED_BODY, word, *SEED_TAIL])
    kept = clean(page).paragraphs
    assert word not in kept and SEED_BODY[-1] in kept
    # (with the article going on under it, the quote is the article's)
    page = "\n".join([*SEED_HEAD, SEED_TITLE, "发布时间：2026-11-16", SEED_BODY[0], word, SEED_BODY[1], *SEED_TAIL])
    assert word in clean(page).paragraphs


def test_a_report_to_download_and_an_appeal_under_it_end_the_page() -> None:
    body = [
        "今年秋季普查共記錄水鳥四萬二千隻，較去年同期略為回升，其中黑臉琵鷺數目創下新高。",
        "本會將於明年一月進行冬季普查，歡迎有經驗的會員報名，一同記錄越冬水鳥的數目。",
    ]
    download = "下載完整報告（PDF，2.3MB）"
    appeal = "本會所有調查工作均由義工參與，經費全賴會員及公眾捐助。如您認同我們的工作，歡迎捐款支持。"
    tail = ["最新活動", "12月7日　大埔滘林鳥觀察", "12月14日　塱原新手觀鳥班", "© 2025 某某觀鳥會"]
    page = "\n".join(["2025年秋季水鳥普查結果", *body, download, appeal, *tail])
    kept = clean(page).paragraphs
    assert download not in kept and appeal not in kept and body[-1] in kept
    # (with the article going on under it, the appeal is the article's)
    more = "調查隊隊長認為，數目回升與基圍管理改善有關，但仍需更多年份的數據才能確定趨勢。"
    page = "\n".join(["2025年秋季水鳥普查結果", *body, download, appeal, more, *tail])
    assert appeal in clean(page).paragraphs


def test_the_last_paragraph_repeating_the_sites_banner_goes() -> None:
    banner = "【招生中】春季學期課程即日起開放線上報名，額滿為止"
    notice = "春季學期課程預計於明年2月開課，線上報名至1月31日止；55歲以上學員享學分費優惠，詳情請洽辦公室。"
    crumb = "首頁 > 最新消息 > 課程成果"
    byline = "文／學員 郭小妤　2025/11/23"
    page = "\n".join([SCHOOL_MENU, banner, crumb, SCHOOL_TITLE, byline, *SCHOOL_BODY, notice, *SCHOOL_FOOT])
    kept = clean(page).paragraphs
    assert notice not in kept and SCHOOL_BODY[-1] in kept
    # (a banner on the article's own story: its words are in the article too)
    story = "成果發表會上，學員分享了春季學期課程的錄音整理過程，很多人跟著笑了。"
    page = "\n".join([SCHOOL_MENU, banner, crumb, SCHOOL_TITLE, byline, story, *SCHOOL_BODY, notice, *SCHOOL_FOOT])
    assert notice in clean(page).paragraphs


def test_a_caption_ending_in_its_photographers_credit_as_hong_kong_writes_it_goes() -> None:
    caption = "黑臉琵鷺在米埔基圍休息。（相片：© 鄧志恒）"
    body = [
        "今年秋季普查共記錄水鳥四萬二千隻，較去年同期略為回升，其中黑臉琵鷺數目創下新高。",
        "調查隊隊長認為，數目回升與基圍管理改善有關，但仍需更多年份的數據才能確定趨勢。",
    ]
    page = "\n".join(["2025年秋季水鳥普查結果", body[0], caption, body[1]])
    kept = clean(page).paragraphs
    assert caption not in kept and body[1] in kept


def test_a_caption_that_says_what_the_picture_shows_goes() -> None:
    caption = "圖為1956年糧票申領單（館藏檔案）"
    body = [
        "一九五六年，城南的居民第一次拿到了糧票，家家戶戶都要到街道辦事處填寫申領單。",
        "這些申領單如今靜靜地躺在檔案館的庫房裡，紙張已經發黃，字跡卻依然清楚。",
    ]
    page = "\n".join(["一張糧票申領單裡的城南往事", body[0], caption, body[1]])
    kept = clean(page).paragraphs
    assert caption not in kept and body[1] in kept


def test_a_related_videos_card_amid_the_body_goes_and_a_row_of_the_body_stays() -> None:
    body = [
        "最难找的是那根拉线，换了三家店才买到合适粗细的，回来一量还差了两厘米。",
        "换完电容的那天晚上，我小心地接上电源，等了大概半分钟，喇叭里终于传出了沙沙声。",
    ]
    card = "相关视频：【修复】外公的红灯牌收音机 全过程"
    page = "\n".join(["修一台六十年前的收音机", body[0], card, body[1]])
    kept = clean(page).paragraphs
    assert card not in kept and body[1] in kept
    row = "相关单位：市场监管局"
    page = "\n".join(["修一台六十年前的收音机", body[0], row, body[1]])
    assert row in clean(page).paragraphs


def test_an_icon_led_banner_in_cells_as_the_pages_first_line_goes() -> None:
    banner = "🌿 全館滿NT$1,200免運｜週三新苗到貨"
    body = [
        "每到冬天，門市就會收到很多客人傳來的照片：龜背芋的葉子一片片發黃，到底是哪裡出了問題？",
        "冬天氣溫低，植物生長變慢，吸水量也跟著下降，如果還是照夏天的頻率澆水，根部很容易悶壞。",
    ]
    page = "\n".join([banner, "首頁　室內植物　多肉仙人掌　盆器資材　植物照顧", "冬天龜背芋葉子發黃怎麼辦？", *body])
    cleaned = clean(page)
    assert banner not in cleaned.paragraphs and cleaned.metadata.title == "冬天龜背芋葉子發黃怎麼辦？"
    assert body[0] in cleaned.paragraphs


def test_whom_to_ask_by_name_under_the_signature_goes_and_under_the_paragraph_stays() -> None:
    body = [
        "本會今日公佈問卷調查結果，發現不少前線員工長期超時工作，部分人更需連續當值十六小時。",
        "本會將於下月約見政府官員，並會繼續收集會員個案，促請當局盡快就標準工時立法。",
    ]
    ask = "查詢：陳小姐（幹事）2345 6789"
    page = "\n".join(["就保安員工時問卷調查結果的聲明", *body, "某某從業員工會 理事會", ask])
    kept = clean(page).paragraphs
    assert ask not in kept and body[-1] in kept
    page = "\n".join(["就保安員工時問卷調查結果的聲明", *body, ask])
    assert ask in clean(page).paragraphs
    # (the number first, the name after it)
    ask = "查詢：2345 6789（陳小姐）"
    page = "\n".join(["就保安員工時問卷調查結果的聲明", *body, "某某從業員工會 理事會", ask])
    assert ask not in clean(page).paragraphs


def test_a_disclaimer_of_the_above_at_the_tail_goes() -> None:
    body = [
        "沪指午后震荡走高，收盘上涨0.8%，两市成交额连续第五个交易日超过一万亿元。",
        "分析人士认为，年末资金面总体平稳，市场风险偏好有望逐步回升，但仍需关注外部变量。",
        "板块方面，半导体与新能源车涨幅居前，银行与保险小幅回调。",
    ]
    note = "以上内容不构成投资建议。"
    page = "\n".join(["A股收评：沪指涨0.8%", *body, note, "相关阅读", "早盘：沪指低开", "© 2025 某某财经"])
    kept = clean(page).paragraphs
    assert note not in kept and body[-1] in kept
    # (amid the article, with its paragraphs going on under it, it is the article's)
    page = "\n".join(["A股收评：沪指涨0.8%", body[0], note, *body[1:], "© 2025 某某财经"])
    assert note in clean(page).paragraphs


def test_a_sponsors_line_goes_wherever_it_stands() -> None:
    sponsor = "本期节目由「纸间咖啡」支持。纸间咖啡在全国开设了三十余家书店咖啡角，听众凭暗号到店可享第二杯半价。"
    notes = [
        "这一期我们去了县城菜市场二楼的一家书店，和店主聊了她开店五年里遇到的人和事。",
        "如果你在附近，欢迎去二楼书房坐坐，也欢迎在评论区告诉我们你家乡的书店。",
    ]
    page = "\n".join(["慢车道 第42期：菜市场二楼的书店", notes[0], sponsor, notes[1]])
    kept = clean(page).paragraphs
    assert sponsor not in kept and notes[1] in kept
    # (the article's own word on who supported the work is no sponsor's line)
    thanks = "本次调查得到了县图书馆和三位志愿者的大力支持，在此一并致谢。"
    page = "\n".join(["慢车道 第42期：菜市场二楼的书店", notes[0], thanks, notes[1]])
    assert thanks in clean(page).paragraphs


def test_a_line_ending_in_a_buttons_link_into_the_site_goes() -> None:
    menu = "[主頁](https://www.t.example.hk/) | [課程](https://www.t.example.hk/dse/) | [聯絡](https://www.t.example.hk/contact/)"
    body = [
        "距離文憑試只剩大約五個月，不少中六同學開始密集操練歷屆試題。與其盲目做卷，不如先睇清楚近年卷一的出題方向。",
        "從表中可見，概率與統計近年比重有上升趨勢，今年更出現了四題，而且其中一題要結合標準分一齊計。",
        "第一，長題明顯加長，題目描述較多文字，考驗同學由文字抽取資料的能力。",
    ]
    for promo in (
        "> **冬季精讀班接受報名，首堂免費試堂！** [立即報名](https://www.t.example.hk/trial/)",
        "冬季精讀班接受報名 👉 [按此報名](https://www.t.example.hk/trial/)",
    ):
        page = "\n\n".join([menu, "# 數學卷一題型分析", body[0], body[1], promo, body[2], "© 2025 思進教育"])
        kept = clean(page).paragraphs
        assert promo not in kept and body[2] in kept
    # (a link to the source the article cites, on another site, is the article's)
    cite = "考評局公佈了新大綱 [大綱全文](https://www.hkeaa.example.hk/syllabus)"
    page = "\n\n".join([menu, "# 數學卷一題型分析", body[0], body[1], cite, body[2], "© 2025 思進教育"])
    assert cite in clean(page).paragraphs


def test_a_spec_box_of_figures_the_headline_and_the_story_repeat_stays() -> None:
    head = [
        "首页　厨房电器　生活电器　个护健康　会员中心　购物车(0)",
        "首页 > 厨房电器 > 电水壶",
        "净味不锈钢电水壶 1.7L",
        "¥ 159",
        "数量　－　1　＋",
        "加入购物车　立即购买",
    ]
    box = ["产品参数", "容量：1.7L", "功率：1800W", "材质：304不锈钢", "尺寸：22×16×25cm", "重量：1.2kg"]
    body = [
        "这款电水壶的内胆用的是一整块304不锈钢，没有焊缝，烧水的时候不会有塑料味，这是我们最看重的一点。",
        "1800W的功率烧开一壶水大约四分钟，底座可以360度旋转，左右手都好用。",
    ]
    tail = ["猜你喜欢", "恒温电水壶 1.5L　¥199", "养生壶 1.8L　¥239", "© 2025 某某电器旗舰店"]
    kept = clean("\n".join([*head, *box, *body, *tail])).paragraphs
    assert [line for line in box if line not in kept] == []
    # (right under the headline, with no heading of its own)
    kept = clean("\n".join([*head[:3], *box[1:], *body, *tail])).paragraphs
    assert [line for line in box[1:] if line not in kept] == []
    # (a box of figures the page names nowhere else is the page's)
    stats = ["会员信息", "等级：LV5", "积分：1,234", "关注：88", "粉丝：1,024"]
    kept = clean("\n".join([*head, *stats, *body, *tail])).paragraphs
    assert [line for line in stats if line in kept] == []


TRIP_HEAD = ["首页　旅游　美食　攻略　社区", "周末去哪儿：城南老街半日游", "2025-11-20 14:30　来源：城南生活网"]
TRIP_BODY = [
    "城南老街这两年改造完成后，成了本地人周末散步的好去处，街上保留了不少上世纪的老铺子。",
    "我们走了三遍，整理出三条不同节奏的路线，供大家参考。",
]
TRIP_TAIL = ["相关推荐", "城东湿地公园观鸟指南", "秋天去哪里看银杏", "© 2025 城南生活网"]


def test_a_list_that_ends_the_body_over_a_related_header_stays() -> None:
    for items in (
        ["三条路线如下：", "老街北口到钟楼", "南门到米粉店", "河埠头到茶馆"],
        ["路线安排", "老街北口到钟楼再到豆腐坊", "南门到米粉店再到旧书摊", "河埠头到茶馆再到手作市集"],
    ):
        kept = clean("\n".join([*TRIP_HEAD, *TRIP_BODY, *items, *TRIP_TAIL])).paragraphs
        assert [line for line in items if line not in kept] == []
        assert "城东湿地公园观鸟指南" not in kept
    # (a list of other pieces under a header that names nothing of the paragraph's still goes)
    others = ["热门文章", "老街北口的豆腐坊关门了", "南门米粉店排队攻略", "河埠头茶馆的老茶客"]
    kept = clean("\n".join([*TRIP_HEAD, *TRIP_BODY, *others, *TRIP_TAIL])).paragraphs
    assert [line for line in others if line in kept] == []


def test_a_short_last_line_asking_to_follow_the_sites_channel_goes() -> None:
    head = ["首頁　新聞　生活　專題　關於我們", "社區長者學用智能手機　義工一對一教學", "2025-11-20　記者 林小文"]
    body = [
        "社區中心本月開辦長者智能手機班，二十位長者在義工陪伴下學習視像通話和網上繳費。",
        "中心表示，下期課程將於明年一月開班，並會增加防騙講座，歡迎有興趣的會員報名。",
    ]
    tail = ["分享：Facebook　LINE　複製連結", "上一篇：秋季旅行團報名", "© 2025 某某社區中心"]
    call = "更多精彩內容，請關注我們的公眾號「某某社區」。"
    kept = clean("\n".join([*head, *body, call, *tail])).paragraphs
    assert call not in kept and body[-1] in kept
    # (a member's ask that closes the article is its own: the last paragraph above stays)
    kept = clean("\n".join([*head, *body, *tail])).paragraphs
    assert body[-1] in kept


def test_the_events_reserved_right_to_interpret_at_the_tail_goes() -> None:
    body = [
        "今年最後一場社區手作市集將在河濱公園登場，共有四十個攤位參與，從手工皂、木作到果醬都有。",
        "主辦單位表示，現場也安排了親子手作課程，名額有限，建議提早報名。",
    ]
    terms = "本活動最終解釋權歸主辦單位所有。"
    page = "\n".join(["社區手作市集年末場　12月登場", *body, terms, "分享：Facebook　LINE", "© 2025 某某協會"])
    kept = clean(page).paragraphs
    assert terms not in kept and body[-1] in kept
