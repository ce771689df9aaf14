"""Reader mode on the shapes the fiftieth held-out set showed: a price
table whose rows carry one cell more than its header, an unpriced section
amid a price list, ..."""

from __future__ import annotations

from cleaning_support import kept_set, same

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
