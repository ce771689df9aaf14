"""Bylines of heads set 1's shapes: an uploader's role, a name before its
reporter's role or its handle, a romanised name after a Han one, a marked
writer who took the pictures too, a repost's label, a paper's undated lead,
a translation's row of fields; the masthead's site over the title's column;
an ISO 8601 time (tests/data/pages/fh1_*)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.line_verdicts import judge_all
from reader.core.meta_records import MetaLine
from reader.core.metadata import parse_meta_line
from reader.core.readers import read_markdown
from reader.core.reporter_lines import dateline_reporters

BODY = (
    "这是正文的第一段，讲了一件事情的来龙去脉，足够长也足够像正文。\n"
    "第二段接着说下去，又补充了几个细节和一位受访者的说法，也足够长。\n"
)


def _meta(line: str) -> MetaLine | None:
    return parse_meta_line(line, fold(line))


def _author(line: str) -> str | None:
    meta = _meta(line)
    return meta.author if meta else None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("UP主：阿杰修旧物", "阿杰修旧物"),  # (an uploader's role, as 上传者)
        ("博主 小林", "小林"),
        ("林佩仪 ● 记者", "林佩仪"),  # (the name, then its role)
        ("陈大文 | 特约记者", "陈大文"),
        ("林小满（@小满看城市）· 社区规划师", "林小满"),  # (the name shown, its handle in brackets)
        ("林小满（@小满看城市）", "林小满"),
        ("By 區卓然 Au Cheuk-yin", "區卓然"),  # (a romanisation after the Han name)
        ("晚报记者 顾晓雯 文/摄", "顾晓雯"),  # (the writer took the pictures too)
        ("轉載自：山城日記　原作者：山城阿杰", "山城阿杰"),  # (a repost's label, the original writer)
    ],
)
def test_a_byline_of_the_heads_shapes_names_its_writer(line: str, author: str) -> None:
    assert _author(line) == author


@pytest.mark.parametrize(
    "line",
    [
        "今天 记者",  # (a word before the role, no name)
        "据 记者",
        "林小满（小满看城市）· 社区规划师",  # (no handle's @: a note in brackets)
        "by the way 你好",
        "记者 顾晓雯 摄",  # (a photo's credit alone)
        "转自朋友圈的一段话",  # (a repost's verb in a sentence, no label)
    ],
)
def test_a_near_miss_names_no_writer(line: str) -> None:
    assert _author(line) is None


def test_a_romanised_name_and_a_photographer_after_a_bar() -> None:
    meta = _meta("By 區卓然 Au Cheuk-yin　｜　攝影：麥子晴")
    assert meta is not None and meta.author == "區卓然" and ("攝影", "麥子晴") in meta.credits


def test_a_repost_label_names_the_source() -> None:
    meta = _meta("轉載自：山城日記　原作者：山城阿杰")
    assert meta is not None and meta.source == "山城日記"


def test_a_papers_undated_lead_names_its_reporter_and_correspondent() -> None:
    meta = dateline_reporters("本报讯（记者 周海燕 通讯员 刘明远）连日来，阜南县各乡镇的麦田里一架架无人机来回穿梭。")
    assert meta is not None and meta.author == "周海燕"
    assert ("通讯员", "刘明远") in meta.credits
    found = dateline_reporters("本報訊（記者 周海燕）連日來，阜南縣各鄉鎮的麥田裡一架架無人機來回穿梭。")
    assert found is not None and found.author == "周海燕"


def test_a_lead_without_a_role_in_its_brackets_names_no_one() -> None:
    assert dateline_reporters("本报讯（周海燕）连日来，阜南县各乡镇的麦田里一架架无人机来回穿梭。") is None
    assert dateline_reporters("本报讯 连日来（记者 周海燕）阜南县各乡镇的麦田里一架架无人机来回穿梭。") is None


def test_a_translations_long_row_of_fields_names_the_original_writer() -> None:
    row = "原文：The Last Keepers（The Coastline Review）｜作者：Eilidh Morrison｜譯者：黃詩涵"
    found = clean("# 蘇格蘭最後的燈塔看守人\n" + row + "\n" + BODY).metadata
    assert found.author == "Eilidh Morrison"
    assert ("作者", "Eilidh Morrison") in found.credits and ("譯者", "黃詩涵") in found.credits


def test_a_long_line_opening_with_the_repost_word_is_still_prose() -> None:
    line = "原文说得很清楚，这一段讲的是灯塔看守人如何在每天傍晚上楼擦拭透镜，又如何记下天气与过往船只的情形。"
    found = clean("# 蘇格蘭最後的燈塔看守人\n" + line + "\n" + BODY)
    assert found.metadata.author is None and line in found.paragraphs


def _site(title: str, masthead: str) -> str | None:
    text = f'---\ntitle: "{title}"\n---\n\n{masthead}\n\n# 一台缝纫机\n\n' + BODY
    return read_markdown(text.encode(), Path("page.md")).hints.source


def test_the_mastheads_name_over_the_titles_column() -> None:
    assert _site("一台缝纫机 - 知否专栏", "知否　首页　会员　发现") == "知否"


@pytest.mark.parametrize(
    "masthead",
    [
        "知否",  # (no menu line: the title's name stands)
        "知　首页　会员　发现",  # (a name too short to be the site's)
    ],
)
def test_a_near_masthead_leaves_the_titles_site(masthead: str) -> None:
    assert _site("一台缝纫机 - 知否专栏", masthead) == "知否专栏"


def test_a_longer_section_after_the_mastheads_name_stays() -> None:
    assert _site("一台缝纫机 - 新浪财经频道", "新浪　首页　新闻　财经") == "新浪财经频道"


def test_an_iso_time_after_its_t_is_the_dates() -> None:
    meta = _meta("發布時間：2029-04-18T10:00:00+08:00")
    assert meta is not None and meta.date == "2029-04-18 10:00:00"
    other = _meta("2029-04-18 TVB 节目")  # (a word of capitals after the date: no time)
    assert other is not None and other.date == "2029-04-18"


def test_a_bracketed_dateline_opening_the_first_paragraph_names_its_reporter() -> None:
    meta = dateline_reporters("（寶島社記者郭姿妤屏東2日電）今年第一尾黑鮪魚今天清晨在東港魚市場上岸，重218公斤。")
    assert meta is not None and meta.author == "郭姿妤" and meta.source is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "（寶島社記者郭姿妤屏東2日電）",  # (the bracket alone: a line of its own, read as a byline elsewhere)
        "（編按：本文作者為寶島社記者郭姿妤）今年第一尾黑鮪魚今天清晨在東港魚市場上岸。",  # (no dispatch word)
        "（記者會後）今年第一尾黑鮪魚今天清晨在東港魚市場上岸，重218公斤。",
    ],
)
def test_a_bracket_opening_a_paragraph_that_is_no_dateline(paragraph: str) -> None:
    assert dateline_reporters(paragraph) is None


def test_the_place_a_post_was_sent_from_leaves_its_date() -> None:
    meta = judge_all(["2029-2-16 18:40 来自 漫博长文 · 发布于 马来西亚"])[0][3]
    assert meta is not None and meta.date == "2029-02-16 18:40"


def test_the_sent_from_place_not_a_cell_of_its_own_is_no_date_line() -> None:
    assert judge_all(["2029-2-16 18:40 来自 漫博长文 发布于 马来西亚"])[0][3] is None
