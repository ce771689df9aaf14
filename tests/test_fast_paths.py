"""The shortcuts cleaning takes for speed give the verdicts the full rules
give: on every line of the development pages and the seeds."""

from __future__ import annotations

import itertools
import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.core import cleaning, line_records, line_verdicts, metadata
from reader.core.credit_roles import ROLES, SHAPED_ROLE
from reader.core.decoding import decode
from reader.core.folding import fold
from reader.core.line_features import (
    is_short,
    judged_by_keywords,
    link_rule,
    long_line_rule,
    without_markdown,
)
from reader.core.line_fix import fix_lines
from reader.core.meta_gate import MAY_BE_META, may_be_meta
from reader.core.metadata import parse_meta_line
from reader.core.resources import seeds_dir

PAGES = Path(__file__).parent / "data" / "pages"


@cache
def _lines() -> tuple[str, ...]:
    lines: list[str] = []
    for path in [*sorted(PAGES.iterdir()), *sorted(seeds_dir().iterdir(), key=lambda p: p.name)]:
        if path.name.endswith((".txt", ".md")):
            lines += fix_lines(decode(path.read_bytes()))
    return tuple(lines)


def test_the_pages_are_there() -> None:
    assert len(_lines()) > 4000


def test_metadata_gate_answers_as_the_plain_alternation() -> None:
    """parse_meta_line's gate is led by the first characters of its words:
    it must find a metadata word wherever the plain alternation does (a role
    added to the tables, or a new shape of SHAPED_ROLE, included)."""
    plain = re.compile(
        r"\d|by |本文作者|报道|报导|讯|楼主|发帖人|发文者|原po|@|关注|追踪|★|☆|原创|[:：]|"
        + "|".join(ROLES)
        + "|"
        + SHAPED_ROLE,
        re.IGNORECASE,
    )
    words = [*ROLES, *re.findall(r"[\u3400-\u9fff]+", SHAPED_ROLE), "BY 王", "By the way"]
    samples = [*words, *(f"　记载{w}：某" for w in words), *_lines(), *(fold(line) for line in _lines())]
    for text in samples:
        assert bool(MAY_BE_META.search(text)) == bool(plain.search(text)), text


def test_a_line_the_meta_gate_turns_away_states_no_metadata(monkeypatch: pytest.MonkeyPatch) -> None:
    """A role word with no colon, space, bar, slash or dot to set it apart (文,
    数据 amid a sentence), or a colon or a digit before a sentence's end
    (甲小姐：你怎么看？, 2005年的一个周日，…。), and no reporter's or poster's word:
    no form of metadata reads it. On every line of the pages, and on each bare
    of those marks, joined to a role, report or label word, after a colon, with
    a date, before an end mark."""
    bare = [b for line in _lines() if (b := re.sub(r"[\s|｜丨/／:：\d]", "", line))]
    words = [*ROLES, *re.findall(r"[\u3400-\u9fff]+", SHAPED_ROLE), "记者", "楼主", "报道", "本文作者", "原PO"]
    words += ["发布者", "发布人", "发布", "主讲", "来源", "发布时间", "标签", "甲小姐", "王小明"]
    ends = itertools.cycle(["。", "？", "！", "?", "!", ""])
    samples = [*_lines(), *bare]
    samples += [f"{w}{line}" for w, line in zip(itertools.cycle(words), bare, strict=False)]
    samples += [f"（{line}{w}）" for w, line in zip(itertools.cycle(words), bare, strict=False)]
    samples += [
        f"{w}：{line[:k]}{next(ends)}" for w, line in zip(itertools.cycle(words), bare, strict=False) for k in (3, 60)
    ]
    dates = itertools.cycle(["2005年", "3月5日", "2024-05-03", "12", "第3", "100万"])
    samples += [f"{line[:5]}{next(dates)}{line[5:]}{next(ends)}" for line in bare]
    samples += [f"{next(dates)}更新·{line}{next(ends)}" for line in bare[::7]]
    samples += [
        "发布时间：2025年6月3日。",
        "2025年11月20日更新·这是一句话。",
        "2027年1月21日・梁詠芝・街坊故事。",
        "记者问他冷不冷。",
        "楼主小明",
        "（本文作者王小明）",
        "新智元报道",
        "文／王小明。",
        "数据 王小明",
        "主讲：王小明",
    ]
    turned_away = [line for line in samples if not may_be_meta(fold(line))]
    assert not may_be_meta(fold("甲小姐：你怎么看？"))
    assert not may_be_meta(fold("2005年的一个周日，来了个不速之客。"))
    assert not {"记者问他冷不冷。", "数据 王小明", "主讲：王小明", "发布时间：2025年6月3日。"} & set(turned_away)
    # (read by every form, past the first gate only)
    monkeypatch.setattr(metadata, "may_be_meta", lambda folded: MAY_BE_META.search(folded) is not None)
    for line in turned_away:
        assert parse_meta_line(line, fold(line)) is None, line


