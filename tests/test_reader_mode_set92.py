"""Reader mode on the shapes held-out page set 92 showed: a page's heading that
writes the markup's title as its second part, a lead and a colon before it
(向儿子拜师：五十岁学扭魔方 under 五十岁学扭魔方 | 某报), or as one part of
two a space sets apart, worded afresh with the year and the scope before it,
is the title the reader shows; a later reply's floor and its poster's name on
one line (#2 山狗Leo) opens a thread's replies when the first post's floor
stood alone above (#1), and the replies' words under each go with it; a review's score on a scale
right under the story leads its verdict rows, the body's; a publishing label
set off by a slash (发布 / 2028年12月10日 5:30 AM) is the date's label; a
来源 field that drops its place (区园林绿化服务中心) takes the signer's full name."""

from __future__ import annotations

from pathlib import Path

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.html_reader import read_html
from reader.core.markup_headings import writes_more
from reader.core.metadata import parse_meta_line
from reader.core.readers import read_markdown

_PARAGRAPHS = (
    "星期天清晨，老街的石板路還濕著，幾位老人已經在廟口擺好了小凳子，等著第一壺茶煮開。",
    "這間茶攤開了四十年，攤主每天四點起床生火，用的還是外婆留下來的那把銅壺。",
    "附近的學生放學後常來這裡寫功課，攤主不收他們的錢，只要他們幫忙洗杯子。",
)


