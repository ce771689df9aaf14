"""Reader mode on the shapes the thirty-seventh held-out set showed: a price
list's rows under short section heads, a notice's own phone row (above its
sign-off, or as the last row of a numbered section)."""

from __future__ import annotations

from cleaning_support import kept_lines, same
from reader.core.cleaning import clean

_INTRO = "年底將至，不少客人帶著舊衣服來問能否趕及過年前改好，我們把常用的修改價目整理如下，方便大家預先參考。"
_NOTE = "如修改幅度較大，請先帶衣服到店內試身報價，本店不接受電話報價，敬請見諒，多謝各位多年來的支持。"


def test_price_rows_under_one_word_heads_are_the_list() -> None:
    # (each row an item and its price, gone for its menu-like shape; the
    # one-word heads between them are the list's sections, not junk)
    rows = ["衫", "衫袖 改短　HKD 80", "衫身 收窄　HKD 120 起", "褸", "褸腳 改短　HKD 150", "換拉鏈　HKD 90"]
    text = "\n".join(["年尾改衣價目", _INTRO, *rows, "換鈕（全套）　HKD 50", _NOTE])
    kept = kept_lines(text)
    for row in rows:
        assert same(row) in kept


_PARAGRAPH = "为保障设备正常运行，本中心将于下月进行年度检修，检修期间暂停对外开放，会员卡有效期自动顺延。"


def test_a_phone_row_over_the_notice_sign_off_is_the_notice_s() -> None:
    # (a labelled number reads as a counter; between the notice's short
    # closing sentence and its signed unit and date, it is whom to call)
    text = "\n".join(
        [
            "关于场馆年度检修的公告",
            _PARAGRAPH,
            _PARAGRAPH,
            "由此带来的不便，敬请谅解。",
            "咨询电话：0571-86661234",
            "澜州市体育中心",
            "2026年12月21日",
        ]
    )
    assert same("咨询电话：0571-86661234") in kept_lines(text)


def test_a_phone_row_closing_a_numbered_section_is_its_content() -> None:
    # (under the section's one row, its address, the phone is the section's
    # own, though the page's junk follows)
    text = "\n".join(
        [
            "婚姻登记办理指南",
            _PARAGRAPH,
            "一、办理条件",
            _PARAGRAPH,
            "二、登记地点",
            "市婚姻登记中心（民政局登记处）：江滨路188号市民服务中心二楼",
            "咨询电话：0571-8888xxxx（工作日）",
            "附件：预约操作说明.pdf",
            "网站声明：本网站所载办事指南仅供参考，具体办理要求以各登记处现场公示为准。",
        ]
    )
    assert same("咨询电话：0571-8888xxxx（工作日）") in kept_lines(text)


def test_under_a_sign_off_the_page_runs_to_the_end_past_a_row_set_in_its_junk() -> None:
    # (the comments under a shop's signed post go with the page's footer,
    # though a row of its address sits between the footer's junk lines)
    comment = "阿明：師傅手工好好，上年改嘅西裝到而家都好啱身，多謝晒。"
    text = "\n".join(
        [
            "年尾改衣價目",
            _INTRO,
            _NOTE,
            "永成洋服　謹啟",
            comment,
            "© 2026 永成洋服",
            "地址：澳門某街某號地下　營業時間：10:30—19:30",
            "© 2026 永成洋服 版權所有",
        ]
    )
    assert same(comment) not in kept_lines(text)


_BODY = "我们把收费方式改得更透明，报价主要看车型、人手和楼层条件，以下逐项说明，方便大家预先计划搬家的预算。"


