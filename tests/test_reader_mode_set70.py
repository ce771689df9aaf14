"""Reader mode on the shapes the seventieth held-out set showed: a blog
post's headline with its topic before a colon, under the blog's name,
motto and a category counter, over a byline of a nickname with the full
name in brackets; a review's score on its scale closing the body, with a
bracketed sign-off under it; a notice's signing date that restates the
markup's date; a 来源 unit the signer writes alone on a site named with
its place before it; a credit in a Markdown caption set in italics."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.metadata import Hints

# A hobby blog on a platform: the blog's name, its motto, a category counter, then the post.
_BLOG = [
    "點點格 DotBlog　｜　熱門　｜　登入",
    "阿竹的茶席筆記",
    "一壺茶，慢慢喝",
    "文章分類：茶席日常（17）",
    "秋分茶會：第一次用柴燒壺泡老烏龍，竟然泡出了蜜香",
    "阿竹（林佩君）　2027-09-23 20:15　瀏覽(233)",
    "今年秋分約了三個朋友來家裡喝茶，我特地把去年在鶯歌買的柴燒壺拿出來開壺。",
    "第一泡有點悶，第二泡之後香氣慢慢打開，朋友說喝到了蜂蜜的味道，我自己也很意外。",
    "下個月想試試看用同一把壺泡紅茶，看看會不會一樣好喝。",
    "Powered by 點點格 DotBlog © 2027",
]


def test_a_headline_with_its_topic_before_a_colon_over_a_byline_is_the_title() -> None:
    cleaned = clean("\n".join(_BLOG))
    assert cleaned.metadata.title == _BLOG[4]
    kept = kept_set("\n".join(_BLOG))
    for line in _BLOG[1:4]:
        assert same(line) not in kept, line


def test_a_nickname_with_the_full_name_in_brackets_is_the_author_and_its_blog_the_source() -> None:
    meta = clean("\n".join(_BLOG)).metadata
    assert meta.author == "林佩君"
    assert ("作者", "林佩君") in meta.credits
    assert meta.source == "阿竹的茶席筆記"


_REVIEW = [
    "這支鋼筆我用了整整一年，筆尖從一開始的乾澀慢慢磨順，現在每天寫日記都離不開它。",
    "缺點是墨水容量小，出門一整天要帶一管卡水，對經常外出的人來說有點麻煩。",
    "如果你只在書桌上寫字，它非常值得；想要一支能帶著走的，請再多看看。",
    "總評：8.5／10",
    "（佩珊，寫於高雄）",
]


def test_a_score_on_its_scale_under_the_last_paragraph_stays_with_its_sign_off() -> None:
    kept = kept_set("\n".join(_REVIEW))
    assert same("總評：8.5／10") in kept
    assert same("（佩珊，寫於高雄）") in kept


def test_a_count_off_a_scale_under_the_last_paragraph_still_goes() -> None:
    kept = kept_set("\n".join([*_REVIEW[:3], "閱讀：8.5／37"]))
    assert same("閱讀：8.5／37") not in kept


_NOTICE = [
    "关于青林小区3幢屋面防水维修工程的公示",
    "青林小区3幢全体业主：",
    "经业主申请，3幢屋面防水维修工程已完成方案设计，现将有关情况公示如下，请各位业主知悉。",
    "公示期间如有异议，请于工作时间到社区服务中心书面反映，逾期视为无异议。",
    "特此公示。",
    "青林街道办事处",
    "2027年6月3日",
]


def test_a_signing_date_restating_the_markups_date_stays_and_the_markup_dates_the_page() -> None:
    text = "\n".join(_NOTICE)
    cleaned = clean(text, hints=Hints(date="2027-06-03 10:20"))
    assert same("2027年6月3日") in {same(p) for p in cleaned.paragraphs}
    assert cleaned.metadata.date == "2027-06-03 10:20"


def test_a_unit_its_signer_writes_alone_is_the_source_over_its_placed_site_name() -> None:
    text = "\n".join(_NOTICE)
    hints = Hints(date="2027-06-03 10:20", source="临川市青林街道办事处", field_source="青林街道办事处")
    assert clean(text, hints=hints).metadata.source == "青林街道办事处"


def test_a_university_office_keeps_its_universitys_name() -> None:
    text = "\n".join([*_NOTICE[:5], "学生工作处", "2027年6月3日"])
    hints = Hints(date="2027-06-03 10:20", source="临川师范大学学生工作处", field_source="学生工作处")
    assert clean(text, hints=hints).metadata.source == "临川师范大学学生工作处"


def test_a_credit_in_an_italic_markdown_caption_is_read() -> None:
    text = "\n".join(
        [
            "# 老碼頭的最後一班渡輪",
            "",
            "碼頭邊的售票亭開了四十年，今年夏天終於要拆了，老街坊一早就來排隊搭最後一班船。",
            "",
            "船長說他從十八歲開始跑這條航線，閉上眼睛都知道哪裡有暗流。",
            "",
            "*最後一班渡輪駛離碼頭。（攝影：梁志恆）*",
        ]
    )
    assert ("攝影", "梁志恆") in clean(text).metadata.credits
