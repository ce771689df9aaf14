"""Found promoting page set 124 (f124_*) and heads set 5 (fh5_*): a used car's listing
(f124_07) lost its headline to the menu shape (four short words apart by spaces), its
price row under it as a counter, and its section head, a line other files share, as
folder template, the rows under it a counter among them."""

from __future__ import annotations

from reader.core.cleaning import clean
from reader.core.line_features import template_key
from reader.core.menu_shapes import is_menu

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
