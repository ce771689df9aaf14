"""Passes over the lines of one text, each deciding some lines' verdicts.

``reader.core.cleaning.clean`` runs them in order; each pass reads and
writes :class:`Line` records (text, shape, metadata, verdict and reason).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection
from dataclasses import dataclass

from reader.core.headline import is_headline_shaped
from reader.core.junk_rules import ANYWHERE, SHARE_WORDS, Reason
from reader.core.line_features import (
    SENTENCE_END,
    TEMPLATE_LINE,
    template_key,
)
from reader.core.metadata import MetaLine


@dataclass(slots=True, eq=False)
class Line:
    """One line of the text and everything cleaning knows about it."""

    text: str
    folded: str | None  # None for lines too long for the keyword rules
    short: bool  # a heading or junk: its neighbours decide
    reason: Reason | None = None  # why it goes; None while it stays
    meta: MetaLine | None = None
    own_rule: bool = False  # junk by its own shape (never a headline)
    weak: bool = False  # junk only by a phrase: context may keep it

    @property
    def bad(self) -> bool:
        return self.reason is not None

    @property
    def kept(self) -> bool:
        return self.reason is None and self.meta is None


_SPACE = re.compile(r"\s")
# Bylines and date lines sit this close to the top or the bottom.
HEAD_LINES = 40
# A teaser: "摘要：…" or a line cut off with "..", repeating the body.
_TEASER = re.compile(
    r"^(?:(?:摘要|導讀|导读|導語|导语|簡介|简介|概要|summary)\s*[:：]\s*)?(?P<body>.+?)(?:\.{2,}|…+)?$", re.IGNORECASE
)
_MIN_TEASER = 20
# A junk block at the tail ends at a line this long that reads as prose.
PROSE = 40
# A word this short next to junk is junk (a button, a label), unless
# body text is on both sides of it.
_LONE_WORD = 3


def mark_template(lines: list[Line], template: Collection[str]) -> None:
    """Lines that recur across the folder are the site's template, unless
    they read as prose (two saved copies of one story share sentences) or
    sit as a heading between two paragraphs of the body."""
    if not template:
        return
    for i, line in enumerate(lines):
        if line.bad or line.meta:
            continue
        if len(line.text) > TEMPLATE_LINE and _SPACE.search(line.text) is None:
            continue  # (its key is the line itself, too long to be template)
        if template_key(line.text) not in template:
            continue
        if not line.short and line.text.endswith(SENTENCE_END):
            continue
        if line.short and _body_on_both_sides(lines, i):
            continue
        line.reason = Reason.SITE_TEMPLATE


def _body_on_both_sides(lines: list[Line], i: int) -> bool:
    sides = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and (lines[j].meta or lines[j].short):
            j += step
        sides.append(0 <= j < len(lines) and not lines[j].bad)
    return all(sides)


def mark_repeats(lines: list[Line]) -> None:
    """A line repeated right after itself: once is enough. Short repeated
    lines (a logo's alt text and its caption) are page furniture."""
    for prev, line in itertools.pairwise(lines):
        if line.text != prev.text or line.meta:
            continue
        for rec in (prev, line) if line.short else (line,):
            rec.reason = rec.reason or Reason.REPEATED_LINE


def mark_teasers(lines: list[Line]) -> None:
    """A summary at the top that only repeats the body ("摘要：…", cut off
    with ".."). Only dropped when its words really appear again."""
    body = None
    for line in lines[:HEAD_LINES]:
        if line.bad or line.short or not _teaser_marked(line.text):
            continue
        body = body if body is not None else "".join(line.text for line in lines)
        m = _TEASER.match(line.text)
        if m and len(core := m.group("body")) >= _MIN_TEASER and body.count(core) >= 2:
            line.reason = Reason.TEASER


def _teaser_marked(text: str) -> bool:
    """A teaser's label, or a line cut off with .. or … (tested at the
    ends: a regex search for the end would try every position)."""
    return text.endswith(("..", "…")) or _TEASER_LABEL.match(text) is not None


_TEASER_LABEL = re.compile(r"(?:摘要|導讀|导读|導語|导语|簡介|简介|概要|summary)\s*[:：]", re.IGNORECASE)


def is_prose_start(line: Line) -> bool:
    """The body has begun: a long line that reads as a sentence."""
    if line.short or (not line.text.endswith(_PROSE_ENDS) and _CLAUSE_MARK.search(line.text) is None):
        return False
    return not is_headline_shaped(line.text)


_PROSE_ENDS = tuple("。！？!?")
_CLAUSE_MARK = re.compile(r"[，,；;]")


def is_prose(line: Line) -> bool:
    return not line.bad and len(line.text) >= PROSE and line.text.endswith(SENTENCE_END)


LIST_ITEM = re.compile(r"^(?:[-*+•·]\s|\d{1,2}[.、)]\s?|[(（]\d{1,2}[)）]|《)")


# An advertisement's label alone on its line: - 廣告 -, 【广告】, [AD], （推广）
_AD_LABEL = re.compile(
    r"^(?:[【\[(（]|[—–-]{1,2})\s*(?:广告|推广|赞助|ad|ads|sponsored|advertisement)\s*(?:[】\])）]|[—–-]{1,2})$",
    re.IGNORECASE,
)


def mark_after_ad_label(lines: list[Line]) -> None:
    """The line right under an advertisement's label is the advertisement
    (a business, its trade and its phone), unless it reads as a sentence."""
    for prev, line in itertools.pairwise(lines):
        if (
            prev.reason is Reason.PROMOTION
            and prev.folded is not None
            and _AD_LABEL.match(prev.folded)
            and line.kept
            and not line.text.endswith(SENTENCE_END)
            and len(line.text) < PROSE * 2
        ):
            line.reason = Reason.PROMOTION


# A line set wholly in emphasis: *陪診義工陪同長者覆診。*
_EMPHASIZED = re.compile(r"^(\*{1,2}|_{1,2})[^*_]{2,60}\1$")


def mark_image_captions(lines: list[Line]) -> None:
    """A line set wholly in emphasis right under a picture is its caption."""
    for prev, line in itertools.pairwise(lines):
        if prev.text.startswith(("![", "[![")) and line.kept and _EMPHASIZED.match(line.text):
            line.reason = Reason.CAPTION


def rescue_weak(lines: list[Line]) -> None:
    """A clause caught only by a phrase ("提前下载翻译App，让爸妈也能自己点餐")
    between two paragraphs of prose is part of the body."""
    for i, line in enumerate(lines):
        if line.weak and _CLAUSE.search(line.text) and _prose_on_both_sides(lines, i) and not _is_call(line):
            line.reason, line.own_rule, line.weak = None, False, False


# A call to the reader's action (扫码, 打开…app, 点此): one that opens or closes a
# line without a sentence end is a button's words, not a clause of the story.
_CALL = re.compile("|".join(p for reason, p, _ in ANYWHERE if reason is Reason.PROMOTION))
_LEADING_MARKS = re.compile(r"^[\W_]*")
_CALL_EDGE = 2


def _is_call(line: Line) -> bool:
    folded = line.folded
    if folded is None or line.reason is not Reason.PROMOTION or folded.endswith(SENTENCE_END):
        return False
    start = _LEADING_MARKS.match(folded).end()  # type: ignore[union-attr]
    return any(m.start() == start or m.end() >= len(folded) - _CALL_EDGE for m in _CALL.finditer(folded))


_CLAUSE = re.compile(r"[，,；;]")
# A heading over the article's sources: 参考资料, 參考文獻, References, 资料来源
_REFERENCES = re.compile(
    r"^[#*\s【\[]*(?:参考|引用|资料来源|文献|注释|references?|sources?|bibliography|notes|further reading)"
    r"\S{0,6}?[\s】\]:：*]*$",
    re.IGNORECASE,
)


def rescue_references(lines: list[Line]) -> None:
    """A list of links under a references heading is the article's sources,
    not a menu or a list of other posts."""
    under = False
    for line in lines:
        if line.folded is not None and _REFERENCES.match(line.folded):
            under = True
            if line.reason in (Reason.RELATED, Reason.BETWEEN_BOILERPLATE):
                line.reason = None
        elif under and line.reason in (Reason.LINKS, Reason.RELATED) and LIST_ITEM.match(line.text):
            line.reason, line.own_rule, line.weak = None, False, False
        else:
            under = False


# A line that is one link and nothing else: [anchor](url)
_LONE_LINK = re.compile(r"^[-*+•·\s]*\[([^\]]+)\]\([^)\s]+[^)]*\)\s*$")
# A link's words that read as the article's sentence, not a menu item.
_LINKED_SENTENCE = 16


def rescue_lone_links(lines: list[Line]) -> None:
    """A line that is a single link whose words read as a sentence (a
    clause mark, a sentence's end, or a sentence's length), between two
    paragraphs of prose, is the article's (a source it cites), not a menu."""
    for i, line in enumerate(lines):
        if line.reason is not Reason.LINKS or not (m := _LONE_LINK.match(line.text)):
            continue
        words = m.group(1)
        if (
            (_CLAUSE.search(words) or words.endswith(SENTENCE_END) or len(words) >= _LINKED_SENTENCE)
            and "![" not in line.text
            and _prose_on_both_sides(lines, i)
        ):
            line.reason, line.own_rule, line.weak = None, False, False


# A label and its value: 处理器：英特尔酷睿 Ultra 7, 重量：1.39kg, 优点：…
_LABEL_VALUE = re.compile(r"^[^\s:：，。【\[［(（]{1,8}[:：]\s*\S")
# Shapes a label-value line can have that only context tells from junk.
_SHAPE_ONLY = (Reason.COUNTER, Reason.CONTROLS, Reason.BETWEEN_BOILERPLATE)


def rescue_label_values(lines: list[Line]) -> None:
    """Label-value lines (a spec list, pros and cons) between paragraphs
    of the body are the body's, whatever their digits look like."""
    for i, line in enumerate(lines):
        if (
            line.reason in _SHAPE_ONLY
            and not line.meta
            and _LABEL_VALUE.match(line.text)
            and not _has_button(line)
            and _body_around(lines, i)
        ):
            line.reason, line.own_rule, line.weak = None, False, False


def rescue_label_runs(lines: list[Line]) -> None:
    """A run of label-value lines right under a paragraph of the body (an
    infobox: 中文名：… 类别：… 酒精度：10%vol—20%vol) is one block: when
    most of it stays, its lines that only look like counters or sit next
    to the page's junk stay too."""
    i = 0
    while i < len(lines):
        j = i
        while (
            j < len(lines)
            and (lines[j].short or lines[j].kept)
            and not lines[j].meta
            and _LABEL_VALUE.match(lines[j].text)
        ):
            j += 1
        run = lines[i:j]
        kept = sum(line.kept for line in run)
        if (
            j - i >= _RUN
            and kept * 2 >= len(run)
            and i > 0
            and lines[i - 1].kept
            # (or under the body's own heading, 一、项目基本情况, with prose over it)
            and (not lines[i - 1].short or (i > 1 and lines[i - 2].kept and not lines[i - 2].short))
            and all(line.kept or line.reason in _SHAPE_ONLY for line in run)
        ):
            for line in run:
                line.reason, line.own_rule, line.weak = None, False, False
        i = max(j, i + 1)


_RUN = 3
_CELL_GAP = re.compile(r"\u3000+|\s{2,}|\s*[|｜]\s*")
_TABLE_ROWS = 3


def rescue_table_rows(lines: list[Line]) -> None:
    """A table flattened into lines under a heading of the body (門診時間 /
    星期一　上午 甲　下午 乙 / 星期二　上午 丙 …): three rows or more split
    into cells, each led by its own first cell, sharing a word in every
    row (a column's 上午). A site's menu rows share no word."""
    i = 0
    while i < len(lines):
        j = i
        # (a row on its own among them may not be judged yet: 星期五　上午 甲)
        while (
            j < len(lines)
            and lines[j].reason in (_TABLE_LIKE if j == i else (*_TABLE_LIKE, None))
            and not lines[j].meta
            and lines[j].short
        ):
            j += 1
        rows = lines[i:j]
        # (under a kept line with the body above it, not under a block of the page's: 上一篇 / 排行榜)
        above = i > 0 and lines[i - 1].kept and (not lines[i - 1].short or (i > 1 and lines[i - 2].kept))
        if len(rows) >= _TABLE_ROWS and above and any(r.bad for r in rows) and _table(rows):
            for row in rows:
                row.reason, row.own_rule, row.weak = None, False, False
            # (where to go and whom to call, right under the table and not
            # over more junk, belongs to its section: 治療室位置：… 聯絡電話：…)
            if (
                j + 1 < len(lines)
                and lines[j].reason is Reason.CONTACT
                and _LABEL_VALUE.match(lines[j].text)
                and not lines[j + 1].bad
            ):
                lines[j].reason, lines[j].own_rule, lines[j].weak = None, False, False
        i = max(j, i + 1)


_TABLE_LIKE = (Reason.NAVIGATION, Reason.BETWEEN_BOILERPLATE)


def _table(rows: list[Line]) -> bool:
    cells = [[c for c in _CELL_GAP.split(row.text) if c] for row in rows]
    if any(len(c) < 2 for c in cells) or len({c[0] for c in cells}) < len(cells):
        return False
    words = [set(row.text.split()[1:]) for row in rows]
    return bool(set.intersection(*words))


# A list item of a name and a count or a measure: 沙市区　32部, 功率：1800W
_LIST_FACT = re.compile(r"^[^\s:：，。]{1,12}(?:[:：]\s*|\s+)\S{1,24}$")


def rescue_introduced_list(lines: list[Line]) -> None:
    """A run of short parallel lines right under a line of the body that
    introduces them with a colon (先说基本参数：, 三个城区分别是：) is the
    list it announces (a spec list, names and counts), whatever their
    digits look like; the run ends at the first line of another shape."""
    for i, lead in enumerate(lines[:-1]):
        if not (lead.kept and lead.text.endswith(("：", ":")) and not _LABEL_VALUE.fullmatch(lead.text)):
            continue
        j = i - 1
        while j >= 0 and lines[j].meta:
            j -= 1
        if not lead.short or (j >= 0 and lines[j].kept and not lines[j].short):
            run = []
            k = i + 1
            while k < len(lines) and lines[k].short and not lines[k].meta and _LIST_FACT.match(lines[k].text):
                if lines[k].bad and lines[k].reason not in _SHAPE_ONLY:
                    break
                run.append(lines[k])
                k += 1
            if len(run) >= 2:
                for item in run:
                    item.reason, item.own_rule, item.weak = None, False, False


def rescue_contact(lines: list[Line]) -> None:
    """A labelled phone line right after a paragraph of the body (洽詢電話：…
    under a notice) tells the reader whom to call: the article's. The
    site's contact lines sit in its footer, after other junk or at the very
    end, and a press office's come as a block (联系人, 电话, 邮箱); a line
    of the notice (its sign-off) follows one that is the article's."""
    for i, line in enumerate(lines):
        if line.reason is not Reason.CONTACT or line.meta or not _LABEL_VALUE.match(line.text):
            continue
        j = i - 1
        while j >= 0 and lines[j].meta:
            j -= 1
        if j < 0 or not lines[j].kept:
            continue
        last = i + 1 >= len(lines)
        if not last and lines[i + 1].bad:
            continue  # (more junk under it: the page's contact block)
        if not lines[j].short and lines[j].text.endswith((*SENTENCE_END, "」", "”")):
            # (as the text's last line, one label only: a row of them,
            # 地址：… ｜ 總機：…, is the site's footer)
            if not last or len(_LABEL_MARK.findall(line.text)) == 1:
                line.reason, line.own_rule, line.weak = None, False, False
        elif len(_LABEL_MARK.findall(line.text)) == 1 and _in_detail_block(lines, j):
            # An event's details (地點：… 時間：… 報名電話：…) under the story:
            # whom to call is one of them, even as the text's last line.
            line.reason, line.own_rule, line.weak = None, False, False


# A label's colon (not a clock's: 14:30).
_LABEL_MARK = re.compile(r"(?<!\d)[:：]|[:：](?!\d)")


def _in_detail_block(lines: list[Line], j: int) -> bool:
    """Line ``j`` is one of a run of kept label-value lines, one label
    each, right under a paragraph of prose; line ``j`` itself must be one."""
    if lines[j].meta:
        return False
    # (one label a line: a row of several, 户口号码：… 户口名称：…, is the page's)
    while j >= 0 and (
        lines[j].meta
        or (lines[j].kept and _LABEL_VALUE.match(lines[j].text) and len(_LABEL_MARK.findall(lines[j].text)) == 1)
    ):
        j -= 1
    return j >= 0 and lines[j].kept and not lines[j].short and lines[j].text.endswith(_PROSE_END)


def rescue_facts(lines: list[Line]) -> None:
    """A number and its word right between two paragraphs of prose (销量
    12万辆, 2.1 背景) is the article's fact or numbered heading: a page's
    counters sit under the headline, under the body or among comments,
    next to other junk."""
    for i in range(1, len(lines) - 1):
        line = lines[i]
        if line.reason is not Reason.COUNTER or line.meta or not line.own_rule:
            continue
        before, after = lines[i - 1], lines[i + 1]
        if all(x.kept and not x.short and x.text.endswith(_PROSE_END) for x in (before, after)):
            line.reason, line.own_rule, line.weak = None, False, False


_PROSE_END = ("。", "！", "？", "”", "」", "…")


def _has_button(line: Line) -> bool:
    """A row of controls with a button's word among its values (字體大小：A- A A+　列印)."""
    return line.reason is Reason.CONTROLS and any(w in SHARE_WORDS for w in (line.folded or "").split())


def _body_around(lines: list[Line], i: int) -> bool:
    sides = []
    for step in (-1, 1):
        j = i + step
        # (a kept paragraph that opens with a label, Tips：早点去！…, is body)
        while 0 <= j < len(lines) and (
            lines[j].meta
            or (_LABEL_VALUE.match(lines[j].text) and (lines[j].bad or lines[j].short))
            or (lines[j].short and not lines[j].bad)
        ):
            j += step
        sides.append(0 <= j < len(lines) and lines[j].kept and not lines[j].short)
    return all(sides)


def _prose_on_both_sides(lines: list[Line], i: int) -> bool:
    sides = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and (lines[j].meta or (lines[j].short and not lines[j].bad) or lines[j].weak):
            j += step
        sides.append(0 <= j < len(lines) and not lines[j].bad and not lines[j].short)
    return all(sides)


_NUMBERED = re.compile(r"^(\d{1,2})[.、)]\s?\S")


def _numbered_runs(lines: list[Line]) -> set[int]:
    """Lines of a numbered list that counts from 1 (1. … 2. … 3. …): the
    article's own list, body however short its items."""
    found: set[int] = set()
    run: list[int] = []
    last = -2
    # (only lines that start with a digit can be items; most texts have few)
    for i in [i for i, line in enumerate(lines) if line.text[:1].isdigit()]:
        m = _NUMBERED.match(lines[i].text) if not lines[i].bad else None
        if m and i == last + 1 and int(m.group(1)) == len(run) + 1:
            run.append(i)
        else:
            if len(run) >= 2:
                found.update(run)
            run = [i] if m and m.group(1) == "1" else []
        last = i
    if len(run) >= 2:
        found.update(run)
    return found


def resolve_short(lines: list[Line]) -> None:
    """A short line whose nearest judged neighbours on both sides are junk
    is junk too; the ends of the text count as junk. Metadata lines are
    transparent."""
    n = len(lines)
    listed = _numbered_runs(lines)
    judged = [not line.meta and (line.bad or not line.short or i in listed) for i, line in enumerate(lines)]
    before_bad = [True] * n
    last_bad = True
    for i in range(n):
        before_bad[i] = last_bad
        if judged[i]:
            last_bad = lines[i].bad
    last_bad = True
    for i in range(n - 1, -1, -1):
        line = lines[i]
        if judged[i]:
            last_bad = line.bad
        elif (not line.meta and not line.bad and (before_bad[i] or last_bad) and len(line.text) <= _LONE_WORD) or (
            not line.meta and not line.bad and before_bad[i] and last_bad
        ):
            line.reason = Reason.BETWEEN_BOILERPLATE


__all__ = [
    "HEAD_LINES",
    "LIST_ITEM",
    "PROSE",
    "Line",
    "is_prose",
    "is_prose_start",
    "mark_after_ad_label",
    "mark_image_captions",
    "mark_repeats",
    "mark_teasers",
    "mark_template",
    "rescue_contact",
    "rescue_facts",
    "rescue_introduced_list",
    "rescue_label_values",
    "rescue_lone_links",
    "rescue_references",
    "rescue_weak",
    "resolve_short",
]


# A Markdown pipe table: rows between bars, under a header and a rule row.
_PIPE_ROW = re.compile(r"^\|.*\|$")
_PIPE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$")


def keep_pipe_tables(lines: list[Line]) -> None:
    """A Markdown pipe table (a header row, a |---| rule, its rows) is the
    article's structure, never the page's junk: its rows stay."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _PIPE_ROW.match(lines[j].text):
            j += 1
        if j - i >= 3 and any(_PIPE_RULE.match(line.text) for line in lines[i + 1 : i + 2]):
            for line in lines[i:j]:
                if not _PIPE_RULE.match(line.text):
                    line.reason, line.meta, line.own_rule, line.weak = None, None, False, False
        i = max(j, i + 1)


_NUMBER_ROW_LIKE = (Reason.NAVIGATION, Reason.COUNTER, Reason.BETWEEN_BOILERPLATE, Reason.CONTROLS)


def _number_row(line: Line) -> bool:
    cells = [c for c in _CELL_GAP.split(line.text) if c]
    return len(cells) >= 2 and sum(any(ch.isdigit() for ch in c) for c in cells) * 3 >= len(cells) * 2


def rescue_number_rows(lines: list[Line]) -> None:
    """Rows of figures (红球：03　09　14…, 二等奖　138注　单注奖金 178,216元)
    with the body right above and right below them are the body's table,
    whatever a menu's gaps or a counter's digits make them look like."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].reason in _NUMBER_ROW_LIKE and not lines[j].meta and _number_row(lines[j]):
            j += 1
        above = lines[i - 1] if i > 0 else None
        if (
            j > i
            and above is not None
            and above.kept
            and j < len(lines)
            and lines[j].kept
            # (announced by the body, 开奖号码如下：, or under a row of the same kind)
            and ((above.text.endswith(("：", ":")) and not above.short) or _number_row(above))
            # (inside the body: a panel of figures over the headline is the page's)
            and any(line.kept and not line.short and line.text.endswith((*_PROSE_ENDS, "：")) for line in lines[:i])
        ):
            for line in lines[i:j]:
                line.reason, line.own_rule, line.weak = None, False, False
        i = max(j, i + 1)


def _label(text: str) -> str | None:
    m = _LABEL_VALUE.match(text)
    return re.split(r"[:：]", text, maxsplit=1)[0].strip() if m else None


def rescue_sibling_labels(lines: list[Line]) -> None:
    """A label：value line right under a kept one whose label ends the same
    way (定時導覽：… / 團體導覽：…) is the next field of the same list."""
    for i in range(1, len(lines)):
        line, above = lines[i], lines[i - 1]
        if not line.bad or line.meta or not above.kept or not line.short:
            continue
        a, b = _label(above.text), _label(line.text)
        if a and b and a != b and len(a) >= 2 and len(b) >= 2 and a[-2:] == b[-2:]:
            line.reason, line.own_rule, line.weak = None, False, False


# A numbered section's heading: 五、对本次招标提出询问, 3. 联系方式, （二）报名方式
_SECTION_NUMBER = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、]\s?)\S"
)


