"""Reader mode on the shapes the fifty-ninth held-out set showed: an end
mark over a site's appeal, a signature date under a contact row, a sentence
about the writer in brackets, a © line whose name stands before the mark,
a citizen reporter's byline and a lab named as the 来源 of a school's page."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.metadata import Hints

_REPORT = [
    "社区记者站 Community Reporter",
    "首页　社区新闻　投稿",
    "【直击】河边的周日早市重开",
    "公民記者：陈晓彤｜2028年4月2日 11:20｜阅读 1,203",
    "今早河边的周日早市重开，摊主大多是附近的老街坊，开市不到一小时，蔬菜和豆腐已经卖了一半。",
    "负责统筹的街坊会干事说，早市每周日早上七点到十点，暂定试办三个月，之后再看居民的意见。",
    "（完）",
    "【征集】你身边有什么值得记录的事？欢迎成为街坊记者，投稿一经刊登可获书券一张。",
    "社区记者站 © 2028　私隐政策　联络我们",
]


def test_an_end_mark_under_the_last_paragraph_stays_over_an_appeal() -> None:
    # (（完） between the body's last paragraph and the site's appeal: the body's end)
    kept = kept_set("\n".join(_REPORT))
    assert same("（完）") in kept
    assert same(_REPORT[7]) not in kept


def test_the_name_before_the_mark_is_the_site_not_the_link_after_the_year() -> None:
    # (NAME © YEAR, then the footer's links in cells of their own: the name, never a link)
    lines = [*_REPORT[2:-1], "晨光周报 © 2028　私隐政策　联络我们"]
    assert clean("\n".join(lines)).metadata.source == "晨光周报"
    # (the name after the year in the same cell is the site's, as ever)
    lines = [*_REPORT[2:-1], "关于我们　私隐政策　© 2028 晨光周报"]
    assert clean("\n".join(lines)).metadata.source == "晨光周报"


def test_a_reporters_bureau_is_a_publisher_s_name() -> None:
    # (a 记者站 is an outlet; a reporter's role in a name is no publisher's)
    lines = [*_REPORT[:-1], "© 2028 社区记者站　私隐政策　联络我们"]
    assert clean("\n".join(lines)).metadata.source == "社区记者站"


def test_a_citizen_reporter_beside_the_date_is_the_author() -> None:
    meta = clean("\n".join(_REPORT)).metadata
    assert meta.author == "陈晓彤"


_NOTICE = [
    "发布时间：2028-05-10 09:00 来源：材料力学实验室 浏览次数：512",
    "材料力学实验室将于下周开展一项关于桥梁模型承重的课程实验，现招募本科生助手若干名，协助记录数据。",
    "参加者须修读过材料力学课程，每周可安排至少两个下午，实验期间提供餐补，完成后发放劳务费。",
    "有意者请发送邮件至实验室邮箱，注明姓名、年级与可参加的时间段，我们将在三个工作日内回复。",
    "联系人：周同学 电话：0571-8800 1234（工作日9:00—17:00）",
    "材料力学实验室",
    "2028年5月10日",
]


def test_a_signature_date_under_a_contact_row_is_the_notice_s() -> None:
    # (the signer and its date under the contact row the notice ends with: body, not the page's date line)
    assert same("2028年5月10日") in kept_set("\n".join(_NOTICE))


def test_a_lab_named_as_the_source_of_a_school_s_page_gives_way_to_the_school() -> None:
    meta = clean("\n".join(_NOTICE), hints=Hints(source="澄湖大学土木工程学院")).metadata
    assert meta.source == "澄湖大学土木工程学院"


_COLUMN = [
    "海边的石头会说话吗",
    "文／林若晴　2028-02-11",
    "退潮的时候，礁石上的纹路一层一层露出来，像一本没有装订的书，记录着每一次风暴和每一次平静。",
    "地质学家说，这些纹路可以追溯到几百万年前，而我们每次去海边，只是读到了其中很短的一页。",
    "（本文作者為地質科普作家，長年於東北角海岸帶領導覽。）",
    "責任編輯：何志遠",
]


def test_a_bracketed_sentence_about_the_writer_is_the_article_s_not_a_byline() -> None:
    cleaned = clean("\n".join(_COLUMN))
    assert same(_COLUMN[4]) in {same(p) for p in cleaned.paragraphs}
    assert not any(name.startswith("為") for _, name in cleaned.metadata.credits)
