"""Reader mode on the shapes the fiftieth held-out set showed: a price
table whose rows carry one cell more than its header, an unpriced section
amid a price list, ..."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.metadata import parse_meta_line

_TABLE = ["套餐 人数 价格", "A 入门款 2人 $88", "B 家庭款 4人 $158", "C 聚会款 8人 $298"]


def test_a_price_table_whose_rows_have_a_code_and_a_name_under_one_header_cell_stays() -> None:
    # (套餐 over A 入门款: the header's first cell spans two of each row's)
    text = "\n".join(
        [
            "某某烧烤 GRILL HOUSE",
            "首页 | 套餐 | 场地 | 联系我们",
            "2027年露台烧烤套餐价格",
            "以下价格包括炭炉、餐具及清洁，周末及公共假期另加服务费，价格不含消费税。",
            "烧烤套餐",
            *_TABLE,
            "预订须知",
            "1. 请于三天前预订，并缴付订金五十元。",
            "2. 雨天可改期一次。",
            "© 2027 某某烧烤 版权所有",
        ]
    )
    kept = kept_set(text)
    for line in _TABLE:
        assert same(line) in kept, line


_SECTION = ["服务包括", "折叠桌椅", "白色桌布、纸杯", "LED 灯 6 盏", "电风扇 2 台", "加购项目"]


def test_an_unpriced_section_between_two_rows_of_a_price_list_stays() -> None:
    # (a head and short rows with no prices, gone amid the list for their shape)
    text = "\n".join(
        [
            "某某活动租借",
            "首页 | 帐篷 | 桌椅 | 联系我们",
            "2027年生日派对租借配套价格",
            "以下价格适用于全岛组屋楼下，均已包括运输、搭建及拆卸，不含消费税。",
            "基本配套",
            "小型 5桌 $680",
            "中型 8桌 $880",
            "大型 12桌 $1,180",
            "每加一桌 $60",
            *_SECTION,
            "音响 $120",
            "发电机 $300",
            "气球拱门 $90",
            "注意事项",
            "1. 订金为总额的 30%，余款于活动前三天付清。",
            "2. 雨天照常。",
            "© 2027 某某活动租借 版权所有",
        ]
    )
    kept = kept_set(text)
    for line in _SECTION:
        assert same(line) in kept, line


def test_a_books_author_row_in_a_quoted_box_of_its_facts_is_the_books_not_the_pages() -> None:
    # (> 作者：… between > 書名 and > 出版：… / > 定價：…: the reviewed book's box)
    text = "\n".join(
        [
            "# 讀《海邊的小食店》",
            "",
            "某某書房 ｜ 文：陳美玲 ｜ 2027-02-01",
            "",
            "> 《海邊的小食店》",
            "> 作者：林家寶",
            "> 出版：某某出版社　2026年10月",
            "> 定價：MOP 180",
            "",
            "這是一本關於澳門街坊小食店的書，作者走訪了二十多間老店，記下店主的故事和每一道招牌小食的做法。",
            "",
            "讀完之後，我第一件事就是去找書裡提到的那間豬扒包店，可惜它早已結業。",
        ]
    )
    cleaned = clean(text)
    assert same("> 作者：林家寶") in {same(p) for p in cleaned.paragraphs}
    assert cleaned.metadata.author == "陳美玲"
    assert "林家寶" not in {name for _, name in cleaned.metadata.credits}


def test_the_editor_in_a_row_of_the_outlet_the_writer_and_the_date_is_credited() -> None:
    # (outlet ｜ 文：writer ｜ 責任編輯：editor ｜ date: the editor is no label to drop)
    line = "某某書房 ｜ 文：陳美玲 ｜ 責任編輯：何志強 ｜ 2027-02-01"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None
    assert meta.author == "陳美玲"
    assert meta.date == "2027-02-01"
    assert ("責任編輯", "何志強") in meta.credits


def test_a_notices_sign_off_date_restating_the_pages_date_stays_under_the_signer() -> None:
    # (发布日期 at the top; the unit and the same day under 特此通告: the sign-off's own lines)
    text = "\n".join(
        [
            "关于某某湿地公园栈道维修期间暂停开放的通告",
            "发布日期：2027-03-02 10:00 来源：某某湿地公园管理处",
            "广大游客：",
            "因栈道年度检修，某某湿地公园北区栈道将于3月10日至3月31日暂停开放，南区照常开放，请游客合理安排行程。",
            "咨询电话：0571-8xxx1234",
            "特此通告。",
            "某某湿地公园管理处",
            "2027年3月2日",
        ]
    )
    cleaned = clean(text)
    assert same("2027年3月2日") in {same(p) for p in cleaned.paragraphs}
    assert cleaned.metadata.date == "2027-03-02 10:00"