def _news_page(og: str, h1: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    return f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8">
<title>{og} - 山城日報</title><meta property="og:title" content="{og}"></head><body>
<header><div class="logo">山城日報</div></header>
<main><article><h1>{h1}</h1>{body}</article></main>
<footer><p>© 2028 山城日報</p></footer></body></html>""".encode()


def _title(og: str, h1: str) -> str | None:
    return read_html(_news_page(og, h1), Path("news.html")).hints.title


def test_an_h1_of_two_spaced_parts_whose_first_the_og_title_rewords_is_the_title() -> None:
    h1 = "2029全縣國中組跳繩比賽 各年級成績公告"
    assert _title("跳繩比賽國中組成績出爐", h1) == h1


def test_an_h1_that_words_another_event_does_not_replace_the_og_title() -> None:
    og = "跳繩比賽國中組成績出爐"
    assert _title(og, "2029全縣國小組游泳營 報名日期延長") == og


def test_a_heading_with_a_lead_and_a_colon_writes_the_markup_title_whole() -> None:
    assert writes_more("六十岁学游泳", "跟孙女下水：六十岁学游泳")
    assert writes_more("六十岁学游泳", "跟孙女下水——六十岁学游泳")
    assert not writes_more("六十岁学游泳", "我：六十岁学游泳")  # (a lead of one word is no lead)
    assert not writes_more("六十岁学游泳", "跟孙女下水，六十岁学游泳")  # (a clause, no part set apart)


def test_a_markdown_heading_with_a_lead_before_the_front_matter_title_is_the_title() -> None:
    text = "\n".join(
        [
            "---",
            'title: "六十岁学游泳 | 晨光日报"',
            "---",
            "",
            "# 跟孙女下水：六十岁学游泳",
            "",
            "文 / 林国强",
            "",
            *_PARAGRAPHS,
        ]
    )
    page = read_markdown(text.encode(), Path("column.md"))
    assert (page.hints.title, page.hints.source) == ("跟孙女下水：六十岁学游泳", "晨光日报")


_THREAD = [
    "【分享】第一次去南丫島露營，講下心得",
    "樓主：營火阿明　發表於 2029-01-05 22:10",
    "#1",
    "一直想試下露營，上個週末終於同兩個朋友去咗南丫島，住咗一晚，寫低啲心得俾大家參考。",
    "營地有水有廁所，不過夜晚好多蚊，記得帶定驅蚊水，唔係會好慘。",
    "第二朝四點幾起身睇日出，海邊好靜，只聽到浪聲，真係值得。",
    "讚好 (31)　引用　回覆　舉報",
    "{replies}",
    "© 2029 某某露營討論區",
]
_REPLIES = [
    "#2 露營新手Kit",
    "睇完好想去！請問營地要唔要預先登記？",
    "#3 山系老陳",
    "南丫島嗰度夜晚風大，營釘要揀長啲嘅，唔係帳篷會郁。",
]


def test_a_later_floor_with_its_posters_name_opens_the_threads_replies() -> None:
    kept = kept_set("\n".join(_THREAD).replace("{replies}", "\n".join(_REPLIES)))
    assert not {same(x) for x in _REPLIES} & kept
    assert same("第二朝四點幾起身睇日出，海邊好靜，只聽到浪聲，真係值得。") in kept


def test_a_ranked_lists_entries_with_no_floor_alone_above_stay() -> None:
    text = "\n".join(
        [
            "香港最值得行的三條山徑",
            "作者：山系小編　2029-01-05",
            "行山季節又到，小編揀咗三條風景最好、難度適中嘅山徑，啱晒新手同家庭。",
            "#1 麥理浩徑第二段",
            "由北潭涌行到浪茄，沿途有沙灘同海景，全程大約五小時，補給點唔多，要帶夠水。",
            "#2 鳳凰徑第三段",
            "上大東山睇芒草，秋天最靚，不過斜路多，落山要小心膝頭。",
            "#3 衛奕信徑第一段",
            "由赤柱峽道行上紫羅蘭山，市區交通方便，適合想輕鬆行吓嘅朋友。",
        ]
    )
    kept = kept_set(text)
    assert same("#2 鳳凰徑第三段") in kept
    assert same("上大東山睇芒草，秋天最靚，不過斜路多，落山要小心膝頭。") in kept


_REVIEW = [
    "槟城渡轮夜游体验：坐一趟就够",
    "文：陈美玲 ｜ 2029年1月6日",
    "槟城的渡轮停航多年，今年改成观光船重新开航，我们上周六晚上去坐了一趟，从码头出发绕海峡一圈。",
    "船上有小吃摊和乐队，夜景确实好看，可是回程风很大，带小孩的家庭记得准备外套。",
    "评分：4／5",
    "适合：想看夜景的情侣、第一次来槟城的游客",
    "不适合：怕晕船、怕吹风的人",
    "标签：槟城 渡轮 夜游",
    "分享 Facebook WhatsApp Telegram",
    "你可能也会喜欢",
    "白天坐渡轮过海：槟城老渡轮的最后一天",
    "乔治市壁画街10幅必拍壁画",
    "© 2029 某某玩乐志",
]


def test_a_reviews_score_over_its_verdict_rows_under_the_story_stays() -> None:
    kept = kept_set("\n".join(_REVIEW))
    assert {same(x) for x in _REVIEW[4:7]} <= kept


def test_a_publishing_label_set_off_by_a_slash_before_a_date_and_its_clock_half_is_a_date_line() -> None:
    # (发布 / …: the label's slash is no outlet, the label no writer; AM is the clock's)
    for text in ("发布 / 2029年1月6日 9:15 AM", "更新 / 2029-01-06 9:15 PM"):
        meta = parse_meta_line(text, fold(text))
        assert meta is not None
        assert (meta.kind, meta.author, meta.source) == ("date", None, None)


_NOTICE = [
    "青岚县人民政府门户网站",
    "首页　政务公开　政务服务　互动交流",
    "当前位置：首页 > 政务公开 > 通知公告",
    "关于2029年度农机购置补贴申领结果的公示",
    "发布时间：2029-01-06 09:00　来源：县农机服务中心　浏览次数：128",
    "根据《青岚县农机购置补贴实施方案》，2029年度农机购置补贴申领工作已完成审核，现将结果公示如下。",
    "本次共受理申请八十六户，审核通过七十九户，补贴资金将于公示期满后十个工作日内发放。",
    "公示期为2029年1月6日至1月12日。对公示结果有异议的，请在公示期内以书面形式向县农机服务中心反映。",
    "青岚县农机服务中心",
    "2029年1月6日",
]


def test_a_source_field_without_its_place_takes_the_signers_full_name() -> None:
    assert clean("\n".join(_NOTICE)).metadata.source == "青岚县农机服务中心"
