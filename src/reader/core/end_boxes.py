"""What follows the article's end under its own heading, and the site's
own notices there.

A box after the last paragraph looks the same whoever wrote it: a short
heading and a few short lines. A box about the article's subject (人物小檔案｜
溫以寧 and three facts about her) is the article's; a site's generic box
(普法小贴士 and tips for any reader) or a list of other stories (同區故事 and
two headlines) is the page's. What tells them apart in general:

- topic continuity: the heading names what the body is about (one of its
  words recurs in the body), and its lines share the body's terms;
- position: after the article's closing credit (责任编辑：…), or amid the
  page's junk after the body, a box that does not name the subject is the
  page's.

A line after the article's end that names the site itself (本報恭賀…, 《破曉》
招募…, the site's name from its masthead or copyright line) is the site
speaking: a promotion, an appeal, an announcement.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.closing_credits import closing_credit_row
from reader.core.han import HAN_PAIRS, HAN_WORD
from reader.core.headline import is_headline_shaped
from reader.core.junk_rules import Reason
from reader.core.line_passes import HEAD_LINES, LABEL_VALUE, LIST_ITEM, PROSE, Line, is_prose_start
from reader.core.row_ends import SIGN_OFF
from reader.core.site_pointers import clicks_here, points_to_page, site_pointer

# A heading's word this long that the body uses names its subject.
_SUBJECT_WORD: Final = 3
# A box's heading: a few words, no sentence.
_BOX_HEADING: Final = 16
HEADING_BREAKS: Final = re.compile(r"[，,。！？!?；;]")
# (and a colon: it introduces the lines under it, the article's own list)
_LIST_HEADING_BREAKS: Final = re.compile(r"[，,。！？!?；;：:]")


def body_text(lines: list[Line], end: int) -> str:
    """The kept paragraphs above ``end``: what the article says."""
    return "\n".join(line.text for line in lines[:end] if line.kept and not line.short)


def names_subject(heading: str, body: str) -> bool:
    """The heading names what the body is about: a word of three Han
    characters or more of it (a name: 溫以寧) occurs in the body, or a
    two-character one occurs there twice."""
    for run in HAN_WORD.findall(heading):
        if len(run) == 2:
            if body.count(run) >= 2:
                return True
            continue
        if any(run[k : k + _SUBJECT_WORD] in body for k in range(len(run) - _SUBJECT_WORD + 1)):
            return True
    return False


def shares_terms(text: str, body: str) -> bool:
    """A Han bigram of ``text`` occurs in the body."""
    return any(run[k : k + 2] in body for run in HAN_WORD.findall(text) for k in range(len(run) - 1))


def is_box_heading(text: str, body: str | None = None) -> bool:
    """A box's heading: a few words, no sentence; with ``body``, one that
    names the article's subject."""
    if len(text) > _BOX_HEADING or HEADING_BREAKS.search(text):
        return False
    return body is None or names_subject(text, body)


def is_subject_box(heading: Line, items: list[Line], body: str) -> bool:
    """A heading that names the article's subject over lines most of which
    share the body's terms: a box about the subject (a profile, a fact
    file), not a list of other articles."""
    if not is_box_heading(heading.text, body):
        return False
    return 2 * sum(1 for item in items if shares_terms(item.text, body)) >= len(items)


def box_under_body(lines: list[Line], top: int) -> int:
    """How many lines from ``top`` down make the article's closing box: right
    under a paragraph of the body, up to the first junk line, a heading over
    two or more label rows that state no metadata (練習時間：…, 費用：…), or a
    review's score on a scale over them (评分：3.5／5 / 适合：… / 不适合：…, the
    verdict :mod:`reader.core.closing_boxes` reads). A list of other articles
    is no run of labelled facts glued to the prose (0: none)."""
    if top == 0 or not lines[top - 1].kept or lines[top - 1].short:
        return 0
    if LABEL_VALUE.match(lines[top].text):
        # (imported here: at the top it moves the order modules load in, and clean() costs 0.06% more)
        from reader.core.closing_boxes import verdict

        if not verdict(lines, top):
            return 0
    end = top
    while end < len(lines) and not (lines[end].bad and lines[end].meta is None):
        end += 1
    labels = sum(x.meta is None and LABEL_VALUE.match(x.text) is not None for x in lines[top:end])
    return end - top if labels >= 2 else 0


