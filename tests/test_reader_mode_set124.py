"""Found promoting page set 124 (f124_*) and heads set 5 (fh5_*): a used car's listing
(f124_07) lost its headline to the menu shape (four short words apart by spaces), its
price row under it as a counter, and its section head, a line other files share, as
folder template, the rows under it a counter among them."""

from __future__ import annotations

from reader.core.cleaning import clean
from reader.core.line_features import template_key
from reader.core.menu_shapes import is_menu
from reader.core.metadata import Hints

_LISTING = """\
轮转网 RodaPusing
买车 | 卖车 | 新车 | 车贷 | 汽车资讯 | 登入
首页 > 二手车 > Perodua > Myvi > 吉隆坡
照片 1 / 18
2022 Perodua Myvi 1.5 AV 自动挡 单一车主 原厂保养
{price}
卖家：KL阿杰（个人卖家）
刊登日期：2029-10-13
浏览 1,204 次 | 收藏 | 分享 | 举报

基本资料
年份：2022
里程：38,500 公里
排量：1,496cc
变速箱：自动
颜色：珍珠白
车主数：1
所在地：吉隆坡 蕉赖
车况说明
全车原厂漆，无事故、无水灾。
每10,000公里在原厂保养，有完整保养记录本。
新轮胎：2029年3月更换
车内不抽烟，没有养宠物。
价钱可以小议，不换车。
Harga boleh runding sedikit, serius buyer sahaja.
贷款试算：首期10%，7年期月供约 RM 655 起（仅供参考）
安全提醒：看车前请勿转账任何订金，如遇要求先付款的卖家，请立即向我们举报。
有意者请 WhatsApp 联系：012-xxx 8841，周末可约看车。
轮转网 Premium 卖家可获得首页置顶曝光，现在升级立享首月半价优惠。
广告

类似车辆
2021 Perodua Myvi 1.5 H 自动挡 RM 51,500
2023 Perodua Myvi 1.5 AV 自动挡 RM 62,900
2022 Perodua Axia 1.0 SE 自动挡 RM 33,800
查看更多 Myvi ›
关于我们 | 卖车指南 | 隐私政策 | 联系客服
© 2029 轮转网 RodaPusing Sdn. Bhd. 版权所有
"""


def test_a_year_then_a_make_s_name_is_a_listing_s_headline_no_menu() -> None:
    assert not is_menu("2022 Perodua Myvi 1.5 AV 自动挡 单一车主 原厂保养")
    # (near miss: short words apart by spaces, no year and make first, are still a menu)
    assert is_menu("首页 新闻 财经 体育 汽车 房产")
    assert is_menu("2022 年度 报告 下载 专区")


def test_a_listing_keeps_its_headline_its_price_and_its_section_head() -> None:
    cleaned = clean(_LISTING.format(price="RM 56,800"), frozenset({template_key("基本资料")}))
    assert cleaned.metadata.title == "2022 Perodua Myvi 1.5 AV 自动挡 单一车主 原厂保养"
    kept = cleaned.paragraphs
    assert "RM 56,800" in kept and "基本资料" in kept and "里程：38,500 公里" in kept
    assert "浏览 1,204 次 | 收藏 | 分享 | 举报" not in kept


def test_only_money_under_the_headline_is_taken_back() -> None:
    # (near miss: a bare count under the headline is no price)
    kept = clean(_LISTING.format(price="56,800 浏览"), frozenset({template_key("基本资料")})).paragraphs
    assert "56,800 浏览" not in kept


_STORY = """\
台中市自來水今起分區減壓供水，西屯、南屯兩區夜間水壓將明顯降低，市府呼籲市民預先儲水備用。
水利局表示，本次減壓為期兩週，每日晚間十一時至翌日清晨五時實施，醫院與洗腎中心不受影響。
{line}
水利局也呼籲，工業大用戶應依規定啟動節水計畫，市府將派員抽查，違規者最高可處新台幣六萬元罰鍰。
另外，市府已協調台中港區調度再生水，每日可支援約1.2萬噸，優先供應工業用水。
"""


