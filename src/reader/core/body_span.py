"""The body's span: between the first and the last paragraph of prose.

Inside it, a short line is the article's own (a heading, a list's label, a
numbered section) unless something positive says it is junk: its own
shape, the folder's template, or junk on both sides. These passes take
back the lines that went only for being short next to junk.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from reader.core.block_words import SHARE_WORDS
from reader.core.junk_rules import ROW_LIKE, Reason
from reader.core.line_passes import Line, is_prose_start
from reader.core.verse_runs import keep_verse_runs

# A numbered section heading: 01 现象, 02 排查过程, 3 解决 (a number, a
# space, a few words; no sentence).
_DIGITS: Final = frozenset("0123456789")
_TAKEN_BACK: Final = (Reason.BETWEEN_BOILERPLATE, Reason.COUNTER)
# (enum members bound once: Reason.X goes through the enum type's slow attribute hook, ~140 ns)
_BOILER, _COUNTER = _TAKEN_BACK
# (what a line of code looks like to the rules: a row's shapes, or a link)
_CODE_SHAPES: Final = ROW_LIKE | {Reason.LINKS}
_SECTION_NUMBER: Final = re.compile(r"^0?(\d{1,2})[\s.、．]\s*([^\d\s。！？，,；;：:][^。！？，,；;]{0,18})$")


def prose_span(lines: list[Line]) -> tuple[int, int] | None:
    """(first, last) index of a kept line of prose, or None."""
    first = next((i for i, line in enumerate(lines) if line.kept and is_prose_start(line)), None)
    if first is None:
        return None
    last = next(i for i in range(len(lines) - 1, first - 1, -1) if lines[i].kept and is_prose_start(lines[i]))
    return first, last


def keep_span_lines(lines: list[Line]) -> None:
    """Inside the body's span, short lines that went without evidence of
    their own come back:

    - a line that went only for its neighbours (no shape of its own) stays
      when the line right under it stays: a heading over its paragraph or
      its list (优点 / 缺点 over their points);
    - numbered section headings (01 … 02 … 03 …): at least three lines
      that count up by one, each with body text under it, are the
      article's sections even where one alone looks like a counter
      (02 排查过程).
    """
    keep_verse_runs(lines)
    span = prose_span(lines)
    if span is None:
        return
    first, last = span
    _keep_heads(lines, first)
    # (the lines these passes may take back: most pages have few or none)
    taken = [i for i in range(max(first - 1, 0), last) if lines[i].reason in _TAKEN_BACK]
    if not taken:
        return
    counters = False
    for i in reversed(taken):
        line = lines[i]
        if line.reason is Reason.BETWEEN_BOILERPLATE:
            if i > first and not line.own_rule and _kept_under(lines, i):
                line.reason = None
        elif line.text[:1] in _DIGITS:
            counters = True
        elif i > first and lines[i - 1].kept and lines[i + 1].kept and _counted_head(line):
            line.reason, line.own_rule = None, False
    if not counters:
        return
    numbered: list[tuple[int, int]] = []
    for i in range(max(first - 1, 0), last):
        line = lines[i]
        if (
            line.text[:1] in _DIGITS
            and (line.reason is None or line.reason is Reason.COUNTER)
            and lines[i + 1].kept
            and (m := _SECTION_NUMBER.match(line.text))
        ):
            numbered.append((i, int(m.group(1))))
    run: list[int] = []
    prev = None
    for i, number in numbered:
        if prev is not None and number == prev + 1:
            run.append(i)
        else:
            _keep_run(lines, run)
            run = [i]
        prev = number
    _keep_run(lines, run)


# A head and its quantity in brackets, a number and its measure word: 材料（12個）, 工具（3件）
_COUNTED_HEAD: Final = r"([\u3400-\u9fff]{1,4})\s*[(（]\d{1,3}\s*[\u3400-\u9fff]{1,2}[)）]"  # (compiled on first use)


def _counted_head(line: Line) -> bool:
    """A word and its quantity in brackets (材料（12個）) between the body's kept lines: the head
    of the list under it, the count the list's; a counter's (评论（12条）) is a button's word."""
    m = re.fullmatch(_COUNTED_HEAD, line.folded or line.text) if line.reason is _COUNTER else None
    return m is not None and m.group(1) not in SHARE_WORDS  # (folded: Simplified, as the words)