def mark_boxes_after_credit(lines: list[Line], editors: bool = True) -> None:
    """After the article's closing editor's credit (责任编辑：…, with the
    body above it), a box whose heading does not name the article's subject
    is the page's (a site's tips, a promotion), whatever its lines say.
    ``editors``: some line may state an editor's credit (cleaning's census
    tells when none can: most pages)."""
    n = len(lines)
    # (credits are read near the ends only: see cleaning's HEAD_LINES)
    ends = range(n - 1, max(n - HEAD_LINES, 0) - 1, -1) if editors else ()
    credit = next((i for i in ends if (m := lines[i].meta) is not None and m.kind == "editor"), None)
    credit = closing_credit_row(lines) if credit is None else credit  # (or a row of credits: 記錄：X　核實：Y)
    if credit is None or credit + 2 >= n:
        return
    body = body_text(lines, credit)
    # (most of the article above it: an editor's credit under the headline opens the body)
    if len(body) <= len(body_text(lines[credit + 1 :], n)):
        return
    i = credit + 1
    while i < n:
        head = lines[i]
        if not (head.kept and head.short and len(head.text) <= _BOX_HEADING) or names_subject(head.text, body):
            i += 1
            continue
        j = i + 1
        while j < n and lines[j].kept and len(lines[j].text) < PROSE * 2:
            j += 1
        if j - i >= 2 and (j == n or lines[j].bad):
            for line in lines[i:j]:
                line.reason = Reason.PAGE_FOOTER
        i = j


def site_names(lines: list[Line], source: str | None) -> list[str]:
    """The site's names: its ``og:site_name``, the name in its masthead
    (the first line) and in its copyright line."""
    names = [source] if source else []
    edges = [line.text for line in lines[:1]] + [line.text for line in lines[-3:] if "©" in line.text]
    for text in edges:
        m = _BOOK_TITLE.search(text) or HAN_WORD.search(text)
        if m:
            names.append(m.group(m.lastindex or 0))
    return [name for name in names if len(name) >= 2]


_BOOK_TITLE: Final = re.compile(r"《([^》]{2,12})》")
_SELF: Final = re.compile(r"本(?:报|報|刊|站|网|網|台)")
_REPORTER: Final = ("记者", "記者")


def mark_site_notices(lines: list[Line], source: str | None = None) -> None:
    """After the article has ended (its last paragraph, then junk, a credit
    or a sign-off), a line that names the site itself (本报, 本刊, or the
    site's own name: 《濠江誌》第41期現已出版, 《破曉》招募新一屆編委！) is the
    site's notice. Directly under the last paragraph it may be the
    article's own closing (本报将继续关注), and stays."""
    names: list[str] | None = None  # (looked up for the few lines that may name the site)
    last = None
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if line.kept and is_prose_start(line):
            if _may_name_site(line.text):
                names = site_names(lines, source) if names is None else names
                if _names_site(line.text, names):
                    continue
            if points_to_page(line.text):
                names = site_names(lines, source) if names is None else names
                if site_pointer(lines, i, names):
                    continue
            if clicks_here(lines, i):
                line.reason = Reason.PROMOTION
                continue
            last = i
            break
    if last is None:
        return
    ended = False
    for k in range(last + 1, len(lines)):
        line = lines[k]
        if line.bad or line.meta or SIGN_OFF.search(line.text):
            ended = True
        elif line.kept and _may_name_site(line.text) and (ended or _gives_address(lines, k)):
            names = site_names(lines, source) if names is None else names
            if _names_site(line.text, names):
                line.reason = Reason.PROMOTION
        elif line.kept and points_to_page(line.text):
            names = site_names(lines, source) if names is None else names
            if site_pointer(lines, k, names):
                line.reason = Reason.PROMOTION


