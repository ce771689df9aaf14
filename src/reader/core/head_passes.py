"""Passes over the head of a page, above and around its headline: a row
of fields, a site's menu and the site name over it, a widget row, a panel
of figures or prices under the headline, a notice over it, a heading kept
over the body, the name line under a poster's buttons. ``reader.core.cleaning``
runs them when it chooses the title.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.block_words import call_row
from reader.core.folding import fold
from reader.core.han import HAN, HAN_WORD
from reader.core.headline import is_headline_shaped
from reader.core.junk_rules import Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import Line, is_prose_start, row_cells
from reader.core.metadata import MetaLine
from reader.core.name_first_bylines import NAME, mark_name_line
from reader.core.table_rows import figure_cells, head_row_over
from reader.core.title_shapes import RANK, is_navigation_path, is_option_row, is_reading_time, is_stats_row
from reader.core.wide_gaps import WIDE_GAP

# A field's label: two to six characters and a colon (通用名称：, 展期：).
_FIELD: Final = re.compile(r"^[^\s:：，。,《「“]{2,6}[:：]\s*\S")


def in_fields(lines: list[Line], k: int) -> bool:
    """Line ``k`` is a label：value field under another field, or the first
    of three."""
    if not _FIELD.match(lines[k].text) or lines[k].meta:
        return False
    if k + 1 < len(lines) and _names_poster(lines[k + 1].meta) and not _FIELD.match(lines[k + 1].text):
        return False  # (right over a byline, 老松（鄭文雄）　2028-05-10: a headline with its topic before a colon)
    # (a field under another, or the first of three: a headline with its topic
    # before a colon, 重庆三日游：…, over one row of fields, 行程天数：…, is none)
    if _is_field(lines, k - 1, k) or (_is_field(lines, k + 1, k) and _is_field(lines, k + 2, k)):
        return True
    # (between two fields that name who wrote it or when, 采访/整理：X over it and
    # 作者：Y under it: a book's or an event's facts, 书名：《…》; a headline has
    # one such line at most beside it, its byline)
    return 0 < k < len(lines) - 1 and all(
        lines[j].meta is not None and _FIELD.match(lines[j].text) for j in (k - 1, k + 1)
    )


def _names_poster(meta: MetaLine | None) -> bool:
    """A metadata line that names someone beside its date: a byline, not a date field."""
    return meta is not None and meta.date is not None and bool(meta.author or meta.source)


def _is_field(lines: list[Line], j: int, k: int) -> bool:
    """Line ``j`` is a kept label：value field other than line ``k``."""
    return (
        0 <= j < len(lines)
        and lines[j].kept
        and lines[j].text != lines[k].text
        and _FIELD.match(lines[j].text) is not None
    )


def mark_site_name(lines: list[Line], source: str) -> None:
    """Above the story's first paragraph, a line that is only the site's name
    as the page's markup gives it (an info bar's outlet between the headline
    and the story: 温陵眼新闻网 beside its date and byline lines) is the
    page's, not the story's. Never below: a notice's signer may be the site."""
    name = fold(source.strip())
    for line in lines:
        if line.reason is None and is_prose_start(line):
            return
        if line.reason is None and line.meta is None and line.folded == name:
            line.reason = Reason.METADATA


_SECTION_HEADING: Final = re.compile(r"[\u3400-\u9fff]{2,8}")


def rescue_heading_over_body(lines: list[Line]) -> None:
    """A short heading right under the headline's byline or date, over the
    body's first paragraph with only junk between (职位描述 / a row of tags
    / the first paragraph), heads the body: context took it for junk."""
    first = next((i for i, x in enumerate(lines) if x.reason is None and x.meta is None and is_prose_start(x)), None)
    if first is None:
        return
    for k in range(first - 1, max(first - 3, 0), -1):
        line = lines[k]
        if (
            line.reason is Reason.BETWEEN_BOILERPLATE
            and _SECTION_HEADING.fullmatch(line.text)
            and all(x.own_rule for x in lines[k + 1 : first])
            and (lines[k - 1].meta is not None or lines[k - 1].reason is Reason.HEADLINE)
        ):
            line.reason = None
            return


_ROW_PARTS: Final = 4
_ROW_PART: Final = 12


def widget_row(text: str) -> bool:
    """A row of several short parts set apart by wide gaps, no sentence
    (临江　今天　阴　-1～6℃　北风5～6级　AQI 168 中度污染): a widget."""
    if len(text) > _ROW_PART and not WIDE_GAP.search(text, 0, _ROW_PART + 2):
        return False  # (its first part is too long: no gap opens within its first characters)
    parts = WIDE_GAP.split(text)
    return len(parts) >= _ROW_PARTS and all(len(p) <= _ROW_PART for p in parts) and not text.endswith(SENTENCE_END)


_FIGURE: Final = re.compile(r"\d")
_FIGURE_LINE: Final = 30
_CLAUSE_OR_END: Final = re.compile(r"[，。；！？!?]|[.…]$")


