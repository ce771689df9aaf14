"""The title of a cleaned page: the headline candidates of
:mod:`reader.core.headline` scored over the page's lines (with the lines
marked that the choice settles: the site's name over it, the poster's name
under it), or a fallback from the file name or the first sentence.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Sequence
from typing import Final, overload

from reader.core.bylined_heading import heading_over_byline
from reader.core.date_lines import event_label
from reader.core.dated_headings import dated_heading
from reader.core.folding import fold
from reader.core.han import HAN_RUN
from reader.core.head_buttons import mark_buttons_under
from reader.core.head_callouts import mark_callout_under
from reader.core.head_passes import (
    in_fields,
    item_name_row,
    mark_figures_under,
    mark_name_line,
    mark_options_under,
    mark_panel_under,
    notices_over_headline,
    over_menu,
    widget_row,
)
from reader.core.headline import (
    BILINGUAL_LABEL,
    banner_line,
    dateline_date,
    heading_text,
    is_figure_row,
    lead_title,
    shown_part,
    strip_site,
)
from reader.core.junk_rules import Reason
from reader.core.line_features import is_sentence
from reader.core.line_passes import HEAD_LINES, LINK_CRUMB, PROSE_ENDS, Line, is_prose_start
from reader.core.meta_lines import boxed_row
from reader.core.metadata import Hints, parse_meta_line
from reader.core.site_statements import is_site_statement
from reader.core.title_choice import choose_title, twins
from reader.core.title_shapes import (
    BUTTON,
    FIELD_CODE,
    ends_in_button,
    gives_number,
    is_button_row,
    is_date_header,
    is_navigation_path,
    is_promo_row,
    tagged_headline,
)

# A line right above the headline this long may be a headline: it stays.
_MIN_KEPT_ABOVE: Final = 8
# A label and an address, nothing else: the page's own (Source: https://…, 原文链接：https://…).
_LABELLED_URL: Final = re.compile(r"^[^\s:：]{1,16}\s*[:：]\s*(?:https?://|www\.)\S+$")
# Two label：value fields or more in a row, no sentence: a header's address
# and hours (地址：…　開放時間：…), never the article's words above its headline.
_FIELD_ROW: Final = re.compile(
    r"^[^\s:：，。]{1,8}[:：][^。！？]+?(?:\u3000+|\s{2,}|\s*[|｜]\s*)[^\s:：，。]{1,8}[:：][^。！？]+$"
)
# (enum members bound once: Reason.X goes through the enum type's slow attribute hook, ~140 ns)
_TEMPLATE, _CAPTION, _NAV = Reason.SITE_TEMPLATE, Reason.CAPTION, Reason.NAVIGATION
# A paragraph this short is not a lead to make a title from.
_MIN_LEAD: Final = 8


def page_title(lines: list[Line], hints: Hints, only_short: bool) -> str | None:
    """The headline, from the head of the text; its lines leave the body. A
    text of short lines only (a poem) is headed by its first line."""
    # (Line.kept spelt out in the walks over every line: a property is a call)
    head_end = next(
        (i for i, line in enumerate(lines) if line.reason is None and line.meta is None and is_prose_start(line)),
        len(lines),
    )
    past_menu = (
        head_end < HEAD_LINES - 1
        and head_end + 1 < len(lines)
        # (the line under it goes, and the sentence is no site's name in Latin letters: asked first, cheap)
        and lines[head_end + 1].reason is not None
        and lines[head_end].text.endswith(PROSE_ENDS)
        and over_menu(lines, head_end)
    )
    if past_menu:
        # (a sentence right above the site's menu is the site's motto, not the
        # body's start: 一個中年大叔，食遍九龍城區每一間老店。 over 首頁　九龍城區　…)
        head_end = next(
            (
                i
                for i in range(head_end + 2, len(lines))
                if lines[i].reason is None and lines[i].meta is None and is_prose_start(lines[i])
            ),
            len(lines),
        )
    notices = notices_over_headline(lines, head_end)
    if notices:
        # (a board's notice above the post: the body starts under the byline)
        head_end = next(
            (i for i in range(notices[-1] + 1, len(lines)) if lines[i].kept and is_prose_start(lines[i])), len(lines)
        )
    head = lines[: HEAD_LINES + 2]  # (candidates up to HEAD_LINES, their neighbours two further)
    # (choose_title reads no line more than three under the head's end: a
    # candidate's neighbour's neighbour, past a junk line each)
    near = head[: min(head_end, HEAD_LINES) + 4]
    texts = [line.text for line in near]
    # (a row of words under the breadcrumb that the body names: the item's name, which a menu rule took)
    named: set[int] = set()

    def item_name(k: int) -> bool:
        if item_name_row(lines, k):
            named.add(k)
            return True
        return False

    for k in range(1, len(near)):
        if near[k - 1].own_rule and near[k].reason is None and near[k].meta is None:
            item_name(k)  # (or a kept row of parts under it that leads with the name the body gives)
    is_meta = [line.meta is not None for line in near]
    if b"\1\1" in bytes(is_meta):  # (two meta lines in a row, the first perhaps a dated heading: most pages have none)
        is_meta = [m and not dated_heading(near, k) for k, m in enumerate(is_meta)]
    title, used = choose_title(
        texts,
        [
            not line.own_rule
            or (line.reason is _NAV and item_name(k))
            or (line.reason is _CAPTION and tagged_headline(line.text))
            # (a call's word, over a byline; not a button's call, its chevron last: …合盘 >>)
            or (line.weak and k + 1 < len(near) and near[k + 1].meta is not None and not ends_in_button(line.text))
            for k, line in enumerate(near)
        ],
        is_meta,
        # (a line in other files of the folder may be this story saved twice)
        [(line.reason is None and line.meta is None) or line.reason is _TEMPLATE for line in near],
        min(head_end, HEAD_LINES),
        hints.title,
        first_wins=only_short,
        recurring=[line.reason is _TEMPLATE for line in near],
        opens_body=head_end == 1,
        # (the body's first sentences, where an encyclopedia names its subject)
        lead=[line.text for line in lines[head_end : head_end + 3] if line.reason is None and line.meta is None],
        # (both asked only of the candidates: computed when asked)
        over_menu=_Lazy(len(near), lambda k: over_menu(lines, k)),
        # (a field among fields, 英文名称：… under 通用名称：…, or a row of
        # tabs, 商品详情　说明书　用户评价(12031), or a field giving a code, 通告編號：HX-N-2026-041, is no headline)
        fields=_Lazy(
            len(near),
            lambda k: (
                in_fields(head, k)
                or widget_row(head[k].text)
                or bool(FIELD_CODE.match(head[k].text) or BUTTON.match(head[k].text))
                # (a row of buttons under the site's statement: 接受全部　仅必要Cookie under the cookie notice)
                or (k > 0 and is_button_row(head[k].text) and is_site_statement(head[k - 1].text))
                # (a name in Latin letters under its Han form: a bilingual masthead, 班台渔民协会 / Persatuan …)
                or (k > 0 and _translated_name(head[k - 1].text, head[k].text))
                # (the site's name and its motto, the name the page's copyright line gives: 琴房里的小事 —— …)
                or _name_and_motto(head[k].text, lines)
            ),
        ),
        item_names=named,
    )
    if (
        title
        and used
        and ("｜" in title or "|" in title)
        and (named_under := _name_under_label(title, texts, max(used)))
    ):
        # (a label｜name row over the item's full name: 新酒上架｜桂花乌龙酸艾尔 over
        # 桂花乌龙酸艾尔 Osmanthus Oolong Sour; the row stays a headline's copy)
        title, used = texts[named_under], [*used, named_under]
    if hints.title and not heading_over_byline(near, used, hints.title, hints.source, lines):
        title = strip_site(hints.title, hints.source)  # the markup's title wins (<title>, front matter)
        if title != hints.title and _heading_shows(hints.title, texts[: min(head_end, HEAD_LINES)]):
            # (the page's own Markdown heading gives it whole, the site's name and a bar
            # before the title: 湯泉館｜新年價目; the title is as the page shows it)
            title = hints.title
        if "｜" in title or "|" in title:
            title = _without_column(title, texts[: min(head_end, HEAD_LINES)])
        if title == hints.title and (part := shown_part(title, texts[: min(head_end, HEAD_LINES)])):
            title = part  # (剧评｜… - 某剧评网 over # …: the page's heading gives the headline alone)
        used = [i for i in range(min(head_end, HEAD_LINES)) if heading_text(texts[i]) in (title, hints.title)]
    for i in used:
        lines[i].reason, lines[i].meta = Reason.HEADLINE, None
    for i in range(min(used, default=0) + 1, max(used, default=0)):
        # (a channel's name between the breadcrumb that ends in the headline and the headline)
        if lines[i].kept and lines[i].short and not is_sentence(lines[i].text):
            lines[i].reason = Reason.ABOVE_HEADLINE
    if used:
        _mark_dateline(lines, max(used))
        mark_figures_under(lines, max(used), head_end)
        mark_panel_under(lines, max(used), head_end)
        mark_options_under(lines, max(used), head_end)
        mark_callout_under(lines, max(used), head_end)
        mark_buttons_under(lines, max(used), head_end)
    if used and notices and min(used) > notices[-1]:
        for i in notices:
            lines[i].reason = Reason.ABOVE_HEADLINE
    top = min(used, default=0)
    for i, line in enumerate(lines[:top]):
        # (a headline-length line right above may be the headline itself: keep it)
        if (
            line.kept
            and (
                line.short
                or not is_sentence(line.text)
                or (line.text.startswith("[") and LINK_CRUMB.match(line.text))
                or widget_row(line.text)
                or is_figure_row(line.text)
                or _LABELLED_URL.match(line.text)
                or _FIELD_ROW.match(line.text)
                or gives_number(line.text)  # a hotline: 入住咨询：0871-6602 3388; then a widget between menus
                or banner_line(line.text)  # a banner's call in bold, or a teaser: 熱門：another headline
                or (title is not None and twins(line.text, title))  # a hot thread's twin: [熱] … over [分享] …
                or (0 < i < top - 1 and lines[i - 1].reason is lines[i + 1].reason is _NAV and "，" not in line.text)
            )
            and not (
                i == top - 1
                and len(line.text) >= _MIN_KEPT_ABOVE
                and not widget_row(line.text)
                # (a breadcrumb, a promo row or a notice with a number over the headline is none)
                and not is_navigation_path(line.text)
                and not (line.text.startswith("[") and LINK_CRUMB.match(line.text))
                and not is_promo_row(line.text)
                and not gives_number(line.text)
                and not _LABELLED_URL.match(line.text)
                and not _FIELD_ROW.match(line.text)  # (a counter's fields: 今日參拜人次：1,862　累計：…)
                and not BILINGUAL_LABEL.match(line.text)
                and not _name_and_motto(line.text, lines)
                and not banner_line(line.text)
                and not (title is not None and twins(line.text, title))
                # (the last of a list of such lines over it is one more item: 如何修改订单 / 押金多久退回 / …)
                and not (
                    i > 1 and all(x.reason is Reason.ABOVE_HEADLINE and len(x.text) >= 6 for x in lines[i - 2 : i])
                )
            )
        ):
            line.reason = Reason.ABOVE_HEADLINE  # a masthead, a menu, a channel's name
    if top > 1 and lines[top - 1].meta and is_date_header(lines[top - 1].text):
        for line in lines[: top - 1]:  # (a blog's name and motto over the post's date header)
            if line.kept:
                line.reason = Reason.ABOVE_HEADLINE
    if past_menu and top > 0:
        # (a blog's date header right over the post's headline, under the menu: the post's date)
        _mark_dateline(lines, top - 2, reach=2)
    if used:
        # (past the buttons under the headline: 只看楼主 收藏 回复)
        after = next((i for i in range(max(used) + 1, len(lines)) if not lines[i].own_rule), len(lines))
        mark_name_line(lines, after)
    return title


_NAME_MAX: Final = 12  # (a site's Han name is short)
_LATIN_CHARS: Final = string.ascii_letters + " .,'&()-"  # (a string test: no pattern to compile)


def _translated_name(above: str, text: str) -> bool:
    """``text`` is Latin letters only, under a short line of Han only: the name in its other language."""
    return (
        len(above) <= _NAME_MAX
        and 6 <= len(text) <= 61
        and text[0] in string.ascii_letters
        and not text.strip(_LATIN_CHARS)
        and HAN_RUN.fullmatch(above) is not None
    )


_FOOT: Final = 12  # (the copyright line closes the page)
_COPYRIGHT: Final = ("©", "版权", "版權", "Copyright")
_BARS: Final = ("-", "|", "｜")


def _name_and_motto(text: str, lines: list[Line]) -> bool:
    """``text`` is a name, a dash and a motto, and the page's copyright line names that name."""
    if "—" not in text and " - " not in text and "|" not in text and "｜" not in text:
        return False
    name = _motto_name(text)
    return name is not None and any(name in x.text and any(c in x.text for c in _COPYRIGHT) for x in lines[-_FOOT:])


