"""Reader mode on the shapes the sixty-third held-out set showed: a notice's
signers over its signature date above a list of links, a table's head row
over a row of merged cells, a contact row among the notice's kept fields, a
call under the signature date, an advertisement's sentence between its
label and the related links, a column's banner over the headline, a unit's
cut name in the 来源 field, a © line's Latin name, and a poster beside 楼主."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean

_PROSE = [
    "为改善北街菜市场的经营环境，区政府决定对市场实施整体改造，改造期间经营户分区临时安置。",
    "改造期间给广大经营户和市民带来的不便，敬请谅解。",
]
_NAV = ["首页　政务公开　政务服务　互动交流", "当前位置：首页 > 政务公开 > 通知公告"]
_FOOT = ["主办：河口市白沙区人民政府办公室　承办：白沙区数据中心", "网站标识码：1234567890　ICP备12345678号"]
_MORE = [
    "一、改造时间",
    "市场将于十一月二十日晚上八时起闭市，施工工期约一百八十天，具体恢复营业时间另行公告。",
    "二、安置办法",
    "经营户须携带身份证和营业执照原件，到街道办事处一楼大厅办理登记，逾期未登记的视为放弃。",
]


def _notice(*lines: str) -> str:
    """A notice page: menus, headline, its date line, paragraphs, then ``lines``."""
    head = ["北街菜市场改造期间临时安置的公告", "发布时间：2027-11-03 09:30　浏览次数：862"]
    return "\n".join([*_NAV, *head, _PROSE[0], *_MORE, *lines])


def test_signers_over_a_signature_date_above_related_links_stay() -> None:
    signers = ["河口市白沙区商务局", "河口市白沙区人民政府北街街道办事处", "2027年11月3日"]
    related = ["相关文件", "关于北街菜市场改造项目的公示", "白沙区菜市场标准化改造名单公布"]
    related.append("关于南街菜市场临时闭市的通知")
    kept = kept_set(_notice(_PROSE[1], *signers, *related, *_FOOT))
    for line in signers:
        assert same(line) in kept, line
    assert same("白沙区菜市场标准化改造名单公布") not in kept


def test_a_table_head_over_a_row_of_merged_cells_stays() -> None:
    rows = [
        "编号\t课程\t教师\t课时\t学费",
        "（一）技能类",
        "A01\t家电维修入门\t冯建国\t12\t¥200",
        "A02\t办公软件技巧\t邓雯\t12\t¥200",
        "（二）艺术类",
        "B01\t书法入门\t钟启明\t12\t¥180",
    ]
    intro = "文化宫春季夜校开设家电维修、办公软件和书法等课程，面向全市职工招生。"
    text = "\n".join(["文化宫春季夜校课程目录", intro, *rows, _PROSE[1]])
    kept = kept_set(text)
    assert same("编号 课程 教师 课时 学费") in kept
    assert same("A01 家电维修入门 冯建国 12 ¥200") in kept


def test_a_phone_row_among_the_notices_kept_fields_over_its_signer_stays() -> None:
    text = "\n".join(
        [
            "学校团体参观预约须知",
            "本馆欢迎本市中小学预约团体参观，每节参观连导赏约七十五分钟，内容包括旧城民居和传统杂货铺。",
            "联络我们",
            "电话：(853) 2888 1234",
            "电邮：edu@oldtown.org.mo",
            "办公时间：星期二至六 09:30–17:30",
            "旧城生活馆 教育推广组",
            "二〇二七年十二月",
        ]
    )
    assert same("电话：(853) 2888 1234") in kept_set(text)


def test_a_call_under_the_signature_date_is_a_button() -> None:
    kept = kept_set(_notice("咨询电话：0772-3156688", "文化宫培训部", "2027年11月3日", "立即报名"))
    assert same("立即报名") not in kept
    assert same("2027年11月3日") in kept


def test_an_ads_sentence_between_its_label_and_the_related_links_goes() -> None:
    ad = "【老字号】新春腊味礼盒现已接受预订，即日起至一月十五日订购满100元免费送货到府，本市各区适用。"
    related = ["延伸阅读", "长者公寓项目获省府追加拨款", "中华门维修工程下月展开"]
    notices = [
        "版权所有，未经本报书面同意，不得转载、改写或以任何形式发布本网站内容，违者必究。",
        "读者支持：本报坚持报道社区新闻四十年，如您认同我们的工作，欢迎每月以五元支持我们。",
    ]
    kept = kept_set("\n".join(["长者公寓动土", _PROSE[0], _PROSE[1], "（完）", "广告", ad, *related, *notices]))
    assert same(ad) not in kept
    assert same(_PROSE[1]) in kept
    # (an empty slot amid the body: one junk line under the paragraph, then the body goes on)
    amid = "其实算到最后，涨五块也只是打平而已，老婆说干脆涨十块，我想了想还是不敢，很多客人是学生。"
    link = "相关文章推荐：逢甲夜市必吃 10 摊"
    text = "\n".join(["夜市涨价记", _PROSE[0], "（广告）", amid, link, _PROSE[1], *notices])
    assert same(amid) in kept_set(text)


def test_a_columns_banner_led_by_the_breadcrumbs_step_is_no_headline() -> None:
    text = "\n".join(
        [
            "首页 > 专栏 > 街坊法律信箱",
            "【街坊法律信箱】逢星期四刊出",
            "租约未满业主要收楼　租客可否拒绝？",
            "文：关卓贤律师　2027年12月9日 07:00",
            "问：我和丈夫租住一个约四百尺的单位，两年死约，今年三月起租，业主突然要我们搬走。",
            "答：首先要看清楚租约的内容，死约期内双方都不可以单方面提早终止。",
        ]
    )
    assert clean(text).metadata.title == "租约未满业主要收楼　租客可否拒绝？"


def test_a_source_field_cut_from_a_body_of_the_sites_place_gives_the_site() -> None:
    text = "\n".join(
        [
            "无障碍浏览　长者模式　登录",
            "河口市白沙区人民政府",
            "Baisha District People's Government",
            *_NAV,
            "北街菜市场改造期间临时安置的公告",
            "发布时间：2027-11-03 09:30　来源：区商务局　浏览次数：862",
            _PROSE[0],
            _PROSE[1],
            "河口市白沙区商务局",
            "2027年11月3日",
            *_FOOT,
        ]
    )
    assert clean(text).metadata.source == "河口市白沙区人民政府"


def test_a_latin_name_on_the_copyright_line_gives_the_han_name_written_before_it() -> None:
    text = "\n".join(
        [
            "# 台南巡演日记",
            "[海峡青年华乐团 Strait Youth Chinese Orchestra](https://example.org/) › [乐团动态](https://example.org/blog)",
            "文：陈可欣｜2027年12月20日",
            "这是我第一次跟乐团出国演出，出发前一晚在房间里把谱子再翻了一遍，妈妈说我紧张得像要去考试。",
            "到了台南第一件事是吃牛肉汤，学弟学妹一人喝了两碗，老师在旁边笑着提醒明天排练不要打瞌睡。",
            "© 2027 Strait Youth Chinese Orchestra Ltd. · 隐私声明",
        ]
    )
    assert clean(text).metadata.source == "海峡青年华乐团"


def test_a_handle_beside_the_first_posts_label_is_its_author() -> None:
    text = "\n".join(
        [
            "大马食客论坛 › 吉隆坡美食 › 点心",
            "【食评】甲洞早茶：虾饺很好，叉烧包普通",
            "查看: 3406　回复: 2",
            "沙登老饕　楼主",
            "发表于 2027-12-12 15:47",
            "上个星期天和老爸老妈去甲洞吃早茶，朋友推荐了这间茶楼，说是老师傅做的手工点心。",
            "虾饺和肠粉值得专程去吃，周末一定要八点前到，不然要等位，停车也不容易。",
        ]
    )
    meta = clean(text).metadata
    assert meta.author == "沙登老饕"
    assert ("作者", "沙登老饕") in meta.credits
