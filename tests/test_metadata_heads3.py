"""Heads set 3's pages after their first pass (tests/data/pages/fh3_*): a party paper's page
citing the issue its story is from under the story, 《皖中日报》（2029年04月12日 03版）, was
taken for the headline and the whole story above it dropped (fh3_13)."""

from __future__ import annotations

from reader.core.cleaning import clean
from reader.core.line_verdicts import judge_all

_PAGE = """\
江淮网　首页　时政　经济　社会　理论　图片
当前位置：首页 > 皖中日报 > 第03版：要闻
芜湖长江夜游航线时隔三年恢复运营
——首航当晚载客四百余人
来源：皖中日报　2029年04月12日　版次：03
本报记者　陈立新　本报通讯员　郭婷
4月11日晚7时30分，随着一声汽笛，“江城号”游船从芜湖滨江码头缓缓驶出，停运三年的长江夜游航线正式恢复运营。
新航线全程约九十分钟，途经中江塔、老海关等沿江地标，首航当晚载客四百余人。运营方表示，4月至10月每晚发两班。
芜湖市文旅部门负责人介绍，今年还将在沿江新建两处观景平台，与夜游航线串成一条“滨江夜游带”。
{cited}
（责任编辑：杨帆）
打印本页　关闭窗口
"""


def test_a_papers_issue_cited_under_the_story_is_its_source_and_date_not_the_headline() -> None:
    meta = judge_all(["《皖中日报》（2029年04月12日 03版）"])[0][3]
    assert meta is not None and (meta.source, meta.date) == ("皖中日报", "2029-04-12")
    page = clean(_PAGE.format(cited="《皖中日报》（2029年04月12日 03版）"))
    assert page.metadata.title == "芜湖长江夜游航线时隔三年恢复运营"
    assert len([p for p in page.paragraphs if p.endswith("。")]) == 3
    # (near miss: a work's title and its year in brackets is no paper's issue: no date of a day)
    assert judge_all(["《长江夜航》（2029年版）"])[0][3] is None


_POST = """\
点击蓝字 关注我们
孩子说“我不想上兴趣班了”，我没有马上答应
原创 林小禾 小芽育儿说
2029年03月06日 07:30 广东
上周五接女儿放学，她在车上突然说：“妈妈，我不想学钢琴了。”我握着方向盘，第一反应是：学了两年，现在放弃太可惜了。
但我没有马上回答。晚饭后我问她，是不喜欢钢琴，还是不喜欢现在的老师，还是觉得每天练琴太累？
"""


def test_a_posts_originality_mark_with_writer_and_account_is_its_byline_the_date_under_it() -> None:
    # (fh3_17: the WeChat head's 原创 line, its date on the next line, was taken for the headline)
    meta = clean(_POST).metadata
    assert meta.title == "孩子说“我不想上兴趣班了”，我没有马上答应"
    assert (meta.author, meta.source) == ("林小禾", "小芽育儿说")
    # (near misses: a word that opens with 原创, and the mark with one name only, state no byline)
    assert judge_all(["原创音乐 作品 展示"])[0][3] is None
    assert judge_all(["原创 小芽育儿说"])[0][3] is None


def test_the_markups_writer_tells_where_a_dateline_name_run_into_its_place_ends() -> None:
    # (f6_13: 【本報記者黃啟明舊金山報導】 read as 黃啟明舊 and 金山; the markup names 黃啟明)
    from reader.core.reporter_lines import dateline_reporters

    lead = "【本報記者黃啟明舊金山報導】感恩節過後的第一個星期六，華埠長者服務中心的廚房從清晨六點就忙個不停。"
    assert dateline_reporters(lead, "黃啟明").credits == (("本報記者", "黃啟明"),)
    # (near miss: with no writer named in the markup the line is read as before, whatever it cuts)
    assert dateline_reporters(lead) == dateline_reporters(lead, "林美玲")
