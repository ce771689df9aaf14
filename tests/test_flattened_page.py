"""A page flattened into one line (copied without its line breaks): the
line holds the article and, somewhere, a site's phrases; it is the text,
not a footer or a statement about the site, however it reads."""

from __future__ import annotations

from reader.core.cleaning import clean
from reader.core.footer_lines import SITE_LINE_MAX

STORY = (
    "市政府昨日公布新一轮老旧小区改造计划，涉及全市四十二个小区、约一万八千户居民。"
    "负责项目的工程师表示，今年的重点是加装电梯和更换老化管线，预计明年底前完成。"
    "不少居民对此表示欢迎，也有人担心施工期间出入不便。"
)


def _one_line(*tails: str) -> str:
    body = STORY * (SITE_LINE_MAX // len(STORY) + 2)
    return "".join((body, *tails))


def test_a_flattened_page_with_a_statement_in_it_is_kept() -> None:
    text = _one_line("本站内容仅供参考，不代表本站立场。", STORY)
    assert clean(text).paragraphs == (text,)


def test_a_flattened_page_ending_in_its_footer_is_kept() -> None:
    text = _one_line("　｜　© 2025 某某新闻网 版权所有　浙ICP备12345678号")
    assert clean(text).paragraphs == (text,)


def test_a_statement_or_footer_of_its_own_still_goes() -> None:
    # (the same phrases on lines of their own, after an article)
    statement = "本站内容仅供参考，不代表本站立场。"
    footer = "© 2025 某某新闻网 版权所有　浙ICP备12345678号"
    kept = clean("\n".join(["老旧小区改造计划公布", STORY, STORY, statement, footer])).paragraphs
    assert statement not in kept and footer not in kept and STORY in kept
