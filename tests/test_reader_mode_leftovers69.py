"""Reader mode on the development set's leftover junk (fix pass 69): readers'
posts with no comments header (rows of a name, the day and the clock), and
the blocks a web page's markup sets right under a picture."""

from __future__ import annotations

from pathlib import Path

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.html_reader import read_html

_PROSE = [
    "上个月我们在河西路租的那套房子出了问题，中介收了三个月房租以后就联系不上了，这里把经过记下来给大家参考。",
    "目前的进展是：业主同意我们按原价住到合同结束，押金那部分要等派出所那边的结果，有新进展再更新。",
]
_FOOT = ["相关帖子", "湖西小区合租避雷：房东扣押金理由离谱", "© 2027 邻里网　京ICP备2027000001号"]


def test_readers_posts_under_their_name_day_and_clock_rows_go() -> None:
    posts = [
        "晚归的阿青　2027-03-02 21:40",
        "收藏了，我上周也差点租了这家，看房的时候那个人一直催我当天交定金。",
        "Tony Leung　3月3日 08:15",
        "想问下报案的时候需要带哪些材料？我这边的情况有点像。",
    ]
    kept = kept_set("\n".join(["河西路租房被骗经过", *_PROSE, *posts, *_FOOT]))
    assert all(same(p) in kept for p in _PROSE)
    for line in posts:
        assert same(line) not in kept, line


def test_a_single_dated_row_or_a_post_that_runs_on_is_no_comments_block() -> None:
    # (one row: a story's own dated line; a third line under a row: an entry of the story)
    one = ["晚归的阿青　2027-03-02 21:40", "收藏了，我上周也差点租了这家，看房的时候那个人一直催我当天交定金。"]
    kept = kept_set("\n".join(["河西路租房被骗经过", *_PROSE, *one, *_FOOT]))
    assert same(one[1]) in kept
    long = [
        "记录一　2027-03-02 21:40",
        "中介说公司系统升级，让大家改成直接转账到他个人的账户里。",
        "我按时交了下一季度房租，之后他再也没有回过任何消息。",
        "业主上门说中介已经三个月没交租，要求我们一周内搬走。",
        "记录二　2027-03-05 10:02",
        "我和同层另外四个租客一起去派出所报了案，民警建议同时投诉。",
    ]
    kept = kept_set("\n".join(["河西路租房被骗经过", *_PROSE, *long, *_FOOT]))
    assert same(long[1]) in kept


_PICTURE_PAGE = """<html><head><title>我县冬春农田水利建设全面启动</title></head><body>
<div class="article"><h1>我县冬春农田水利建设全面启动</h1>
<p>11月24日，我县冬春农田水利建设现场推进会在西屏街道召开，标志着今冬明春农田水利建设全面启动，全县计划实施各类水利项目一百余个。</p>
<p><img src="/art/2027/11/canal.jpg"></p>
<p>横山村灌溉渠改造施工现场</p>
<p>会议要求，各乡镇和相关部门要倒排工期、挂图作战，确保所有项目在明年四月底前完工，并加强冬季施工安全管理。</p>
<p><img src="/art/2027/11/field.jpg"></p>
<p><b>二、高标准农田建设</b></p>
<p>今年全县新建高标准农田两万亩，项目区灌溉保证率将提高到百分之九十以上，亩均增产粮食约一百斤。</p>
</div></body></html>"""


def test_a_block_right_under_a_picture_is_its_caption_a_bold_one_a_heading() -> None:
    page = read_html(_PICTURE_PAGE.encode(), Path("canal.html"))
    assert "横山村灌溉渠改造施工现场" in page.hints.captions
    assert "二、高标准农田建设" not in page.hints.captions
    kept = {same(p) for p in clean(page.text, hints=page.hints).paragraphs}
    assert same("横山村灌溉渠改造施工现场") not in kept
    assert same("二、高标准农田建设") in kept
    assert any(p.startswith("会议要求") for p in kept)
