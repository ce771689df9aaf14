"""Each line's verdict, before any pass over the page: its folded text,
the junk shape it has on its own, whether that shape is weak, and the
metadata it states. Short lines are judged by every rule (and remembered:
a folder's template lines come in every file); long ones by their shape,
most of them told as prose by a few tests in C.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.bar_bylines import bar_byline
from reader.core.control_bars import bar_of_parts
from reader.core.credit_roles import ROLE
from reader.core.fold_controls import DISCLOSURE, fold_control
from reader.core.folding import fold
from reader.core.junk_rules import Reason
from reader.core.line_features import (
    HAN,
    KEYWORD_LINE,
    KEYWORD_LINE_LATIN,
    judged_by_keywords,
    junk_rule,
    link_rule,
    long_line_rule,
    without_markdown,
)
from reader.core.meta_lines import Verdict
from reader.core.meta_records import MetaLine
from reader.core.metadata import parse_meta_line, parse_repost_line
from reader.core.name_first_bylines import name_first_byline
from reader.core.reporter_lines import writers_marked

_META_LINE: Final = 60
_DOWN_ICONS: Final = "⤓⬇↓📥"
_DOWNLOAD: Final = re.compile(rf"\S{{0,4}}(?:下载|download)\S{{0,10}}\s*[{_DOWN_ICONS}]")
_FIELD_ROW, _FIELDS = 100, 3  # (a row of three labelled fields or more may be longer)
_REPOST_START: Final = ("本文", "本篇", "文章", "原文")
_REPOST_FIRSTS: Final = frozenset(start[0] for start in _REPOST_START)
# A Markdown ATX heading: '# 标题', '## 第一节'.
_ATX_HEADING: Final = re.compile(r"^#{1,6}[ \t]+\S")
_DIGITS_ONLY: Final = re.compile(r"[\d\s/.:-]+")
# A post's last cell, the place it was sent from: · 发布于 马来西亚, · 编辑于 广东 (folded)
_SENT_FROM: Final = re.compile(r"\s+·\s+[\u3400-\u9fff]{1,3}于\s*[\u3400-\u9fff]{2,8}$")
# Shapes a metadata line can also have (a date is digits and separators).
_CAPTION: Final = Reason.CAPTION
_META_MAY_BE: Final = (
    None,
    Reason.TIMESTAMP,
    Reason.HANDLE,
    Reason.COUNTER,
    Reason.NAVIGATION,
    Reason.CONTACT,
    Reason.LINKS,
    Reason.CONTROLS,  # (a date spaced out, 2025 年 11 月 27 日; with a year only)
)
_YEAR: Final = re.compile(r"(?<!\d)\d{4}(?!\d)")
_CONTROLS: Final = Reason.CONTROLS  # (bound once: Reason.X is a slow lookup)


_Verdict = Verdict
# Verdicts on short lines, by line: a folder's template lines recur in every
# file, so most are judged once per load. Bounded; a pure function's memo.
_VERDICTS: dict[str, _Verdict] = {}
_VERDICTS_MAX: Final = 200_000


def judge_all(texts: list[str]) -> list[_Verdict]:
    """(folded, junk reason, weak, metadata) for every line. Short lines
    are folded (in one call for all those not judged before) and judged
    by every rule; long ones only by their shape."""
    out: list[_Verdict | None] = [None] * len(texts)
    todo = []
    known_verdicts = _VERDICTS
    for i, line in enumerate(texts):
        n = len(line)
        if n <= KEYWORD_LINE:
            # (a line this short is judged by the keyword rules whatever its links)
            if (known := known_verdicts.get(line)) is not None:
                out[i] = known
            else:
                todo.append(i)
            continue
        first = line[0]
        if (
            ("，" in line or "。" in line)
            # (one character's scan first: a pair's is slower, and most lines have no ])
            and ("]" not in line or "](" not in line)
            and first.isalnum()
            # (a Han character first spares the search: most lines of prose)
            and (n > KEYWORD_LINE_LATIN or "\u3400" <= first <= "\u9fff" or HAN.search(line))
            # (a footer's marks, copyright first or ICP备: a footer is never a statement, 。 last)
            and (
                line[-1] == "。"
                or not (first in "cC" or "备" in line or "備" in line or "证" in line or "證" in line or "©" in line)
            )
            and (first not in _REPOST_FIRSTS or not line.startswith(_REPOST_START))
        ):
            # A line of prose (most long lines), in a few tests in C: what the
            # branches below find for it, each test ruling out one of them
            # (the keyword rules', a link's, a heading's, no text's, a
            # footer's, a menu's, a repost's); and it is no short line.
            out[i] = PROSE
            continue
        linked = "](" in line
        # (a line longer than any the keyword rules judge, and no link to take out)
        if (linked or n <= KEYWORD_LINE_LATIN) and judged_by_keywords(without_markdown(line) if linked else line):
            if (known := known_verdicts.get(line)) is not None:
                out[i] = known
            else:
                todo.append(i)
        elif linked and (by_links := link_rule(line)) is not None:
            out[i] = (None, by_links, False, None)
        elif line[:1] == "#" and _ATX_HEADING.match(line):
            out[i] = _PLAIN
        else:
            reason = long_line_rule(without_markdown(line) if linked or "*" in line or "_" in line else line)
            if reason is None and not line.startswith(_REPOST_START):
                # (most long lines: prose; or a record's row of fields apart by wide spaces, its date
                # among them: 留言编号：…　留言人：…　留言时间：…　受理单位：…)
                wide = n <= _FIELD_ROW and "\u3000" in line and line.count("：") >= _FIELDS
                out[i] = (None, None, False, meta) if wide and (meta := parse_meta_line(line, fold(line))) else _PLAIN
                continue
            # (a repost's statement is a long line: 本文来自微信公众号“X”，作者：Y，编辑：Z; or a
            # translation's row of fields: 原文：X｜作者：Y｜譯者：Z)
            folded = fold(line) if reason is None else ""
            meta = (parse_repost_line(line, folded) or parse_meta_line(line, folded)) if reason is None else None
            out[i] = (None, reason, False, meta)
    if todo:
        if len(_VERDICTS) > _VERDICTS_MAX:
            _VERDICTS.clear()
        for i, folded in zip(todo, fold("\n".join(texts[i] for i in todo)).split("\n"), strict=False):
            # (a line new to the memo may come again in the same text: judged once)
            if (known := _VERDICTS.get(texts[i])) is None:
                known = _VERDICTS[texts[i]] = _judge(texts[i], folded)
            out[i] = known
    return out  # type: ignore[return-value]


def _bracketed(line: str) -> bool:
    return line[:1] in "（(" and line[-1:] in "）)"


_PLAIN: Final[_Verdict] = (None, None, False, None)
# The same verdict, for a line found to be prose by the fast test (no short
# line); a tuple of its own, told apart by identity (a literal would be
# _PLAIN's constant).
PROSE: Final[_Verdict] = tuple([None, None, False, None])  # type: ignore[assignment]


def _judge(line: str, folded: str) -> _Verdict:
    linked = "](" in line  # (scanned once: most lines have no link, and link_rule needs one)
    if linked and "](#" in line and len(line) <= _META_LINE:
        return folded, Reason.NAVIGATION, False, None  # a link within the page: 跳到食譜卡, a table of contents
    if linked and (by_links := link_rule(line)) is not None:
        return folded, by_links, False, _account_row(line, folded) if by_links is _PROMOTION else None
    if line[:1] == "#" and _ATX_HEADING.match(line):
        # The author's own heading markup: a heading, never a menu row (but a drop-down's, its
        # triangle last: ## 讨论（214） · 按热度 ▾)
        return folded, Reason.WIDGET if folded[-1:] in DISCLOSURE and fold_control(line, folded) else None, False, None
    if linked or "*" in line:
        reason, weak = junk_rule(without_markdown(line), without_markdown(folded))
    else:
        reason, weak = junk_rule(line, folded)
        if reason is None and line[:2] == "`#":  # (tags each set as code, `#心得` `#押金`: the tags' row)
            reason, weak = junk_rule(line.replace("`", ""), folded.replace("`", ""))
        elif reason is None and line[-1:] in _DOWN_ICONS and _DOWNLOAD.fullmatch(folded):
            reason = Reason.ATTACHMENT  # (a download's button, its arrow last: 下載PDF版本 ⤓)
        # (or a bar of parts each junk on its own, a counter, a share list, a font control)
        if reason is None and " " in line and bar_of_parts(line, junk_rule):
            reason = _CONTROLS
    meta = None
    if linked or line.count("**") > 1:  # a byline's links: 作者：[名字](/about); a **bold** name (not 7**3)
        line, folded = without_markdown(line), without_markdown(folded)
    if (
        len(line) <= _META_LINE
        # (or a byline with its date first, its photo credit's giver last in brackets: 2025-10-12 ｜ 文／洪流
        # 圖／潘雅婷（某鄉公所提供）, a caption's end; no caption opens with the day and credits its writer;
        # or a row of credits set whole in brackets, （圖文／田園　責任編輯／吳雅琪）: a caption shows no editor;
        # or a dated row only a phrase marks as junk: 最後更新：2029-04-09 17:05 | 下載次數：1,046)
        and (
            reason in _META_MAY_BE
            or (weak and _YEAR.search(line))
            or (reason is _CAPTION and (line[:1].isdigit() or _bracketed(line) or writers_marked(folded)))
        )
        # (controls' shape: a date spaced out with its year, or a credit row, 撰文 / 李明　摄影 / 王刚)
        and (reason is not _CONTROLS or _YEAR.search(line) or ROLE.match(folded))
    ):
        meta = parse_meta_line(line, folded)
        no_writer = meta is None or (meta.kind == "date" and not meta.author)
        if no_writer and ("｜" in line or "|" in line or " · " in line):
            meta = bar_byline(meta, line, parse_meta_line)  # (cells a bar or a dot parts: the writer beside the date)
        if meta is None and " · " in line and (sent := _SENT_FROM.search(folded)):
            # (the place it was posted from in the last cell, 2029-2-16 18:40 来自 X · 发布于 马来西亚: the rest's date)
            meta = parse_meta_line(line[: sent.start()], folded[: sent.start()])
        if reason is _CAPTION and (meta is None or not meta.author):
            meta = None
        # Digits alone are a date only with a year ("1/5" is a page count).
        if meta and reason is Reason.COUNTER and _DIGITS_ONLY.fullmatch(line) and not (meta.date or "")[:4].isdigit():
            meta = None
    if meta is None and reason is None and line.startswith(_REPOST_START):
        meta = parse_repost_line(line, folded)
    return folded, reason, weak, meta


def _account_row(line: str, folded: str) -> MetaLine | None:
    """The account a row that a link rule took for a promotion names, its follow
    button's link last: its name, its followers, the button (**福隆涼茶 Fook Lung
    Herbal Tea** · 6,208 人追蹤 · [追蹤](…)). The page's own: who posts on it."""
    if not folded.endswith(")") or (close := folded.rfind("](")) < 0 or not folded[:close].endswith(_FOLLOW_WORDS):
        return None  # (most promotions: no follow button's link last)
    return name_first_byline(without_markdown(line), without_markdown(folded))


_PROMOTION: Final = Reason.PROMOTION
_FOLLOW_WORDS: Final = ("关注", "追踪")  # (folded: a follow button's word)


__all__ = ["PROSE", "judge_all"]
