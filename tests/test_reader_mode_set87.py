"""Reader mode on the shapes held-out page set 87 showed, and the line set 86
lost: a notice's contact row right under its last paragraph that names, a
word apart, the desk its byline names (公告單位：供銷部 over 洽詢電話：… 供銷部
呂先生) is the notice's own."""

from __future__ import annotations

from pathlib import Path

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.html_reader import read_html
from reader.core.line_features import template_key

_NOTICE = [
    "果品共同運銷拍賣行情（3/2）",
    "發布單位：推廣股　發布日期：2028-03-02",
    "本會果品共同運銷三月二日拍賣結果如下，請各位果農參考，並留意近日天氣變化，及早安排採收。",
    "總到貨量：1,305箱",
    "本週起收貨時間提前至清晨五點，請果農配合於四點半前完成過磅，逾時將順延至下一場次處理。",
]
_FOOT = ["分享 Facebook LINE 友善列印", "Copyright © 2028 某某區農會 All rights reserved."]


def test_a_contact_row_naming_the_desk_its_byline_names_under_the_last_paragraph_stays() -> None:
    row = "聯絡電話：02-2345-XXXX 推廣股 林小姐"
    assert same(row) in kept_set("\n".join([*_NOTICE, row, *_FOOT]))


def test_a_contact_row_naming_another_desk_still_goes() -> None:
    row = "聯絡電話：02-2345-XXXX 會務股 林小姐"
    assert same(row) not in kept_set("\n".join([*_NOTICE, row, *_FOOT]))


def test_a_hotline_under_the_body_without_a_byline_still_goes() -> None:
    row = "聯絡電話：02-2345-XXXX 推廣股 林小姐"
    notice = [line for line in _NOTICE if "發布" not in line]
    assert same(row) not in kept_set("\n".join([*notice, row, *_FOOT]))


def _results(template: set[str]) -> list[str]:
    lines = [
        "第九届全州中学生书法比赛成绩公布",
        "本会主办的第九届全州中学生书法比赛已圆满结束，经评审团评审，各组得奖名单如下，恭喜各位得奖同学。",
        "冠军　林佳慧（新山宽柔中学）",
        "亚军　黄子轩（居銮中华中学）",
        "奖赏",
        "冠军：RM600＋奖杯",
        "亚军：RM400＋奖杯",
        "颁奖典礼",
        "日期：2028年12月3日（星期日）",
        "地点：本会礼堂",
        "得奖者请于11月20日前联络秘书处确认出席：012-5XX XXXX（何小姐）",
        "得奖作品将刊登于本会会刊第十期。",
        "分享到：Facebook　WhatsApp　电邮",
    ]
    return [same(p) for p in clean("\n".join(lines), {template_key(x) for x in template}).paragraphs]


def test_a_one_word_head_another_file_has_over_this_pages_own_label_rows_stays() -> None:
    assert "奖赏" in _results({"奖赏"})


def test_a_one_word_head_over_label_rows_other_files_have_too_still_goes() -> None:
    assert "奖赏" not in _results({"奖赏", "冠军：RM600＋奖杯", "亚军：RM400＋奖杯"})


def _review_page(og: str, h1: str) -> bytes:
    return f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8">
<title>{og} | 樂音評論</title><meta property="og:title" content="{og}"></head><body>
<header><div class="logo">樂音評論</div></header>
<main><article><h1>{h1}</h1>
<p>星期六晚上，文化中心演藝廳的五百個座位坐了九成，觀眾席裡有不少是團員的家人和老朋友。</p>
<p>樂團成立於2012年，團員三十人，平均年齡六十八歲，每星期三在社區活動中心練習兩小時。</p>
<p>開場的序曲節奏稍亂，但到了下半場，合奏漸漸整齊，觀眾的掌聲也一次比一次熱烈。</p>
</article></main><footer><p>© 2028 樂音評論</p></footer></body></html>""".encode()


def test_the_pages_h1_with_a_subtitle_after_a_dash_over_the_shorter_og_title_is_the_title() -> None:
    h1 = "三十支長笛，吹亮一個冬夜——銀髮長笛團年終音樂會"
    assert read_html(_review_page("三十支長笛，吹亮一個冬夜", h1), Path("review.html")).hints.title == h1


def test_the_pages_h1_with_a_word_inserted_into_the_og_title_is_the_title() -> None:
    h1 = "2028冬季聯賽乙組第五週賽果"
    assert read_html(_review_page("2028冬季聯賽第五週賽果", h1), Path("results.html")).hints.title == h1


def test_an_h1_that_rewords_the_og_title_does_not_replace_it() -> None:
    og = "三十支長笛，吹亮一個冬夜"
    assert read_html(_review_page(og, "三十支長笛的冬夜音樂會紀實報導"), Path("review.html")).hints.title == og


_POST = [
    "# 我在阳台种了一季番茄",
    "今年春天，我第一次在阳台种番茄。从买种子到第一次收成，一共花了三个月，中间死了两棵苗。",
    "最后收了大约两公斤，味道比超市买的酸一点，但孩子说这是他吃过最好吃的番茄。",
]


def test_a_bold_question_and_a_call_under_the_rule_that_ends_a_post_goes() -> None:
    row = "**觉得这篇有用吗？** 欢迎订阅我的电子报，每月一封，分享阳台种菜的小事，随时可以取消。"
    assert same(row) not in kept_set("\n".join([*_POST, "---", row, "分享到：Facebook · WhatsApp"]))


def test_a_bold_question_and_its_answer_as_the_posts_last_paragraph_stays() -> None:
    row = "**明年还种吗？** 请孩子选品种，他说要种小番茄，我想那就再试一次吧。"
    assert same(row) in kept_set("\n".join([*_POST, row, "分享到：Facebook · WhatsApp"]))


def test_the_bold_question_appeal_under_the_rule_of_set_86s_blog_post_goes() -> None:
    page = next(Path(__file__).parent.joinpath("data", "pages").glob("f86_04_*.md")).read_text(encoding="utf-8")
    assert not any(line.startswith("**喜欢这篇文章吗") for line in clean(page).paragraphs)


def _meta(text: str) -> tuple[str | None, str | None]:
    from reader.core.folding import fold
    from reader.core.metadata import parse_meta_line

    meta = parse_meta_line(text, fold(text))
    return (meta.source, meta.author) if meta else (None, None)


def test_a_blogs_name_then_its_writers_dotted_before_the_date_gives_the_blog_as_source() -> None:
    assert _meta("晴窗手记 · 林雅婷 · 2028年3月5日 星期日") == ("晴窗手记", "林雅婷")
