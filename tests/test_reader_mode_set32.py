"""Reader mode on the shapes the thirty-second held-out set showed: offers
laid out as blocks (a name, a bare price, included rows), numbered steps one
of which names an app, a reviewer's credit."""

from __future__ import annotations

from cleaning_support import same
from reader.core.cleaning import clean

_MENU = "首頁　關於我們　服務　收費　作品　聯絡"
_FOOT = ["觀塘某街1號某大廈3樓（只接受預約）", "© 2026 Example Studio. All Rights Reserved."]

_OFFERS = [
    "【甲】兩小時基本拍攝",
    "HK$1,200",
    "・攝影師1位",
    "・精修相片20張",
    "【乙】半日拍攝連化妝",
    "NT$3,600",
    "・攝影師1位＋化妝師1位",
    "・精修相片60張、全部原檔",
    "・相簿一本（20頁）",
    "【丙】全日拍攝",
    "HK$5,800",
    "・攝影師2位",
    "・精修相片150張",
]


def test_offer_blocks_of_one_shape_stay_whole() -> None:
    text = "\n".join(
        [
            _MENU,
            "2027年家庭攝影套餐",
            "以下套餐全年適用，所有拍攝均由我們的攝影師親自負責，價錢已包括所有後期製作費用。",
            *_OFFERS,
            "預約須知",
            "確認日期須先付訂金三成，訂金恕不退還，餘款須於拍攝當日繳清。",
            *_FOOT,
        ]
    )
    kept = [same(p) for p in clean(text).paragraphs]
    for line in _OFFERS:
        assert same(line) in kept, line


_STEPS = [
    "1. 在App内点选“提交申请”，上传收据及证明照片；",
    "2. 资料齐全后5个工作日内完成审核；",
    "3. 款项直接汇入你登记的银行账户。",
]


def test_numbered_steps_stay_when_one_names_an_app() -> None:
    text = "\n".join(
        [
            "# 常见问题：怎样申请退款？",
            "以下整理了客服最常被问到的问题，帮你在申请前弄清楚流程和所需的文件。",
            "## 1. 怎么申请退款？",
            *_STEPS,
            "请在消费后30天内提交申请，逾期恕不受理，敬请留意。",
            "本网站使用Cookie以改善浏览体验。继续浏览即表示你同意我们的隐私政策。",
        ]
    )
    kept = [same(p) for p in clean(text).paragraphs]
    for line in _STEPS:
        assert same(line) in kept, line


def test_a_reviewers_credit_is_a_credit() -> None:
    text = "\n".join(
        [
            "猫咪换季掉毛怎么办？",
            "撰文：林小雨　｜　审阅：黄志明（注册兽医）　｜　2026年11月18日",
            "换季时猫咪掉毛增多是正常现象，但若出现局部秃毛或皮肤发红，就应该尽早带去看兽医。",
            "每天梳毛可以减少猫咪舔进肚子里的毛量，也能顺便检查皮肤状况，及早发现问题。",
        ]
    )
    names = [name for _, name in clean(text).metadata.credits]
    assert "林小雨" in names and "黄志明" in names


def test_a_labelled_period_is_a_line_of_the_report() -> None:
    text = "\n".join(
        [
            "某市环境空气质量日报（第100期）",
            "来源：某市环境监测中心　发布时间：2026-12-03 16:30",
            "统计时段：2026年12月2日16时至12月3日15时",
            "全市环境空气质量指数为96，空气质量级别为二级，类别为良，首要污染物为细颗粒物。",
            "预计未来三天全市空气质量以良为主，市民可正常开展户外活动，敏感人群适当减少外出。",
        ]
    )
    cleaned = clean(text)
    assert "统计时段：2026年12月2日16时至12月3日15时" in cleaned.paragraphs
    assert cleaned.metadata.date == "2026-12-03 16:30"


_STORY = [
    "「冬日探訪」義工招募",
    "本會將於一月舉辦探訪活動，為獨居長者送上禦寒物資及關懷，現誠邀熱心市民參與。",
    "活動資料",
    "集合地點：氹仔某某社區中心",
    "探訪期間請穿著輕便服裝，並準時到達集合地點，以便分組出發。",
]
_RELATED = ["其他活動", "「社區清潔日」義工招募", "長者智能手機班助教招募"]


def test_quotes_under_a_heading_of_what_people_say_go() -> None:
    quotes = ["學員心聲", "Kit：第一次參加探訪，婆婆拉住我隻手講咗成個鐘佢年輕時嘅事，好難忘。"]
    text = "\n".join([*_STORY, *quotes, *_RELATED])
    kept = clean(text).paragraphs
    assert not any(q in kept for q in quotes)
    assert "集合地點：氹仔某某社區中心" in kept


def test_an_icon_led_offer_for_a_short_while_goes() -> None:
    promo = "🎁 一月至三月限定：預約乙套餐送室內影樓拍攝一小時，名額只限前20位，送完即止！"
    text = "\n".join([*_STORY, promo, *_RELATED])
    assert promo not in clean(text).paragraphs


def test_a_share_row_naming_chat_apps_goes() -> None:
    share = "分享至：Facebook　WeChat　WhatsApp"
    text = "\n".join([*_STORY[:2], share, *_STORY[2:], *_RELATED])
    assert share not in clean(text).paragraphs


def test_a_row_of_channels_over_the_headline_goes() -> None:
    row = "WhatsApp查詢 6123 4567　｜　IG @studio.example"
    text = "\n".join(["某某映像 Example Studio", _MENU, row, *_STORY, *_RELATED])
    cleaned = clean(text)
    assert row not in cleaned.paragraphs
    assert cleaned.metadata.title == _STORY[0]


def test_a_units_own_site_statement_at_the_tail_goes() -> None:
    statement = "本協會網站所刊載之圖文，除另有註明外，版權屬某某協會所有。歡迎轉貼分享，惟請勿作商業用途。"
    account = "奉獻帳戶：郵政劃撥 12345678　戶名：某某協會"
    text = "\n".join([*_STORY, statement, account, *_RELATED, "© 2026 Example. All Rights Reserved."])
    kept = clean(text).paragraphs
    assert statement not in kept and account not in kept


def test_the_sites_name_glued_to_its_desk_beside_the_date_is_the_site() -> None:
    text = "\n".join(
        [
            "岚城象棋会 Lan City Chess Club",
            "首页 | 关于我们 | 课程 | 赛事 | 等级分 | 联系我们",
            "2026年12月会员等级分榜",
            "岚城象棋会赛务组　2026年12月2日",
            "本期等级分涵盖上月社内快棋赛及月例赛共三百余盘对局，按Elo公式计算。",
            "如对本期等级分有疑问，请于本月十五日前联络赛务组，逾期不予受理。",
        ]
    )
    assert clean(text).metadata.source == "岚城象棋会"