def test_prose_fast_path_gives_the_full_verdict() -> None:
    """A long line _judge_all calls prose in a few tests is one no branch
    of the full judgement would call anything else, and no short line."""
    # (and lines written to come close: long footers, a repost's statement, links)
    near = [
        "本网站由南岛日报社主办，浙ICP备12345678号，公网安备 33010602000001号，"
        "未经书面许可不得转载或建立镜像，违者依法追究责任",
        "地址：台北市中正区某某路一段 100 号，服务电话 02-2345-6789 ｜ © 2025 南岛日报 "
        "版权所有，转载请注明出处并附上原文链接",
        "copyright 2025 南岛日报，保留所有权利，本站内容未经授权不得转载，"
        "如需合作请来信联系我们的编辑部门，谢谢你的支持与理解",
        "本文来自微信公众号“南岛观察”，作者：王小明，编辑：李小红，"
        "原标题《一个很长很长的标题在这里》，题图来自视觉中国，经授权转载",
        "他在[一篇文章](https://example.com/a)里说过，这件事情并没有那么简单，"
        "我们还需要更多的时间去观察和理解其中的来龙去脉。",
        "电视台记者證件与通行證上的资料，必须在活动开始前一周以电子邮件寄给主办单位，"
        "逾期者恕不受理，敬请各位媒体朋友留意相关时程。",
        # (a footer's marks in a statement, 。 last)
        "本网站由南岛日报社主办，浙ICP备12345678号，公网安备 33010602000001号，"
        "未经书面许可不得转载或建立镜像，违者依法追究责任。",
        "copyright 2025 南岛日报，保留所有权利，本站内容未经授权不得转载，"
        "如需合作请来信联系我们的编辑部门，谢谢你的支持与理解。",
        "© 2025 南岛日报，保留所有权利，本站内容未经授权不得转载，"
        "如需合作请来信联系我们的编辑部门，谢谢你的支持与理解。",
    ]
    lines = [line for line in [*_lines(), *near] if len(line) > line_verdicts.KEYWORD_LINE]
    verdicts = line_verdicts.judge_all(lines)
    fast = [line for line, verdict in zip(lines, verdicts, strict=True) if verdict is line_verdicts.PROSE]
    assert len(fast) > 400  # (most long lines take it)
    assert near[6] in fast and near[7] in fast and near[8] not in fast  # (© first: no letter)
    for line in fast:
        assert not judged_by_keywords(line), line
        assert link_rule(line) is None, line
        assert long_line_rule(without_markdown(line)) is None, line
        assert not line.startswith(line_verdicts._REPOST_START), line
        assert not is_short(line), line


def test_toneless_table_strips_marks_as_nfd_does() -> None:
    """fix_line's pinyin test takes the marks off with one table: the same
    letters NFD without its combining marks gives, for every letter a
    syllable may have."""
    import unicodedata

    from reader.core.line_fix import _TONE_MARKED, _TONELESS

    for c in "abcdefghijklmnopqrstuvwxyz" + _TONE_MARKED:
        nfd = "".join(x for x in unicodedata.normalize("NFD", c) if not unicodedata.combining(x))
        assert c.translate(_TONELESS) == nfd, c
        assert (c.translate(_TONELESS) != c) == (c in _TONE_MARKED), c


