"""Reader mode on the shapes held-out page set 96 showed: a field table copied
with tabs whose row reads like a byline (an English field name, a Chinese gloss,
an example date: obs_date 觀測日期 2028-05-03) is a row of the table, not who
wrote the page and when; the English label before a writer's name, set apart
from the date by a bar (By 林佳穎｜2028年3月2日), names the writer, not an outlet; a
credits row whose guest is named after their title, no space between
(嘉賓：註冊營養師陳婉儀), is still the programme's credits row; a clip whose
author field names the site that publishes it has no author; a 来源 field naming
the arm a bureau runs under its own place and work (县气象台 of 县气象局) leaves
the bureau the source; the office's row under a bulletin of who signed it off
and who produced it (签发：X　制作：Y) gives credits, no author; a reader's name
as sites print it, a given name and the surname's initial (Lina T.), beside a
date is one person, no outlet named T."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaning_support import same
from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.html_reader import read_html
from reader.core.metadata import parse_meta_line
from reader.core.readers import read_markdown

_FIELDS = (
    "北峰山區氣象站逐時觀測資料",
    "資料集描述",
    "本資料集收錄北峰山區各氣象站每小時之觀測紀錄，由氣象站自動上傳，每日凌晨彙整一次，缺測時段留空。",
    "氣溫與雨量為測站原始觀測值，未經人工檢核；各站海拔不同，比較時請留意高度差異。",
    "基本資料",
    "提供機關：北峰縣政府環境保護局",
    "更新頻率：每日",
    "資料格式：CSV、JSON",
    "主要欄位說明",
    "欄位名稱\t說明\t範例",
    "obs_date\t觀測日期（西元）\t2028-05-03",
    "station\t測站名稱\t北峰",
    "temp_c\t氣溫（攝氏）\t18.5",
    "rain_mm\t時雨量（毫米）\t0.5",
    "資料預覽（2028-05-03，前3筆）",
    "obs_date\tstation\ttemp_c\train_mm",
    "2028-05-03\t北峰\t18.5\t0.5",
    "2028-05-03\t南坑\t20.1\t0.0",
    "2028-05-03\t石門\t17.2\t1.5",
    "各站儀器每年春季由環境保護局派員校驗一次；5月1日至2日因北峰站更換雨量計而停測，該期間之氣溫與雨量欄位一律留空，不另以鄰近測站補值，使用時請留意。",
)


def test_a_tab_table_row_shaped_like_a_byline_stays_a_row() -> None:
    cleaned = clean("\n".join(_FIELDS))
    kept = {same(p) for p in cleaned.paragraphs}
    for row in _FIELDS[10:14]:
        assert same(row) in kept, row
    assert cleaned.metadata.author != "obs_date"
    assert cleaned.metadata.date is None


@pytest.mark.parametrize(
    "line", ["By 林佳穎｜2028年3月2日｜閱讀時間 4 分鐘", "By 林佳穎 | 2028年3月2日", "by 林佳穎｜2028-03-02"]
)
def test_the_english_label_before_a_name_and_a_bar_names_the_writer(line: str) -> None:
    meta = parse_meta_line(line, fold(line))
    assert meta is not None
    assert (meta.author, meta.source, meta.date) == ("林佳穎", None, "2028-03-02")


def test_a_credits_row_with_a_name_after_its_title_gives_its_credits() -> None:
    line = "主持：李家明 | 嘉賓：註冊營養師陳婉儀 | 文字整理：黃雅琪 | 2028年5月2日"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.date == "2028-05-02"
    assert {"李家明", "黃雅琪"} <= {name for _, name in meta.credits}
    assert "註冊營養師陳婉儀" not in {name for _, name in meta.credits}


_CLIP = """---
title: "2028年5月7日主日週報 - 北岸華人宣道會 North Shore Chinese Alliance Church"
author:
  - "[[北岸華人宣道會]]"
published: 2028-05-05
---
# 主日週報（第862期）

2028年5月5日 發佈　｜　教會辦公室

本主日崇拜後將舉行會友大會，討論新學年兒童主日學的安排及副堂維修預算，請各會友留步出席。

下主日為母親節，崇拜中將為各位母親送上康乃馨，請弟兄們預早到場協助佈置。

上週崇拜出席：成人 96 人，兒童 21 人。

