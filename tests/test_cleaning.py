"""Reader-mode cleaning: general rules on text written for the tests, and on
the seeds, where every sentence of the body must survive."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.cleaning import clean, fix_line
from reader.core.decoding import decode
from reader.core.resources import seeds_dir
from reader.core.sanitize import sanitize


def paragraphs(text: str) -> tuple[str, ...]:
    return clean(text).paragraphs


# -- pinyin annotations --------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("他表現(xiàn)出了", "他表現出了"),
        ("1月11日,F(xiàn)elix的葬禮", "1月11日,Felix的葬禮"),
        ("創(chuàng)業(yè)公司", "創業公司"),
        ("規(guī)模(lǜ)", "規模"),
        ("全角（xiàn）括號", "全角括號"),
        ("CEO奥特曼(Sam Altman)突然被开除", "CEO奥特曼(Sam Altman)突然被开除"),
        ("神經網絡(Neural Machine Translation,NMT)", "神經網絡(Neural Machine Translation,NMT)"),
        ("循環神經網絡(RNN)的編碼器", "循環神經網絡(RNN)的編碼器"),
        ("選項(a)和(b)", "選項(a)和(b)"),  # no tone mark: not an annotation
        ("饕餮(tāo tiè)", "饕餮(tāo tiè)"),  # two syllables: a deliberate gloss
        ("漢字(xyzā)", "漢字(xyzā)"),  # not a pinyin syllable
        ("第2(ā)項", "第2(ā)項"),  # after a digit: not a character's reading
        ("(xiàn)開頭", "(xiàn)開頭"),  # nothing before it to annotate
        ("大规模的(通常是跨洲际的)协作", "大规模的(通常是跨洲际的)协作"),
    ],
)
def test_pinyin_annotations(raw: str, fixed: str) -> None:
    assert fix_line(raw) == fixed


# -- HTML debris ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("<p>正文</p>", "正文"),
        ("第一句<br/>第二句", "第一句第二句"),
        ('<a href="http://x">链接</a>文字', "链接文字"),
        ("不可能了?!?/p>", "不可能了?!?"),  # mojibake stays, only the tag tail goes
        ("a<b 且 c>d", "a<b 且 c>d"),  # comparisons are not tags
        ("<数学>课本", "<数学>课本"),
        ("  前后空白\u3000", "前后空白"),
    ],
)
def test_html_debris(raw: str, fixed: str) -> None:
    assert fix_line(raw) == fixed


def test_html_entities_are_decoded_and_stay_harmless() -> None:
    text = "标题行在这里\n\n这是正文&amp;更多内容，&lt;b&gt;不是标签&lt;/b&gt;。&#27;[31m红色&#27;[0m 结束了。"
    (body,) = paragraphs(text)
    assert "&" in body and "<b>不是标签</b>" in body
    assert "\x1b" not in body and "红色" in body


# -- line rules on an article written for the tests ---------------------------------

ARTICLE = """\
首页 > 科技 > 人工智能
请先登录后再发表评论
分享到： 微信 微博 QQ空间
量子计算进入实用阶段的三个信号
量子计算进入实用阶段的三个信号
2023年3月5日 10:00 未来科技报
作者：张三
摘要：研究人员宣布，新的纠错方案把逻辑比特的错误率降低了一个数量级，这被认为是实用化的关键一步..

研究人员宣布，新的纠错方案把逻辑比特的错误率降低了一个数量级，这被认为是实用化的关键一步。

他们在论文中写道，这一结果来自连续三个月的实验。很多用户需要登录云平台才能使用这些量子处理器，而排队时间往往长达数天。

三个信号

第一，错误率下降；第二，规模扩大；第三，成本降低。

The team said the result "changes the timeline" for useful quantum computers.

参考文献
[1]Quantum error correction below the surface code threshold, Nature

责任编辑：李四
本文仅代表作者观点。
热门推荐
加载中...
  • 03-05 量子科技 688001 12.30
  • 03-05 未来芯片 300999 --