def test_choose_title_reads_nothing_past_the_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    """page_title hands choose_title the head only to three lines under its
    end: lines added under the cut (metadata, candidates) change no choice,
    on any page of the tests."""
    from reader.core import page_title as pt

    real = pt.choose_title
    calls = 0

    def both(texts, candidate, meta, kept, head_end, hint=None, **kw):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        got = real(texts, candidate, meta, kept, head_end, hint, **kw)
        pad = 8
        more = {k: [*v, *([True] * pad)] for k, v in kw.items() if k in ("recurring",)}
        lazy = {k: [*(kw[k][j] for j in range(len(kw[k]))), *([True] * pad)] for k in ("over_menu", "fields")}
        padded = real(
            [*texts, *(["2025-11-30 作者：王小明"] * pad)],
            [*candidate, *([True] * pad)],
            [*meta, *([True] * pad)],
            [*kept, *([True] * pad)],
            head_end,
            hint,
            **{**kw, **more, **lazy},
        )
        assert padded == got, texts[:head_end]
        return got

    monkeypatch.setattr(pt, "choose_title", both)
    for path in [*sorted(PAGES.iterdir()), *sorted(seeds_dir().iterdir(), key=lambda p: p.name)]:
        if path.name.endswith((".txt", ".md")):
            cleaning.clean(decode(path.read_bytes()))
    assert calls > 150


def test_share_bar_first_word_as_the_unbounded_scan() -> None:
    """junk_rule's first-word test stops at the longest share word's length:
    whether the first word is a share word is what the scan to its end says."""
    from reader.core.block_words import SHARE_WORDS
    from reader.core.line_features import _SHARE_FIRST

    plain = re.compile(r"[\s|·/、:：,，\u200b]*([^\s|·/、:：,，\u200b]+)")
    words = sorted(SHARE_WORDS)
    samples = [
        *_lines(),
        *(fold(line) for line in _lines()),
        *(f" | {w}　{v}" for w, v in zip(words, reversed(words), strict=True)),
        *(w + "x" for w in words),
        *(w + "\u200b" + w for w in words),
        "、、",
        "",
    ]
    for text in samples:
        old, new = plain.match(text), _SHARE_FIRST.match(text)
        assert (old is not None and old.group(1) in SHARE_WORDS) == (new is not None and new.group(1) in SHARE_WORDS)
        if new is not None:
            assert old is not None and old.group(1) == new.group(1), text


def test_no_caption_end_closes_with_a_full_stop() -> None:
    """junk_rule asks CAPTION_END nothing of a line ending in 。: no caption's
    end is one (its credit or its bracket closes the line)."""
    from reader.core.block_words import CAPTION_END

    near = ["暴雨中的瞬间。（摄影/许文昊）", "记录。摄影：曹一苇", "市民在公园合影（资料照）", "图为现场（记者提供）"]
    assert all(CAPTION_END.search(fold(line)) for line in near)
    for line in [*_lines(), *near]:
        closed = line if line.endswith("。") else line + "。"
        assert CAPTION_END.search(fold(closed)) is None, closed


def test_teaser_label_starts_with_a_known_character() -> None:
    """mark_teasers asks the label's pattern only of a line that starts with
    one of _LABEL_FIRST: every character the pattern can start with (in any
    case, any plane)."""
    from reader.core.line_passes import _LABEL_FIRST, _TEASER_LABEL

    firsts = {c for c in map(chr, range(0x110000)) if _TEASER_LABEL.match(c + "ummary:")}
    firsts |= {label[0] for label in ("摘要", "導讀", "导读", "導語", "导语", "簡介", "简介", "概要")}
    assert firsts == set(_LABEL_FIRST)
    for line in _lines():
        assert bool(_TEASER_LABEL.match(line)) <= (line[:1] in _LABEL_FIRST), line


