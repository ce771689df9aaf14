"""Reader mode on the shapes the thirty-first held-out set showed: a
document's code line over its title, a standard's bare clause numbers."""

from __future__ import annotations

from pathlib import Path

from cleaning_support import same
from reader.core.cleaning import clean

_CRUMB = "当前位置：首页 > 规范 > 正文"
_FOOT = ["关于我们　|　联系我们　|　网站地图", "©2026 某某规范网　版权所有"]


def test_a_documents_code_over_its_name_is_not_the_title() -> None:
    text = "\n".join(
        [
            _CRUMB,
            "QX/T 1234—2025",
            "公园步道照明设计规范",
            "本文件规定了公园步道照明的设计原则、照度要求和灯具选型方法，适用于新建和改建的公园。",
            "各地在执行中如有意见和建议，请反馈至起草单位，以便修订时参考。",
            *_FOOT,
        ]
    )
    assert clean(text).metadata.title == "公园步道照明设计规范"


_CLAUSES = [
    "3　术语和定义",
    "下列术语和定义适用于本文件，其他术语见相关标准。",
    "3.1",
    "步道　footpath",
    "公园内供行人步行、不通行机动车辆的道路，宽度一般不小于一点五米。",
    "3.2",
    "照度　illuminance",
    "照射在单位面积上的光通量，是衡量步道照明是否充足的主要指标。",
    "4　照明要求",
    "4.1　步道平均照度应不低于五勒克斯，最小照度应不低于一勒克斯。",
]


def test_a_bare_clause_number_under_its_parent_clause_stays() -> None:
    text = "\n".join(["公园步道照明设计规范", "本文件规定了公园步道照明的设计原则和照度要求。", *_CLAUSES, *_FOOT])
    kept = [same(p) for p in clean(text).paragraphs]
    assert "3.1" in kept and "3.2" in kept


_NOTICE_HEAD = [
    "首页　机构概况　政务公开　互动交流",
    "某市2026年公开招聘工作人员面试成绩公告",
    "发布时间：2026-11-30 18:05",
    "现将面试成绩予以公布，并就有关事项公告如下，请各位考生留意后续通知。",
]


def test_a_tables_head_row_over_rows_of_figures_stays() -> None:
    head = "岗位代码　准考证号　姓名　笔试成绩　面试成绩"
    rows = [
        "2026A0101　2611020417　周*然　78.50　84.20",
        "2026A0101　2611020309　韩*雪　80.10　79.40",
        "2026A0102　2611031102　许*涛　71.30　86.80",
    ]
    text = "\n".join([*_NOTICE_HEAD, head, *rows, "面试成绩低于七十分的考生不得进入体检环节，请考生知悉。", *_FOOT])
    kept = [same(p) for p in clean(text).paragraphs]
    assert same(head) in kept


def test_contact_rows_between_a_lists_last_item_and_the_sign_off_stay() -> None:
    contacts = ["咨询电话：0578-2216035（工作日8:30—12:00）", "监督电话：0578-2216009"]
    text = "\n".join(
        [
            *_NOTICE_HEAD,
            "1．参加体检人员须携带本人有效居民身份证、准考证，体检当日须空腹。",
            "2．未按规定时间到达集合地点的，视为自动放弃。",
            *contacts,
            "某市人力资源和社会保障局",
            "2026年11月30日",
            *_FOOT,
        ]
    )
    kept = [same(p) for p in clean(text).paragraphs]
    assert [c for c in contacts if same(c) not in kept] == []


def test_price_rows_with_an_offer_among_kept_price_rows_stay() -> None:
    rows = [
        "【蔬果】",
        "高山高麗菜　每磅 $0.79",
        "青江菜　3磅 $1.99",
        "富士蘋果　每磅 $0.99",
        "【肉類】",
        "火鍋肥牛片（冷凍）1磅裝　$5.99",
        "帶皮五花肉　每磅 $2.99",
        "【乾貨】",
        "手打魚丸 14oz　$3.49　買二送一",
        "茉莉香米 25磅　$18.99　限購1包",
        "生抽 1.9L　$4.29",
        "【熟食】",
        "蜜汁叉燒　每磅 $9.99",
        "港式燒鴨　半隻 $13.99",
    ]
    text = "\n".join(
        [
            "首頁　本週特價　熟食部　海鮮部　聯絡我們",
            "本週特價：11月27日（週五）至12月3日（週四）",
            "發佈：2026年11月26日",
            "感恩節長週末，我們為大家準備了火鍋季特價，從肥牛、魚丸到青菜一次買齊。以下特價於三家門市同步供應，數量有限，售完即止。",
            *rows,
            "本週會員獨享：單筆消費滿$80，加$1換購火鍋湯底一包（每會員限換一次）。",
            "所有特價以店內標示為準，圖片僅供參考。本公司保留更正印刷錯誤之權利，並保留限制購買數量之權利。",
            *_FOOT,
        ]
    )
    kept = [same(p) for p in clean(text).paragraphs]
    assert [r for r in rows if same(r) not in kept] == []