def _motto_name(text: str) -> str | None:
    """The name before a motto: a word of 2 to 12 characters, then —— (spaces around it or not) or a
    spaced bar or hyphen, then the motto. (String tests: a pattern costs its compile in every process.)"""
    end = 0
    while end < len(text) and not text[end].isspace() and text[end] != "—":
        end += 1
    if not 2 <= end <= _NAME_MAX:
        return None
    after = text[end:].lstrip()
    if after[:1] in string.ascii_letters and (rest := after.lstrip(_LATIN_CHARS)) != after and rest[:1] in "｜|—":
        # (the name in Latin letters too, then a bar: 港灣記憶 Harbour Memories｜…計劃)
        return text[:end] if rest[1:].strip("—").strip() else None
    if after[:1] == "—":
        return text[:end] if after[1:].strip() else None
    spaced = len(after) < len(text) - end and after[1:2].isspace()
    return text[:end] if spaced and after[:1] in _BARS and after[2:].strip() else None


# A channel's label, a bar and a name: 新酒上架｜桂花乌龙酸艾尔
_LABEL_BAR: Final = re.compile(r"(?P<label>[^｜|\s]{2,8})\s*[｜|]\s*(?P<rest>\S.{1,40})")


def _name_under_label(title: str, texts: list[str], k: int) -> int | None:
    """The line right under the headline row ``k`` when the row is a label, a
    bar and the start of that line, which the label is no part of: the item's
    full name (its English name after it)."""
    if k + 1 >= len(texts) or (m := _LABEL_BAR.fullmatch(title)) is None:
        return None
    under, rest = texts[k + 1], m.group("rest")
    if len(under) > len(rest) and under.startswith(rest) and m.group("label") not in under and not is_sentence(under):
        return k + 1
    return None


