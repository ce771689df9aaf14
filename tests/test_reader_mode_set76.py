"""Reader mode on the shapes the seventy-sixth held-out set showed: a bare
price list under a one-word head, a notice's request to its readers that
carries a phone number, and an event's field row another page of the
folder happens to share."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.line_features import template_lines


def test_a_bare_price_list_under_a_one_word_head_stays() -> None:
    page = [
        "老街理发店重新开张　老师傅回来了",
        "停业半年之后，这家开了五十年的理发店昨天重新开门，门口一早就排起了队。",
        "“今天来得早，就为了头一个剪。”",
        "价目",
        "成人：20元",
        "儿童（1.2米以下）：10元",
        "刮脸：30元",
        "营业时间：8:00—18:00",
        "每周一上午休息，12:00开门",
        "店主介绍，六十五岁以上老人每周三可享半价，学生凭学生证八折。",
        "开门第一天，理发店一共接待了一百多位客人，老师傅一直忙到天黑。",
    ]
    kept = kept_set("\n".join(page))
    for row in page[3:7]:
        assert same(row) in kept


def test_a_notices_request_with_a_number_stays() -> None:
    page = [
        "第五届青少年书法比赛成绩公布",
        "本会主办的第五届青少年书法比赛已经评审完毕，共收到来自各地三十所学校的二百多件作品，成绩如下。",
        "冠军　张小明（东区中学）",
        "亚军　李美华（西区中学）",
        "颁奖典礼",
        "日期：2027年6月5日（星期六）",
        "地点：本会大礼堂",
        "得奖者请于5月25日前致电联络秘书处确认出席：016-7XX XXXX（陈先生）",
        "得奖作品将在本会会所展出一个月。",
        "某某书法学会秘书处 敬启",
    ]
    kept = kept_set("\n".join(page))
    assert same(page[7]) in kept
    assert same(page[6]) in kept


def test_a_site_contact_line_in_the_footer_still_goes() -> None:
    page = [
        "第五届青少年书法比赛成绩公布",
        "本会主办的第五届青少年书法比赛已经评审完毕，共收到来自各地三十所学校的二百多件作品，成绩如下。",
        "冠军　张小明（东区中学）",
        "感谢各位参赛者的支持。",
        "联系我们：016-7123 4567",
        "© 2027 某某书法学会",
    ]
    assert same(page[4]) not in kept_set("\n".join(page))


def test_a_field_row_another_page_shares_stays_among_the_pages_own_fields() -> None:
    body = "本会将举行年度颁奖典礼，欢迎各位会员及家长出席，典礼详情如下，请各位留意。"
    request = "得奖者请于2月20日前致电联络秘书处确认出席：016-7XX XXXX（陈先生）"
    one = ["年度颁奖典礼通知", body, "日期：2027年3月6日（星期六）", "时间：上午10时正", "地点：某某会馆礼堂", request]
    one.append("得奖作品将在本会会所展出一个月。")
    other = [
        "奖学金颁发仪式",
        body.replace("年度", "本届"),
        "日期：2026年12月13日",
        "时间：上午10时正",
        "地点：本会礼堂（东路）",
    ]
    # (the site's own block of fields recurs whole, and goes)
    footer = ["地址：某某路1号", "电话：03-1234 5678"]
    texts = ["\n".join(one + footer), "\n".join([*other, "请准时出席。", *footer])]
    template = template_lines(texts)
    assert "时间：上午10时正" in template
    kept = clean(texts[0], template).paragraphs
    assert "时间：上午10时正" in kept and "地点：某某会馆礼堂" in kept
    assert "地址：某某路1号" not in kept and "电话：03-1234 5678" not in kept
