"""Reader mode on the shapes the twenty-eighth held-out set showed: a line
the text prints again and again (a converted PDF's running header, a share
button under every update of a live page)."""

from __future__ import annotations

from cleaning_support import kept_lines, same
from reader.core.cleaning import clean
from reader.core.metadata import Hints

_PARAGRAPHS = [
    "今年春天，河西街道在三个老旧小区试点垃圾分类积分制，居民每次正确投放可以获得一分，积分可兑换日用品。",
    "试点三个月后，可回收物的分出量比去年同期增加了四成，厨余垃圾的混投率明显下降，居民反映总体良好。",
    "不过，部分老年居民不会使用手机扫码，街道随后在每个投放点安排了志愿者，帮助他们登记积分。",
    "下一步，街道计划把试点扩大到全部十二个小区，并与附近超市合作，扩大积分兑换的范围。",
]


def test_a_running_header_printed_on_every_page_goes() -> None:
    header = "河西社区观察　第8期"
    text = "\n".join(
        [
            "垃圾分类积分制试点三个月观察",
            _PARAGRAPHS[0],
            header,
            "— 1 —",
            header,
            _PARAGRAPHS[1],
            _PARAGRAPHS[2],
            header,
            "— 2 —",
            header,
            _PARAGRAPHS[3],
        ]
    )
    kept = kept_lines(text)
    assert same(header) not in kept
    assert all(same(p) in kept for p in _PARAGRAPHS)


def test_a_button_under_every_update_goes_but_a_label_heading_every_section_stays() -> None:
    lines = ["河西街道垃圾分类试点实况"]
    for p in _PARAGRAPHS[:3]:
        lines += ["【原文】", p, "转发这条消息给朋友"]
    kept = kept_lines("\n".join(lines))
    assert same("转发这条消息给朋友") not in kept
    assert same("【原文】") in kept


def test_a_line_said_twice_or_a_markdown_heading_that_recurs_stays() -> None:
    heading = "### 本节小结与思考"
    lines = ["河西街道垃圾分类试点实况"]
    for k, p in enumerate(_PARAGRAPHS):
        lines += [p, heading, *(["试点小区名单见下表"] if k < 2 else [])]
    lines.append("下一节我们再谈积分兑换的具体做法，欢迎留言讨论。")
    kept = kept_lines("\n".join(lines))
    assert kept.count(same("试点小区名单见下表")) == 2
    assert kept.count(same(heading)) == len(_PARAGRAPHS)


def test_figure_rows_under_a_tables_head_row_stay() -> None:
    rows = ["2023　1,204　16　3", "2024　1,517　22　4", "2025　1,806　31　9"]
    text = "\n".join(
        [
            "老旧小区加装电梯运行情况",
            _PARAGRAPHS[0],
            "表1　2023—2025年加装电梯运行情况",
            "年份　累计投用（台）　故障（起）　停运（台）",
            *rows,
            "资料来源：市住建局，课题组整理。",
            _PARAGRAPHS[1],
        ]
    )
    kept = kept_lines(text)
    assert [row for row in rows if same(row) not in kept] == []


def test_rows_of_facts_each_over_a_sentence_are_the_bodys_list() -> None:
    rows = [
        "《河上人家》｜王一舟 著｜北岸出版社｜512页｜72元",
        "《雪线》｜刘青 著｜远山书局｜388页｜56元",
        "《老街的钟》｜孙默 著｜北岸出版社｜604页｜88元",
    ]
    sentences = [
        "写一条河上三代人的生计，笔调安静，适合在冬夜慢慢读完。",
        "一本关于登山向导的小说，雪写得极好，读完会想去看山。",
        "小城钟表匠的一生，细节密实，是今年店里卖得最好的一本。",
    ]
    lines = ["本周书单：五本适合冬天的长篇", _PARAGRAPHS[0], "本期书单"]
    for row, sentence in zip(rows, sentences, strict=True):
        lines += [row, sentence]
    lines.append(_PARAGRAPHS[1])
    kept = kept_lines("\n".join(lines))
    assert [row for row in rows if same(row) not in kept] == []


def test_a_menu_row_over_the_first_paragraph_still_goes() -> None:
    menu = "首页｜新闻｜书评｜活动｜关于我们"
    kept = kept_lines("\n".join(["本周书单：五本适合冬天的长篇", menu, _PARAGRAPHS[0], _PARAGRAPHS[1]]))
    assert same(menu) not in kept


def test_a_dated_field_in_a_cases_box_of_fields_stays_and_is_not_the_pages_date() -> None:
    field = "開庭日期：2026年9月3日"
    text = "\n".join(
        [
            "判案摘要｜外賣車手被指自僱　審裁處裁定屬僱員",
            "撰文：林嘉欣　2026年11月20日",
            "案件資料",
            "案件編號：LBTC 1024/2026",
            "審裁處：勞資審裁處",
            "審裁官：何志明",
            field,
            "申索人：一名前外賣車手",
            "被告：一間外賣平台的營運公司",
            "申索人於2026年初開始為被告送外賣，每日按平台編排的時段上線，並須穿著公司制服，其後被無故停用帳戶。",
            "審裁官指出，判斷是否存在僱傭關係，須考慮誰控制工作的時間和方式，而非只看合約的名稱。",
        ]
    )
    cleaned = clean(text)
    assert same(field) in [same(p) for p in cleaned.paragraphs]
    assert cleaned.metadata.date is not None and "11" in cleaned.metadata.date