def rescue_section_contacts(lines: list[Line]) -> None:
    """Contact rows (采购人：… 联系人：… 电话：…) right under a kept heading
    of a numbered section the body has more of (四、…, 五、…) are that
    section's content: a site's contact block sits under its junk, never
    under the article's own numbered heading."""
    numbered = [i for i, line in enumerate(lines) if line.kept and _SECTION_NUMBER.match(line.text)]
    for i in numbered:
        if len(numbered) < 2 or lines[i].text.endswith(SENTENCE_END):
            continue
        j = i + 1
        while (
            j < len(lines)
            and lines[j].reason is Reason.CONTACT
            and not lines[j].meta
            and _LABEL_VALUE.match(lines[j].text)
        ):
            lines[j].reason, lines[j].own_rule, lines[j].weak = None, False, False
            j += 1


# A bracketed section label alone on its line: 【规格】, 【药品名称】
_SECTION_LABEL = re.compile(r"^【[^】]{1,10}】$")


def rescue_section_values(lines: list[Line]) -> None:
    """A short value right under a kept bracketed section label (【规格】 /
    0.3克) with the body going on under it is that section's content,
    whatever its digits look like."""
    for i in range(1, len(lines) - 1):
        line = lines[i]
        if (
            line.reason in _NUMBER_ROW_LIKE
            and not line.meta
            and lines[i - 1].kept
            and _SECTION_LABEL.match(lines[i - 1].text)
            and lines[i + 1].kept
        ):
            line.reason, line.own_rule, line.weak = None, False, False