def _gives_address(lines: list[Line], k: int) -> bool:
    """Line ``k``, right under the last paragraph, gives the site's mailbox
    (本刊歡迎讀者投稿…，電郵：news@…) with the page's junk right under it: the
    site asking for word, as no article closes (本报将继续关注 names no address)."""
    text = lines[k].text
    return "@" in text and _MAILBOX.search(text) is not None and (k + 1 == len(lines) or lines[k + 1].bad)


_MAILBOX: Final = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+", re.ASCII)


LIST_HEADING: Final = 8  # (a list's or a card's heading: a few words)


def is_list_heading(head: Line) -> bool:
    """A kept short line of a few words, no sentence or colon in it: a list of other stories' heading."""
    return head.kept and head.short and len(head.text) <= LIST_HEADING and not _LIST_HEADING_BREAKS.search(head.text)


_ITEM: Final = (6, 40)


def mark_lists_amid_junk(lines: list[Line]) -> None:
    """After the body, between junk above and junk (or the page's end)
    below: a short heading that does not name the article's subject over
    two headline-shaped lines or more is a list of other stories (同區故事
    / 白鴿巢公園旁的修鞋檔：一張矮凳坐了三十年 / 新橋的最後一間手寫招牌舖)."""
    n = len(lines)
    last = next((i for i in range(n - 1, -1, -1) if lines[i].kept and is_prose_start(lines[i])), None)
    if last is None:
        return
    body: str | None = None
    for i in range(last + 2, n - 2):
        head = lines[i]
        if not is_list_heading(head):
            continue
        above = next((lines[k] for k in range(i - 1, last, -1) if not lines[k].meta), None)
        if above is None or not above.bad:
            continue
        j = i + 1
        while j < n and lines[j].kept and _ITEM[0] <= len(lines[j].text) <= _ITEM[1] and _is_headline(lines[j].text):
            j += 1
        if j - i < 3 or (j < n and not lines[j].bad):
            continue
        # (fields under their heading, each led by a short label, are a box of the
        # story's facts, no headlines: 档口资料 / 地址：… / 营业时间：…)
        if all(_FIELD.match(line.text) for line in lines[i + 1 : j]):
            continue
        body = body if body is not None else body_text(lines, last + 1)
        if names_subject(head.text, body):
            continue
        for line in lines[i:j]:
            line.reason = Reason.RELATED


# A field's short label and its colon: 地址：, 营业时间： (a headline's topic is longer)
_FIELD: Final = re.compile(r"^[^\s:：，。]{1,4}[:：]")


def _is_headline(text: str) -> bool:
    # (a numbered or bulleted item is a list of the article's own)
    return is_headline_shaped(text) and not text.endswith(_SENTENCE_ENDS) and not LIST_ITEM.match(text)


_SENTENCE_ENDS: Final = ("。", "…", "！", "？", "!", "?")


def _may_name_site(text: str) -> bool:
    return "《" in text or "本" in text[:4]


def _names_site(text: str, names: list[str]) -> bool:
    if (m := _SELF.match(text)) or (text[:1] in "《【[" and _SELF.search(text[:4])):
        # (本報記者洪流在現場看到…: the story's reporter at the scene, its own last paragraph)
        return not (m and text[m.end() : m.end() + 2] in _REPORTER)
    # (in book-title marks: a company's "about us" paragraph opens with its bare name)
    return any(f"《{name}》" in text for name in names)


# The author's sign-off: one short exclamation, with no label, link, tag or
# figure (我們婚禮見！, 下期再見！).
_CLOSING: Final = re.compile(r"^[^\s:：，,、；;。！？!?|｜/@#《》【】\[\]()（）\d]{2,12}[！!]{1,3}$")


def closes_the_body(lines: list[Line], k: int) -> bool:
    """A sign-off right under a paragraph of prose is the body's last line,
    not the first of a list of other pieces under it."""
    line = lines[k]
    if not (line.kept and k and _CLOSING.match(line.text)):
        return False
    return lines[k - 1].kept and is_prose_start(lines[k - 1])


