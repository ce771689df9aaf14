"""An editor credited by role is the author only on a line of their own."""

from __future__ import annotations

from reader.core.cleaning import clean
from reader.core.meta_records import Hints

HEAD = "县道客运班次调整的通知\n"
BODY = (
    "这是正文的第一段，讲了一件事情的来龙去脉，足够长也足够像正文。\n"
    "第二段接着说下去，又补充了几个细节和一位受访者的说法，也足够长。\n"
)


def _meta(text: str, hints: Hints | None = None):
    return clean(text, hints=hints).metadata


def test_an_editor_beside_the_source_is_credited_not_the_author() -> None:
    got = _meta(HEAD + "来源：石门县交通运输局　发布时间：2027-03-26 16:40　编辑：杨春梅　阅读：3862\n" + BODY)
    assert got.author is None
    assert ("编辑", "杨春梅") in got.credits


def test_an_editor_beside_a_reviewer_is_the_sites() -> None:
    got = _meta(HEAD + "发布时间：2026-12-18\n编辑：周楠　审核：王磊\n" + BODY)
    assert got.author is None
    assert {name for _, name in got.credits} >= {"周楠", "王磊"}


def test_an_editor_on_a_line_of_their_own_is_the_byline() -> None:
    # (新智元's 編輯:編輯部 HYZ under the outlet's name: its editors write its pieces)
    assert _meta("新智元報道\n編輯:編輯部 HYZ\n" + BODY).author == "編輯部 HYZ"
    assert _meta(HEAD + "编辑：林小满\n" + BODY).author == "林小满"


def test_a_named_writer_still_beats_a_lone_editor() -> None:
    assert _meta(HEAD + "作者：老周\n编辑：小林\n" + BODY).author == "老周"


def test_the_markups_author_loses_when_the_page_credits_them_as_its_editor() -> None:
    # (an extractor reads the info row's 编辑 as the author)
    row = "发布时间：2026-12-21　来源：健康管理中心　编辑：陈晓梅　审核：刘建国　浏览次数：1287\n"
    assert _meta(HEAD + row + BODY, Hints(author="陈晓梅")).author is None
    assert _meta(HEAD + BODY, Hints(author="陈晓梅")).author == "陈晓梅"
