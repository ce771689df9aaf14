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


FORUM_HEAD = ["[登录](https://bbs.example/login) | [注册](https://bbs.example/reg)", "# 在职备考一年：我的时间表"]
FORUM_BYLINE = "[小猫](https://bbs.example/u/1) · 2025-11-18 22:47 · 浏览 2.3万"
FORUM_BODY = [
    "先报成绩：总分389，政治71，英语78，数学121，专业课119。去年差了11分没过线，今年终于上岸了。",
    "二战是在职考的，白天上班，所以这篇主要讲怎么挤时间，希望对同样在职的同学有用。",
    "> 宁可少做一套题，也要把错题弄明白。",
    "最后，祝大家都能上岸。",
]


def test_a_forums_badge_note_ad_and_replies_go_its_quotes_stay() -> None:
    junk = [
        "`楼主`",
        "> 本帖被管理员设为精华",
        "[【广告】全程班限时 7 折，名师带你冲刺 130+](https://bbs.example/ad/408)",
        "**小鹿乱撞**：在职党收藏了，请问楼主用的什么书？",
        "**冲鸭**：同样二战，看完哭了",
    ]
    page = "\n".join(
        [
            *FORUM_HEAD,
            FORUM_BYLINE,
            junk[0],
            junk[1],
            *FORUM_BODY[:2],
            junk[2],
            *FORUM_BODY[2:],
            "👍 赞 1,204 · ⭐ 收藏 3,871",
            junk[3],
            junk[4],
            "© 2025 某某论坛 · 关于我们",
        ]
    )
    kept = clean(page).paragraphs
    assert [line for line in FORUM_BODY if line not in kept] == []
    assert [line for line in junk if line in kept] == []


def test_bold_labels_of_a_box_in_the_body_are_no_replies() -> None:
    box = ["**导演**：梁卓谦", "**片长**：97 分钟", "**语言**：粤语（中英文字幕）"]
    page = "\n".join([*FORUM_HEAD, FORUM_BYLINE, FORUM_BODY[0], *box, FORUM_BODY[1], "© 2025 某某论坛 · 关于我们"])
    kept = clean(page).paragraphs
    assert [line for line in box if line not in kept] == []


def test_an_arrow_call_to_action_a_bare_ad_and_a_placed_caption_go() -> None:
    junk = [
        "想买好咖啡？欢迎到「农会线上商城」选购在地好豆 ▶",
        "广告年底购车季 至高享5000元补贴",
        "常德林（右二）带着口琴队成员排练。",
    ]
    body = [
        INTRO,
        junk[2],
        "他从家里翻出一把用了六十多年的口琴，先在房间里自己吹，慢慢地又教会了隔壁的几位老人。",
        junk[1],
    ]
    body += ["口琴队成立两年，已经在社区演出了十几场，每次演出前大家都要排练好几个星期。", junk[0]]
    page = "\n".join([NAV, TITLE, DATE, *body, END, *TAIL])
    kept = clean(page).paragraphs
    assert [line for line in junk if line in kept] == []
    assert [line for line in body if line not in junk and line not in kept] == []


def test_a_clippers_note_goes() -> None:
    note = "> Saved from https://www.example.org/2025/programme/sea-wind · Exported 2025-11-29 21:14"
    page = "\n".join([TITLE, note, INTRO, "> 「我想拍一套讲留下的人的戏。」", END])
    kept = clean(page).paragraphs
    assert note not in kept and "> 「我想拍一套讲留下的人的戏。」" in kept


def test_a_font_size_row_a_head_contact_row_and_an_icon_under_a_button_go() -> None:
    junk = ["【字体：大 中 小】　打印本页　关闭窗口", "入住咨询：0871-6602 3388　探视预约　志愿服务　English"]
    page = "\n".join([junk[1], NAV, TITLE, DATE, junk[0], INTRO, END, *TAIL])
    kept = clean(page).paragraphs
    assert [line for line in junk if line in kept] == []
    assert INTRO in kept and END in kept
    tickets = [
        "- 12 月 6 日（六）19:30　油麻地某戏院 2 号院",
        "[立即购票 →](https://example.org/tickets)",
        "🎟 尚余少量门票",
    ]
    page = "\n".join(["# 《海风停留的地方》", "2025-11-19", "## 放映场次", *tickets, "## 节目介绍", INTRO, END])
    kept = clean(page).paragraphs
    assert "🎟 尚余少量门票" not in kept and tickets[0] in kept


def test_a_phone_in_the_bodys_rows_and_an_icon_under_a_paragraph_stay() -> None:
    rows = ["地址：城西路18号　电话：0551-1234 5678　开放时间：9:00—17:00", "🎟 门票免费"]
    page = "\n".join(
        [
            TITLE,
            DATE,
            INTRO,
            rows[0],
            "展览为期一个月，期间每周六下午还有导览讲解，欢迎市民带孩子前来参观。",
            rows[1],
            END,
        ]
    )
    kept = clean(page).paragraphs
    assert [line for line in rows if line not in kept] == []


def test_a_heading_over_the_pages_list_at_the_end_goes() -> None:
    animals = ["花卷 · 母 · 2岁 · 已绝育", "大橘 · 公 · 3岁 · 已绝育"]
    rules = ["1. 领养人须年满22周岁", "2. 同意定期回访", "3. 不以任何理由遗弃"]
    tail = [
        "月捐30元，就能为一只狗狗提供一个月的口粮。点击加入",
        "扫码关注公众号，了解更多待领养信息",
        "© 2025 毛孩子之家",
    ]
    page = "\n".join(
        [TITLE, DATE, INTRO, END, "（文中领养人为化名）", "领养须知", *rules, "待领养的毛孩子", *animals, *tail]
    )
    kept = clean(page).paragraphs
    assert "待领养的毛孩子" not in kept and INTRO in kept and END in kept


def test_a_shops_priced_items_under_the_body_go_a_priced_bullet_of_the_body_stays() -> None:
    items = [
        "看了又看",
        "对乙酰氨基酚片 0.5g*12片　¥5.50",
        "洛索洛芬钠片 60mg*20片　¥22.00",
        "双氯芬酸钠缓释片 75mg*10片　¥18.90",
    ]
    page = "\n".join([TITLE, DATE, INTRO, END, *items, "用药咨询：执业药师在线（9:00–22:00）　立即咨询"])
    kept = clean(page).paragraphs
    assert [line for line in items if line in kept] == []
    fees = ["费用不含", "· 单房差 ¥980", "· 个人消费及行程外自费项目"]
    page = "\n".join([TITLE, DATE, INTRO, *fees, END])
    kept = clean(page).paragraphs
    assert [line for line in fees if line not in kept] == []
