"""Passes over the end of a text: blocks after the body (related
articles, comments, a table of contents, keyword rows, a run of other
headlines), headings whose section is only junk. The site's statements at
the very end are ``tail_notices``', the furniture after the body
``tail_furniture``'s.

``reader.core.cleaning.clean`` runs them with the passes of
:mod:`reader.core.line_passes`, on the same :class:`Line` records.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from reader.core.block_words import INLINE_RELATED, RELATED_HEADER, may_open_block
from reader.core.comment_posts import (
    COMMENT_WORD,
    COMMENTER,
    COMMENTS,
    comments_block,
    comments_under,
    floor_led,
    heads_body,
    in_replies,
    later_floor,
    named_floor,
    opens_replies,
)
from reader.core.end_boxes import (
    announces,
    body_text,
    box_under_body,
    closes_the_body,
    continues_body,
    is_subject_box,
    kept_above,
)
from reader.core.headline import is_headline_shaped
from reader.core.junk_rules import Reason
from reader.core.line_features import SENTENCE_END, is_reference, is_tag_row
from reader.core.line_passes import LIST_ITEM, Line, is_prose
from reader.core.round_brackets import without_short_note
from reader.core.section_numbers import NUMBERED_ITEM, heads_numbered_list, resumes_sections
from reader.core.signatures import CLOSING_WORDS
from reader.core.summed_lists import counted_row, summed_up
from reader.core.tail_notices import STATEMENT_LABEL
from reader.core.tail_prose import SIGN_OFF_DATE, mark_post_footer
from reader.core.wide_gaps import WIDE_GAP

# A run of at least this many headline-shaped lines after the body is a list of other articles.
_RELATED_RUN: Final = 3
# The closing of a letter or a notice: 此致 敬礼, 祝 生活愉快！, 某某　謹啟
_SIGN_OFF: Final = re.compile(rf"(?:{CLOSING_WORDS})$|^(?:此致|敬祝|谨祝|顺颂|顺祝|祝)\s*\S{{0,8}}[！!]?$")

_HEADER: Final = 16  # (headers of tail blocks are short)
# The end of the article: - END -, （完）, a serial's （待續） (the site's lines follow), a rule (--, ***).
END_MARK: Final = re.compile(
    r"^[\s\-—=*~·•▼▲()（）【】]*(?:end|完|全文完|本章完|全书完|(?:未完)?待续|the end)[\s\-—=*~·•▼▲()（）【】]*$"
    r"|^(?:-{2,}|—{2,}|_{3,}|\*{3,})$",
    re.IGNORECASE,
)


def _dated_note(line: Line) -> bool:
    """A kept line set whole in one pair of brackets with a figure in it (a day, a time)."""
    text = line.text
    return (
        line.reason is None
        and text[:1] in "（("
        and text[-1:] in "）)"
        and text.count(text[0]) == 1
        and any(ch.isdigit() for ch in text)
    )


# A table of contents' header (none longer than _TOC: table of contents); its entries run to a heading of prose.
_CONTENTS: Final = re.compile(r"^(?:目录|目次|contents|table of contents|本文目录|文章目录)$", re.IGNORECASE)
_TOC, _TOC_ENTRY = 17, re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s*\S.{0,30}$")


def mark_tail_blocks(lines: list[Line]) -> None:
    """After the body: a related-articles or comments header, or an end
    marker, opens a block of junk that runs until prose resumes; and a run
    of headline-shaped lines with only junk after it lists other articles."""
    first_body = next((i for i, line in enumerate(lines) if not line.short and not line.bad and not line.meta), None)
    if first_body is None:
        return
    # (the lines each step below may act on, in one sweep by what no step here changes (text, folded, meta): only
    # a short or a metadata line opens a block)
    starts, bars = [], []  # (literals: list[int]() builds a generic alias first, ~0.5 µs)
    tocs = [k for k in range(first_body + 1) if (f := lines[k].folded) and len(f) <= _TOC and _CONTENTS.match(f)]
    for k, line in enumerate(lines[first_body + 1 :], first_body + 1):  # (no index lookup a line)
        if (f := line.folded) is not None:
            if (len(f) <= _HEADER or line.meta) and may_open_block(f):  # (no header's word: opens nothing)
                starts.append(k)
            if "|" in f:
                bars.append(line)
            if len(f) <= _TOC and _CONTENTS.match(f):
                tocs.append(k)
    i = first_body + 1
    for k in starts:
        line, folded = lines[k], lines[k].folded or ""
        if k >= i and _opens_block(lines, k, folded) and not heads_body(lines, first_body, k):  # (k < i: inside)
            i = k
            if not (marked := END_MARK.match(folded)) or folded.strip() != "(完)":  # (（完）: the body's last)
                line.reason = line.reason or Reason.RELATED
            if not marked:  # (what an end marker closes is the body's own end)
                _mark_list_above(lines, i, first_body)
            # (a thread's replies from here, a floor alone or with its poster, #2 曼城阿May: the post's signature above)
            if later_floor(folded) or named_floor(lines, k):
                mark_post_footer(lines, k)
            i += 1
            if marked and i < len(lines) and _dated_note(lines[i]):
                i += 1  # (the piece's own note under its end mark: （讲座时间：12 月 4 日 14:30，地点：…）)
            if (
                i < len(lines)
                and not is_prose(lines[i])
                and _headline_like(lines[i])
                and RELATED_HEADER.match(folded)
                and not resumes_sections(lines, k, i)  # (二、 under a kept 一、: the body's next head)
            ):
                # (the header's own entry, even when prose follows: a related story amid the body)
                lines[i].reason = lines[i].reason or Reason.RELATED
                i += 1
            for x in lines[i : i + (posts := comments_under(lines, i - 1))]:
                x.reason = x.reason or Reason.RELATED  # (its comments: **陈伯**：…, 阿芬：…)
            i += posts
            # The block ends where prose resumes, at the heading of prose, where the body's heads go on (三、 under
            # 二、); a site's statement (免责声明：…) is no prose a heading stands over; comments go with their header.
            while i < len(lines) and (
                (posts := comments_block(lines, i))
                or (
                    not (is_prose(lines[i]) or resumes_sections(lines, k, i))
                    and not (
                        i + 1 < len(lines)
                        and is_prose(lines[i + 1])
                        and not STATEMENT_LABEL.match(lines[i + 1].text)
                        # (a row shaped like the block's row above it is one more of them)
                        and not _same_row(lines[i - 1], lines[i])
                    )
                )
                # (a thread's reply, however sentence-like: asked last, of the line that would end it)
                or in_replies(lines, i)
            ):
                for x in lines[i : i + (posts or 1)]:
                    x.reason = x.reason or Reason.RELATED
                i += posts or 1
    # A related header with its links on its own line: 相關連結：議事影音｜會議紀錄查詢
    for line in bars:
        if line.kept and INLINE_RELATED.fullmatch(line.folded or ""):
            line.reason = Reason.RELATED
    # A table of contents: its header and the numbered entries right under it.
    for i in tocs:
        entries = list(itertools.takewhile(lambda x: _TOC_ENTRY.match(x.text) is not None, lines[i + 1 :]))
        if len(entries) >= 2:
            for x in (lines[i], *entries):
                x.reason = x.reason or Reason.NAVIGATION
    # (the lines gone after the body, found once for the two steps below: most pages continue no list)
    gone = [k for k in range(first_body + 1, len(lines)) if lines[k].reason is not None]
    # (a list's first item goes already: asked of the lines gone by now, the only ones it weighs)
    if ones := [k for k in gone if lines[k].text[:1] == "1"]:
        _continue_junk_lists(lines, ones)
        gone = [k for k in range(first_body + 1, len(lines)) if lines[k].reason is not None]  # (its items too)
    _mark_dated_posts(lines, first_body, [k for k in gone if k >= first_body + 3])
    for line in reversed(lines):  # keyword rows after the body ("缓存 Redis 后端开发") tag the article
        if line.bad or line.meta:
            continue
        if not is_tag_row(line.text) or LIST_ITEM.match(line.text):
            break
        line.reason = Reason.RELATED
    run: list[Line] = []
    labels = []
    for k in range(len(lines) - 1, -1, -1):
        if (line := lines[k]).bad or line.meta:
            if run and line.text[-1:] == "。" and line.reason is not Reason.SITE_TEMPLATE:
                break  # (a statement gone under the body's last rows ends a list of other pieces: none runs on past it)
            continue
        if run and _SECTION_LABEL.match(line.text):
            labels.append(line)  # (the list's sections: 【小说】 … 【散文】 …)
            continue
        if not _headline_like(line) or closes_the_body(lines, k):  # (我們婚禮見！ under the last paragraph)
            break
        run.append(line)
    if len(run) < _RELATED_RUN:
        return  # (most texts: too short a run for what follows, which only trims it, to mark anything)
    # (the run's first lines shaped like rows of the body above it, 人均 25元｜地址 …
    # under six rows 人均 16元｜地址 …, are the body list's last row, not another article)
    while run and (shape := _row_shape(run[-1].text)) is not None:
        top = lines.index(run[-1])
        alike = (x for x in lines[:top] if x.kept and x.text[:1] == run[-1].text[:1] and _row_shape(x.text) == shape)
        if next(alike, None) is None or next(alike, None) is None:
            break
        run.pop()
    if run and (box := box_under_body(lines, top := lines.index(run[-1]))):
        run = [x for x in run if lines.index(x) >= top + box]  # (the body's own box, 費用：…, then the list)
    # A run that an end marker (--, - END -) closes is the body's own end
    # (a forum post's short wrapped lines), not a list of other articles.
    end = lines.index(run[0]) + 1 if run else 0
    after = next((x for x in lines[end:] if not x.meta), None)
    closed = after is not None and after.folded is not None and END_MARK.match(after.folded) is not None
    if (
        len(run) >= _RELATED_RUN
        and not announces(kept_above(lines, top := lines.index(run[-1])))
        and not continues_body(lines, top)
        and not continues_body(lines, top - 1)
        # (a letter's closing, 祝 生活愉快！ / 家長教師會主席 / 麥淑儀　謹啟, is the letter's)
        and not any(_signs_off(x) for x in run)
        and not _signed(run)
        and not closed
        and any(not x.bad and not x.short and not x.meta for x in lines if x not in run)
        # (a box about the article's subject under its heading: 人物小檔案｜溫以寧)
        and not is_subject_box(run[-1], run[-2::-1], body_text(lines, lines.index(run[-1])))
    ):
        for line in (*run, *(x for x in labels if lines.index(x) > lines.index(run[-1]))):
            line.reason = Reason.RELATED


_ROW_LABEL: Final = re.compile(r"[^\d\s]{1,6}[\s\u3000]?(?=\d)")
_ROW_BARS: Final = re.compile(r"[|｜]")


def _row_shape(text: str) -> tuple[str, int] | None:
    """A row's shape: its label before a figure and how many bars part it
    (人均 16元｜地址 … is ('人均 ', 1)); None for a line not led by a label."""
    m = _ROW_LABEL.match(text)
    return None if m is None else (m.group(), len(_ROW_BARS.findall(text)))


_DIGITS: Final = re.compile(r"\d[\d,.]*")


def _same_row(above: Line, line: Line) -> bool:
    """Two rows of one list: as many parts set apart by wide gaps, the last
    parts alike but for their figures (…　¥4,180起 / …　¥2,680起); or two titles ending in one word (…公告 / …公告)."""
    a, b = WIDE_GAP.split(above.text), WIDE_GAP.split(line.text)
    if len(a) == len(b) == 1 and min(len(a[0]), len(b[0])) >= 8 and not b[0].endswith(SENTENCE_END):
        return without_short_note(a[0])[-2:] == without_short_note(b[0])[-2:]
    return len(a) == len(b) >= 2 and _DIGITS.sub("0", a[-1]) == _DIGITS.sub("0", b[-1]) and a[0] != b[0]


# A post's row: who, when (a date with its year), then what they wrote. (The name's run is possessive: what follows
# it is a space, so giving back characters cannot help, and a line of prose would be tried 16 times.)
_DATED_POST: Final = re.compile(r"^[^\s\u3000]{1,16}+[\s\u3000]+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[\s\u3000]+\S")


def _mark_dated_posts(lines: list[Line], first_body: int, gone: list[int]) -> None:
    """Two rows or more after the body, each a name, a date and words
    (沐****3　2025-11-12　5分　导游特别负责！), with the page's junk
    right under them: readers' posts (reviews, comments), and the short
    header over them (用户点评)."""
    # (such a run ends right over a junk line with two kept lines: only there is the row's pattern asked,
    # from the junk line up; the junk lines, ``gone``, are found before any mark here, a head marked is above its run)
    for j in gone:
        i = j
        while (
            i - 1 > first_body and (x := lines[i - 1]).reason is None and x.meta is None and _DATED_POST.match(x.text)
        ):
            i -= 1
        if j - i >= 2:
            head = lines[i - 1]
            if head.kept and len(head.text) <= _LIST_HEADER and not _CLAUSE_OR_END.search(head.text):
                head.reason = Reason.RELATED
            for line in lines[i:j]:
                line.reason = Reason.RELATED


def _continue_junk_lists(lines: list[Line], ones: list[int]) -> None:
    """The items that go on numbering a list whose first item is junk after
    the body (1.《长夜将尽》　借阅 312 次 / 2.《…》　借阅 287 次, a ranking
    in the sidebar) are the same list, when no item is a sentence. (First
    items: ``ones``, the lines after the body led by 1 that go.)"""
    for i in ones:
        line = lines[i]
        if not line.bad or not (m := NUMBERED_ITEM.match(line.text)) or m.group(1) != "1":
            continue
        k, n = i + 1, 2
        while (
            k < len(lines)
            and (m := NUMBERED_ITEM.match(lines[k].text))
            and int(m.group(1)) == n
            and lines[k].short
            and not is_prose(lines[k])
        ):
            lines[k].reason = lines[k].reason or line.reason
            k, n = k + 1, n + 1


def _mark_list_above(lines: list[Line], i: int, first_body: int) -> None:
    """Headline-shaped lines right above a block's header, three or more,
    perhaps in sections (【小说】 … 【散文】 …), are the same list of
    other pieces (a magazine's contents over its 【评论】), with the short
    header that opens them (本期目录)."""
    run: list[Line] = []
    k = i - 1
    while (
        k > first_body
        and not lines[k].meta
        and not closes_the_body(lines, k)
        and (
            (_headline_like(lines[k]) and not _COLONS.search(lines[k].text))
            or (run and _SECTION_LABEL.match(lines[k].text))
        )
    ):
        run.append(lines[k])
        k -= 1
    if sum(1 for x in run if not _SECTION_LABEL.match(x.text)) < _RELATED_RUN or any(_signs_off(x) for x in run):
        return
    if _signed(run):
        return
    head = lines[k]
    if announces(head) or continues_body(lines, k) or continues_body(lines, k + 1):
        return
    if head.kept and len(head.text) <= _LIST_HEADER and not _CLAUSE_OR_END.search(head.text):
        run.append(head)
    for x in run:
        x.reason = x.reason or Reason.RELATED


def _signs_off(line: Line) -> bool:
    """A closing word (此致, 敬上) or a dash before the writer (——豆豆妈，写于…; not a divider's
    dashes on both sides, —— 评论区 ——): the text's sign-off."""
    if (t := line.text)[:2] == "——" and t[-1:] not in ("—", "-"):
        return True
    return line.folded is not None and _SIGN_OFF.search(line.folded) is not None


def _signed(run: list[Line]) -> bool:
    """A notice's signers over its signature date (某某局 / 某某街道办事处 / 2027年12月8日):
    the run's (bottom up) one bare date is its last kept line; a list of pieces dates each, or none."""
    dated = [x for x in run if SIGN_OFF_DATE.fullmatch(x.text)]
    if len(dated) != 1:
        return False
    below = [x for x in run[: run.index(dated[0])] if x.kept]  # (or one labelled row under it: 满意度评价：满意)
    return not below or (len(below) == 1 and _COLONS.search(below[0].text) is not None)


_LIST_HEADER: Final = 6
_CLAUSE_OR_END: Final = re.compile(r"[，,；;。！？!?：:]")
# A section's label in brackets, alone on its line: 【小说】, [散文]
_SECTION_LABEL: Final = re.compile(r"^[【\[［][^】\]］]{1,6}[】\]］]$")


def _opens_block(lines: list[Line], i: int, folded: str) -> bool:
    """A comments header or an end marker opens a block; a related-articles
    header does when a junk rule knows it (相关推荐) or a headline follows
    it: "更多的思考" before a paragraph is a heading."""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    # (a floor's mark leads, #2, or follows its number, 2#: a character's test first, most lines are neither)
    if (folded[:1] == "#" or (folded[:1].isdigit() and floor_led(folded))) and opens_replies(lines, i):
        return True
    # (a comment under a Markdown comments heading, prose or not: ## 留言 / **陈伯**：…)
    if nxt is not None and COMMENTER.match(nxt.text) and COMMENTS.match(folded.lstrip("#* ")):
        return True
    if nxt is not None and is_prose(nxt):
        # (plain posts under a comments header: 留言簿 / 阿芬：…)
        # (a colon where a poster's name ends, and the header's word, asked first: most
        # short lines over prose are headings of the article)
        return (
            ("：" in (head := nxt.text[:22]) or ":" in head)
            and COMMENT_WORD.search(folded) is not None
            and not COMMENTER.match(nxt.text)
            and comments_under(lines, i) > 0
        )
    if (COMMENTS.match(folded) and not heads_numbered_list(lines, i)) or END_MARK.match(folded):
        return True
    if not RELATED_HEADER.match(folded) or counted_row(lines, i):
        return False
    if lines[i].text.startswith("#"):
        return nxt is not None and nxt.bad  # the author's heading: only over a list of links
    # (under such a header, a headline led by a book's title is another post's; rows a sentence sums up: ours)
    return lines[i].own_rule or (
        nxt is not None and (nxt.bad or _headline_like(nxt, listed=False)) and not summed_up(lines, i)
    )


def _headline_like(line: Line, listed: bool = True) -> bool:
    # (a listing's entry: its headline, then the outlet and the date it ran)
    # (the outlet and date end the line: only a line ending in a digit or 日 can have them)
    text = _LISTED_ON.sub("", line.text) if line.text[-1:].isdigit() or line.text.endswith("日") else line.text
    return (
        6 <= len(text) <= 40
        and is_headline_shaped(text)
        and not text.endswith(("。", "…"))
        and not is_reference(text)
        and "://" not in text
        # (a headline may have a colon or two: 周报：存储价格上涨，关注设备)
        and len(_CLAUSE_MARKS.findall(text)) < 2
        and len(_COLONS.findall(text)) < 3
        # a list that ends the article is the article's
        and not (LIST_ITEM.match(text) and (listed or not text.startswith("《")))
    )


_CLAUSE_MARKS: Final = re.compile(r"[，,；;、]")
_COLONS: Final = re.compile(r"[：:]")
# A listed article's outlet and date after its headline: 　华岳证券　2025-08-22
_LISTED_ON: Final = re.compile(r"(?:[\s　]+[^\s　\d，。]{2,12})?[\s　]+\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?$")
__all__ = ["mark_tail_blocks"]
