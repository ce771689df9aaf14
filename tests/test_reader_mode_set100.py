"""Reader mode on the shapes held-out page set 100 showed: a table's rows
set apart by full-width spaces, each led by its row number (1　苏志明　第4巷
RM600), are the table's, not a menu's items (a menu never numbers its items, a
pager's items are all figures); a series' heads led by an ordinal (第1天 香港 →
上饒 → 婺源) stay beside their kept siblings, arrows and all; a head ending in a
colon over items numbered 1. and 2. (回應問題：) opens the article's list, not a
block of comments; the headline stands over its byline, a tag wholly in
brackets above it and a label's field under the byline are neither; a row of
slashed roles and names (文稿／X 口述錄音／Y) credits people, the site's word for
itself beside the date (本报社论) names no one, a speaker's pair (講員：X牧師)
names the author without the title, and the publication's day past an event's
dates the page; a row of calls to act (立即報名 WhatsApp查詢) is buttons, and a
question about the page closing it (以上内容是否解决了您的问题？) the site's
feedback box."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.menu_shapes import is_menu
from reader.core.metadata import parse_meta_line

_ROLL = (
    "福利会年终慰问金发放名单",
    "本会依据本年度会员申请及探访结果，拟向以下会员发放年终慰问金，现将名单公布如下，如有疑问请向秘书处查询。",
    "长者（每人RM300）",
    "1\u3000王秀兰\u3000第3街",
    "2\u3000陈阿福\u3000第8街",
    "病患",
    "1\u3000刘志强\u3000第6街\u3000RM450",
    "2\u3000张美玉\u3000第10街\u3000RM450",
    "共计：4人，慰问金总额RM1,500。",
    "发放日期：本年12月14日上午10时，地点为会所礼堂，请携带身份证正本前来领取。",
)


def test_rows_led_by_their_number_are_no_menu() -> None:
    kept = kept_set("\n".join(_ROLL))
    for row in _ROLL[2:]:
        assert same(row) in kept, row


def test_a_numbered_row_is_no_menu_but_a_pager_and_a_menu_stay_menus() -> None:
    assert not is_menu("12\u3000刘志强\u3000第6街\u3000RM450")
    assert is_menu("1\u30002\u30003\u30004\u3000下一页")
    assert is_menu("首页\u3000新闻\u3000国际新闻\u3000联系我们")


_TOUR = (
    "桂林陽朔山水四天團",
    "團費：成人每位HK$3,298起（二人一房）",
    "行程",
    "第1天 香港西九龍站 → 桂林北站 → 陽朔",
    "早上於西九龍站集合，乘高鐵前往桂林，車程約三小時。抵達後乘旅遊車往陽朔，傍晚入住酒店。",
    "第2天 遇龍河竹筏",
    "乘竹筏遊遇龍河，兩岸山峰倒影水中。下午自由活動，可租單車遊十里畫廊。",
    "第3天 興坪 → 漁村",
    "遊興坪古鎮及漁村，領隊安排一小時漓江漁火表演欣賞。",
    "第4天 桂林北站 → 香港西九龍站",
    "早餐後乘高鐵返港，預計下午三時前抵達，散團。",
)


def test_a_series_heads_of_places_joined_by_arrows_stay_beside_their_siblings() -> None:
    kept = kept_set("\n".join(_TOUR))
    for row in _TOUR[2:]:
        assert same(row) in kept, row


def test_an_ordinal_heads_series_is_its_word_after_the_numeral() -> None:
    from reader.core.sibling_rows import _series

    assert _series("第1天 香港 → 桂林") == ("天", "1")
    assert _series("第三章 归来") == ("章", "三")
    assert _series("第一 名") is None
    assert _series("第三方平台") is None  # (no head with words after it)
    assert _series("第一名的奖品") is None  # (no series word: a ranking)


_TALK = (
    "春季退修會專題分享",
    "各位朋友晚上好。今晚我想和大家談談等候，這是我們每個人都會經歷，卻又最不喜歡的一件事。",
    "等候的時候，我們常常以為甚麼都沒有發生，其實很多事情正在我們看不見的地方慢慢成形。",
    "回應問題：",
    "1. 你最近在等候甚麼？",
    "2. 等候的時候，你通常怎樣度過？",
    "3. 這一週，你可以陪伴身邊哪一位正在等候的人？",
    "讓我們安靜片刻，把這些問題帶回家，在這一週慢慢思想，也彼此分享。",
)


def test_a_head_over_items_numbered_from_one_is_no_comments_header() -> None:
    kept = kept_set("\n".join(_TALK))
    for row in _TALK[3:7]:
        assert same(row) in kept, row


_TALK_PAGE = (
    "首頁 ｜ 認識我們 ｜ 聚會時間 ｜ 主日講道 ｜ 聯絡我們",
    "【講道文字稿｜約翰福音系列】",
    "井邊的對話",
    "講員：林信德牧師｜崇拜日期：2029年5月6日｜上載：2029年5月9日",
    "經文：約翰福音四章1至15節",
    "各位弟兄姊妹早安。今天我們來看一段在井邊發生的對話，一位婦人在正午時分獨自來打水。",
    "她為甚麼要在最熱的時候來？因為她不想遇見任何人，這是一個被社區遺忘的人。",
    "一、耶穌先開口",
    "耶穌沒有等她來求，是祂先開口說：「請你給我水喝。」這一句話打破了很多界線。",
)


def test_the_headline_over_the_byline_beats_a_tag_above_and_a_field_under_it() -> None:
    cleaned = clean("\n".join(_TALK_PAGE))
    assert cleaned.metadata.title == "井邊的對話"
    assert same("經文：約翰福音四章1至15節") in {same(p) for p in cleaned.paragraphs}


def test_a_row_of_slashed_roles_and_names_credits_people_not_an_outlet() -> None:
    line = "文稿整理／林雅婷 現場收音／陳志豪 更新日期：2029-05-02"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None
    assert meta.author == "林雅婷"
    assert meta.source is None
    assert dict(meta.credits) == {"文稿整理": "林雅婷", "現場收音": "陳志豪"}


def test_one_slashed_pair_alone_is_no_credit_row() -> None:
    from reader.core.pair_lines import slashed_credits

    assert slashed_credits(["地點／台北"]) is None
    assert slashed_credits(["文稿／邱詠晴", "口述錄音／黃德明"]) == (
        "邱詠晴",
        (("文稿", "邱詠晴"), ("口述錄音", "黃德明")),
    )


def test_the_sites_own_word_beside_the_date_is_no_author_nor_outlet() -> None:
    for line in ("本报社论　2029年10月3日", "本刊评论 2029-10-03"):
        meta = parse_meta_line(line, fold(line))
        assert meta is not None, line
        assert meta.date is not None and meta.source is None and meta.author is None, meta


def test_a_speaker_before_the_days_is_the_author_without_the_clergy_title() -> None:
    line = "講者：馮家明牧師｜聚會日期：2029年6月3日"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None
    assert meta.author == "馮家明"
    assert ("講者", "馮家明") in meta.credits


def test_the_publishing_day_past_an_events_day_dates_the_page() -> None:
    for line in ("聚會日期：2029年6月3日｜上載：2029年6月6日", "講座日期：2029年6月3日 發佈：2029年6月6日"):
        meta = parse_meta_line(line, fold(line))
        assert meta is not None and meta.date == "2029-06-06", (line, meta)
    line = "發佈日期：2029年6月3日｜更新：2029年6月6日"  # (no event's day first: the first date stands)
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.date == "2029-06-03", meta


_OFFER = (
    "桂林陽朔山水四天團（高鐵）",
    "團號 HSR-GL4 | 行程更新：2029年9月2日",
    "團號：HSR-GL4",
    "出發日期：11月3日、11月10日",
    "團費：成人每位HK$3,298起",
    "成團人數：20人",
    "立即報名 WhatsApp查詢",
    "其他出發日期：11月17日 HK$3,098 | 11月24日 HK$2,998",
    "行程",
    "第1天 香港西九龍站 → 桂林北站",
    "早上於西九龍站集合，乘高鐵前往桂林，車程約三小時，抵達後乘旅遊車往陽朔，傍晚入住酒店。",
    "第2天 遇龍河",
    "乘竹筏遊遇龍河，兩岸山峰倒影水中，下午自由活動，可租單車遊十里畫廊。",
)


def test_a_row_of_calls_goes() -> None:
    kept = kept_set("\n".join(_OFFER))
    assert same("立即報名 WhatsApp查詢") not in kept
    assert same(_OFFER[-1]) in kept


def test_a_call_row_is_calls_only() -> None:
    from reader.core.block_words import call_row

    assert call_row("立即预约 致电查询")
    assert not call_row("立即报名 名额有限")
    assert not call_row("立即报名")


_HELP_PAGE = (
    "会员积分使用说明",
    "一、积分获取",
    "每消费1元累计1积分，积分于订单确认收货后到账，退货订单的积分将同步扣除。",
    "二、积分使用",
    "积分可在结算时抵扣现金，每100积分抵扣1元，单笔订单最多抵扣订单金额的百分之二十。",
    "本说明自2029年4月1日起施行。",
    "以上内容是否解决了您的问题？",
)


def test_a_question_about_the_page_closing_it_is_the_sites_feedback_widget() -> None:
    kept = kept_set("\n".join(_HELP_PAGE))
    assert same(_HELP_PAGE[-1]) not in kept
    assert same(_HELP_PAGE[-2]) in kept
