"""Reader mode on the shapes the seventeenth held-out set showed: a results
table led by places, a fact box under its heading at the story's foot or
with a heading of the body's gone beside it, contact rows between a
notice's paragraphs, two credit rows in a box of fields, a whole pipe
table; and junk: a related title after its label, comments in Markdown."""

from __future__ import annotations

from reader.core.cleaning import clean

HEAD = [
    "会员登录 | 会员注册 | 场馆查询",
    "首页　协会概况　赛事动态　场馆推荐　会员风采　协会公告　联系我们",
    "当前位置：首页 > 赛事动态",
    "城西公园第二届象棋公开赛落幕，少年棋手夺冠",
    "发布时间：2026-10-12 16:40　来源：竞赛部",
]
STORY = [
    "10月11日，由市象棋协会主办的第二届象棋公开赛在城西公园文化馆举行，来自全市的64名棋手参加了七轮比赛。",
    "比赛采用积分编排制，每方用时三十分钟，每步加十秒，最终由十四岁的少年棋手夺得冠军。",
]
FOOT = ["分享到：微信　QQ空间　新浪微博", "相关赛事", "第一届象棋公开赛圆满结束", "© 2026 市象棋协会　版权所有"]


def test_rows_led_by_their_places_are_a_results_table() -> None:
    rows = [
        "第一名\u3000陈子航\u3000城西棋社\u300013分",
        "第二名\u3000刘国平\u3000江北棋社\u300012分",
        "第三名\u3000吴晓东\u3000南湖棋社\u300011分",
        "第四名\u3000周建华\u3000东门棋社\u300010分",
    ]
    page = "\n".join([*HEAD, STORY[0], "成绩公布", "个人总成绩（前四名）", *rows, STORY[1], *FOOT])
    kept = clean(page).paragraphs
    assert [row for row in rows if row not in kept] == []
    # (a site's menu rows are led by words, not by places)
    menu = [
        "首页\u3000新闻\u3000赛事\u3000会员",
        "关于\u3000章程\u3000机构\u3000联系",
        "下载\u3000表格\u3000规则\u3000公告",
    ]
    page = "\n".join([*HEAD, STORY[0], "成绩公布", "个人成绩", *menu, STORY[1], *FOOT])
    assert [row for row in menu if row in clean(page).paragraphs] == []


def test_a_box_of_the_storys_facts_under_its_heading_at_the_foot_stays() -> None:
    story = [
        "早上六点，城南菜市场熟食区的豆花档口已经排起了队，老板娘王秀兰从凌晨三点开始磨豆子、煮浆。",
        "她在这里卖豆花已经二十八年，一碗甜豆花从五毛钱卖到现在的四块钱，分量一直没减。",
    ]
    box = [
        "档口信息",
        "地址：城南菜市场熟食区 12号",
        "营业时间：早上6时至中午12时",
        "价格：甜豆花 4元，咸豆花 5元",
        "推荐：咸豆花加油条",
    ]
    page = "\n".join(["城南美食 | 吃在本地", "老菜市的最后一碗豆花", "文／李明", *story, *box, *FOOT])
    kept = clean(page).paragraphs
    assert [line for line in box if line not in kept] == []
    assert "第一届象棋公开赛圆满结束" not in kept


def test_a_heading_gone_between_the_box_and_the_story_stays_with_the_box() -> None:
    box = [
        "作品信息",
        "作品编号：2026-0031",
        "作者：王清源（浙江湖州）",
        "书体：隶书",
        "尺寸：138cm × 69cm",
        "材质：宣纸、墨",
    ]
    poem = "床前明月光，疑是地上霜。举头望明月，低头思故乡。王清源是浙江湖州人，此作以汉隶写唐诗，结体宽博。"
    page = "\n".join(
        ["优秀作品", "王清源 隶书 李白《静夜思》", "发布：展览部 2026-10-24", *box, "释文", poem, "作者简介"]
    )
    kept = clean(page).paragraphs
    assert [line for line in [*box, "释文"] if line not in kept] == []


def test_contact_rows_between_a_notices_paragraphs_stay() -> None:
    rows = ["联系电话：0571-8765 4321", "电子邮箱：office@example.org.cn"]
    notice = [
        "公示期为2026年10月20日至10月26日。公示期间如有异议，请以书面形式向我院办公室反映。",
        "公示期满无异议，我院将按程序办理相关手续，并向社会公布结果。",
    ]
    page = "\n".join(
        ["关于拟接受社会捐赠文物入藏的公示", "发布时间：2026-10-20　来源：办公室", notice[0], *rows, notice[1]]
    )
    kept = clean(page).paragraphs
    assert [row for row in rows if row not in kept] == []


def test_two_credit_rows_in_a_box_of_fields_are_fields() -> None:
    box = ["歌手：陳美玲", "發行：海風唱片", "年份：1981", "編號：BD-1201", "盤況：VG+"]
    page = "\n".join(
        [
            "陳美玲《雨港之戀》1981 原版黑膠",
            "售價 NT$1,280",
            *box,
            "這張是陳美玲在海風唱片時期的第一張專輯，同名主打當年在港口一帶的西餐廳常常聽到。",
        ]
    )
    kept = clean(page).paragraphs
    assert [row for row in box if row not in kept] == []


def test_a_pipe_table_stays_whole() -> None:
    table = [
        "| 项目 | 受赠方 | 金额 |",
        "| --- | --- | --- |",
        "| 音乐教室 | 某小学 | 20,000元 |",
        "| 动物救助 | 救助站 | 5,000元 |",
    ]
    page = "\n".join(["# 一篇文章的标题在这里", STORY[0], *table, STORY[1]])
    kept = clean(page).paragraphs
    assert [row for row in table if row not in kept] == []