def test_footer_gate_skips_only_texts_the_walk_leaves_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """mark_footer walks only a text whose last line (metadata and the
    headline aside) is junk: on every dev page and seed, the gated pass
    leaves the lines as the walk does."""
    import copy

    from reader.core import page_footer

    calls = 0
    real = cleaning.mark_footer

    def both(lines: list[cleaning.Line]) -> None:
        nonlocal calls
        walked = copy.deepcopy(lines)
        page_footer.footer_from_the_end(walked)
        real(lines)
        assert [(x.reason, x.own_rule) for x in walked] == [(x.reason, x.own_rule) for x in lines]
        calls += 1

    monkeypatch.setattr(cleaning, "mark_footer", both)
    for path in [*sorted(PAGES.iterdir()), *sorted(seeds_dir().iterdir(), key=lambda p: p.name)]:
        if path.name.endswith((".txt", ".md")):
            cleaning.clean(decode(path.read_bytes()))
    assert calls > 150


def test_item_head_fits_the_length_asked_first() -> None:
    """_keep_heads asks the item head's pattern only of lines up to _HEAD
    characters: no longer line can match it."""
    from re import _parser  # type: ignore[attr-defined]

    from reader.core.body_span import _HEAD, _ITEM_HEAD

    assert _parser.parse(_ITEM_HEAD.pattern).getwidth()[1] <= _HEAD


def test_section_number_starts_with_a_known_character() -> None:
    """rescue_section_contacts asks the numbered heading's pattern only of a
    line led by one of _SECTION_OPEN or a decimal digit (as \\d is): every
    character the pattern can start with, in any plane."""
    from reader.core.closing_contacts import _SECTION_OPEN
    from reader.core.row_rescues import SECTION_NUMBER

    for c in map(chr, range(0x110000)):
        if any(SECTION_NUMBER.match(c + probe) for probe in ("、x", "1)x", ".x")):
            assert c in _SECTION_OPEN or c.isdecimal(), hex(ord(c))


def test_contents_header_fits_the_length_asked_first() -> None:
    """mark_tail_blocks asks the contents header's pattern only of lines up
    to _TOC characters: no longer line can match it."""
    from re import _parser  # type: ignore[attr-defined]

    from reader.core.tail_passes import _CONTENTS, _TOC

    assert _parser.parse(_CONTENTS.pattern, _CONTENTS.flags).getwidth()[1] <= _TOC


def test_menu_separator_has_its_mark() -> None:
    """is_page_furniture splits a line into menu items only when it has a
    separator's mark: every separator the split finds has one."""
    from reader.core.title_shapes import _MENU_SEP, _MENU_SEP_MARK

    for line in [*_lines(), "登录 | 注册 | 繁體", "首页 / 新闻 / 本地", "A · B · C", "甲｜乙｜丙"]:
        for m in _MENU_SEP.finditer(line):
            assert _MENU_SEP_MARK.search(m.group()), line


def test_menu_separators_have_their_mark() -> None:
    """is_menu splits a line into items only when it has a separator's
    mark: every separator the split finds has one."""
    from reader.core.menu_shapes import _MENU_MARK, _MENU_SEPARATORS

    for line in [*_lines(), "首页 >> 新闻 >> 本地", "A ＞＞ B ＞＞ C", "甲 » 乙 » 丙", "登录｜注册｜繁體"]:
        for m in _MENU_SEPARATORS.finditer(line):
            assert _MENU_MARK.search(m.group()), line


def test_callout_first_characters_are_the_icons() -> None:
    """clean() looks for icon callouts only among lines led by one of
    CALLOUT_FIRST: exactly the icons of the callout's pattern, and >."""
    from reader.core.site_statements import ANY_ICON, CALLOUT_FIRST, ICON_LED

    icons = {c for c in map(chr, range(0x110000)) if ANY_ICON.fullmatch(c)}
    assert icons | {">"} == CALLOUT_FIRST
    assert all(ICON_LED.match(line) is None or line[:1] in CALLOUT_FIRST for line in _lines())


def test_trailing_credit_needs_a_bracket_or_she() -> None:
    """line_credits skips its tail test for a line without ), ） or 摄: the
    tail it tests is the line's end, so it holds none of them either."""
    for line in [*_lines(), "合影留念（摄影/许文昊）", "张三 摄", "記者 王小明 攝影"]:
        folded = fold(line)
        tail = folded[-40:].rstrip("*0123456789 ")
        if tail.endswith((")", "）", "摄", "摄影")) or "摄" in tail[-12:]:
            assert ")" in folded or "）" in folded or "摄" in folded, line


