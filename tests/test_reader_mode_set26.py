"""Reader mode on the shapes the twenty-sixth held-out set showed: the
site's own paragraphs (a charity statement, a privacy notice, a licence, a
call to support the site) between junk lines after the article's end."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean

STORY = [
    "河畔书社本月读书会将于12月12日晚上在社区图书馆二楼举行，这次共读的是一本关于老街记忆的散文集。",
    "欢迎带上你读过的段落和想问的问题，我们会留出半个小时自由交流，结束后一起整理下个月的书单。",
]
SITE_PROSE = [
    "河畔书社为登记在案的非营利团体，所有活动经费来自会员会费与读者捐助；每一笔捐款都会用于购书和场地租金，感谢你的慷慨支持。",
    "个人资料说明：你在报名表中填写的姓名与电邮，只用于本次活动的联络，活动结束三个月后即会删除，不会交给任何第三方。",
]


def test_the_sites_paragraphs_between_junk_after_the_article_go() -> None:
    tail = ["分享：Facebook　WhatsApp　电邮", "相关文章", "十一月读书会回顾", "《街角》作者分享会圆满结束"]
    kept = kept_set("\n".join(["十二月读书会报名开始", *STORY, *tail, *SITE_PROSE, "© 2026 河畔书社"]))
    assert [line for line in SITE_PROSE if same(line) in kept] == []
    assert [line for line in STORY if same(line) not in kept] == []


def test_a_paragraph_under_a_closing_credit_and_prev_next_links_goes() -> None:
    support = "喜欢我们的节目吗？每月请我们喝一杯咖啡，支持我们继续做下去！"
    page = [
        "第48期：冬天到底该不该去露营",
        *STORY,
        "制作：林一舟　剪辑：何小禾",
        support,
        "← 上一集：第47期：秋天的山路",
        "下一集：第49期（12月8日上线）→",
        "© 2026 河畔电台",
    ]
    kept = kept_set("\n".join(page))
    assert same(support) not in kept
    assert [line for line in STORY if same(line) not in kept] == []


def test_the_articles_last_paragraph_under_a_picture_and_its_caption_stays() -> None:
    last = "采访结束时，天已经暗了。老师傅又拿起刻刀，说趁着手还热，再刻两块。"
    page = [
        "匠人说｜一块木板要刻三天",
        *STORY,
        "![老师傅和他的作品](https://example.cn/img/1.jpg)",
        "*老师傅和他的作品。摄影 王一*",
        last,
        "分享到：微信 微博 QQ空间",
        "- [石雕匠人：山里的石头](https://example.cn/a/2)",
        "- [漆器匠人：一层又一层](https://example.cn/a/3)",
        "主办单位：某市文化馆 | 浙ICP备13021987号",
    ]
    assert same(last) in kept_set("\n".join(page))


def test_the_articles_paragraph_under_a_lone_link_amid_it_stays() -> None:
    last = "整体来说，这条路线很适合不想赶行程的人，放慢脚步，两天一夜就能把山、温泉和小吃一次收进口袋。"
    page = [
        "两天一夜慢游记",
        *STORY,
        "👉 [点我查看住宿最新房价](https://example.tw/go/booking)",
        last,
        "---",
        "© 2026 小蜗牛慢慢走",
    ]
    assert same(last) in kept_set("\n".join(page))


def test_readings_under_a_kept_reading_of_their_shape_stay() -> None:
    rows = ["温度 25℃", "pH 6.8", "GH 5", "NO2 0ppm"]
    page = ["开缸第六十天记录", *STORY, "水质参数（第60天测）", *rows, "换水的几个要点", *STORY[::-1]]
    kept = kept_set("\n".join(page))
    assert [row for row in rows if same(row) not in kept] == []


def test_rows_under_a_label_that_introduces_them_stay() -> None:
    rows = ["S　約120–135cm", "M　約135–150cm", "L　150cm以上"]
    page = ["舊書交換日", *STORY, "日期：2026年12月5日（星期六）", "尺碼參考（以身高計）：", *rows, *STORY[::-1]]
    kept = kept_set("\n".join(page))
    assert [row for row in rows if same(row) not in kept] == []


def test_a_heads_with_its_date_over_kept_count_rows_stays() -> None:
    heads = ["北門濕地（11/08 調查）", "南岸灘地（11/21 調查）"]
    page = [
        "11月鳥況",
        STORY[0],
        heads[0],
        "小白鷺　86隻",
        "蒼鷺　約40隻",
        heads[1],
        "黑腹燕鷗　約300隻",
        "紅嘴鷗　12隻",
        STORY[1],
    ]
    kept = kept_set("\n".join(page))
    assert [head for head in heads if same(head) not in kept] == []


def test_a_columns_label_before_the_title_goes_when_the_page_shows_it_apart() -> None:
    from reader.core.metadata import Hints

    headline = "九龍東二手成交回暖　觀塘兩房細單位最搶手"
    page = ["樓市週記", headline, "置峰地產研究部 王小明｜2026年11月30日", *STORY]
    cleaned = clean("\n".join(page), hints=Hints(title="樓市週記｜" + headline))
    assert cleaned.metadata.title == headline
    assert "樓市週記" not in cleaned.paragraphs


def test_a_title_with_a_bar_the_page_shows_whole_keeps_its_label() -> None:
    from reader.core.metadata import Hints

    title = "EP12｜點解香港人咁鍾意行山？"
    cleaned = clean("\n".join(["港講 Podcast", title, *STORY]), hints=Hints(title=title))
    assert cleaned.metadata.title == title


def test_the_sites_list_under_a_notices_sign_off_goes() -> None:
    others = ["最近更新", "2026年度会员大会选举结果", "冬季亲子旅行相片已上载（2026-11-02）"]
    statement = "本平台公开内容由各团体负责录入并对其真实性负责，如有异议请向本会反映。"
    sign_off = ["河畔书社理事会", "2026年11月27日"]
    page = ["十二月读书会报名开始", *STORY, *sign_off, *others, statement, "© 2026 河畔书社"]
    kept = kept_set("\n".join(page))
    assert [line for line in [*others, statement] if same(line) in kept] == []
    assert [line for line in [*STORY, *sign_off] if same(line) not in kept] == []


def test_a_sentence_under_a_notices_sign_off_stays() -> None:
    note = "附注：逾期报名者请直接到图书馆服务台登记，名额有限，额满即止。"
    sign_off = ["河畔书社理事会", "二○二六年十一月二十七日"]
    page = ["十二月读书会报名开始", *STORY, *sign_off, note, "再次感谢大家", "© 2026 河畔书社"]
    assert same(note) in kept_set("\n".join(page))


def test_a_disclosures_date_field_in_a_row_of_fields_is_the_date() -> None:
    row = "公开日期：2026-11-20　公开单位：河畔县石滩镇河畔村村民委员会　浏览次数：412"
    cleaned = clean("\n".join(["河畔村第三季度财务公开", row, *STORY]))
    assert cleaned.metadata.date == "2026-11-20"
    assert same(row) not in {same(p) for p in cleaned.paragraphs}


def test_a_display_modes_switch_over_the_page_is_no_source() -> None:
    page = ["长者模式　无障碍　登录", "河畔县村务公开平台", "首页　党务公开　财务公开", "河畔村财务公开", *STORY]
    assert clean("\n".join(page)).metadata.source != "长者模式"


def test_a_unit_and_job_title_before_a_name_on_the_byline_is_no_source() -> None:
    from reader.core.folding import fold
    from reader.core.metadata import parse_meta_line

    line = "置峰地產研究部高級經理 溫家樂｜2026年11月30日"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None
    assert (meta.author, meta.source, meta.date) == ("溫家樂", None, "2026-11-30")


def test_the_replies_under_a_threads_opening_post_go() -> None:
    replies = [
        "小林养虾",
        "发表于 2026-11-26 22:05",
        "铺得真好，请问前景是用什么方法种的？",
        "老周",
        "发表于 2026-11-26 22:31",
        "点涂要注意，别点到虾身上，另外钾肥加多了也容易出问题。",
    ]
    page = ["【开缸记录】草缸第90天", "发表于 2026-11-26 21:47 | 只看该作者", *STORY, *replies, "1 2 3 下一页"]
    kept = kept_set("\n".join(page))
    assert [line for line in replies if same(line) in kept] == []
    assert [line for line in STORY if same(line) not in kept] == []


def test_dated_entries_of_a_diary_with_paragraphs_of_their_own_stay() -> None:
    entries = [
        "发表于 2026-11-20 21:00",
        "第二周换了一次水，换掉三分之一，水草的叶子开始往上长，前景也慢慢铺开了一些。",
        "晚上关灯前看了一眼，虾都趴在沉木上吃东西，没有发现死虾，水质看起来还算稳定。",
        "发表于 2026-11-22 21:00",
        "第三周开始出现一点绿藻，先把光照时间减了一个小时，再观察几天看看效果如何。",
        "顺手把过滤器的棉也洗了一遍，出水明显大了一些，水面的油膜也少了很多。",
    ]
    page = ["草缸日记", "发表于 2026-11-18 21:47", *STORY, *entries]
    kept = kept_set("\n".join(page))
    assert [line for line in entries[1:3] + entries[4:] if same(line) not in kept] == []
