"""Found promoting heads set 4 (fh4_*): a review's score under its last paragraph
(综合评分：8.5 / 10) was taken for a two-level crumb (its slash between words) and
lost; a label's value given out of a whole is no crumb. The previous piece's link
in brackets under it ([上一篇：…], a Markdown link clipped of its address) is a
previous/next link as it is without them."""

from __future__ import annotations

from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.line_features import junk_rule

_REVIEW = """\
游侠次元 | 新闻 评测 攻略 视频 社区
《雾港飙车》评测：把山城坡道做成赛道的独立竞速游戏
作者：夜行者　编辑：小K　2029-06-02 14:30
这款由四人小团队开发的竞速游戏，把山城的立交桥、坡道和窄巷都搬进了赛道，几乎没有喘息的机会。
车辆的操控反馈相当扎实，漂移时的重心转移清晰可感，即使用手柄也能很快上手。
{score}
本文为游侠次元原创评测，转载请注明出处。
[上一篇：《雾港飙车》试玩：山城坡道上的漂移]
👍 1.2万　💬 386
"""


def test_a_review_s_score_under_its_last_paragraph_stays_and_the_bracketed_previous_link_goes() -> None:
    for score in ("综合评分：8.5 / 10", "畫面表現：9/10", "難度：3 / 5 分"):
        kept = clean(_REVIEW.format(score=score)).paragraphs
        assert kept[-1] == score
        assert not any("上一篇" in p for p in kept)


def test_a_slash_between_words_or_a_bare_fraction_is_still_junk() -> None:
    # (near misses: a crumb's two levels, a labelled crumb, a pager's count, a gallery's)
    for line in ("地方 / 新北市", "当前位置：首页 / 新闻", "第3页 / 共10页", "1 / 5"):
        assert junk_rule(line, fold(line))[0] is not None, line
    for line in ("综合评分：8.5 / 10", "评分：8 / 10"):
        assert junk_rule(line, fold(line))[0] is None, line
    for line in ("[上一篇：《雾港飙车》试玩]", "【下一篇：山城坡道上的漂移】", "上一篇：山城坡道上的漂移"):
        assert junk_rule(line, fold(line))[0] is not None, line


def test_a_related_headline_that_asks_then_answers_and_the_poster_s_other_posts_go() -> None:
    for line in (
        "延伸閱讀：幼兒夏夜冷氣溫度怎麼調？醫師教你三招",
        "楼主其他帖子：江城业余足球联赛赛程出炉，揭幕战在汉阳江滩",
        "作者更多文章：山城坡道上的漂移",
    ):
        assert junk_rule(line, fold(line))[0] is not None, line
    # (near misses: a statement about the other posts, a question in the body)
    for line in ("楼主其他帖子里也说过这件事，大家可以去看看。", "冷氣怎麼調？醫師教你三招"):
        assert junk_rule(line, fold(line))[0] is None, line


def test_a_date_whose_year_is_named_the_republic_s_is_the_byline_s_or_the_date_line_s_as_written() -> None:
    from reader.core.metadata import parse_meta_line

    byline = "運動視界｜撰文：黃柏翰（特約）｜民國118年3月5日 星期一"
    meta = parse_meta_line(byline, fold(byline))
    assert meta is not None and (meta.author, meta.date) == ("黃柏翰", "民國118年3月5日")
    for line in ("民國118年3月5日 星期一", "民國118年3月5日（一）"):
        meta = parse_meta_line(line, fold(line))
        assert meta is not None and meta.kind == "date" and meta.date == "民國118年3月5日"
    # (near misses: the day inside a sentence, a year not named the Republic's, no such month, and a
    # notice's formal sign-off under its signer, 中華民國…: the notice's own line, see test_reader_mode_set65)
    for line in ("民國118年3月5日起實施新制", "114年3月5日", "民國118年13月5日", "中華民國117年2月3日"):
        meta = parse_meta_line(line, fold(line))
        assert meta is None or meta.date is None, line


_RELEASE = """\
港灣大學 新聞中心
首頁 / 新聞稿 / 學生成就
# 港灣大學學生研發手語學習應用程式 獲創科比賽金獎
傳訊及公共事務處　2029年11月8日
港灣大學三名資訊工程系學生研發的手語學習應用程式「手響」，日前在全港大專創科比賽中奪得金獎。
團隊成員陳凱晴表示，希望明年與聾人團體合作，加入更多日常生活用語。
傳媒查詢：傳訊及公共事務處
回到新聞稿列表
"""


def test_a_back_link_to_a_named_list_goes_and_the_media_contact_with_it() -> None:
    kept = clean(_RELEASE).paragraphs
    assert kept[-1] == "團隊成員陳凱晴表示，希望明年與聾人團體合作，加入更多日常生活用語。"
    for line in ("回到新聞稿列表", "返回新闻列表"):
        assert junk_rule(line, fold(line))[0] is not None, line
    for line in ("回到故乡", "返回故乡的列车"):  # (near misses: no list to go back to)
        assert junk_rule(line, fold(line))[0] is None, line


def test_an_all_media_reporter_s_desk_word_is_the_role_s_not_the_outlet_s() -> None:
    from reader.core.metadata import parse_meta_line

    for line, source in (
        ("星城晚报全媒体记者 刘思雨 通讯员 彭湘", "星城晚报"),
        ("江城日报融媒体记者 王小明", "江城日报"),
    ):
        meta = parse_meta_line(line, fold(line))
        assert meta is not None and meta.source == source and meta.author in line
    meta = parse_meta_line("全媒体记者 刘思雨", fold("全媒体记者 刘思雨"))
    assert meta is not None and meta.source is None and meta.author == "刘思雨"  # (no outlet named at all)