def _fix_lines_whole_text(text: str) -> list[str]:
    """fix_lines as it was written before: a closing tag's tail found from
    its lookbehind, a text's annotations dropped in one pass over it."""
    from reader.core import line_fix

    tail = re.compile(rf"(?<!<)/(?:{line_fix._TAGS})>", re.IGNORECASE)
    text = line_fix.sanitized(text)
    if "<" in text or ">" in text or "&" in text:
        out = []
        for raw in text.split("\n"):
            line = raw
            if "<" in line or ">" in line:
                line = tail.sub("", line_fix._HTML_TAG.sub("", line))
            if "&" in line:
                line = line_fix.sanitize(line_fix._ENTITY.sub(lambda m: line_fix.html.unescape(m.group(0)), line))
            if ("(" in line or "（" in line) and line_fix._TONE.search(line):
                line = line_fix._ANNOTATION.sub(line_fix._drop_annotation, line)
            if line := line.strip():
                out.append(line)
        return out
    if line_fix._TONE.search(text):
        text = line_fix._ANNOTATION.sub(line_fix._drop_annotation, text)
    return [stripped for raw in text.split("\n") if (stripped := raw.strip())]


_FIX_PIECES = [
    "現(xiàn)",
    "F(xiàn)",
    "(nǚ)",
    "（lǜ）",
    "(ab)",
    "(",
    "（",
    ")",
    "\n",
    " ",
    "字",
    "a",
    "/p>",
    "</p>",
    "</",
    "/",
    "<",
    "p>",
    "&amp;",
    "&",
    "é",
]


@given(st.lists(st.sampled_from(_FIX_PIECES), max_size=30))
@example(["字", "（lǜ）", "\n", "a", "(nǚ)"])
@example(["\n", "/p>", "字", "</p>", "現(xiàn)"])
@settings(max_examples=300)
def test_fix_lines_per_line_as_the_whole_text(pieces: list[str]) -> None:
    """Annotations looked for line by line, a tag's tail from its slash:
    the same lines as the pass over the whole text (made-up texts)."""
    from reader.core.line_fix import _fix_lines

    text = "".join(pieces)
    assert _fix_lines(text) == _fix_lines_whole_text(text)


def test_fix_lines_per_line_as_the_whole_text_on_the_pages() -> None:
    from reader.core.line_fix import _fix_lines

    for path in [*sorted(PAGES.iterdir()), *sorted(seeds_dir().iterdir(), key=lambda p: p.name)]:
        if path.name.endswith((".txt", ".md")):
            text = decode(path.read_bytes())
            assert _fix_lines(text) == _fix_lines_whole_text(text), path.name


def test_numbered_items_start_with_a_digit() -> None:
    """resolve_short looks for a numbered list only when a line it judges
    starts with a digit: every item _numbered_runs finds does (dev pages,
    seeds, and made-up lists with full-width and Arabic-Indic digits)."""
    from reader.core.line_passes import Line, _numbered_runs

    texts = [
        decode(path.read_bytes())
        for path in [*sorted(PAGES.iterdir()), *sorted(seeds_dir().iterdir(), key=lambda p: p.name)]
        if path.name.endswith((".txt", ".md"))
    ]
    made_up = ["1. 甲\n2. 乙\n3. 丙", "１、甲\n２、乙", "١) 甲\n٢) 乙", "甲\n1. 乙\n2. 丙\n丁"]
    found = 0
    for text in [*texts, *made_up]:
        lines = [Line(line, None, True) for line in fix_lines(text)]
        listed = _numbered_runs(lines)
        found += len(listed)
        assert all(lines[i].text[:1].isdigit() for i in listed), text[:40]
    assert found > 0