© 2028 北岸華人宣道會 版權所有
"""


def test_a_clips_author_field_naming_its_own_site_is_no_author() -> None:
    page = read_markdown(_CLIP.encode(), Path("bulletin.md"))
    meta = clean(page.text, hints=page.hints).metadata
    assert meta.source == "北岸華人宣道會"
    assert meta.author is None
    assert "北岸華人宣道會" not in {name for _, name in meta.credits}


def test_a_source_field_naming_the_bureaus_own_arm_gives_the_bureau() -> None:
    from reader.core.publisher_names import department

    site = "青川县水利局"
    assert department("青川县水文站", site) is False  # (another work: 水文)
    assert department("青川县水利站", site)
    assert department("青川县水利服务中心", site) is False  # (a body of its own work: 水利服务)
    assert department("柳河县水利站", site) is False  # (another place)
    page = (
        "青川县水利局\n首页　机构概况　政务公开　水情信息\n"
        "关于做好汛前水毁工程修复的通知\n"
        "发布时间：2028-04-12 09:30　来源：青川县水利站　浏览次数：316\n"
        "入汛在即，为确保各类水利工程安全度汛，请各乡镇于4月30日前完成去年水毁工程的修复，"
        "并将修复进度报县水利局工程股。\n"
        "各乡镇要落实专人负责，对山塘、堤防和灌溉渠道逐一排查，发现隐患及时上报，不得瞒报漏报。\n"
        "修复资金按县财政有关规定拨付，未按期完成的乡镇将予以通报。\n"
        "主办单位：青川县水利局　地址：青川县城东路XX号\n"
    )
    assert clean(page).metadata.source == "青川县水利局"


@pytest.mark.parametrize("line", ["签发：韩立群　　制作：曹雨桐", "簽發：韓立群", "审核：韩立群　制作：曹雨桐"])
def test_the_sign_off_and_production_credits_name_no_author(line: str) -> None:
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.author is None
    assert meta.credits


def test_a_given_name_and_an_initial_beside_a_date_is_one_person_and_no_outlet() -> None:
    line = "Megan K.　2028年9月3日"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None
    assert (meta.author, meta.source, meta.date) == ("Megan K.", None, "2028-09-03")


def _title(*lines: str) -> str:
    return clean("\n".join(lines)).metadata.title


_LAW_BODY = (
    "上个月，一位七十多岁的林先生来事务所。他的太太患上失智症后，银行户头里的钱谁也动不了，护理院的账单却每个月都在来。",
    "“我们结婚五十年，”他说，“我以为我是她先生就可以。”",
    "在新加坡，一个成年人一旦失去心智能力，即使是配偶或子女，也不能自动替她处理银行、房产或医疗上的决定。",
)


def test_a_call_buttons_row_with_a_phone_sign_is_no_headline() -> None:
    title = _title(
        "南岸律师事务所 Southbank Law LLC",
        "首页　业务领域　律师团队　法律文章　联系我们",
        "立即预约免费20分钟咨询 ☎ 6123 4567",
        "法律文章 › 家事与遗产",
        "趁父母还能签字，先把预先医疗指示办好",
        "文｜陈嘉慧 律师　2028年6月2日　阅读约5分钟",
        *_LAW_BODY,
    )
    assert title == "趁父母还能签字，先把预先医疗指示办好"


def test_a_bulletins_issue_line_under_its_headline_is_no_headline() -> None:
    title = _title(
        "青川县气象局",
        "首页　机构概况　天气预报　气象服务　政务公开",
        "当前位置：首页 > 气象服务 > 农业气象",
        "【农业气象专报】",
        "本周后期有强降温 油菜请做好防冻准备",
        "青川县农业气象专报　2028年第4期",
        "发布时间：2028-02-20 16:00　来源：青川县气象局　浏览次数：516",
        "一、前期天气回顾",
        "2月13日至19日，我县以多云天气为主，平均气温8.6℃，较常年同期偏高1.5℃，油菜已普遍进入抽薹期。",
        "二、未来三天天气预报",
        "21日：阴转小雨，北风3～4级，2～8℃",
        "三、农事建议",
        "1. 已抽薹的油菜田要清沟排水，防止冻后渍害，并在降温前追施一次草木灰。",
    )
    assert title == "本周后期有强降温 油菜请做好防冻准备"


def test_a_markdown_heading_under_a_front_matter_title_that_only_adds_a_day_is_the_title() -> None:
    page = read_markdown(_CLIP.encode(), Path("bulletin.md"))
    assert page.hints.title == "主日週報（第862期）"
    # (a heading shorter than the title's words without the day still leaves the front matter's)
    short = _CLIP.replace("# 主日週報（第862期）", "# 週報")
    assert read_markdown(short.encode(), Path("bulletin.md")).hints.title != "週報"


_EPISODE = "《長者熱線》第45集：冬天洗澡要小心"


def _episode_page(h1: str) -> bytes:
    og = _EPISODE
    body = "".join(f"<p>{p}</p>" for p in _LAW_BODY)
    return f"""<!DOCTYPE html><html lang="zh-HK"><head><meta charset="utf-8">