def test_an_offer_to_join_and_what_it_gets_goes_from_amid_the_story() -> None:
    for offer in (
        "加入拾穗新聞會員，就能免費訂閱每日水情與停水通知推播，還能參加每月好禮抽獎。",
        "> 开通问渠盐选会员，即可畅读本专栏全部 48 篇付费文章，首月仅需 6 元。",
        "订阅饱饱狮城电子报，每周五把最新的小贩美食地图直接送进你的邮箱。",
        "港坊 Pro 會員免睇廣告兼可以睇埋已刪回覆，每月只需 $28，即刻升級啦！",
        "家長教師會會員可登入內聯網，瀏覽及下載本屆陸運會的完整相簿。",
        "喜欢这篇文章吗？在 Instagram 追踪 @baobaosg，每天一道小贩美食不错过。",
    ):
        assert offer not in clean(_STORY.format(line=offer)).paragraphs, offer
    # (near misses: the story tells what its people may do, at a paragraph's length, or reports an app)
    for told in (
        "所有數據已錄入市府水情管理系統，每座配水池都有了專屬二維碼，市民在現場掃碼即可查看水壓、水位和停水時段。",
        "水利局說，市民可下載台中水情App查詢各區水壓。",
        "喜歡這座城市的人，終究會回來。",
    ):
        assert told in clean(_STORY.format(line=told)).paragraphs, told


_COLUMN = """\
首頁 › 最新消息 › 衛教文章
字級 A A A ｜ 列印 ｜ 分享
{heading}腹瀉別急著吃止瀉藥 營養師教你三階段補水進食
文／周怡君 營養師（營養科）
攝影／公關室 蔡承翰
夏天氣溫高，食物容易變質，門診因急性腸胃炎上吐下瀉就醫的民眾明顯增加。不少人一拉肚子就先吃止瀉藥，但過早止瀉反而可能延長病程。
第一階段是補充水分與電解質。症狀剛出現時，可少量多次喝口服電解質液，每次一兩口、間隔幾分鐘。
發布日期：2029-07-17
"""


def test_the_page_s_own_heading_over_its_byline_wins_over_a_column_s_markup_title() -> None:
    hints = Hints(title="衛教專欄｜夏季腸胃炎飲食怎麼吃")
    own = clean(_COLUMN.format(heading="# "), hints=hints).metadata.title
    assert own == "腹瀉別急著吃止瀉藥 營養師教你三階段補水進食"
    # (near miss: a plain line, not the page's heading markup, does not outweigh the markup's title)
    assert clean(_COLUMN.format(heading=""), hints=hints).metadata.title != own


def test_a_pointer_under_a_related_label_and_a_sponsor_s_unframed_label_go() -> None:
    for line in (
        "> 相关推荐：为什么我劝表妹别急着回县城考编？",
        "相關消息：第三十九屆陸運會成績公布 黃社險勝藍社",
        "> 贊助 · 搬家估價免費到府，台南市區小搬家 1,800 元起",
    ):
        assert line not in clean(_STORY.format(line=line)).paragraphs, line
    # (near misses: a sentence that names a related story, and one that opens with sponsoring, stay)
    for line in ("相关消息传出后，水利局当晚即召开记者会说明减压范围。", "贊助單位今年增加至十二家，市府表示感謝。"):
        assert line in clean(_STORY.format(line=line)).paragraphs, line


def test_a_caption_credited_to_a_photo_team_and_tags_set_as_code_go() -> None:
    for line in ("男子甲組4x100米接力決賽衝線一刻。（學生會攝影組）", "`#心得` `#押金` `#台南租屋`"):
        assert line not in clean(_STORY.format(line=line)).paragraphs, line
    # (near misses: a sentence naming the team in brackets mid-line, and a code span that is no tag, stay)
    near = ("當天的照片由學生會攝影組（共六人）負責拍攝，稍後上載。", "`npm install` 之後再執行 `npm run build` 即可。")
    for line in near:
        assert line in clean(_STORY.format(line=line)).paragraphs, line


def test_a_download_button_its_arrow_last_goes() -> None:
    assert "下載PDF版本 ⤓" not in clean(_STORY.format(line="下載PDF版本 ⤓")).paragraphs
    # (near miss: a short line that points down to what follows, no download)
    assert "詳細時段如下 ↓" in clean(_STORY.format(line="詳細時段如下 ↓")).paragraphs
