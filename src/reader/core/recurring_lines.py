"""Lines repeated across the folder (the site's template) or again and
again within one text: the page's furniture.

A PDF converted to text prints its running header at the top (and foot) of
every page; a live blog puts the same share button under every update. An
article says a sentence once; a short line that comes back three times or
more, spread over the text, is printed by the page, not written by the
author. Only lines with words in them count (a divider of dashes is judged
elsewhere), and only lines long enough not to be a section's label: a
translation's 【原文】/【译文】 or a review's 优点 recur in every section and
are the article's own.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Final

from reader.core.junk_rules import Reason
from reader.core.line_features import SENTENCE_END, TEMPLATE_LINE, template_key
from reader.core.line_passes import LABEL_VALUE, Line, mark_repeats, row_cells
from reader.core.section_numbers import NUMERALS, resumes_sections

# A line this many times in one text is furniture.
_TIMES: Final = 3
# Fewer word characters than this: a section's label, which may recur (优点, 【原文】);
# a bare line of four (立即購票 under each film) is a button the page prints, in
# brackets a label (【更名声明】 over each notice).
_MIN_WORDS: Final = 4
_LABEL_OPEN: Final = frozenset("【[［(（《〔")
_MARKUP_FIRST: Final = frozenset("`~#|")
_SPACE: Final = re.compile(r"\s")


def recurring_texts(lines: list[Line]) -> set[str]:
    """The short lines ``lines`` holds three times or more (their texts)."""
    shorts = [line.text for line in lines if line.short]
    if len(set(shorts)) > len(shorts) - 2:  # (a text three times is two copies too many: most texts have none)
        return set()
    seen: set[str] = set()
    twice: set[str] = set()
    recurring: set[str] = set()
    for text in shorts:
        if text in twice:
            recurring.add(text)
        elif text in seen:
            twice.add(text)
        else:
            seen.add(text)
    return {text for text in recurring if _is_furniture_shaped(text)}


def _is_furniture_shaped(text: str) -> bool:
    # (a sentence said again is the author's; a label of few words may head every section;
    # Markdown's own lines, a code fence, a heading or a table's row, are the text's structure)
    return (
        text[0] not in _MARKUP_FIRST
        and not text.endswith(SENTENCE_END)
        and (words := sum(ch.isalnum() for ch in text)) >= _MIN_WORDS
        and (words > _MIN_WORDS or text[0] not in _LABEL_OPEN)
    )


def mark_recurring(lines: list[Line]) -> None:
    """Every copy of a short line the text repeats three times or more goes,
    unless a copy states the page's metadata (a byline kept once)."""
    if len(lines) < _TIMES or not (recurring := recurring_texts(lines)):
        return
    # (only where the article has prose: a text of short lines, a song's refrain, is its own body)
    if not any(not line.short and line.reason is None for line in lines):
        return
    for line in lines:
        if line.text in recurring and line.meta is None and line.reason is None:
            line.reason, line.own_rule = Reason.REPEATED_LINE, True


def mark_template(lines: list[Line], template: Collection[str]) -> None:
    """Lines that recur across the folder are the site's template, unless
    they read as prose (two saved copies of one story share sentences), sit
    as a heading between two paragraphs of the body or address the reader
    of the paragraph under them."""
    if not template:
        return
    for i, line in enumerate(lines):
        if not line.short and line.text.endswith(SENTENCE_END):
            continue  # (tested first: most of the body's lines, and cheaper than the key)
        if line.reason is not None or line.meta:
            continue
        if len(line.text) > TEMPLATE_LINE and _SPACE.search(line.text) is None:
            continue  # (its key is the line itself, too long to be template)
        if template_key(line.text) not in template:
            continue
        if line.short and _body_on_both_sides(lines, i):
            continue
        if _among_own_fields(lines, i, template):
            continue
        if line.text[-1] == "：" and i + 1 < len(lines) and lines[i + 1].kept and not lines[i + 1].short:
            continue  # (a salutation over the notice's first paragraph: 尊敬的客户：)
        if line.text[0] in "#*" and _MARKDOWN_HEAD.fullmatch(line.text) and _own_under(lines, i, template):
            continue  # (a Markdown heading or bold label over the text's own lines: ## 總評, **優點**)
        if len(line.text) <= _HEAD_WORD and line.text.isalnum() and _heads_own_lines(lines, i, template):
            continue  # (a one-word heading over lines no other file has: 注意事項 over this sale's rules)
        if len(line.text) <= _HEAD_WORD and line.text.isalnum() and _heads_own_rows(lines, i, template):
            continue  # (a group's head over its table: 男子公開組 / 名次　號碼　姓名　時間 / 1　012　梁浩賢　21:47)
        if line.text[0] in NUMERALS and resumes_sections(lines, i, i):
            continue  # (四、注意事项 after the notice's kept 三、: its next section, whoever else has one)
        if "★" in line.text and _stars(line.text):
            continue  # (a review's verdict, 評分：★★★★☆: other reviews may give theirs in the same words)
        line.reason = Reason.SITE_TEMPLATE