def _kept_under(lines: list[Line], i: int) -> bool:
    """The line under ``i`` stays, or past a picture's captions one that does."""
    j = i + 1
    while j < len(lines) - 1 and lines[j].reason is Reason.CAPTION:
        j += 1
    return lines[j].kept


# A one-word head (优点, 不足, 总结) and a head naming its item (N8路線, 78路線).
_WORD_HEAD: Final = re.compile(r"^[\u3400-\u9fff]{1,4}$")
_ITEM_HEAD: Final = re.compile(r"^[A-Za-z0-9]{1,4}([\u3400-\u9fff]{1,4})$")
# A clause's number alone on its line, over the term it defines: 3.1, 4.2.3
_CLAUSE: Final = re.compile(r"(\d{1,2}(?:\.\d{1,2})*)\.\d{1,2}")


def _keep_heads(lines: list[Line], first: int) -> None:
    """Heads between kept lines under the body's first paragraph:
    one-word heads that went for their neighbours, when two or more of
    them each stand over a kept line (优点 … 不足 …), and a head that
    names its item like a kept one (78路線 under N8路線's fields)."""
    words: list[Line] = []
    items: list[tuple[Line, str]] = []
    clauses: list[tuple[int, str]] = []
    for i in range(first + 1, len(lines) - 1):
        line = lines[i]
        reason = line.reason
        if (reason is not _BOILER and reason is not _COUNTER) or len(line.text) > _HEAD:
            continue  # (most lines)
        if line.meta or not (lines[i - 1].kept and lines[i + 1].kept):
            continue
        if reason is Reason.BETWEEN_BOILERPLATE and not line.own_rule and _WORD_HEAD.match(line.text):
            words.append(line)
        elif reason is Reason.COUNTER and (m := _ITEM_HEAD.match(line.text)):
            items.append((line, m.group(1)))
        elif reason is Reason.COUNTER and (m := _CLAUSE.fullmatch(line.text)):
            clauses.append((i, m.group(1)))
    for i, parent in clauses:
        # (a bare 3.2 under the kept head its parent clause leads, 3　术语和定义: the standard's clause)
        if any(
            k.kept and k.text.startswith(parent) and k.text[len(parent) : len(parent) + 1] in _GAPS
            for k in lines[first:i]
        ):
            lines[i].reason, lines[i].own_rule = None, False
    if len(words) >= 2:
        for line in words:
            line.reason = None
    if items:
        # (a head of an item is at most eight characters: the length first, most lines are longer)
        kept = {
            m.group(1) for line in lines if len(line.text) <= _HEAD and line.kept and (m := _ITEM_HEAD.match(line.text))
        }
        for line, tail in items:
            if tail in kept:
                line.reason, line.own_rule = None, False


_HEAD: Final = 8
# (what sits between a clause's number and its words: a space, an ideographic space, a tab)
_GAPS: Final = frozenset(" \u3000\t")


def _keep_run(lines: list[Line], run: list[int]) -> None:
    # (adjacent lines that count up are a list, which other passes judge)
    if len(run) >= 3 and all(b - a > 1 for a, b in itertools.pairwise(run)):
        for i in run:
            if lines[i].reason is Reason.COUNTER:
                lines[i].reason, lines[i].own_rule = None, False


# A list item led by a bullet mark and a space: · 只种萝卜和土豆, • 第一点, - 要点
_BULLETS: Final = frozenset("·•‧・▪▫◆◇●○■□►▸▶→✓✔-*")