def mark_figures_under(lines: list[Line], top: int, head_end: int) -> None:
    """Short lines with figures between the headline and the body, with
    only the headline, metadata or junk above and junk below (已募得 NT$
    1,284,600, a project's or a product's counters): the page's panel. A
    short label right under a poster's stats (主题 12　帖子 386 / 中级会员)
    is the poster's rank, and a row of calls to act where the walk ends, buttons."""
    run: list[Line] = []
    for k in range(top + 1, head_end):
        line = lines[k]
        if line.meta:
            continue
        if (
            line.kept
            and len(line.text) <= _FIGURE_LINE
            and _FIGURE.search(line.text)
            and not _CLAUSE_OR_END.search(line.text)
        ):
            run.append(line)
            continue
        if not line.bad:
            if (f := line.folded) is not None and " " in f and call_row(f):
                line.reason = Reason.WIDGET  # (a row of calls to act under them: 立即報名　WhatsApp查詢)
                return
            # (or the poster's rank under their stats, 中级会员: the walk goes on past it)
            if len(line.text) > RANK or not (lines[k - 1].bad and is_stats_row(lines[k - 1].text)):
                return
            line.reason = Reason.HANDLE
        elif run:
            for figure in run:
                figure.reason = Reason.COUNTER
        run = []


_PANEL_LINE: Final = 40
_PANEL_FIELDS: Final = 3
# Two to four words of at most four characters set apart by wide gaps: 试读　购买
_BUTTONS: Final = re.compile(r"[\u3400-\u9fff]{1,4}(?:(?:\u3000|\s{2,})[\u3400-\u9fff]{1,4}){1,3}")


_BRACKETED: Final = re.compile(r"[（(][^（()）]*[）)]")


def mark_panel_under(lines: list[Line], top: int, head_end: int) -> None:
    """A widget row under the headline, before the body (a page's tabs:
    行程介绍　费用说明　预订须知　用户点评(846)), with only metadata,
    junk and short lines that end no sentence between it and the headline
    (a price, a booking form, its buttons): the page's panel."""
    rows = [i for i in range(top + 1, head_end) if lines[i].kept and widget_row(lines[i].text)]
    if not rows:
        # (or a row of buttons under a box of fields: 书名：《…》 / 作者：… / 定价：… / 试读　购买)
        rows = [
            i
            for i in range(top + 2, head_end)
            if lines[i].kept
            and _BUTTONS.fullmatch(lines[i].text)
            and sum(1 for x in lines[top + 1 : i] if _FIELD.match(x.text)) >= _PANEL_FIELDS
        ]
        if not rows:
            return
    # (a head row of labels over a row of figures with as many cells is the body's table, no panel's tabs)
    if any(k + 1 in rows and _table_head(lines[k], lines[k + 1]) for k in rows):
        return
    between = lines[top + 1 : rows[-1]]
    if any(
        line.kept and not line.meta and (len(line.text) > _PANEL_LINE or line.text.endswith(SENTENCE_END))
        for line in between
    ):
        return
    # (a line that goes on after a comma, outside brackets, states something: a box of the
    # story's key points over a live page's controls, not a form's fields; only the row goes)
    if any(line.kept and not line.meta and "，" in _BRACKETED.sub("", line.text) for line in between):
        for i in rows:
            lines[i].reason = Reason.WIDGET
        return
    for line in lines[top + 1 : rows[-1] + 1]:
        if line.kept and not line.meta:
            line.reason = Reason.WIDGET


def _table_head(head: Line, row: Line) -> bool:
    """Labels with no figure over a row of as many cells, half of them or more with figures."""
    if any(c.isdigit() for c in head.text) or not head_row_over(head, row):
        return False
    cells = row_cells(row.text)
    return 2 * figure_cells(cells) >= len(cells)


_NOTE: Final = 30  # (a reading-time note is short)


def mark_options_under(lines: list[Line], top: int, head_end: int) -> None:
    """A label over its options between the headline and the body
    (規格：半磅（227g）　一磅（454g）): the product's selector, the page's.
    And a bracketed label right between the headline and its byline
    (【人物专访】): the column's, as a 专栏｜… over the headline is."""
    for line in lines[top + 1 : head_end]:
        if line.kept and not line.meta and ("\u3000" in line.text or "  " in line.text) and is_option_row(line.text):
            line.reason = Reason.WIDGET
        elif line.kept and len(t := line.text) <= _NOTE and not line.meta and "分" in t and is_reading_time(t):
            line.reason = Reason.WIDGET  # (a reading-time note: 本文约 1800 字，阅读需要 5 分钟)
    if top + 2 < len(lines) and (line := lines[top + 1]).kept and lines[top + 2].meta and _column_label(line.text):
        line.reason = Reason.ABOVE_HEADLINE


def _column_label(text: str) -> bool:
    """A column's label in black brackets: 【人物专访】 (a section's head inside the
    body looks alike: position decides); string tests, no pattern to compile."""
    if text[:1] != "【" or text[-1:] != "】" or not 2 <= len(text) - 2 <= _LABEL:
        return False  # (most lines: no slice copies them)
    return not any(c in _NOT_LABEL for c in text[1:-1])


_LABEL: Final = 6
_NOT_LABEL: Final = frozenset(" \u3000【】，。：:")