_LIVE_PAGE = """<html><head><title>【直播】颱風山陀兒登陸　全台停班停課最新消息 - 東岸新聞</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting",
"headline":"【直播】颱風山陀兒登陸　全台停班停課最新消息","datePublished":"2026-10-01T08:00:00+08:00",
"liveBlogUpdate":[{"@type":"BlogPosting","headline":"高雄市區多處積水　消防局出動抽水車",
"datePublished":"2026-10-01T15:20:00+08:00"}]}</script></head><body>
<h1>【直播】颱風山陀兒登陸　全台停班停課最新消息</h1>
<div class="update"><time>15:20</time><h3>高雄市區多處積水　消防局出動抽水車</h3>
<p>颱風外圍環流帶來豪雨，高雄市區午後多處道路積水，消防局已出動抽水車前往排除，並呼籲民眾避免外出。</p>
<p>市府表示，目前全市共有十二處路段封閉，捷運和輕軌維持正常營運，但班距可能拉長，請民眾留意公告。</p></div>
<div class="update"><time>11:05</time><h3>花蓮縣宣布明天繼續停班停課</h3>
<p>花蓮縣政府上午宣布，由於風雨仍大，明天全縣繼續停止上班上課，各級學校的補課日期另行公告。</p></div>
</body></html>"""


def test_a_live_pages_title_is_its_h1_not_the_latest_updates_headline() -> None:
    from pathlib import Path

    from reader.core.html_reader import read_html

    page = read_html(_LIVE_PAGE.encode(), Path("typhoon_live.html"))
    assert page.hints.title is not None
    assert page.hints.title.startswith("【直播】颱風山陀兒登陸")


def test_a_box_of_key_points_over_a_live_pages_controls_stays() -> None:
    headline = "【直播】颱風山陀兒登陸　全台停班停課最新消息"
    points = [
        "重點整理",
        "受災者：林姓（61歲）、吳姓（58歲）夫婦，10月1日清晨由光復鄉住家撤離",
        "最新雨量：10月1日上午累積逾800毫米，雨勢仍強",
        "救災人力：國軍、消防、義消累計逾300人次",
    ]
    controls = "自動更新   由新到舊"
    text = "\n".join(
        [
            headline,
            "東岸新聞 記者 林郁婷／花蓮報導 首次發布：2026-10-01 08:00",
            *points,
            controls,
            "10月1日 15:20",
            "颱風外圍環流帶來豪雨，高雄市區午後多處道路積水，消防局已出動抽水車前往排除，並呼籲民眾避免外出。",
            "10月1日 11:05",
            "花蓮縣政府上午宣布，由於風雨仍大，明天全縣繼續停止上班上課，各級學校的補課日期另行公告。",
        ]
    )
    kept = [same(p) for p in clean(text, hints=Hints(title=headline)).paragraphs]
    assert [p for p in points if same(p) not in kept] == []
    assert same(controls) not in kept


def test_the_first_updates_time_on_a_live_page_stays_with_the_others() -> None:
    headline = "【直播】颱風山陀兒登陸　全台停班停課最新消息"
    text = "\n".join(
        [
            headline,
            "東岸新聞 記者 林郁婷／花蓮報導 2026-10-01 08:00",
            "10月1日 15:20",
            "颱風外圍環流帶來豪雨，高雄市區午後多處道路積水，消防局已出動抽水車前往排除，並呼籲民眾避免外出。",
            "10月1日 11:05",
            "花蓮縣政府上午宣布，由於風雨仍大，明天全縣繼續停止上班上課，各級學校的補課日期另行公告。",
            "10月1日 08:30",
            "中央氣象署指出，颱風中心上午在台東登陸，預計傍晚由彰化出海，各地應嚴防強風豪雨。",
        ]
    )
    cleaned = clean(text, hints=Hints(title=headline))
    kept = [same(p) for p in cleaned.paragraphs]
    assert [t for t in ("10月1日 15:20", "10月1日 11:05", "10月1日 08:30") if same(t) not in kept] == []
    assert cleaned.metadata.date is not None and cleaned.metadata.date.startswith("2026-10-01 08:00")