<title>{og} | 街坊電台 Neighbour Radio</title><meta property="og:title" content="{og}"></head><body>
<header><div class="brand">街坊電台 Neighbour Radio</div></header>
<main><article><div class="label">長者熱線 · 第45集</div><h1>{h1}</h1>
<p>主持：何家朗 | 2028年12月2日</p>{body}</article></main>
<footer><p>© 2028 街坊電台</p></footer></body></html>""".encode()


def test_the_one_h1_under_a_markup_title_naming_an_episode_is_the_headline() -> None:
    h1 = "浴室地下濕，老人家最易跣親"
    assert read_html(_episode_page(h1), Path("episode.html")).hints.title == h1
    # (the series' name alone in the <h1> leaves the episode's)
    assert (
        read_html(_episode_page("長者熱線"), Path("episode.html")).hints.title == "《長者熱線》第45集：冬天洗澡要小心"
    )


@pytest.mark.parametrize("header", ["留言（2）", "意見回饋（2）"])
def test_posts_under_their_posters_row_of_name_and_day_are_comments(header: str) -> None:
    comments = (
        "Ah Seng　2028年6月3日",
        "我妈妈已经八十岁了，现在去办还来得及吗？",
        "陈嘉慧 律师 回复：只要她仍有心智能力理解文件内容就可以，建议尽快安排认证人见她本人。",
        "Mei L.　2028年6月4日",
        "看完马上跟家人约了周末去办。",
    )
    text = "\n".join(
        (
            "趁父母还能签字，先把预先医疗指示办好",
            "文｜陈嘉慧 律师　2028年6月2日　阅读约5分钟",
            *_LAW_BODY,
            header,
            *comments,
            "相关文章",
            "父母还健在的时候，先把遗嘱写好",
            "没有遗嘱的遗产怎么分？新加坡无遗嘱继承法简介",
        )
    )
    kept = {same(p) for p in clean(text).paragraphs}
    assert all(same(p) in kept for p in _LAW_BODY)
    assert not kept & {same(c) for c in comments}


def test_a_widget_between_two_menus_over_the_headline_goes() -> None:
    widget = "今日潮汐：高潮 06:15（2.3米）　低潮 13:02（0.5米）"
    text = "\n".join(
        (
            "海安船務代理有限公司　Haian Shipping Agency Ltd.",
            "公司簡介　航線及船期　貨物查詢　下載專區　最新通告　聯絡我們",
            "客戶登入　｜　Português　｜　English",
            widget,
            "首頁 » 最新通告",
            "中秋節假期船期安排通告",
            "發佈日期：2028年9月20日　｜　發佈部門：船務部",
            "因應中秋節假期，本公司內港至珠江西岸各航線船期調整如下，敬請各貨主及報關行留意並提早安排貨物進倉。",
            "中秋節當日所有航線暫停開航，翌日起恢復正常班期；颱風訊號生效期間，船期以港務部門安排為準。",
        )
    )
    kept = {same(p) for p in clean(text).paragraphs}
    assert same(widget) not in kept
    assert same(text.splitlines()[-1]) in kept


def test_a_labelled_star_rating_with_its_vote_count_is_a_widget() -> None:
    from reader.core.line_features import junk_rule

    rated = "課程評分 ★★★★☆ 4.3（58人評分）"
    assert junk_rule(rated, fold(rated))[0] is not None
    assert junk_rule("評分：★★★★☆", fold("評分：★★★★☆"))[0] is None  # (a reviewer's own stars count no votes)


def test_a_row_of_file_format_buttons_is_a_download_row() -> None:
    from reader.core.line_features import junk_rule

    for row in ("CSV JSON XML API說明", "XLSX CSV ODS"):
        assert junk_rule(row, fold(row))[0] is not None, row
    field = "資料格式：CSV、JSON、XML"  # (the dataset's own field names its formats: body)
    assert junk_rule(field, fold(field))[0] is None


@pytest.mark.parametrize(
    "line",
    [
        "本節目內容只供一般參考，不能代替專業意見；如有疑問，請諮詢醫生。",
        "本平臺所提供之資料僅供參考，使用者應自行判斷並承擔使用風險。",
    ],
)
def test_a_programme_or_a_platform_disclaiming_its_own_content_is_the_sites_statement(line: str) -> None:
    from reader.core.site_statements import is_site_statement

    assert is_site_statement(line)
