"""Prose in the page's tail: a paragraph between junk lines after the
article has ended.

jusText's context, extended to long lines at the tail only: once the
article has ended (its share bar, previous/next links, a related list,
its closing credit), a short run of kept lines that has that ending junk
above it and nothing but junk below it, to the end of the page, is the
site's (a charity statement, a privacy notice, a licence, a disclaimer, a
call to support the site), however long. The article's own paragraphs
stand above its end, and a run the article may go on in (one under a
lone advertisement or a caption) is left alone: only the kinds of junk
that close an article count above the run.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.date_lines import DATE_LINES, year_first
from reader.core.end_boxes import body_text, is_box_heading, names_subject
from reader.core.junk_rules import Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import Line, is_prose_start, last_kept
from reader.core.meta_records import reply_head
from reader.core.metadata import MetaLine

# The junk that closes an article (a caption, an advertisement amid the
# body do not: the article may go on under them).
_ENDS_ARTICLE: Final = frozenset(
    {
        Reason.SHARE_BAR,
        Reason.PREV_NEXT,
        Reason.RELATED,
        Reason.LINKS,
        Reason.COUNTER,
    }
)
# The article's closing credit ends it too (编辑：…, 監製：…).
_CLOSING: Final = frozenset({"credit", "editor"})
# A run longer than this between junk lines may be the article's own.
_RUN: Final = 4


def _closes(block: list[Line], run: list[Line]) -> bool:
    """Whether a block of junk lines closes the article above ``run``: its
    closing credit, or two junk lines or more, one of an article's end (a
    lone link amid the body, 相关阅读：[…](…), does not). Previous/next
    links alone close it only over a single paragraph: over more, they sat
    amid the article (a blog's links above its last paragraphs)."""
    if any((m := line.meta) is not None and (m.kind in _CLOSING or _role_only(m)) for line in block):
        return True
    # (a picture's link and its caption may stand amid the body: ![…](…))
    ends = {line.reason for line in block if line.reason in _ENDS_ARTICLE and line.text[:2] != "!["}
    if len(block) < 2 or not ends:
        return False
    return ends != {Reason.PREV_NEXT} or sum(line.kept and is_prose_start(line) for line in run) < 2


def _role_only(meta: MetaLine) -> bool:
    """A credit line that names no author and no date, only whom it credits
    for a part (攝影：馮梓軒): the article's closing credit."""
    return meta.kind == "byline" and meta.author is None and meta.date is None and bool(meta.credits)


# A notice's sign-off date on a line of its own ends it: 2026年11月18日, 二○二六年十一月二十七日;
# or a year of the Republic (Taiwan's calendar), 中華民國一一六年四月十二日
_NUMBER: Final = "[\\d一二三四五六七八九十]{1,3}"
SIGN_OFF_DATE: Final = re.compile(
    f"(?:\\d{{4}}|[〇○零一二三四五六七八九]{{4}}|(?:中華|中华)?(?:民國|民国)[\\d〇○零一二三四五六七八九十百]{{2,5}})"
    f"\\s*年{_NUMBER}月{_NUMBER}日"
)
# Under a sign-off date, a longer run of lines that are no sentences (a
# list of the site's other notices under its head) is the site's too.
_LIST_RUN: Final = 6


# The words before a post's time on its header line: 发表于 2026-11-26 22:05
_POST_LABEL: Final = re.compile(r"(\D{1,8}?)\s*\d")
_TIMESTAMP: Final = Reason.TIMESTAMP  # (bound once: Reason.X is a slow lookup)
# A reply is short: a post under its header with more lines is an entry of its own.
_REPLY_LINES: Final = 2
_BOX_LINES: Final = 2  # (a reply box's label, and the board's rules under it)


def _post_label(line: Line) -> str | None:
    if line.reason is not Reason.TIMESTAMP and (line.meta is None or line.meta.kind != "date"):
        return None
    m = _POST_LABEL.match(line.text)
    return m.group(1) if m else None


def _signed_off(line: Line) -> bool:
    return line.kept and line.short and SIGN_OFF_DATE.fullmatch(line.text) is not None


def mark_replies(lines: list[Line]) -> None:
    """Under a thread's opening post, the replies: two or more headers of
    the opening post's shape (the same words before the time, 发表于 …) after
    its first paragraph, each under its poster's name and over a reply of a
    line or two, and what is
    kept from the first of them (with the name right over it) on, go as a
    comments block. A thread's page repeats its post header; a story does not."""
    timed = [i for i, line in enumerate(lines) if line.reason is _TIMESTAMP or line.meta is not None]
    # (only where some time still goes as a reply's, as clean's gate asks: dated rows alone
    # are mark_posts_under_rows')
    if not any(lines[i].reason is _TIMESTAMP for i in timed):
        return
    if _mark_floor_replies(lines, timed) or len(timed) < 3:
        return
    first = next((i for i, line in enumerate(lines) if line.kept and is_prose_start(line)), None)
    if first is None:
        return
    label = next((lab for i in timed if i < first and (lab := _post_label(lines[i])) is not None), None)
    if label is None:
        return
    heads = [i for i in timed if i > first and _post_label(lines[i]) == label]
    if len(heads) < 2:
        return
    # (each header under its poster's name, a short line of its own)
    if not all(lines[h - 1].short for h in heads):
        return
    for a, b in zip(heads, [*heads[1:], len(lines) + 1], strict=True):
        if sum(line.kept for line in lines[a + 1 : b - 1]) > _REPLY_LINES:
            return
    start = heads[0] - 1
    if not any(line.kept and is_prose_start(line) for line in lines[first:start]):
        return
    for line in lines[start:]:
        if line.kept or line.meta is not None:
            line.reason = Reason.RELATED
    _mark_signature(lines[start - 1])


def _mark_floor_replies(lines: list[Line], timed: list[int]) -> bool:
    """Two or more reply headers led by their floor (2楼 某某 · 发表于 …) under
    the body's first paragraph, each over a reply of a line or two: from the
    first on, the thread's replies (``timed``: the lines with a time or a date). True if it marked them."""
    # (the headers first: most pages have none, and then the body's start is never looked for)
    heads = [i for i in timed if lines[i].reason is _TIMESTAMP and reply_head(lines[i].text)]
    if len(heads) < 2:
        return False
    first = next((i for i, line in enumerate(lines) if line.kept and is_prose_start(line)), None)
    if first is None:
        return False
    heads = [i for i in heads if i > first]
    if len(heads) < 2:
        return False
    for a, b in zip(heads, [*heads[1:], len(lines)], strict=True):
        if sum(line.kept for line in lines[a + 1 : b]) > _REPLY_LINES:
            return False
    for line in lines[heads[0] :]:
        if line.kept or line.meta is not None:
            line.reason = Reason.RELATED
    _mark_signature(lines[heads[0] - 1])
    return True


# A poster's signature: a short motto framed by dashes, the last line of a post (——住列治文十年——),
# or after its label (签名：车到山前必有路。: the label a weak sign, asked only at this place)
_FRAMES: Final = ("—", "-", "～", "~", "－")
_SIGNATURE: Final = 30
_DASH_LEADS: Final = ("——", "--", "－－")
_SIGNATURE_LABELS: Final = tuple(w + c for w in ("签名", "簽名", "个性签名", "個性簽名") for c in "：:")
_FOOTER: Final = 3  # (the post's action row and the forum's statements on posts, over the replies)


def _mark_signature(line: Line, poster: str | None = None) -> None:
    """The line right over a thread's replies, framed by dashes or labelled: the
    opening post's signature, which a forum repeats under every post of its user;
    or a motto signed after a dash by the ``poster`` (…外脆內軟。——牛油仔), the
    name the post's header gives: a quote's source (——魯迅) is someone else."""
    t = line.text
    if not line.kept or len(t) > _SIGNATURE:
        return
    framed = t.startswith(_FRAMES) and t.endswith(_FRAMES) and t.strip("—-～~－ ")
    # (or led by a dash pair and a space, its motto unframed at the end: —— 一家四口喺墨爾本…; not a
    # quote's source, ——魯迅)
    led = t[:2] in _DASH_LEADS and t[2:3].isspace()
    if framed or led or t.startswith(_SIGNATURE_LABELS) or (poster and t.endswith(poster) and _signed(t, poster)):
        line.reason = Reason.RELATED


def _signed(t: str, poster: str) -> bool:
    """``t`` is a motto, then a dash pair, then the ``poster``'s name that signs it."""
    motto = t[: -len(poster)].rstrip()
    return motto.endswith(_DASH_LEADS) and bool(motto[:-2].strip())


# A post's own header row: the poster's name (a word or two), the day and the
# clock: 澄湾搬砖人　2026-11-29 22:58 (the date lines' shape, no pattern of its own),
# perhaps a note in brackets after the name, 阿朵（楼主）. A day of the week
# before the date is no name: a diary's entry (周六 2027年3月2日 上午9:30).
_POST_HEAD_LEN: Final = 40
_NOTE: Final = 8  # (（楼主）)
_WEEKDAY_LEAD: Final = tuple(p + d for p in ("周", "星期", "礼拜") for d in "一二三四五六日天")


def _post_head(line: Line) -> bool:
    t = line.folded
    # (cheap tests first: a header row is short and ends with its clock)
    if t is None or line.reason is not None or len(t) > _POST_HEAD_LEN or not t[-1:].isdigit() or ":" not in t:
        return False
    if (i := t.find("(")) > 0 and 0 < (j := t.find(")", i)) - i < _NOTE:  # (folded: half-width)
        t = t[:i] + t[j + 1 :]
    m = DATE_LINES[1].match(year_first(t))  # (or the day first: #2 牛頭角細佬 29/10/2029 23:18)
    return m is not None and m.group("time") is not None and not t.startswith(_WEEKDAY_LEAD)


def mark_posts_under_rows(lines: list[Line]) -> int | None:
    """Readers' posts with no comments header over them: two or more header
    rows (a name, the day and the clock) under the body's prose, each over a
    line or two of a post, the last with only junk under it. A story's
    source line has a day and a clock too, but once, over the whole story.
    Walked up from the page's last kept line; from the first row so reached
    on, the posts go as a comments block; the first row's line, or None.
    A post's line the page footer's walk took (a short reply between the
    posts' action rows, junk each) is still a post's."""
    end = last_kept(lines) + 1
    if (taken := _last_posted(lines)) > end and _posts_end(lines, taken):
        end = taken  # (the last posts' lines taken by the footer's walk)
    # (the last post's row right over its line or two: most pages end in none, and go no further;
    # or over them and the thread's reply box, a short label with no sentence and a line under it)
    if not _posts_end(lines, end):
        # (a post's row ends with its clock, three to five lines up: most pages have none there)
        if end < _BOX_LINES + 3 or not (
            lines[end - 3].text[-1:].isdigit()
            or lines[end - 4].text[-1:].isdigit()
            or lines[end - 5].text[-1:].isdigit()
        ):
            return None
        for _ in range(_BOX_LINES):
            if (end := last_kept(lines, end - 2) + 1) < 3:
                return None
            if (x := lines[end]).short and not x.text.endswith(SENTENCE_END) and _posts_end(lines, end):
                break
        else:
            return None
    first, rows = None, 0
    while end > 0:
        a, posted = end - 1, 0
        # (up over the post's lines to its row; Line.kept spelt out: a property is a call)
        while a >= 0 and posted <= _REPLY_LINES and not _post_head(x := lines[a]):
            posted += x.reason in _POSTED and x.meta is None
            a -= 1
        if a < 0 or not 1 <= posted <= _REPLY_LINES or (first is None and a + posted != end - 1):
            break
        first, end, rows = a, a, rows + 1
    if first is None or rows < 2 or not any(line.kept and is_prose_start(line) for line in lines[:first]):
        return None
    if _named_over(lines, first):
        first -= 1  # (its poster's name over the first row: Kangaroo媽 / 發表於 2028-3-12 22:15)
    for line in lines[first:]:
        if line.reason is None:
            line.reason = Reason.RELATED
    _mark_signature(lines[first - 1])
    return first


_POSTED: Final = (None, Reason.PAGE_FOOTER)  # (a post's line: kept, or taken by the footer's walk)


def _last_posted(lines: list[Line]) -> int:
    """One past the last line that is kept or the footer's walk took."""
    end = len(lines)
    while end > 0 and ((x := lines[end - 1]).meta is not None or x.reason not in _POSTED):
        end -= 1
    return end


def _posts_end(lines: list[Line], end: int) -> bool:
    """A post's row right over its line or two just above ``end``."""
    return (end > 1 and _post_head(lines[end - 2])) or (end > 2 and _post_head(lines[end - 3]))


def _named_over(lines: list[Line], first: int) -> bool:
    """The rows from ``first`` on give the same words before their time (發表於: a
    label, no poster), and each stands under a short line that ends no sentence:
    the posters' names, the first one's right over ``first``."""
    heads = [i for i in range(first, len(lines)) if _post_head(lines[i])]
    labels = {m.group(1) if (m := _POST_LABEL.match(lines[i].text)) else None for i in heads}
    if len(labels) != 1 or None in labels or len(heads) < 2:
        return False
    return all((x := lines[i - 1]).kept and x.short and not x.meta and not x.text.endswith(SENTENCE_END) for i in heads)


def mark_post_footer(lines: list[Line], first: int) -> None:
    """Over the replies from line ``first`` on, once the forum's statements
    under the post are gone: past them and the post's action row (收藏　点赞
    分享), the opening post's signature (see :func:`_mark_signature`)."""
    k = first - 1
    while k > 0 and first - k <= _FOOTER and not lines[k].kept:
        k -= 1
    # (the opening post's poster: the first name a header gives)
    _mark_signature(lines[k], next((m.author for x in lines[:k] if (m := x.meta) is not None and m.author), None))


def mark_tail_prose(lines: list[Line]) -> bool:
    """From the page's end upwards: a run of at most ``_RUN`` kept lines
    with only junk (or other such runs) below it goes when the block of
    junk right above it closes the article, or when a notice's sign-off
    date stands right above it (then up to ``_LIST_RUN`` lines that are no
    sentences); the walk stops at the first run that is longer or has
    neither above it. Only when some paragraph of prose stands above: the
    article is above its end. True if it marked any line."""
    last = lines[-1] if lines else None
    if last is None or (last.reason is None and last.meta is None):
        return False  # (the page ends in a kept line: no junk under it)
    k, marked = last_kept(lines, len(lines) - 2), False
    # (Line.kept spelt out in the walks: a property is a call)
    while k >= 0:
        top, signed = k, False
        while top >= 0 and (x := lines[top]).reason is None and x.meta is None and k - top < _LIST_RUN:
            if x.short and SIGN_OFF_DATE.fullmatch(x.text) is not None:
                signed = True
                break
            top -= 1
        else:
            # (or right over a run as long as it may be)
            signed = top >= 0 and _signed_off(lines[top])
        if signed:
            # (under the notice's sign-off: no sentence among the run's lines but its last)
            if any(line.text.endswith(SENTENCE_END) for line in lines[top + 1 : k]) or top == k:
                return marked
            end = -1  # (the notice ends at its sign-off: nothing above it goes)
        else:
            top = max(top, k - _RUN)
            end = top
            while end >= 0 and not lines[end].kept:
                end -= 1
            if top < 0 or lines[top].kept or not _closes(lines[end + 1 : top + 1], lines[top + 1 : k + 1]):
                return marked
        if not any(line.kept and is_prose_start(line) for line in lines[: max(end, top) + 1]):
            return marked
        # (a box whose heading names the article's subject is the article's: 梁泉伯的單車 / 顏色：…)
        run = lines[top + 1 : k + 1]
        heads = [line.text for line in run if line.short and is_box_heading(line.text)]
        if heads and any(names_subject(head, body_text(lines, top + 1)) for head in heads):
            return marked
        for line in run:
            line.reason = Reason.PAGE_FOOTER
        marked = True
        k = end
        while k >= 0 and not lines[k].kept:
            k -= 1
    return marked


__all__ = ["SIGN_OFF_DATE", "mark_post_footer", "mark_posts_under_rows", "mark_tail_prose"]