def _heading_shows(title: str, head: list[str]) -> bool:
    """A Markdown heading (# …) of the head is ``title`` whole."""
    return any(text[:1] == "#" and heading_text(text) == title for text in head)


def _without_column(title: str, head: list[str]) -> str:
    """The page's title without a column's label and bar (樓市週記｜新界西…)
    when the page shows both apart, the label on a line of its own over
    the headline: the label is the column's, the headline the story's."""
    if (m := _LABEL_BAR.fullmatch(title)) is None or m.group("label") not in head:
        return title
    rest = "".join(m.group("rest").split())
    return next((text for text in head if "".join(text.split()) == rest), title)


class _Lazy(Sequence[bool]):
    """``[test(k) for k in range(n)]``, each computed when first asked
    (``choose_title`` asks only of its candidates)."""

    def __init__(self, n: int, test: Callable[[int], bool]) -> None:
        # (a literal: dict[int, bool]() builds a generic alias first, twice a page)
        self._known: dict[int, bool] = {}
        self._n, self._test = n, test

    def __len__(self) -> int:
        return self._n

    @overload
    def __getitem__(self, k: int) -> bool: ...
    @overload
    def __getitem__(self, k: slice) -> Sequence[bool]: ...
    def __getitem__(self, k: int | slice) -> bool | Sequence[bool]:
        if isinstance(k, slice):
            return [self[j] for j in range(self._n)[k]]
        if not -self._n <= k < self._n:
            raise IndexError(k)
        k %= self._n
        if (known := self._known.get(k)) is None:
            known = self._known[k] = self._test(k)
        return known