1/5
相关文章
"""


def test_article_written_for_the_tests() -> None:
    result = clean(ARTICLE)
    assert result.metadata.title == "量子计算进入实用阶段的三个信号"
    assert result.metadata.author == "张三"
    assert result.metadata.date == "2023-03-05 10:00"
    assert result.metadata.source == "未来科技报"
    assert result.paragraphs == (
        "研究人员宣布，新的纠错方案把逻辑比特的错误率降低了一个数量级，这被认为是实用化的关键一步。",
        "他们在论文中写道，这一结果来自连续三个月的实验。很多用户需要登录云平台才能使用这些量子处理器，而排队时间往往长达数天。",
        "三个信号",
        "第一，错误率下降；第二，规模扩大；第三，成本降低。",
        'The team said the result "changes the timeline" for useful quantum computers.',
        "参考文献",
        "[1]Quantum error correction below the surface code threshold, Nature",
    )
    reasons = {d.line: d.reason for d in result.dropped}
    assert reasons["首页 > 科技 > 人工智能"] == "navigation"
    assert reasons["请先登录后再发表评论"] == "login prompt"
    assert reasons["分享到： 微信 微博 QQ空间"] == "share bar"
    assert reasons["1/5"] == "counter"
    assert reasons["• 03-05 量子科技 688001 12.30"] == "stock ticker"
    assert reasons["加载中..."] == "widget"
    assert reasons["本文仅代表作者观点。"] == "disclaimer"
    assert reasons[
        "摘要：研究人员宣布，新的纠错方案把逻辑比特的错误率降低了一个数量级，这被认为是实用化的关键一步.."
    ] == ("teaser repeating the body")


def test_traditional_junk_is_recognised_like_simplified() -> None:
    text = (
        "正文標題在此處\n作者：王五\n這是文章的第一段，內容完整而且很長，足以成為正文。\n熱門推薦\n載入中...\n相關文章"
    )
    result = clean(text)
    assert result.paragraphs == ("這是文章的第一段，內容完整而且很長，足以成為正文。",)


def test_a_teaser_that_is_not_repeated_is_body() -> None:
    text = (
        "标题在这里出现\n\n摘要：这段摘要里的话在正文中没有再出现过，所以它本身就是正文的一部分..\n\n"
        "正文第一段，讲的是另一件完全不同的事情。"
    )
    assert paragraphs(text)[0].startswith("摘要：这段摘要")


def test_headings_between_paragraphs_stay() -> None:
    text = (
        "标题在这里出现\n第一段正文，足够长，讲了一件事情。\n小标题\n第二段正文，也足够长，讲了另一件事情。\n錢,\n"
        "錢,還是錢\n第三段。"
    )
    assert paragraphs(text) == (
        "第一段正文，足够长，讲了一件事情。",
        "小标题",
        "第二段正文，也足够长，讲了另一件事情。",
        "錢,",
        "錢,還是錢",
        "第三段。",
    )


def test_a_paragraph_after_junk_at_the_end_is_kept() -> None:
    # The footer must end in junk: the last paragraph after a caption credit stays.
    text = (
        "标题在这里出现\n第一段正文，足够长，讲了一件事情。\n图片来源：网络\n最后一段正文，作者在这里总结了全文的观点。"
    )
    assert paragraphs(text)[-1] == "最后一段正文，作者在这里总结了全文的观点。"


def test_a_paragraph_between_junk_in_the_body_is_kept() -> None:
    text = (
        "标题在这里出现\n第一段正文，足够长，讲了一件事情。\n左右滑动查看\n"
        "中间一段正文，被两行界面提示夹着，但它仍然是正文。\n点击查看大图\n最后一段正文。"
    )
    assert "中间一段正文，被两行界面提示夹着，但它仍然是正文。" in paragraphs(text)


def test_keyword_rules_never_drop_long_paragraphs() -> None:
    long = "他说，" + "用户注册和登录以后需要扫描二维码并关注公众号，" * 4 + "这些步骤让很多老年人望而却步。"
    assert long in paragraphs("标题在这里出现\n" + long)


def test_repeated_lines_are_kept_once() -> None:
    text = (
        "标题在这里出现\n这一段被抓取程序重复了一次，内容完全一样。\n这一段被抓取程序重复了一次，内容完全一样。\n"
        "下一段。"
    )
    assert paragraphs(text) == ("这一段被抓取程序重复了一次，内容完全一样。", "下一段。")


def test_template_paths_and_file_names_are_dropped() -> None:
    text = (
        "index_new5.html\n../../../zaker_core/zaker_tpl_static/wap/tpl_guoji1.html\n/static/tpl/article.php\n"
        "标题在这里出现\n正文一段，讲了一件事情。"
    )
    result = clean(text)
    assert result.metadata.title == "标题在这里出现"
    assert result.paragraphs == ("正文一段，讲了一件事情。",)


def test_blank_lines_collapse_and_paragraphs_are_stripped() -> None:
    text = "标题在这里出现\n\n\n\n   第一段。  \n\u3000\u3000第二段。\n \xa0 \n"
    assert paragraphs(text) == ("第一段。", "第二段。")


@pytest.mark.parametrize(
    "text",
    ["", "\n\n", "\x00\x01\x1b[2J", "[bold]", "登录\n注册\n获取验证码"],
)
def test_hostile_or_empty_text_never_fails(text: str) -> None:
    result = clean(text)
    assert all(p.strip() == p and p for p in result.paragraphs)
    assert all("\x1b" not in p for p in result.paragraphs)


def test_markup_is_plain_text() -> None:
    text = "标题[bold]在这里[/bold]\n[red]正文[/red]里有方括号，这不是标记。"
    result = clean(text)
    assert result.metadata.title == "标题[bold]在这里[/bold]"
    assert result.paragraphs == ("[red]正文[/red]里有方括号，这不是标记。",)


def test_escape_sequences_are_removed() -> None:
    text = "标题\x1b]0;pwned\x07在这里\n正文\x1b[31m红色\x1b[0m的一段话。\x07\x9b2J"
    result = clean(text)
    assert result.metadata.title == "标题在这里"
    assert result.paragraphs == ("正文红色的一段话。",)


def test_huge_text_is_cleaned() -> None:
    # How long it takes is the bench's to measure, not a unit test's.
    para = "第{}段是很长的正文，讲述了人工智能研究者面临的压力与选择，其中提到 Felix Hill 的博客。\n"
    big = "".join(para.format(i) for i in range(20_000))
    result = clean(big)
    # No headline of its own: the title is made from the first paragraph,
    # which stays in the body.
    assert len(result.paragraphs) == 20_000


# -- the seeds: keep the body -------------------------------------------------------


@cache
def seed(prefix: str) -> tuple[str, object]:
    (path,) = sorted(Path(seeds_dir()).glob(f"{prefix}_*.txt"))
    text = decode(path.read_bytes())
    return text, clean(text)


SEEDS = ["000", "001", "002", "003", "004"]

# Long lines a seed may lose, by the rule that removes them. Everything else
# dropped is short (a prompt, a widget, a byline).
LONG_DROPS = {
    "000": set(),
    "001": {"headline", "promotion", "stock ticker"},
    "002": {"headline", "teaser repeating the body"},
    # A keyword row after 相关标签 goes with the related block it opens.
    "003": {"metadata", "promotion", "page footer", "template path", "between boilerplate", "related articles"},
    "004": {"headline"},
}


@pytest.mark.parametrize("prefix", SEEDS)
def test_every_line_is_kept_or_dropped_for_a_reason(prefix: str) -> None:
    text, result = seed(prefix)
    lines = [fixed for raw in text.split("\n") if (fixed := fix_line(raw))]
    kept = list(result.paragraphs)
    dropped = [d.line for d in result.dropped]
    # Cleaning only chooses lines: it never rewrites or reorders them.
    assert sorted(kept + dropped) == sorted(lines)
    remaining = iter(lines)
    assert all(any(p == line for line in remaining) for p in kept), "paragraphs keep their order"


@pytest.mark.parametrize("prefix", SEEDS)
def test_dropped_lines_are_boilerplate_shaped(prefix: str) -> None:
    _, result = seed(prefix)
    long = [d for d in result.dropped if len(d.line) >= 25]
    assert {d.reason for d in long} <= LONG_DROPS[prefix], long
    assert len(long) <= 6
    teasers = [d.line for d in result.dropped if d.reason == "teaser repeating the body"]
    body = "".join(result.paragraphs)
    for teaser in teasers:
        assert teaser.split("：", 1)[-1].split(":", 1)[-1].rstrip(".…") in body


def _cjk_runs(text: str) -> set[str]:
    return set(re.findall(r"[\u4e00-\u9fff]{8,}", text))


@pytest.mark.parametrize("prefix", SEEDS)
def test_long_chinese_runs_of_the_body_survive(prefix: str) -> None:
    text, result = seed(prefix)
    cleaned = "\n".join(result.paragraphs)
    raw_runs = _cjk_runs("\n".join(fix_line(line) for line in text.split("\n")))
    lost = {run for run in raw_runs if run not in cleaned}
    dropped_text = "\n".join(d.line for d in result.dropped)
    assert all(run in dropped_text for run in lost)
    # What is lost is a handful of boilerplate runs, not the body.
    assert len(lost) <= 0.05 * len(raw_runs) + 4


BODY_ANCHORS = {
    "000": [
        "【新智元導讀】就在剛剛",
        "「他本應該成為一個很好的朋友。我想認識他,但現在已經不可能了?!?",
        "神經機器翻譯系統(Neural Machine Translation,NMT)",
        "Felix,愿你現在已不再痛苦,在天國與母親團聚。",
        "Felix在2023年第二屆Khipu上未領取的參會證件",
        "文章地址:https://kyunghyuncho.me/bye-felix/",
        "錢,還是錢",
    ],
    "001": [
        "6个月前,OpenAI爆发了一场举世瞩目的内部斗争:",
        "科学家与狂想家",
        '[1]"I lost trust": Why the OpenAI team in charge of safeguarding humanity imploded, Vox',
        "[15]GPT-4o,Sam Altman",
        "奥特曼将继续完成当年未竟的野心",
    ],
    "002": [
        "2003年夏天的一个周日",
        "(此处应插入比尔盖茨曾预言64k内存就足够任何人用了笑话)",
        "https://www.youtube.com/watch?v=tP-4njhyGvo",
        "参考链接:",
        "[7]https://www.youtube.com/watch?v=Yf1o0TQzry8",
    ],
    "003": [
        "当前AI领域,特别是大语言模型(LLM)的快速发展",
        "Several top researchers compared the circumstances to war.",
        "Thanks to Ross Taylor, Jordan Schneider, and Jasmine Sun for feedback on this post.",
        "Starting later is obviously far more challenging.",
        "For example, the more GPUs you train on",
    ],
    "004": [
        "Scaling law也许是对的,但不会是全部",
        "AdvPrompter:面向大语言模型的快速自适应对抗性提示",
        "1.谈趋势:“技术的最高境界是变成水和空气”",
        "我们身体的每一部分都对我们的行为表现有一票投票权",
    ],
}

JUNK = [
    "(xiàn)",
    "(fā)",
    "/p>",
    "登录",
    "验证码",
    "隐私政策",
    "index_new5.html",
    "zaker_core",
    "加载中",
    "热门推荐",
    "688692",
    "返回顶部",
    "Fish AI Reader",
    "相关文章",
    "相关标签",
    "reader-supported",
    "更新于",
    "新浪财经公众号",
    "本文仅代表作者观点",
    "(本文作者",
]


@pytest.mark.parametrize("prefix", SEEDS)
def test_seed_body_anchors_survive_and_junk_does_not(prefix: str) -> None:
    _, result = seed(prefix)
    cleaned = "\n".join(result.paragraphs)
    for anchor in BODY_ANCHORS[prefix]:
        assert anchor in cleaned
    for junk in JUNK:
        assert junk not in cleaned
    assert result.paragraphs[-1] not in {"评论", "相关文章", "• 0"}
    assert result.metadata.title not in result.paragraphs


# -- pages from elsewhere: Taiwan, English, Markdown ----------------------------------


def test_a_taiwanese_news_page() -> None:
    page = (
        "首頁 > 國際 > 亞洲\n登入\n註冊\n忘記密碼？\n台積電宣布在美國設立第三座工廠\n記者王小明／台北報導\n"
        "2024年3月5日 週二 下午3:05\n台積電週二表示，將在亞利桑那州設立第三座工廠，以滿足客戶需求。\n"
        "分析師認為，此舉反映了來自客戶的壓力。\n延伸閱讀\n熱門新聞\n你可能也想看\n"
    )
    result = clean(page)
    assert result.metadata.title == "台積電宣布在美國設立第三座工廠"
    assert (result.metadata.author, result.metadata.date) == ("王小明", "2024-03-05 15:05")
    assert result.paragraphs == (
        "台積電週二表示，將在亞利桑那州設立第三座工廠，以滿足客戶需求。",
        "分析師認為，此舉反映了來自客戶的壓力。",
    )


def test_an_english_page_keeps_its_only_paragraph() -> None:
    page = (
        "Home > World > Asia\nSign in\nShare\nTaiwan's chipmakers race to build abroad\nBy Jane Doe\nMarch 5, 2024\n"
        "TAIPEI — The island's largest chipmaker said on Tuesday it would open a third plant in Arizona.\n"
        "Related articles\nAdvertisement\n© 2024 Example News. All rights reserved.\n"
    )
    result = clean(page)
    assert result.metadata.title == "Taiwan's chipmakers race to build abroad"
    assert (result.metadata.author, result.metadata.date) == ("Jane Doe", "2024-03-05")
    assert result.paragraphs == (
        "TAIPEI — The island's largest chipmaker said on Tuesday it would open a third plant in Arizona.",
    )


def test_a_last_paragraph_between_single_junk_lines_is_body() -> None:
    text = (
        "标题在这里出现\n第一段正文，足够长，讲了一件事情。\n图片来源：网络\n最后一段正文，作者在这里总结了全文。\n"
        "相关文章\n"
    )
    assert paragraphs(text)[-1] == "最后一段正文，作者在这里总结了全文。"


def test_a_site_blurb_among_footer_widgets_is_dropped() -> None:
    text = (
        "标题在这里出现\n第一段正文，足够长，讲了一件事情。\n某某阅读器\n某某阅读器\n"
        "智能创作助手，多种专业模板，为您提供全方位的创作支持。\n某某\n某某\n联系邮箱 someone@example.com\n相关文章\n"
    )
    result = clean(text)
    assert result.paragraphs == ("第一段正文，足够长，讲了一件事情。",)
    assert {d.reason for d in result.dropped if "智能创作助手" in d.line} == {"page footer"}


def test_markdown_title() -> None:
    result = clean("# 我的读书笔记\n\n## 第一章\n\n这一章讲的是如何在终端里阅读中文文章。\n")
    assert result.metadata.title == "我的读书笔记"
    assert result.paragraphs == ("## 第一章", "这一章讲的是如何在终端里阅读中文文章。")


@pytest.mark.parametrize("line", ["加载中...", "载入中…", "忘记密码？", "立即注册！", "登录 / 注册", "会员登录"])
def test_prompts_ending_in_punctuation_are_still_junk(line: str) -> None:
    result = clean(f"标题在这里出现\n第一段正文，足够长，讲了一件事情。\n{line}\n第二段正文，也足够长。")
    assert line not in result.paragraphs
    assert len(result.paragraphs) == 2


_PIECES = st.sampled_from(
    [
        "登录",
        "注册",
        "正文很长的一段话，讲了一件事情。",
        "相关文章",
        "作者：某人",
        "2024-05-28",
        "\n",
        "\n\n",
        "(xiàn)",
        "現",
        "</p>",
        "/p>",
        "[bold]",
        "\x1b[31m",
        "\x07",
        "  ",
        "• 12",
        "首页 > 科技 > 新闻",
        "Felix",
        "。",
        "..",
        "#",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=40))
def test_cleaning_any_text_is_safe_and_only_chooses_lines(pieces: list[str]) -> None:
    text = "".join(pieces)
    result = clean(text)
    for paragraph in result.paragraphs:
        assert paragraph and paragraph == paragraph.strip()
        assert not any(ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 for ch in paragraph)
    assert not any(ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 for ch in result.metadata.title)
    # Every non-empty line is either kept or dropped with a reason.
    lines = [fixed for raw in sanitize(text).split("\n") if (fixed := fix_line(raw))]
    assert len(result.paragraphs) + len(result.dropped) == len(lines)


@pytest.mark.parametrize(
    "sentence",
    [
        "他在公众号上发表了文章。",
        "这不代表公司的立场。",
        "版权所有者起诉了他。",
        "扫描二维码已成为日常。",
        "网站要求输入验证码。",
    ],
)
def test_short_sentences_about_page_things_are_body(sentence: str) -> None:
    assert sentence in paragraphs(
        f"标题在这里出现\n第一段正文，足够长，讲了一件事情。\n{sentence}\n第二段正文，也足够长。"
    )


def test_a_headline_about_a_privacy_policy_is_a_headline() -> None:
    result = clean("微信更新隐私政策\n作者：张三\n腾讯周二表示，新的隐私政策将于下月生效，用户需要重新确认。")
    assert result.metadata.title == "微信更新隐私政策"
    assert result.paragraphs == ("腾讯周二表示，新的隐私政策将于下月生效，用户需要重新确认。",)


def test_a_poem_of_short_lines_is_kept() -> None:
    poem = "静夜思\n李白\n床前明月光\n疑是地上霜\n举头望明月\n低头思故乡\n"
    result = clean(poem)
    assert result.metadata.title == "静夜思"
    assert result.paragraphs == ("李白", "床前明月光", "疑是地上霜", "举头望明月", "低头思故乡")
    assert clean("登录\n获取验证码\n" + poem).paragraphs == result.paragraphs


# The third held-out set's lessons, in general shapes (issue 9).


def test_title_is_never_a_metadata_row_or_a_handle() -> None:
    page = (
        "滨江市人民医院\n网上预约 | 报告查询 | 院务公开\n当前位置：首页 >> 健康科普 >> 儿童健康\n"
        "孩子总喊肚子疼，家长要分清这几种情况\n发布时间：2025年06月10日  浏览次数：4871  字号：[大 中 小]\n"
        "在儿科门诊，肚子疼大概是家长最常提到的一句话，原因很多，大部分并不严重。\n"
    )
    result = clean(page)
    assert result.metadata.title == "孩子总喊肚子疼，家长要分清这几种情况"
    assert result.metadata.date == "2025-06-10"
    assert result.metadata.source == "滨江市人民医院"
    reasons = {d.line: d.reason for d in result.dropped}
    assert reasons["当前位置：首页 >> 健康科普 >> 儿童健康"] == "navigation"
    post = (
        "Threads\n登入\nlin.yuehan_books\n2025-3-18\n開書店滿一年，誠實說說帳\n"
        "去年三月，我辭掉做了九年的工作，開了一間書店。\n"
    )
    result = clean(post)
    assert result.metadata.title == "開書店滿一年，誠實說說帳"
    assert result.metadata.author == "lin.yuehan_books"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("社工督導 林佩蓉", "林佩蓉"),
        ("儿科 主治医师 钱昭然", "钱昭然"),
        ("宋卓然（发自临江）", "宋卓然"),
        ('- "[[顾晨]]"', "顾晨"),
        ("甲小姐 刘杨楠", "甲小姐 刘杨楠"),  # a pen name is no job title
        ("韩雪松 周敏", "韩雪松 周敏"),
        ("slowwalker (慢慢走)", "slowwalker (慢慢走)"),  # after a Latin ID: the display name
    ],
)
def test_author_values_lose_what_is_around_the_name(value: str, expected: str) -> None:
    from reader.core.metadata import tidy_author

    assert tidy_author(value) == expected


def test_a_repost_statement_names_source_and_author() -> None:
    page = (
        "县城咖啡店的第二年\n硬核消费观察 · 2025-04-28 08:05\n"
        "本文来自微信公众号“硬核消费观察”（ID：yinghexiaofei），作者：蒋一宁，编辑：吕方，创见经授权发布，题图来源：图虫创意。\n"
        "县城咖啡店数量两年翻倍，但近四成门店开业不满一年即关闭，活下来的店靠熟人生意。\n"
    )
    meta = clean(page).metadata
    assert (meta.source, meta.author) == ("硬核消费观察", "蒋一宁")
    assert ("编辑", "吕方") in meta.credits


@pytest.mark.parametrize(
    "line",
    [
        "听新闻 00:00 / 08:42",
        "— 广告 — 暴雨天出行，就用出行App一键叫车",
        "延伸閱讀：路氹城舊區活化計劃諮詢今日展開",
        "[ 字体：放大 正常 缩小 ]  [ 打印本页 ]  [ 收藏本文 ]",
        "上一条：我校在全国大学生结构设计竞赛中获一等奖",
        "比赛中，章一帆头球攻门瞬间。（摄影/许文昊）",
        "*志愿者在小区绿化带中记录。摄影：曹一苇*",
        "Copyright © 滨江市第一人民医院 版权所有　浙ICP备12034567号-1　浙公网安备 33010802001234号 地址：江滨大道188号",
    ],
)
def test_page_furniture_by_shape(line: str) -> None:
    body = "这是正文的第一段，讲的是一件普通的事情，写得足够长。"
    result = clean(f"标题在这里写着\n{body}\n{line}\n这是正文的第二段，继续讲这件事情，也写得足够长。")
    assert line.strip("*") not in [p.strip("*") for p in result.paragraphs]
    assert body in result.paragraphs


def test_a_call_to_action_between_paragraphs_goes_a_clause_stays() -> None:
    first = "这是正文的第一段，讲的是一件普通的事情，写得足够长。"
    second = "这是正文的第二段，继续讲这件事情，也写得足够长。"
    call = "扫码关注医院微信公众号，预约挂号更便捷"
    clause = "提前下载翻译App，让爸妈也能自己点餐"
    result = clean(f"标题在这里写着\n{first}\n{call}\n{second}\n{clause}\n{first}")
    assert call not in result.paragraphs
    assert clause in result.paragraphs


def test_a_date_then_reporters_is_one_byline() -> None:
    from reader.core.folding import fold
    from reader.core.metadata import parse_meta_line

    line = "2024-02-27 18:32 聯合報／ 記者王小明／新北即時報導"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None
    assert (meta.source, meta.author, meta.date) == ("聯合報", "王小明", "2024-02-27 18:32")


def test_the_one_scan_sanitize_agrees_with_sanitize_on_every_character() -> None:
    # cleaning skips sanitize's four passes when one scan finds nothing to change
    from reader.core.line_fix import sanitized
    from reader.core.sanitize import sanitize

    for cp in [*range(0x00, 0x250), 0x2028, 0x2029, 0x202A, 0x202E, 0x2066, 0x2069, 0xFEFF, 0x3000, 0x4E2D]:
        text = f"正文{chr(cp)}一行\r\n\x1b[31m第二行\t"
        assert sanitized(text) == sanitize(text)
        assert sanitized(chr(cp)) == sanitize(chr(cp))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["现(xiàn)", "F(xiàn)elix", "（lǜ）", "(ma)", "a<b>", "&amp;", " ", "\n", "正文", "\t"]))
)
def test_lines_fixed_per_text_are_the_lines_fixed_one_by_one(parts: list[str]) -> None:
    from reader.core.line_fix import fix_lines, sanitized

    text = "".join(parts)
    assert fix_lines(text) == [fixed for raw in sanitized(text).split("\n") if (fixed := fix_line(raw))]


_P1 = "这是正文的第一段，讲的是一件普通的事情，写得足够长。"
_P2 = "这是正文的第二段，继续讲这件事情，也写得足够长。"
_P3 = "这是正文的第三段，把这件事情讲完，同样写得足够长。"


def test_record_rows_between_paragraphs_are_body_not_the_byline() -> None:
    # a list of books, each with its author and publisher: rows of records
    rows = ["作者：罗青禾　出版社：江南植物出版社", "作者：钟以安　出版社：北辰文艺出版社"]
    text = f"十一月新书推荐\n推荐馆员：何蔓\n{_P1}\n一、山坡上的草\n{rows[0]}\n{_P2}\n二、修表的人\n{rows[1]}\n{_P3}"
    result = clean(text)
    assert all(row in result.paragraphs for row in rows)
    assert result.metadata.author == "何蔓"
    # one such line alone between paragraphs is still a byline's place
    single = clean(f"十一月新书推荐\n{_P1}\n作者：罗青禾　出版社：江南植物出版社\n{_P2}\n{_P3}")
    assert "作者：罗青禾　出版社：江南植物出版社" not in single.paragraphs


def test_a_run_of_label_values_under_a_paragraph_stays_whole() -> None:
    box = ["中文名：青梅酒", "类别：果酒（浸泡酒）", "主要原料：青梅、冰糖、基酒", "酒精度：10%vol—20%vol"]
    result = clean("青梅酒（酒类）\n" + _P1 + "\n" + "\n".join(box) + "\n目录\n1 历史沿革\n2 酿造工艺\n" + _P2)
    assert all(line in result.paragraphs for line in box)


def test_a_flattened_table_under_a_heading_of_the_body_stays() -> None:
    rows = ["星期一　上午 林思妤　下午 曾柏翰", "星期二　上午 方雅婷　下午 林思妤", "星期三　上午 曾柏翰　夜診 方雅婷"]
    text = "復健科簡介\n" + _P1 + "\n" + _P2 + "\n門診時間\n" + "\n".join(rows) + "\n" + _P3
    assert all(row in clean(text).paragraphs for row in rows)
    # a site's menu rows share no word: they still go
    menus = ["首頁　認識本院　醫療團隊", "就醫指南　衛教園地　最新消息", "人才招募　聯絡我們　網站地圖"]
    text = "復健科簡介\n" + _P1 + "\n" + _P2 + "\n更多\n" + "\n".join(menus) + "\n" + _P3
    assert not any(menu in clean(text).paragraphs for menu in menus)


def test_a_contents_list_above_a_related_header_goes_with_it() -> None:
    contents = [
        "本期目录",
        "【小说】",
        "雪落在无人的站台　陆向北",
        "三号线的末班车　赵清扬",
        "【散文】",
        "旧书店没有猫　章一苇",
    ]
    text = (
        "外婆的缝纫机\n"
        + _P1
        + "\n"
        + _P2
        + "\n"
        + "\n".join(contents)
        + "\n【评论】\n县城写作的可能与限度　文述之\n© 2025 北岸杂志社"
    )
    result = clean(text)
    assert not any(line in result.paragraphs for line in contents)
    assert _P2 in result.paragraphs


def test_a_numbered_list_continues_its_junk_first_item() -> None:
    ranking = ["2.《小猪佩奇的冬天》　借阅 287 次", "3.《家常菜一百道》　借阅 241 次", "4.《县城的黄昏》　借阅 198 次"]
    text = (
        f"新书推荐：在冬天来临前读点慢书\n{_P1}\n{_P2}\n上一篇：十月新书推荐\n下一篇：暂无\n借阅排行榜（本月）\n"
        "1.《长夜将尽》　借阅 312 次\n" + "\n".join(ranking) + "\n数字资源：电子图书　有声读物　期刊数据库\n"
        "关注“宜州市图书馆”微信服务号，续借、预约、活动报名一键办理\n地址：宜州市文昌路88号　咨询电话：0774-3286 5500\n"
        "© 2025 宜州市图书馆 版权所有"
    )
    result = clean(text)
    assert not any(line in result.paragraphs for line in ranking)
    assert _P2 in result.paragraphs
    # the body's own numbered list, whose first item stays, stays whole
    steps = ["1. 挑选无破损的新鲜青梅；", "2. 用牙签去除果蒂；", "3. 装入玻璃罐；"]
    assert all(s in clean(f"青梅酒\n{_P1}\n" + "\n".join(steps) + f"\n{_P2}").paragraphs for s in steps)


def test_a_heading_under_the_date_over_a_row_of_tags_heads_the_body() -> None:
    text = (
        f"嵌入式软件工程师\n发布于 2025-11-27\n职位描述\n五险一金　带薪年假　年终奖　定期体检　免费班车\n{_P1}\n{_P2}"
    )
    result = clean(text)
    assert "职位描述" in result.paragraphs
    assert "五险一金　带薪年假　年终奖　定期体检　免费班车" not in result.paragraphs
    # a lone word in a run of the page's menus stays junk
    menus = clean(f"嵌入式软件工程师\n首页 > 职位 > 杭州\n登录\n五险一金　带薪年假　年终奖　定期体检　免费班车\n{_P1}")
    assert "登录" not in menus.paragraphs


def test_a_row_shaped_like_the_related_row_above_it_is_one_more_of_them() -> None:
    rows = ["云南昆明大理丽江8天7晚跟团游　¥4,180起", "西双版纳5天4晚亲子游　¥2,680起"]
    licence = "本页面展示的行程、价格及服务标准以双方签署的旅游合同为准，如有变更，本公司将提前通知游客。"
    result = clean(f"大理丽江6天5晚纯玩团\n{_P1}\n{_P2}\n相关线路\n" + "\n".join(rows) + f"\n{licence}")
    assert not any(row in result.paragraphs for row in rows)
    # a heading over prose after such a block still stays
    # (the licence above is the site's own statement, which now goes wherever it
    # stands at the tail; a paragraph of the article's own stands under the heading here)
    fees = "费用包含全程住宿、每日早餐和景区首道门票，不含往返大交通和个人消费，单人出行需补房差一千二百元。"
    kept = clean(f"大理丽江6天5晚纯玩团\n{_P1}\n相关线路\n{rows[0]}\n费用说明\n{fees}")
    assert "费用说明" in kept.paragraphs


def test_dated_posts_after_the_body_over_the_pages_junk_go_with_their_header() -> None:
    posts = [
        "沐****3　2025-11-12　5分　导游特别负责，洱海骑行那天天气超好，推荐！",
        "j***ie　2025-11-03　4分　行程安排合理，就是车程有点长。",
    ]
    text = (
        f"大理丽江6天5晚纯玩团\n{_P1}\n{_P2}\n用户点评\n" + "\n".join(posts) + "\n查看全部846条点评 >\n© 2025 乐途假期"
    )
    result = clean(text)
    assert not any(p in result.paragraphs for p in [*posts, "用户点评"])
    # the same rows with the body going on under them are the article's (a diary's entries)
    diary = clean(f"大理丽江6天5晚纯玩团\n{_P1}\n" + "\n".join(posts) + f"\n{_P2}")
    assert all(p in diary.paragraphs for p in posts)


def test_a_panel_between_the_headline_and_the_body_goes_to_its_tabs() -> None:
    panel = ["¥3,280起/人　儿童价 ¥2,180", "立即预订　在线咨询", "行程介绍　费用说明　预订须知　用户点评(846)"]
    text = "云南大理丽江6天5晚纯玩团｜洱海骑行\n更新日期：2025-11-26\n" + "\n".join(panel) + f"\n行程亮点\n{_P1}\n{_P2}"
    result = clean(text)
    assert not any(line in result.paragraphs for line in panel)
    assert "行程亮点" in result.paragraphs
    # a standfirst that ends a sentence above such a row stays, and so does the row's neighbourhood
    dek = "一句导语，说明这趟行程的安排。"
    kept = clean(f"云南大理丽江6天5晚纯玩团｜洱海骑行\n{dek}\n{panel[2]}\n{_P1}\n{_P2}")
    assert dek in kept.paragraphs