def test_a_columns_label_then_a_qualified_writer_names_the_writer() -> None:
    from reader.core.metadata import parse_meta_line

    line = "理财专栏　陈思远（注册会计师）　2026年11月29日 08:00"
    meta = parse_meta_line(line, line)
    assert meta is not None and meta.author == "陈思远" and meta.source is None


def test_a_publication_date_leading_a_row_of_long_fields_is_the_pages_date() -> None:
    from reader.core.folding import fold
    from reader.core.metadata import parse_meta_line

    line = "發佈：2026年11月26日　適用門市：Monterey Park、San Gabriel、Chino Hills"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.date is not None and meta.date.startswith("2026")


def test_the_h1_with_a_session_name_before_the_short_og_title_is_the_title(tmp_path: Path) -> None:
    from reader.core.readers import reader_for

    full = "第9屆第2次定期大會總質詢　王大同議員質詢紀錄摘要（垃圾清運）"
    short = "王大同議員質詢紀錄摘要（垃圾清運）"
    paragraphs = "".join(
        f"<p>王大同議員就本縣垃圾清運路線與時段提出第{n}項質詢，環保局長答覆將於下月檢討並公布改善方案。</p>"
        for n in range(1, 6)
    )
    html = (
        f'<html><head><title>{full}-某縣議會</title><meta property="og:title" content="{short}">'
        f"</head><body><nav>首頁 議會簡介 議事資訊</nav><article><h1>{full}</h1>{paragraphs}</article>"
        "<footer>某縣議會 版權所有</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    reader = reader_for(path)
    assert reader is not None
    title = reader(path.read_bytes(), path).hints.title
    assert title is not None and " ".join(title.split()) == " ".join(full.split())


def test_a_bureaus_long_section_name_in_the_source_field_gives_way_to_the_site() -> None:
    from reader.core.publisher_names import department

    assert department("事业单位人事管理科", "某市人力资源和社会保障局")
    assert not department("某市人力资源和社会保障局", "某市人力资源和社会保障局")


def test_the_source_field_naming_the_sites_company_in_full_is_the_source() -> None:
    from reader.core.publisher_names import company_of_site

    assert company_of_site("某禾人寿保险股份有限公司", "某禾人寿")
    assert not company_of_site("某禾人寿", "某禾人寿")
    assert not company_of_site("某禾人寿理赔服务中心", "某禾人寿")


def test_a_long_copyright_line_ending_in_all_rights_reserved_is_the_footer() -> None:
    from reader.core.line_features import long_line_rule

    line = "© 2026 Golden Harvest Supermarket, Inc. 金豐超級市場　All rights reserved."
    assert len(line) > 60
    assert long_line_rule(line) is not None
    assert long_line_rule("© 2026 年的第一場雪落在山頂，我們一早就出發，走了三個小時才到達，沿途風景很美。") is None


def test_an_icon_callout_ending_in_a_button_link_is_the_sites_promotion() -> None:
    promo = (
        "> 💡 **冬季优惠**：12月31日前签约“暖冬两年固定价”，首三个月电费享额外8%折扣，还可获得$30购物礼券，"
        "名额有限，送完即止。[马上比较配套 →](https://www.example.sg/plans)"
    )
    own = "> 💡 计费期中途搬家的话，系统会分开两段计算，所以会出现两张金额较小的电费单。"
    body = [
        "## 电费单怎么看",
        "每个月的电费单分成三个部分：用电量、单价和其他费用，下面逐一说明每一部分的意思和计算方法。",
        "用电量以千瓦时计算，等于本期电表读数减去上期电表读数，如果是估算读数会特别标明出来。",
        own,
        promo,
        "单价按照你签约的配套计算，固定价配套的单价在合约期内不变，折扣配套则随基本电价浮动。",
        "其他费用包括消费税和碳税，这两项由政府规定，所有零售商的收费都一样，不会因配套而不同。",
    ]
    kept = [same(p) for p in clean("\n\n".join(body)).paragraphs]
    assert same(promo) not in kept and same(own) in kept


def test_a_play_mark_callout_asking_to_download_the_app_is_the_sites() -> None:
    promo = (
        "▶ 下載本店App即可領取電子優惠券，結帳時出示會員條碼，每消費$1累積1分，滿500分可折抵$5。"
        "新會員首次登入App，再送$3購物金，有效期30天。"
    )
    body = [
        "本週特價：12月4日至12月10日",
        "冬至將到，本店為大家準備了湯圓和火鍋料特價，以下特價於所有門市同步供應，數量有限，售完即止。",
        "冷凍湯圓、火鍋丸子和各式青菜都有折扣，歡迎大家早點來選購，晚來可能就買不到了。",
        promo,
        "所有特價商品均以店內標示為準，如有疑問請向門市職員查詢，我們會盡快為您解答。",
        "祝大家冬至快樂，闔家團圓，我們下週再見，記得留意下一期的特價消息。",
    ]
    kept = [same(p) for p in clean("\n".join(body)).paragraphs]
    assert same(promo) not in kept and same(body[2]) in kept