def _mark_dateline(lines: list[Line], headline: int, reach: int = 6) -> None:
    """Under the headline, past at most one paragraph (a standfirst), a
    line that is a date with a short label beside it (2025-11-22｜街坊故事)
    is the page's date line: metadata, not the body."""
    paragraphs = 0
    for k, line in enumerate(lines[headline + 1 : headline + reach], headline + 1):
        if line.reason is None and line.meta is None and (date := dateline_date(line.text)) is not None:
            # (another day's row of a box of fields: 答辩日期 2026-05-28 over 发布日期 …, or 時間 … amid its rows)
            if event_label(fold(line.text.replace(date, "").strip(" \t\u3000|｜·"))) or boxed_row(lines, k):
                continue
            meta = parse_meta_line(date, fold(date))
            if meta is not None and meta.kind == "date":
                line.meta, line.reason = meta, None
            return
        if line.reason is None and line.meta is None and not line.short:  # (Line.kept spelt out: a call less)
            paragraphs += 1
            if paragraphs > 1:
                return


_NAMED: Final = re.compile(r"[\u3400-\u9fff].*[\u3400-\u9fff].*[\u3400-\u9fff].*[\u3400-\u9fff]")


def fallback_title(paragraphs: tuple[str, ...], hints: Hints) -> str:
    """No headline in the text: a file name that reads as a title, else the
    first real paragraph's first sentence, else the file name."""
    if hints.name and _NAMED.search(hints.name):
        return hints.name
    lead = next((p for p in paragraphs if len(p) >= _MIN_LEAD), paragraphs[0] if paragraphs else "")
    return lead_title(lead) if lead else (hints.name or "")


__all__ = ["fallback_title", "page_title"]