def test_a_related_title_after_its_label_goes() -> None:
    for link in ("延伸阅读：夜市文化申遗五年后，年轻人愿意接班吗？", "相關文章推薦：老街必吃十攤，在地人帶路不踩雷"):
        page = "\n".join([*HEAD, STORY[0], link, STORY[1], *FOOT])
        kept = clean(page).paragraphs
        assert link not in kept and STORY[1] in kept


def test_comments_under_a_markdown_comments_heading_go() -> None:
    comments = ["## 留言", "**Amy Lee**：陈老师教过我爸爸，现在教我儿子！", "**老周**：明年一定去看比赛。"]
    page = "\n".join(
        ["# 一篇文章的标题在这里", STORY[0], STORY[1], "[← 上一篇：秋季班结业](https://example.org/a)", *comments]
    )
    kept = clean(page).paragraphs
    assert [line for line in comments if line in kept] == []
    assert STORY[1] in kept


def test_a_spec_list_between_a_saved_pages_headline_and_its_story_is_read() -> None:
    from pathlib import Path

    from reader.core.html_reader import read_html

    story = "".join(
        f"<p>{line}</p>"
        for line in (
            "每年秋天，我们都会去山里收一批新茶，今年的雨水少，茶的香气比往年更浓一些，焙火也更轻。",
            "这款茶在焙火之后静置了三十天，入口先是花香，接着是焙火的甜，收尾干净，适合慢慢喝。",
            "本款为季节限定，共制作一批约四百斤，售完即止，门店将于周六下午开始试饮。",
        )
    )
    specs = ["产地：武夷山 桐木关", "焙火：中焙", "规格：100g 罐装", "建议水温：90—95℃"]
    html = (
        "<html><head><title>秋焙乌龙</title></head><body><main><div class='summary'>"
        "<h1>秋焙乌龙 Autumn Oolong</h1><p class='meta'>新茶上架 · 2026年10月20日</p>"
        f"<ul>{''.join(f'<li>{s}</li>' for s in specs)}</ul></div>"
        f"<article><h2>制茶师的话</h2>{story}</article></main></body></html>"
    )
    text = read_html(html.encode(), Path("tea.html")).text
    assert [s for s in specs if s not in text] == []


def test_a_shops_terms_and_its_also_viewed_list_go_at_a_listings_tail() -> None:
    listing = [
        "陳美玲《雨港之戀》1981 原版黑膠",
        "售價 NT$1,280",
        "這張是陳美玲在海風唱片時期的第一張專輯，同名主打當年在港口一帶的西餐廳常常聽到，黑膠原版已經不多見。",
        "店內已用唱盤完整試聽兩面，B2 開頭有輕微炒豆聲，不影響聆聽，其餘曲目狀況良好。",
    ]
    terms = ["付款方式：信用卡、ATM 轉帳、超商取貨付款", "運送方式：店到店、宅配（以硬紙板雙層包裝）", "庫存：僅此一張"]
    also = ["看過此商品的人也看了", "江玉霞《港都夜雨》1979 原版黑膠 LP", "群星《十週年紀念精選》1984 雙 LP"]
    kept = clean("\n".join([*listing, *terms, *also, "© 2026 某某唱片行"])).paragraphs
    assert [line for line in [*terms, *also] if line in kept] == []
    assert listing[-1] in kept


def test_a_clippers_source_link_goes() -> None:
    note = "> 原文链接：https://www.example.org/event/2026/1018"
    page = "\n".join([note, "# 一篇文章的标题在这里", STORY[0], STORY[1]])
    kept = clean(page).paragraphs
    assert note not in kept and STORY[0] in kept


def test_a_button_link_opening_a_short_call_goes_when_the_junk_links_into_its_site() -> None:
    nav = "[某某棋友会](https://www.qiyou.example.cn/) ｜ [公告](https://www.qiyou.example.cn/notice) ｜"
    call = "[加入棋友会](https://www.qiyou.example.cn/join)，和我们一起下好每一盘棋。"
    page = "\n".join([nav, "# 一篇文章的标题在这里", STORY[0], STORY[1], call])
    kept = clean(page).paragraphs
    assert call not in kept and STORY[1] in kept
    # (a link into another site, opening the article's own sentence, stays)
    cite = "[市体育局](https://tyj.example.gov.cn/a)，发布了今年的赛事日程。"
    assert cite in clean("\n".join([nav, "# 一篇文章的标题在这里", STORY[0], cite, STORY[1]])).paragraphs


def test_a_spec_box_under_the_date_stays_and_a_purchase_limit_goes() -> None:
    specs = [
        "风味：兰花香、焙火甜（Roasted Oolong）",
        "焙火：中焙",
        "等级：特级",
        "原料：武夷山桐木关高山茶园春茶、秋茶拼配",
        "规格：100g罐装 / 250g袋装",
        "建议水温：90—95℃",
    ]
    limit = "库存紧张，每人限购3罐"
    story = [
        "每年秋天，我们都会去桐木关收一批新茶，今年的雨水少，茶的香气比往年更浓，焙火也更轻。",
        "这款茶在焙火之后静置了三十天，入口先是花香，接着是焙火的甜，收尾干净，适合慢慢喝。",
    ]
    # (a saved page: its title from the page's markup, the text from its date line on)
    from reader.core.meta_records import Hints

    page = "\n".join(["新茶上架 · 2026年10月20日", *specs, limit, "制茶师的话", *story])
    kept = clean(page, hints=Hints(title="秋焙乌龙 Autumn Oolong")).paragraphs
    assert [line for line in specs if line not in kept] == []
    assert limit not in kept and story[0] in kept