_LABEL, _STARS = 6, 3


def _stars(text: str) -> bool:
    """A short label and a rating in stars alone: 評分：★★★★☆."""
    label, _, stars = text.replace(":", "：").partition("：")
    return 0 < len(label) <= _LABEL and len(stars := stars.strip()) >= _STARS and not stars.strip("★☆")


# A heading of one word at most this long (no space, no mark) may recur in other files as the text's own.
_HEAD_WORD: Final = 6
# (an item of a list under such a heading is a short sentence: 每人每品項限購5盤，以便更多鄉親選購。)
_ITEM: Final = 40


def _heads_own_lines(lines: list[Line], i: int, template: Collection[str]) -> bool:
    """The two lines under line ``i`` are kept items of a list, short
    sentences, or label：value rows (奖励 over 冠军：RM800＋奖杯), in no other
    file (a site's block recurs whole, its heading and its lines alike; a
    related block's titles are no sentences, and a heading over paragraphs
    is the body's only between them)."""
    under = lines[i + 1 : i + 3]
    return len(under) == 2 and all(
        # (a row's figure may have read as a counter on its own: 里程：38,500 公里, taken back later)
        (x.kept or (x.reason in _OWN_ROW and x.meta is None))
        and len(x.text) <= _ITEM
        and (x.text.endswith(_ITEM_ENDS) or LABEL_VALUE.match(x.text) is not None)
        and template_key(x.text) not in template
        for x in under
    )


def _heads_own_rows(lines: list[Line], i: int, template: Collection[str]) -> bool:
    """The three lines under line ``i`` are rows of as many cells apart by wide
    gaps (three or more; or two, each led by a figure, the head right under a
    paragraph of the body), the last two in no other file: a table of this page's
    own, whatever its shape made of the rows (a site's block of rows recurs whole)."""
    under = lines[i + 1 : i + 4]
    if len(under) < 3 or any(x.meta or "\u3000" not in x.text for x in under):
        return False
    widths = {len(row_cells(x.text)) for x in under}
    if len(widths) != 1 or any(template_key(x.text) in template for x in under[1:]):
        return False
    # (or two cells a row, each led by a figure, under a paragraph: a timeline's date and step, 2029-01-15　打指模)
    width = widths.pop()
    if width == 2 and i > 0 and all(x.text[0].isdigit() for x in under):
        above = lines[i - 1]
        return above.kept and not above.short and above.text.endswith(SENTENCE_END)
    return width >= 3


# (a numbered rule's clause ends with a semicolon: 1. 请于开车前30分钟到达候车站台；)
_ITEM_ENDS: Final = (*SENTENCE_END, "；", ";")


_CAPTION: Final = Reason.CAPTION  # (bound once: an enum member's lookup is slow)
# (a contact row is judged on its own shape; under its page's own head, 查詢 over 電話：…, the head decides later)
_CONTACT_ROW: Final = Reason.CONTACT
_OWN_ROW: Final = (_CONTACT_ROW, Reason.COUNTER)


def _body_on_both_sides(lines: list[Line], i: int) -> bool:
    """The nearest lines of substance above and under line ``i`` are kept
    (short lines, metadata and a picture's caption stepped over: a caption
    is set amid the body, 【圖】… between two of its paragraphs)."""
    sides = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and (lines[j].meta or lines[j].short or lines[j].reason is _CAPTION):
            j += step
        sides.append(0 <= j < len(lines) and not lines[j].bad)
    return all(sides)


def _among_own_fields(lines: list[Line], i: int, template: Collection[str]) -> bool:
    """A label：value row between two such rows no other file has (日期：… /
    时间：上午10时正 / 地点：…): the page's own fields, the same words as another
    page's by chance; a site's block of fields recurs whole."""
    if not (0 < i < len(lines) - 1 and LABEL_VALUE.match(lines[i].text)):
        return False
    return all(LABEL_VALUE.match(x.text) and template_key(x.text) not in template for x in (lines[i - 1], lines[i + 1]))


def _own_under(lines: list[Line], i: int, template: Collection[str]) -> bool:
    """The line under line ``i`` is kept, or opens a Markdown table no other
    file has (its head row, judged later with its rows: ## 材料 over
    | 项目 | 数量 | 价钱 |; a site's block recurs whole, its table too)."""
    if i + 1 >= len(lines):
        return False
    under = lines[i + 1]
    if under.kept:
        return True
    return under.text[0] == "|" and under.text.count("|") >= 3 and template_key(under.text) not in template


# A Markdown heading, or a label wholly in bold: the author's structure, whoever else writes the same words
_MARKDOWN_HEAD: Final = re.compile(r"#{1,6}[ \t]+\S.*|\*\*[^*]+\*\*[:：]?")


def mark_repeated(lines: list[Line]) -> None:
    """Lines repeated right after themselves, then lines recurring over the text."""
    mark_repeats(lines)
    mark_recurring(lines)