# A headline and its byline this close under the first prose line.
_NOTICE_GAP: Final = 4


def notices_over_headline(lines: list[Line], first: int) -> list[int]:
    """The prose lines from ``first`` on that sit above a headline and its
    byline or date (a forum board's rules, a site's notice): the page's,
    not the story's. Empty when a headline-shaped line with metadata right
    under it does not follow within a few lines."""
    end = min(first + _NOTICE_GAP, len(lines) - 1)
    # (no metadata line where a headline's byline could be: no notice over one, as on most pages)
    for line in lines[first + 1 : end + 2]:
        if line.meta is not None:
            break
    else:
        return []
    notices = []
    for i in range(first, end):
        line = lines[i]
        if line.bad or line.meta:
            continue
        if is_prose_start(line):
            notices.append(i)
            continue
        if (
            notices
            and is_headline_shaped(line.text)
            # (the next line no rule of its own took, one junk line at most between)
            and (after := next((j for j in range(i + 1, min(i + 3, len(lines))) if not lines[j].own_rule), None))
            is not None
            and (meta := lines[after].meta) is not None
            and (meta.author or meta.date)
        ):
            return notices
        if not line.short:
            return []
    return []


_MENU: Final = (Reason.NAVIGATION, Reason.LINKS)
_MENU_ITEMS: Final = re.compile(r"[\s|｜·•/／]+")
_SITE_MENU_ITEMS: Final = 4


def over_menu(lines: list[Line], k: int) -> bool:
    """Line ``k`` stands right above the site's menu, or above its own
    name in Latin letters and then the menu."""
    nxt = k + 1
    if nxt < len(lines) and not _HAN.search(lines[nxt].text):
        nxt += 1
    return nxt < len(lines) and _site_menu(lines[nxt])


_HAN: Final = HAN


def _site_menu(line: Line) -> bool:
    """The site's menu: a row of four words or more, no counts among them
    (匿名用户 | 浏览 2,345 次 under a question is its poster and views)."""
    return (
        line.reason in _MENU
        and not any(ch.isdigit() for ch in line.text)
        and len([w for w in _MENU_ITEMS.split(line.text) if w]) >= _SITE_MENU_ITEMS
    )


# A breadcrumb's steps, three or more with spaced separators: 首頁 / 咖啡豆 / 單品豆
# (登录/注册 is a pair of buttons)
_CRUMB_STEP: Final = re.compile(r"\S\s(?:/|>|›|»|＞)\s\S+\s(?:/|>|›|»|＞)\s\S")
_NAMED_WORDS: Final = 3
_NAME_WORD: Final = 3
_ITEM_NAME: Final = 4
# (how far under the row the page's date line may be: past one line, a price or a tag)
_OVER_DATE: Final = 2


def _name_row(line: Line) -> bool:
    """A kept line of parts set apart by wide gaps (a product's name, season, size)."""
    return line.kept and ("\u3000" in line.text or "  " in line.text)


def item_name_row(lines: list[Line], k: int) -> bool:
    """Line ``k`` is a row of words a menu rule took, right under the
    breadcrumb, and the body names at least half of its Han words (衣索比亞
    古吉 罕貝拉 布庫 日曬 G1 under 首頁 / 咖啡豆 / 單品豆, the origin story
    below telling of 罕貝拉 and 布庫): the item's name, not a menu, whose
    words the body never uses."""
    line = lines[k]
    if k == 0 or not lines[k - 1].own_rule or (line.reason is not Reason.NAVIGATION and not _name_row(line)):
        return False
    if not (_CRUMB_STEP.search(lines[k - 1].text) or is_navigation_path(lines[k - 1].text)):
        return False
    words = HAN_WORD.findall(line.text)
    if line.reason is not Reason.NAVIGATION:
        # a kept row of parts whose first, the item's name, the body names:
        # 秦岭百花土蜂蜜　2026秋季新蜜　500g玻璃瓶装 over 品名：秦岭百花土蜂蜜
        name = words[0] if words and line.text.startswith(words[0]) else ""
        return len(name) >= _ITEM_NAME and any(name in x.text for x in lines[k + 1 :] if x.kept)
    if len(words) < _NAMED_WORDS:
        return False
    if any(x.meta is not None and x.meta.kind == "date" for x in lines[k + 1 : k + 1 + _OVER_DATE]):
        # (the page's date line right under it: a menu sits over the crumbs, a
        # headline over its date; a listing's words the body need not repeat)
        return True
    body = "\n".join(x.text for x in lines[k + 1 :] if x.kept)
    found = [w for w in words if w in body]
    # (a menu's two-character words, 时政 社会 教育, any story may use: one of three or more is a name's)
    return 2 * len(found) >= len(words) and any(len(w) >= _NAME_WORD for w in found)


__all__ = [
    "NAME",
    "in_fields",
    "item_name_row",
    "mark_figures_under",
    "mark_name_line",
    "mark_options_under",
    "mark_panel_under",
    "notices_over_headline",
    "over_menu",
    "rescue_heading_over_body",
    "widget_row",
]
