"""Reader mode on the shapes the thirteenth held-out set showed: a
timetable copied as lines under a header row, a spec box under the body's
own heading, one-word heads over points (优点 / 不足), a head that names its
item like its kept sibling (N8路線 / 78路線), a list item shaped like a
counter among kept siblings."""

from __future__ import annotations

from reader.core.cleaning import clean

NAV = "首页　新闻中心　办事服务　政务公开　互动交流　联系我们"
TITLE = "关于调整城西片区公交线路运行时间的通知"
DATE = "发布时间：2025年11月20日"
INTRO = "为方便市民出行，经研究决定，自12月1日起调整城西片区部分公交线路的运行时间，现将有关事项通知如下。"
END = "调整期间如给您带来不便，敬请谅解。市民如有疑问，可拨打服务热线咨询，我们将及时答复。"
TAIL = ["返回顶部", "相关文章", "关于春节期间公交线路调整的通知", "版权所有：城西公交集团　备案号12345678号"]


def _page(body: list[str]) -> str:
    return "\n".join([NAV, TITLE, DATE, INTRO, *body, END, *TAIL])


TIMETABLE = [
    "线路　起点站　终点站　首班时间　末班时间　备注",
    "K12　城西站　火车站　06:10　21:40　每日运行",
    "K15　城西站　体育馆　06:30　22:00　每日运行",
    "K18　体育馆　火车站　07:00　20:30　工作日运行",
]


def test_timetable_rows_under_a_header_row_stay() -> None:
    body = ["一、调整线路", *TIMETABLE, "二、其他事项", "其余线路运行时间不变，请市民留意站牌信息，合理安排出行时间。"]
    kept = clean(_page(body)).paragraphs
    assert [line for line in body if line not in kept] == []
    assert NAV not in kept and not any(line in kept for line in TAIL)


def test_menu_rows_without_a_header_of_labels_still_go() -> None:
    menus = [
        "首页　新闻中心　办事服务　政务公开　互动交流　联系我们",
        "网站地图　无障碍　English　手机版　微信　微博",
        "市政府　市人大　市政协　市纪委　市法院　市检察院",
    ]
    page = "\n".join([TITLE, DATE, INTRO, END, *menus, *TAIL])
    kept = clean(page).paragraphs
    assert not any(line in kept for line in menus)


SPEC = [
    "车型：远山X5 2026款 四驱版",
    "长×宽×高：4900×1950×1700mm",
    "电池容量：90kWh",
    "CLTC续航：600km",
    "售价：26.98万元",
]
REVIEW_INTRO = "远山X5是今年推出的中型SUV，定位家庭用车，这次试驾的是四驱长续航版本，整备质量两吨出头。"
REVIEW_MID = "我们在气温五度的条件下跑了三百公里，城市与高速各半，折算续航约四百二十公里，冬季需要有心理预期。"
REVIEW_END = "远山X5没有明显短板，如果你需要一台能装全家的电动车，它值得去店里试一试。"
POINTS = ["优点", "转向轻快，后轮转向实用", "第二排空间宽裕", "不足", "冬季续航达成率偏低", "悬架连续颠簸时略显松软"]
REVIEW_TAIL = [
    "摄影：晏鸣",
    "点赞 1382 收藏 分享",
    "相关文章",
    "远山X3试驾：小车也有大空间",
    "关于我们 | 联系我们 | 隐私政策",
]


def test_a_spec_box_under_the_bodys_heading_and_one_word_heads_stay() -> None:
    page = "\n".join(
        [
            "汽车频道 | 新车 | 试驾 | 导购",
            "试驾远山X5：两吨的车开起来很轻",
            "作者 · 2025-11-25 10:00",
            REVIEW_INTRO,
            REVIEW_MID,
            "试驾车型参数",
            *SPEC,
            "总结",
            REVIEW_END,
            *POINTS,
            *REVIEW_TAIL,
        ]
    )
    kept = clean(page).paragraphs
    assert [line for line in [*SPEC, *POINTS] if line not in kept] == []
    assert not any(line in kept for line in REVIEW_TAIL)


def test_a_lone_one_word_line_among_junk_still_goes() -> None:
    page = "\n".join([TITLE, DATE, INTRO, END, "分享", "点赞 12 收藏 3", "相关文章", "版权所有 © 2025"])
    kept = clean(page).paragraphs
    assert "分享" not in kept and "相关文章" not in kept


def test_a_head_that_names_its_item_like_a_kept_one_stays() -> None:
    body = [
        "N8路線",
        "走線：新住宅區總站—蓮花大橋—關閘",
        "服務時間：每日00:00至06:00",
        "78路線",
        "走線：公屋區—大學—舊城區—新馬路",
        "服務時間：每日06:30至23:30",
    ]
    kept = clean(_page(body)).paragraphs
    assert [line for line in body if line not in kept] == []


def test_a_list_item_shaped_like_a_counter_stays_among_kept_siblings() -> None:
    items = [
        "- 06:30–07:20 英语单词 + 长难句",
        "- 通勤地铁 40 分钟：听政治课、刷选择题",
        "- 19:30–22:30 数学",
        "- 22:30–23:00 复盘错题",
    ]
    body = ["工作日：", *items, "周末两天各保证八小时，一天数学一天专业课，周日晚上做一次周总结。"]
    kept = clean(_page(body)).paragraphs
    assert [line for line in items if line not in kept] == []