def test_statement_rule_as_the_full_rules() -> None:
    """junk_rule judges a line ending in 。 by the few rules such a line can
    meet: on every line of the pages, and every line with 。 put at its end,
    what the full rules say."""
    from reader.core.junk_rules import Reason
    from reader.core.line_features import _ANY_LINE, _rest_rule, _statement_rule

    # (the fast path returns a whole-line rule's reason as it is: none of these is one a check takes back)
    assert not {r for rules in _ANY_LINE for r in getattr(rules, "_reasons", {}).values()} & {
        Reason.CONTROLS,
        Reason.ATTACHMENT,
        Reason.COUNTER,
    }
    near = ["©南岛日报。", "国立中部科技大学 National Central Taiwan University 简介。", "图：资料照片。"]
    samples = [line for line in [*_lines(), *near] if line.endswith("。")]
    samples += [line + "。" for line in _lines() if not line.endswith("。")]
    assert len(samples) > 4000
    for line in samples:
        folded = fold(line)
        assert _statement_rule(line, folded) == _rest_rule(line, folded), line


def test_whole_line_rules_without_groups_match_as_with_them() -> None:
    """_Rules asks its alternation without the named groups first: the same
    language as long as no rule has a group or a back reference of its own;
    and on every line of the pages both answer alike."""
    from reader.core.junk_rules import WHOLE_LINE
    from reader.core.line_features import _ANY_LINE, _NOT_SENTENCE

    assert all(re.compile(p).groups == 0 and not re.search(r"\\[1-9]|\(\?P=", p) for _, p, _ in WHOLE_LINE)
    for rules in (_ANY_LINE[0], _NOT_SENTENCE[0]):
        named = rules._pattern.fullmatch  # type: ignore[union-attr]
        for line in [*_lines(), *(fold(line) for line in _lines())]:
            whole = rules._any  # type: ignore[union-attr]
            matched = whole(line) is not None if whole else rules._tiered(line)  # type: ignore[union-attr]
            assert matched == (named(line) is not None), line


def test_records_shortness_is_is_short() -> None:
    """_records spares is_short's calls for a line with no space and no
    bracket first: every record's shortness is still what is_short says."""
    texts = [decode(p.read_bytes()) for p in sorted(PAGES.glob("*.txt"))]
    texts += ["[1] 陆羽. 茶经.\n[注] 短\n标签 一 二 三\n短句！\n短行\n" + "很长的一行正文，" * 5 + "。"]
    records = [record for text in texts for record in line_records.judged_lines(text)]
    assert len(records) > 4000 and any(r.short for r in records) and any(" " in r.text and r.short for r in records)
    for record in records:
        assert record.short == is_short(record.text), record.text


def test_section_contacts_gate_keeps_the_rescue() -> None:
    """rescue_section_contacts looks for numbered headings only when a
    contact row sits right under one: the rows under 四、… come back (the
    body has 三、 too), and none come back under a heading that ends as a
    sentence or when the only numbered headings stand elsewhere."""
    from reader.core.closing_contacts import rescue_section_contacts
    from reader.core.junk_rules import Reason
    from reader.core.line_passes import Line

    def page(heading: str, under: bool) -> list[Line]:
        contacts = [
            Line("采购人：云州市图书馆", None, True, Reason.CONTACT),
            Line("电话：0871-6602338", None, True, Reason.CONTACT),
        ]
        body = [Line("三、项目概况", None, True), Line("本项目为图书采购，预算一百万元，工期三个月。", None, False)]
        top = [Line(heading, None, True)]
        return (
            [*body, *top, *contacts]
            if under
            else [*body, *top, Line("正文继续，说明采购的要求和时间。", None, False), *contacts]
        )

    rescued = page("四、采购人信息", under=True)
    rescue_section_contacts(rescued)
    assert [line.reason for line in rescued[-2:]] == [None, None]
    for lines in (page("四、联系我们。", under=True), page("四、采购人信息", under=False)):
        rescue_section_contacts(lines)
        assert [line.reason for line in lines[-2:]] == [Reason.CONTACT, Reason.CONTACT]