def test_quotes_each_from_a_named_client_under_a_bold_heading_are_the_showcase() -> None:
    # (a quote in quotation marks, then a dash and whom it is from, as a
    # Markdown quote, under a heading in bold)
    from reader.core.line_records import judged_lines
    from reader.core.review_rows import is_quote, mark_testimonials

    quote = "> “师傅很小心，电视连一点刮痕都没有。”——陈太太"
    assert is_quote(quote)
    lines = judged_lines(
        "\n".join(["# 搬家报价怎么算", _BODY, "**客户评价**", quote, "> “报价清楚，没有临时加钱。”——Jason"])
    )
    mark_testimonials(lines)
    assert [line.kept for line in lines[-3:]] == [False, False, False]


def test_reviews_under_a_heading_with_a_note_go_with_the_banner_under_them() -> None:
    review = "小黄：我的刚好在召回批次，已经拿去门市换了，店员很快就处理好。"
    banner = "★ 年终优惠：65W 充电器限时 RM79 ★"
    text = "\n".join(
        [
            "召回通告",
            _BODY,
            _BODY,
            "用户评价（来自网上商店）",
            review,
            "Kelvin：之前充电确实有点烫，幸好看到这个通告。",
            banner,
            "© 2026 灵充电子",
        ]
    )
    kept = kept_lines(text)
    assert same(review) not in kept
    assert same(banner) not in kept


def test_the_brand_after_a_registered_latin_name_is_the_site_and_no_author() -> None:
    # (© names the company's registered Latin name, then the brand the page
    # goes by: the brand is the source, and the markup's author naming it is
    # the site, not the byline's person)
    from reader.core.meta_records import Hints

    text = "\n".join(
        [
            "搬家报价怎么算",
            "作者：营运经理 林振华 · 2026年12月15日",
            _BODY,
            _BODY.replace("预算", "时间"),
            "© 2026 Swift Movers Pte. Ltd. 快捷搬运　版权所有",
        ]
    )
    meta = clean(text, hints=Hints(author="快捷搬运")).metadata
    assert (meta.source, meta.author) == ("快捷搬运", "林振华")


def test_a_reviewer_set_apart_after_a_labelled_date_is_credited_and_no_author() -> None:
    from reader.core.folding import fold
    from reader.core.metadata import parse_meta_line

    row = "公告日期：115-12-17　審閱：院長 林育德 醫師"
    meta = parse_meta_line(row, fold(row))
    assert meta is not None
    assert (meta.author, meta.date, meta.credits) == (None, "115-12-17", (("審閱", "林育德"),))


def test_a_site_name_s_entity_is_its_character() -> None:
    # (og:site_name writes & as &amp;: the Chinese name before the English
    # one is then found as ever)
    from pathlib import Path

    from reader.core.html_reader import read_html

    html = (
        "<html><head><title>調音收費｜琴韻調律 Tone &amp; Key Piano Service</title>"
        '<meta property="og:site_name" content="琴韻調律 Tone &amp; Key Piano Service">'
        '<meta property="og:type" content="article"></head>'
        f"<body><article><h1>調音收費</h1><p>{_BODY}</p><p>{_NOTE}</p></article></body></html>"
    )
    assert read_html(html.encode(), Path("tuning.html")).hints.source == "琴韻調律"


def test_a_statement_over_the_clients_quotes_is_the_site_s() -> None:
    # (the quotes under the notice are no paragraphs of it: the statement
    # over them sits at the page's tail)
    from reader.core.line_records import judged_lines
    from reader.core.site_statements import mark_site_statements

    statement = (
        "免责声明：本通告仅为预防性安全措施，不构成本公司对任何责任或产品缺陷的承认。"
        "本公司保留随时修改本通告内容的权利，最终解释以本公司官方网站公布为准。"
    )
    lines = judged_lines(
        "\n".join(
            [
                "召回通告",
                _BODY,
                _NOTE,
                statement,
                "用户评价",
                "小黄：我的刚好在召回批次，已经拿去门市换了，店员很快就处理好。",
                "Kelvin：之前充电确实有点烫，还以为是正常的，幸好看到这个通告。",
                "© 2026 灵充电子",
            ]
        )
    )
    mark_site_statements(lines)
    assert not next(line for line in lines if line.text == statement).kept