def test_a_clipped_title_with_the_sites_name_after_the_pages_heading_gives_both() -> None:
    from pathlib import Path

    from reader.core.readers import read_markdown

    text = "\n".join(
        [
            "---",
            'title: "北河街涼茶舖 - 九龍舊區誌"',
            "published: 2026-10-02",
            "---",
            "# 北河街涼茶舖",
            "北河街涼茶舖是深水埗一間開業逾六十年的涼茶舖，以廿四味和五花茶聞名，至今仍由第三代經營。",
        ]
    )
    page = read_markdown(text.encode(), Path("herbal_tea.md"))
    assert (page.hints.title, page.hints.source) == ("北河街涼茶舖", "九龍舊區誌")


def test_a_clipped_title_that_is_the_heading_or_another_line_stays_as_written() -> None:
    from pathlib import Path

    from reader.core.readers import read_markdown

    for title in ("北河街涼茶舖", "深水埗老店巡禮 - 之一"):
        text = f'---\ntitle: "{title}"\n---\n# 北河街涼茶舖\n北河街涼茶舖是深水埗一間開業逾六十年的涼茶舖。'
        page = read_markdown(text.encode(), Path("herbal_tea.md"))
        assert (page.hints.title, page.hints.source) == (title, None)


def test_an_issue_line_of_numbers_only_is_not_the_headline() -> None:
    headline = "关于推进社区养老服务站建设的几点思考"
    text = "\n".join(
        [
            "城市研究简报",
            "2026年第9期（总第102期）",
            "临江市社会科学院　　　　2026年10月12日",
            "",
            headline,
            "课题组",
            "截至今年九月底，我市已建成社区养老服务站214个，覆盖全市七成以上社区，但运营经费不足、专业人员短缺等问题仍较突出。",
            "一、主要问题",
            "调研发现，近三成服务站每天到站老人不足十人，部分服务站仅在检查前后开放，设施闲置问题较为普遍。",
        ]
    )
    assert clean(text).metadata.title == headline


def test_comments_under_sort_tabs_each_with_a_row_of_reactions_go() -> None:
    comments = [
        "最热　最新",
        "小林同学：写得太实在了，我们楼下那家奶茶店也是开了不到一年就转让，房租实在太贵了。",
        "回复　点赞 214",
        "老陈开店记：想问一下作者，外卖平台的抽成一般是多少？我们这边新店都要一成以上。",
        "回复　点赞 37",
        "奶茶小白：看完决定先去别人店里打一年工再说，谢谢分享这么详细的账本。",
        "回复　点赞 12",
    ]
    text = "\n".join(
        [
            "在县城开一家奶茶店，第一年能赚多少？",
            _PARAGRAPHS[0],
            _PARAGRAPHS[1],
            _PARAGRAPHS[2],
            "发布于 2026-11-20 21:05",
            "318 条评论",
            *comments,
            "查看全部 318 条评论",
            "更多回答",
            "另一位答主：不请自来，我在两个县城开过店，说说和上面不一样的看法，供大家参考……阅读全文",
        ]
    )
    kept = kept_lines(text)
    assert [c for c in comments if same(c) in kept] == []
    assert all(same(p) in kept for p in _PARAGRAPHS[:3])


def test_messages_signed_by_who_the_writers_are_under_a_comments_header_go() -> None:
    messages = [
        "92級系友 張志豪：大二那年跟著老師去溪邊採樣，老師總是第一個下水，還笑說這才叫做研究。老師一路好走。",
        "行政助理 陳雅婷：老師上週還來系辦問我們最近好不好，沒想到那是最後一次見面。",
    ]
    text = "\n".join(
        [
            "訃聞｜本系退休教授王明德老師辭世",
            "本系退休教授王明德老師，於本月二十日清晨辭世，享壽八十三歲。王老師一生奉獻於植物生態研究與教學，桃李滿天下。",
            "公祭訂於十二月六日上午九時在花蓮市懷恩廳舉行，家屬婉謝花籃及奠儀，本系師生如欲前往請洽系辦公室。",
            "生命科學系 敬啟",
            "追思留言",
            *messages,
            "留言前請先登入　我要留言",
            "系務公告",
            "本系一一五學年度第二學期研究生學位考試申請公告",
            "本系溪流生態暑期實習招募說明",
        ]
    )
    kept = kept_lines(text)
    assert [m for m in messages if same(m) in kept] == []


def test_a_markdown_heading_another_file_of_the_folder_has_too_stays_over_the_texts_lines() -> None:
    from reader.core.template_keys import template_key

    heads = ["## 總評", "**優點**", "**缺點**"]
    text = "\n".join(
        [
            "# 《河港商人》桌遊評測",
            "這款遊戲以十九世紀的河港為背景，玩家扮演商人收購貨物、租用船隻，把貨運往下游的市集出售，節奏明快。",
            *heads[:2],
            "- 規則十分鐘就能教完",
            "- 每局四十分鐘左右",
            heads[2],
            "- 兩人局的規則略繁瑣",
            "- 配件收納不便",
            "© 2026 桌遊小站",
        ]
    )
    template = frozenset(template_key(h) for h in [*heads, "© 2026 桌遊小站"])
    kept = [same(p) for p in clean(text, template).paragraphs]
    assert [h for h in heads if same(h) not in kept] == []