def mark_empty_sections(lines: list[Line]) -> None:
    """After the body, a heading whose section holds only junk (分享此文：
    over share links, a heading over a list of other posts) goes with it."""
    # (Line.kept spelt out in the walks over every line: a property is a call)
    first_body = next((i for i, x in enumerate(lines) if not x.short and x.reason is None and x.meta is None), None)
    if first_body is None:
        return
    # (the short kept lines first, in one comprehension: few, and only the line at hand is ever marked)
    heads = [
        k for k in range(first_body + 1, len(lines)) if (h := lines[k]).short and h.reason is None and h.meta is None
    ]
    for i in heads:
        line = lines[i]
        # (or a bare word heading over two junk lines or more: 檔案下載 over its files;
        # not the last item of a list of such words: 南门到米粉店 / 河埠头到茶馆)
        word = _WORD_HEADING.fullmatch(line.text) is not None and not (
            lines[i - 1].kept and _WORD_HEADING.fullmatch(lines[i - 1].text) is not None
        )
        if not (is_heading(line.text) or word):
            continue
        j = i + 1
        while j < len(lines) and (lines[j].bad or lines[j].meta):
            j += 1
        # (a pipe table under it stays whatever its rows look like: keep_pipe_tables)
        if (
            j > i + (2 if word and not is_heading(line.text) else 1)
            and not opens_pipe_table(lines, i + 1)
            and (
                j == len(lines)
                or (lines[j].short and (is_heading(lines[j].text) or _WORD_HEADING.fullmatch(lines[j].text)))
            )
        ):
            line.reason = Reason.RELATED


# A Markdown pipe table's row, and the rule under its header row: | 玩家 | 职业 |, |---|---|
PIPE_ROW: Final = re.compile(r"^\|.*\|$")
PIPE_RULE: Final = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$")


def opens_pipe_table(lines: list[Line], k: int) -> bool:
    """A pipe table's header row and its rule start at ``lines[k]``."""
    return (
        k + 1 < len(lines)
        and lines[k].text[:1] == "|"
        and PIPE_ROW.match(lines[k].text) is not None
        and PIPE_RULE.match(lines[k + 1].text) is not None
    )


# A heading of a few words and nothing else: 檔案下載, 歷年得獎名單
_WORD_HEADING: Final = re.compile(r"[\u3400-\u9fff]{2,8}")


def is_heading(text: str) -> bool:
    return text.startswith("#") or text.endswith(("：", ":"))


# A list's own heading is this short at most (路线安排); a line announcing it, longer
_LIST_WORDS: Final = 6


def announces(line: Line | None) -> bool:
    """A line of the body announces the list under it (三条路线如下：): its own list."""
    return line is not None and line.kept and line.text.endswith(("：", ":")) and len(line.text) > _LIST_WORDS


def kept_above(lines: list[Line], k: int) -> Line | None:
    return next((lines[j] for j in range(k - 1, -1, -1) if not lines[j].meta), None)


def continues_body(lines: list[Line], k: int) -> bool:
    """Line ``k`` is a short heading under a paragraph of prose naming what it
    speaks of (路线安排 under …三条不同节奏的路线…): the article's own section."""
    head, above = lines[k], kept_above(lines, k)
    if not head.kept or len(head.text) > _LIST_WORDS or above is None or not above.kept or not is_prose_start(above):
        return False
    return any(pair in above.text for pair in HAN_PAIRS.findall(head.text))


__all__ = [
    "HEADING_BREAKS",
    "LIST_HEADING",
    "SIGN_OFF",
    "announces",
    "body_text",
    "closes_the_body",
    "continues_body",
    "is_box_heading",
    "is_heading",
    "is_list_heading",
    "is_subject_box",
    "kept_above",
    "mark_boxes_after_credit",
    "mark_empty_sections",
    "mark_lists_amid_junk",
    "mark_site_notices",
    "names_subject",
    "site_names",
]