def test_unit_lasts_are_every_character_folding_to_a_units_ending() -> None:
    """is_unit turns away a word by its last character before folding it:
    every code point whose fold is the last character of a unit's ending
    (组 部 股 心 处 室 科) is in the set it asks, by the whole fold table."""
    import numpy as np

    from reader.core import person_values
    from reader.core.foldtable import fold_codes

    codes = [c for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    folded = fold_codes("".join(map(chr, codes)))
    lasts = np.array([ord(c) for c in "组部股心处室科"], dtype=folded.dtype)
    found = {chr(codes[i]) for i in np.flatnonzero(np.isin(folded, lasts))}
    assert found == person_values._UNIT_LASTS


def test_button_row_gate_answers_as_its_words() -> None:
    """button_row turns away a row with no count, no icon first and no share
    word last before reading its words: on every short line of the pages
    with a space, and each with a share word, a counted word or an icon put
    last or first, it answers as the reading of the words alone."""
    from reader.core import block_words
    from reader.core.block_words import SHARE_WORDS

    rows = {fold(line) for line in _lines() if " " in line and len(line) <= block_words.BUTTON_ROW}
    share = sorted(SHARE_WORDS)[:3]
    variants = set(rows)
    for row in rows:
        variants |= {f"{row} {w}" for w in share} | {f"{w} {row}" for w in share}
        variants |= {f"{row} 赞(12)", f"👍 12 {row}", f"{row} "}
    found = 0
    for row in variants:
        if len(row) <= block_words.BUTTON_ROW:
            assert block_words.button_row(row) == block_words._button_words(row), row
            found += block_words.button_row(row)
    assert len(variants) > 1000 and found > 20, (len(variants), found)


def test_reporter_gate_turns_away_only_lines_that_name_no_reporter(monkeypatch: pytest.MonkeyPatch) -> None:
    """reporter_line's first test (记, 通讯员 or 实习生 in the line) holds every
    role its patterns know; a line it turns away is read as no reporter's by
    the patterns themselves."""
    from reader.core import reporter_lines

    for pattern in (reporter_lines._REPORTER, reporter_lines._REPORTER_FAR):
        roles = re.search(r"\(\?P<role>([^)]*)\)", pattern.pattern)
        assert roles is not None
        assert all(reporter_lines.may_name_reporters(role) for role in roles.group(1).split("|"))
    lines = [fold(line) for line in _lines()]
    away = [line for line in lines if not reporter_lines.may_name_reporters(line)]
    assert len(away) > 1000
    monkeypatch.setattr(reporter_lines, "may_name_reporters", lambda folded: True)
    for line in away:
        assert reporter_lines.reporter_line(line, line) is None, line


def test_share_lead_gate_lets_every_share_word_through() -> None:
    """junk_rule asks for the first word only of a line block_words.may_lead_share lets
    through: a line whose first word is a share word, or the label 分享…, always is."""
    from reader.core.block_words import SHARE_WORDS, may_lead_share
    from reader.core.line_features import _SHARE_FIRST

    words = sorted(SHARE_WORDS)
    samples = [
        *(fold(line) for line in _lines()),
        *(f"{s}{w} x" for w in words for s in ("", " ", "\u3000", "·", "\u200b")),
    ]
    samples += ["分享呢個個案：", " 分享到：微信"]
    let_through = 0
    for text in samples:
        first = _SHARE_FIRST.match(text)
        if first is not None and (first.group(1) in SHARE_WORDS or first.group(1)[:2] == "分享"):
            assert may_lead_share(text), text
            let_through += 1
    assert let_through > len(words) * 5


def test_phone_part_is_in_every_phone_number() -> None:
    """junk_rule looks for a phone number only where a bracket or a dash stands before three digits."""
    from reader.core.line_features import _PHONE, _PHONE_PART

    numbers = [
        "(04)2219-5000",
        "(02) 22195000",
        "02-2345-6789",
        "0912- 3456789",
        "400-100-0011",
        "(0８)１２３-４５６７",
    ]
    samples = [*_lines(), *numbers, *(f"电话：{n}。" for n in numbers), "2025-11-27 14:05", "03-1234"]
    for text in samples:
        if (m := _PHONE.search(text)) is not None:
            assert _PHONE_PART.search(m.group()), text
    assert all(_PHONE.search(n) for n in numbers[:5])
    assert not _PHONE_PART.search("2025-11-27 14:05")
