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
from reader.core.junk_rules import ANYWHERE, RELATED_HEADER, SHARE_WORDS, Reason
from reader.core.line_features import (
    SENTENCE_END,
    is_reference,
    is_tag_row,
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


# Bylines and date lines sit this close to the top or the bottom.
HEAD_LINES = 40
# A teaser: "摘要：…" or a line cut off with "..", repeating the body.
_TEASER = re.compile(
    r"^(?:(?:摘要|導讀|导读|導語|导语|簡介|简介|概要|summary)\s*[:：]\s*)?(?P<body>.+?)(?:\.{2,}|…+)?$", re.IGNORECASE
)
_TEASER_MARK = re.compile(r"^(?:摘要|導讀|导读|導語|导语|簡介|简介|概要|summary)\s*[:：]|(?:\.{2,}|…+)$", re.IGNORECASE)
_MIN_TEASER = 20
# A junk block at the tail ends at a line this long that reads as prose.
_PROSE = 40
# A run of at least this many headline-shaped lines after the body is a list
# of other articles.
_RELATED_RUN = 3
# A word this short next to junk is junk (a button, a label), unless
# body text is on both sides of it.
_LONE_WORD = 3
# Headers of tail blocks are short.
_HEADER = 16
# A line in the footer between this many junk lines on each side is a blurb.
_FOOTER_RUN = 2
_COMMENTS = re.compile(
    r"^\S{0,6}(?:留言|评论|回复|回应|comments?)\S{0,6}$|^\S{0,4}\d+\s*条(?:留言|评论)"
    # more answers, all the comments: 更多回答, 全部评论
    r"|^\S{0,4}(?:更多|其他|其它|全部)(?:回答|评论|回复|留言)\S{0,6}$"
    # a forum's reply floor: 2#, #3, 5楼, 沙发, 板凳, 地板
    r"|^(?:\d{1,4}\s*(?:#|楼|f)|#\d{1,4}|沙发|板凳|地板)$"
    # a comments header with its count: 评论 1024, 网友热议（57）
    r"|^\S{0,6}(?:留言|评论|回复|回应|热议|comments?)\s*[(（]?\d[\d,.]*[万千k]?\+?[)）]?$",
    re.IGNORECASE,
)
# The end of the article: - END -, （完）, or a rule line (--, ---, ***) after the body.
_END_MARK = re.compile(
    r"^[\s\-—=*~·•▼▲()（）【】]*(?:end|完|全文完|本章完|全书完|the end)[\s\-—=*~·•▼▲()（）【】]*$"
    r"|^(?:-{2,}|—{2,}|_{3,}|\*{3,})$",
    re.IGNORECASE,
)


# A table of contents' header: its entries run until the first heading of prose.
_CONTENTS = re.compile(r"^(?:目录|目次|contents|table of contents|本文目录|文章目录)$", re.IGNORECASE)
_TOC_ENTRY = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s*\S.{0,30}$")


def mark_template(lines: list[Line], template: Collection[str]) -> None:
    """Lines that recur across the folder are the site's template, unless
    they read as prose (two saved copies of one story share sentences) or
    sit as a heading between two paragraphs of the body."""
    if not template:
        return
    for i, line in enumerate(lines):
        if line.bad or line.meta or template_key(line.text) not in template:
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
        if line.bad or line.short or not _TEASER_MARK.search(line.text):
            continue
        body = body if body is not None else "".join(line.text for line in lines)
        m = _TEASER.match(line.text)
        if m and len(core := m.group("body")) >= _MIN_TEASER and body.count(core) >= 2:
            line.reason = Reason.TEASER


def mark_tail_blocks(lines: list[Line]) -> None:
    """After the body: a related-articles or comments header, or an end
    marker, opens a block of junk that runs until prose resumes; and a run
    of headline-shaped lines with only junk after it lists other articles."""
    first_body = next((i for i, line in enumerate(lines) if not line.short and not line.bad and not line.meta), None)
    if first_body is None:
        return
    i = first_body + 1
    while i < len(lines):
        line = lines[i]
        folded = line.folded or ""
        if line.folded is not None and len(folded) <= _HEADER and _opens_block(lines, i, folded):
            line.reason = line.reason or Reason.RELATED
            i += 1
            if i < len(lines) and not _is_prose(lines[i]) and _headline_like(lines[i]) and RELATED_HEADER.match(folded):
                # (the header's own entry, even when prose follows: a related story amid the body)
                lines[i].reason = lines[i].reason or Reason.RELATED
                i += 1
            # The block ends where prose resumes, or at the heading of prose.
            while i < len(lines) and not _is_prose(lines[i]) and not (i + 1 < len(lines) and _is_prose(lines[i + 1])):
                lines[i].reason = lines[i].reason or Reason.RELATED
                i += 1
            continue
        i += 1
    # A table of contents: its header and the numbered entries right under it.
    for i, line in enumerate(lines):
        if line.folded is not None and _CONTENTS.match(line.folded):
            entries = list(itertools.takewhile(lambda x: _TOC_ENTRY.match(x.text) is not None, lines[i + 1 :]))
            if len(entries) >= 2:
                for x in (line, *entries):
                    x.reason = x.reason or Reason.NAVIGATION
    # Keyword rows after the body ("缓存 Redis 后端开发") tag the article.
    for line in reversed(lines):
        if line.bad or line.meta:
            continue
        if not is_tag_row(line.text) or _LIST_ITEM.match(line.text):
            break
        line.reason = Reason.RELATED
    run: list[Line] = []
    for line in reversed(lines):
        if line.bad or line.meta:
            continue
        if not _headline_like(line):
            break
        run.append(line)
    # A run that an end marker (--, - END -) closes is the body's own end
    # (a forum post's short wrapped lines), not a list of other articles.
    end = lines.index(run[0]) + 1 if run else 0
    after = next((x for x in lines[end:] if not x.meta), None)
    closed = after is not None and after.folded is not None and _END_MARK.match(after.folded) is not None
    if (
        len(run) >= _RELATED_RUN
        and not closed
        and any(not x.bad and not x.short and not x.meta for x in lines if x not in run)
    ):
        for line in run:
            line.reason = Reason.RELATED


def _opens_block(lines: list[Line], i: int, folded: str) -> bool:
    """A comments header or an end marker opens a block; a related-articles
    header does when a junk rule knows it (相关推荐) or a headline follows
    it: "更多的思考" before a paragraph is a heading."""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is not None and _is_prose(nxt):
        return False
    if _COMMENTS.match(folded) or _END_MARK.match(folded):
        return True
    if not RELATED_HEADER.match(folded):
        return False
    if lines[i].text.startswith("#"):
        return nxt is not None and nxt.bad  # the author's heading: only over a list of links
    return lines[i].own_rule or (nxt is not None and (nxt.bad or _headline_like(nxt)))


def is_prose_start(line: Line) -> bool:
    """The body has begun: a long line that reads as a sentence."""
    return not line.short and not is_headline_shaped(line.text) and bool(_PROSE_MARK.search(line.text))


_PROSE_MARK = re.compile(r"[，,；;]|[。！？!?]$")


def _is_prose(line: Line) -> bool:
    return not line.bad and len(line.text) >= _PROSE and line.text.endswith(SENTENCE_END)


def _headline_like(line: Line) -> bool:
    text = line.text
    return (
        6 <= len(text) <= 40
        and is_headline_shaped(text)
        and not text.endswith(("。", "…"))
        and not is_reference(text)
        and "://" not in text
        and len(_CLAUSE_MARKS.findall(text)) < 2
        and not _LIST_ITEM.match(text)  # a list that ends the article is the article's
    )


_LIST_ITEM = re.compile(r"^(?:[-*+•·]\s|\d{1,2}[.、)]\s?|[(（]\d{1,2}[)）]|《)")


_CLAUSE_MARKS = re.compile(r"[，,：:；;、]")


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
        elif under and line.reason in (Reason.LINKS, Reason.RELATED) and _LIST_ITEM.match(line.text):
            line.reason, line.own_rule, line.weak = None, False, False
        else:
            under = False


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


def _has_button(line: Line) -> bool:
    """A row of controls with a button's word among its values (字體大小：A- A A+　列印)."""
    return line.reason is Reason.CONTROLS and any(w in SHARE_WORDS for w in (line.folded or "").split())


def _body_around(lines: list[Line], i: int) -> bool:
    sides = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and (
            lines[j].meta or _LABEL_VALUE.match(lines[j].text) or (lines[j].short and not lines[j].bad)
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
    for i, line in enumerate(lines):
        m = _NUMBERED.match(line.text) if line.text[:1].isdigit() and not line.bad else None
        if m and int(m.group(1)) == len(run) + 1:
            run.append(i)
            continue
        if len(run) >= 2:
            found.update(run)
        run = [i] if m and m.group(1) == "1" else []
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


def mark_empty_sections(lines: list[Line]) -> None:
    """After the body, a heading whose section holds only junk (分享此文：
    over share links, a heading over a list of other posts) goes with it."""
    first_body = next((i for i, line in enumerate(lines) if line.kept and not line.short), None)
    if first_body is None:
        return
    for i in range(first_body + 1, len(lines)):
        line = lines[i]
        if not (line.kept and line.short and _is_heading(line.text)):
            continue
        j = i + 1
        while j < len(lines) and (lines[j].bad or lines[j].meta):
            j += 1
        if j > i + 1 and (j == len(lines) or (lines[j].short and _is_heading(lines[j].text))):
            line.reason = Reason.RELATED


def _is_heading(text: str) -> bool:
    return text.startswith("#") or text.endswith(("：", ":"))


def mark_tail_furniture(lines: list[Line]) -> None:
    """The page after the body: from the first junk line after the last
    statement of the body, short lines that are not statements (buttons,
    a question to the reader, a poster's name) go when most of that tail is
    junk. Lines between the body and that first junk line (a sign-off) stay."""
    last = next((i for i in range(len(lines) - 1, -1, -1) if _ends_body(lines[i])), None)
    if last is None:
        return
    first_junk = next((i for i in range(last + 1, len(lines)) if lines[i].bad), None)
    if first_junk is None:
        return
    tail = lines[first_junk:]
    junk = sum(1 for line in tail if line.bad or line.meta)  # (dates in a list of other posts)
    if len(tail) < _TAIL_MIN or junk < _TAIL_SHARE * len(tail):
        return
    bad = [line.bad for line in tail]
    for k, line in enumerate(tail):
        if (
            line.kept
            and len(line.text) < _PROSE
            and not line.text.endswith(_STATEMENT_END)
            # (a list or a heading after a picture is the article's)
            and not _LIST_ITEM.match(line.text)
            and not _is_heading(line.text)
            and not line.text.startswith(("—", "-", "－"))  # a sign-off: — 以宁
            and ((k > 0 and bad[k - 1]) or (k + 1 < len(tail) and bad[k + 1]))
        ):
            line.reason = Reason.PAGE_FOOTER


_TAIL_MIN = 4
_TAIL_SHARE = 2 / 3
# (any sentence stays, a question or an exclamation too: the article may end on one)
_STATEMENT_END = ("。", ".", "」", "”", "！", "!", "？", "?", "…", "）", ")")


def _ends_body(line: Line) -> bool:
    return line.kept and not line.short and line.text.endswith(("。", "！", "!", "…", "」", "”"))


def mark_footer(lines: list[Line]) -> None:
    """The page footer: from the end, junk lines, and lines that stand alone
    between runs of junk (a site's blurb among its widgets). It must end in
    junk, be mostly junk, and come after the body."""
    live = [line for line in lines if not line.meta and line.reason is not Reason.HEADLINE]
    bad = [line.bad for line in live]
    footer: list[Line] = []
    junk = 0
    for pos in range(len(live) - 1, -1, -1):
        if bad[pos]:
            footer.append(live[pos])
            junk += 1
        elif (
            pos >= _FOOTER_RUN
            and all(bad[pos - _FOOTER_RUN : pos])
            and all(bad[pos + 1 : pos + 1 + _FOOTER_RUN])
            and len(bad) - pos > _FOOTER_RUN
            and any(line.kept for line in live[:pos])
        ):
            footer.append(live[pos])
        else:
            break
    if sum(1 for line in footer if not line.bad) >= junk:
        return
    for line in footer:
        if line.kept:
            line.reason = Reason.PAGE_FOOTER


__all__ = [
    "HEAD_LINES",
    "Line",
    "is_prose_start",
    "mark_empty_sections",
    "mark_footer",
    "mark_repeats",
    "mark_tail_blocks",
    "mark_tail_furniture",
    "mark_teasers",
    "mark_template",
    "rescue_label_values",
    "rescue_references",
    "rescue_weak",
    "resolve_short",
]
