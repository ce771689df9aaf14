"""Reader mode on the shapes the fifty-seventh held-out set showed: a
comments block right under a related-reading list, each post with its time
and reply button on a row of its own and one poster answering another."""

from __future__ import annotations

from pathlib import Path

from cleaning_support import kept_set, same
from reader.core.html_reader import read_html

_NOTICE = [
    "城东至河口乡客运班线调整发车时刻",
    "为方便沿线群众出行，经县交通局实地调研并征求沿线村民意见，城东至河口乡班线自下月起调整发车时刻。",
    "票价不变，全程十元，车辆继续在沿线各招呼站停靠，群众可在站牌处招手乘车，详情请咨询客运站。",
    "相关阅读",
    "我县新增两条城乡公交线路 覆盖九个行政村",
    "端午节期间县内客运加密班次的公告",
    "网友评论（3）",
    "河口老李：早上那班终于提前了，以前赶去县医院都排到后面去了，点赞！",
    "2027-05-02 18:02　回复",
    "城东小店：下午以后还是没有车，我们在县城上班的回不来，能不能再加一班？",
    "2027-05-02 19:15　回复",
    "县交通局 回复 城东小店：您好，晚班车需求已记录，我们将根据客流情况研究，感谢建议。",
    "2027-05-03 10:20",
    "发表评论　请文明上网，理性发言",
    "主办：县融媒体中心　备案号20260417号",
]


def test_comments_under_a_related_list_go_with_their_time_rows_and_replies() -> None:
    # (each post's time and reply button on its own row; the publisher answering a reader)
    kept = kept_set("\n".join(_NOTICE))
    assert same(_NOTICE[1]) in kept and same(_NOTICE[2]) in kept
    assert not kept & {same(line) for line in _NOTICE[7:14]}


_RECAP = [
    "# 春季品茶會回顧",
    "[首頁](https://www.tea-club.example/) · [活動](https://www.tea-club.example/events) · [入會](https://www.tea-club.example/join)",
    "上個星期日，學會在會所舉辦了春季品茶會，三十多位會員一同試了六款來自不同產區的烏龍和紅茶。",
    "活動最後，會長簡單報告了下半年的計劃：九月將組團參觀茶園，十一月則合辦入門課程。",
    "> 溫馨提示：根據本地法例，活動場地全面禁煙。學會活動只接待會員及嘉賓，請提前登記。",
    "📷 更多相片請到學會專頁相簿「春季品茶會」",
    "© 2027 茶藝學會｜社團登記編號 1234",
]


def test_a_quoted_notice_of_two_sentences_and_an_icon_line_over_the_footer_go() -> None:
    # (a labelled notice of two sentences in a quote, a line led by an icon: the site's)
    kept = kept_set("\n".join(_RECAP))
    assert same(_RECAP[3]) in kept
    assert same(_RECAP[4]) not in kept and same(_RECAP[5]) not in kept
    # (the article's own tip, one sentence, stays)
    lines = [*_RECAP[:4], "> 溫馨提示：活動當天請攜帶會員證，著裝輕便即可。", *_RECAP[6:]]
    assert same(lines[4]) in kept_set("\n".join(lines))
    # (a line led by an icon with no callout over it may be the article's last: its place)
    lines = [*_RECAP[:4], "📍茶藝學會會所｜澳門南灣大馬路（詳細地址請見官網）", *_RECAP[6:]]
    assert same(lines[4]) in kept_set("\n".join(lines))


def test_a_long_rights_row_led_by_the_rights_word_and_its_year_goes() -> None:
    # (版权所有 © year, then policy links and a browser note: too long for the keyword rules)
    row = "版权所有 © 2027 河口镇议会　|　隐私政策　|　安全政策　|　最佳浏览：Chrome、Edge、Firefox 最新版本"
    lines = [
        "巴刹公共厕所提升工程期间暂停开放",
        "为改善公共卫生设施，本会将于下月对巴刹公共厕所进行全面提升工程，工程期间该厕所暂停开放，不便之处敬请见谅。",
        "工程期间，公众可使用巴刹后方停车场旁的临时流动厕所，每日早上六时至晚上八时开放。",
        row,
    ]
    kept = kept_set("\n".join(lines))
    assert same(lines[1]) in kept and same(row) not in kept


def test_a_credited_remark_in_a_box_of_the_article_names_its_writer() -> None:
    # (a judge's short comment in the article's aside, credited in brackets at its end)
    essay = [
        "阿嬤的菜園在河堤旁邊，每天清晨她都會推著一台舊推車出門，把前一晚摘好的青菜送到市場去賣。",
        "我從小就跟在她身後，學會了分辨哪一種菜要多澆水，哪一種菜曬太多太陽就會變苦。",
        "現在菜園荒了一半，但每個週末，我還是會回去把雜草拔乾淨，讓那些菜繼續長。",
    ]
    body = "".join(f"<p>{line}</p>" for line in essay)
    html = (
        "<html><head><title>〈阿嬤的菜園〉</title></head><body><article><h1>〈阿嬤的菜園〉</h1>"
        "<p>作者：陳雨晴｜發布日期：2027-03-18</p>"
        f"<div>{body}</div><aside><h3>評審短評</h3>"
        "<p>作者以平實的筆調寫出祖孫兩代的情感，結尾一句收束全文，節制而有力。（評審／張美玲）</p></aside>"
        "</article></body></html>"
    )
    page = read_html(html.encode(), Path("essay.html"))
    assert "張美玲" in [name for _, name in page.hints.credits]