def keep_list_runs(lines: list[Line]) -> None:
    """Lists of the body that went for their neighbours, before the passes
    that judge the page's end by what is kept (a guide's last paragraph
    under its lists would look like a footer's): inside the body's span,

    - items led by a bullet mark that went only for their neighbours (a
      heading shaped like a counter over them, a picture under them) come
      back when another item of the span is led by the same mark: a kept
      one, or the next or previous line (a run of two or more);
    - three heads or more with one word and numbers that count up (Day 1
      / Day 2–3 / Day 4–5, 第1天 / 第2天 …), each over a kept line, are the
      body's sections though each alone looks like a counter (赞 12).
    """
    # (asked first, as cheaply as can be: most pages have no such line)
    candidates = [
        i
        for i, line in enumerate(lines)
        if line.reason in _TAKEN_BACK and (line.text[:1] in _BULLETS or _ORDINAL_HEAD.match(line.text))
    ]
    if not candidates or (span := prose_span(lines)) is None:
        return
    first, last = span
    taken = [i for i in candidates if first < i < last and not lines[i].meta]
    if taken:
        _keep_bullets(lines, first, last, taken)
        _keep_ordinal_heads(lines, taken)


def _keep_bullets(lines: list[Line], first: int, last: int, taken: list[int]) -> None:
    items = [
        i
        for i in taken
        if lines[i].reason is Reason.BETWEEN_BOILERPLATE
        and not lines[i].own_rule
        and lines[i].text[:1] in _BULLETS
        and lines[i].text[1:2] == " "
    ]
    # (an item that looks like a counter, in a list whose items next to it stay, stays)
    for i in taken:
        mark = lines[i].text[:2]
        if lines[i].reason is Reason.COUNTER and mark[:1] in _BULLETS and mark[1:] == " ":
            up = i - 1
            while up > first and lines[up].text[:2] == mark:
                up -= 1
            down = i + 1
            while down < last and lines[down].text[:2] == mark:
                down += 1
            if sum(line.kept for line in lines[up + 1 : down]) >= 2:
                lines[i].reason, lines[i].own_rule = None, False
    if not items:
        return
    marks = {lines[i].text[:2] for i in items}
    kept = {lines[k].text[:2] for k in range(first, last + 1) if lines[k].kept and lines[k].text[:2] in marks}
    back = [
        i
        for i in items
        if lines[i].text[:2] in kept
        or lines[i - 1].text[:2] == lines[i].text[:2]
        or lines[i + 1].text[:2] == lines[i].text[:2]
    ]
    for i in back:
        lines[i].reason = None


# A section's head: a word, a number (or a range of them) and perhaps a
# unit (Day 1, Day 2–3, Step 4, 第3天). Their run counts up.
_ORDINAL_HEAD: Final = re.compile(r"^([^\W\d_]{1,6}) ?(\d{1,2})(?:\s*[-–—~～]\s*(\d{1,2}))?([^\W\d_]{0,2})$")


def _keep_ordinal_heads(lines: list[Line], taken: list[int]) -> None:
    heads: dict[tuple[str, str], list[tuple[int, int, int]]] = {}
    for i in taken:
        if lines[i].reason in _TAKEN_BACK and (m := _ORDINAL_HEAD.match(lines[i].text)):
            start = int(m.group(2))
            end = int(m.group(3) or start)
            heads.setdefault((m.group(1), m.group(4)), []).append((i, start, end))
    for run in heads.values():
        if len(run) < _HEADS:
            continue
        ascending = all(a[2] < b[1] and b[0] - a[0] > 1 for a, b in itertools.pairwise(run))
        if ascending and all(lines[i + 1].kept for i, _, _ in run):
            for i, _, _ in run:
                lines[i].reason, lines[i].own_rule = None, False


_HEADS: Final = 3


def keep_fenced_code(lines: list[Line]) -> None:
    """Lines between Markdown code fences (```excel … ```) are the article's
    code, whatever their shape (=F2&G2 looks like a counter): a shape-only
    verdict inside a fence is taken back."""
    inside = False
    for line in lines:
        if line.text.startswith("```"):
            inside = not inside
        elif inside and line.reason in _CODE_SHAPES and not line.meta:
            line.reason = None


__all__ = ["keep_fenced_code", "keep_list_runs", "keep_span_lines", "prose_span"]
