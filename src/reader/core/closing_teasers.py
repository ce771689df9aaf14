"""The page's teaser run at the story's end: after the article's last
paragraph, a short heading over three headlines of other stories or more
(项目进展 / 福贡县第九期支教队已抵达服务学校 / …) with a call or two of the
site's under it, then only the page's footer. The story ended above it.
``reader.core.cleaning.clean`` runs it beside
``end_boxes.mark_lists_amid_junk``, which finds such lists between junk.
And the last kept line that labels a near twin of the title, another
post's headline (``mark_twin_link``, asked once the replies have gone), or
such a line over the headline (``mark_head_twin``: a ticker's 最新消息：…).
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.block_words import RELATED_HEADER
from reader.core.end_boxes import body_text, is_list_heading, names_subject
from reader.core.headline import is_headline_shaped
from reader.core.junk_rules import Reason
from reader.core.line_passes import CELL_GAP, LIST_ITEM, Line, is_prose_start, last_kept
from reader.core.row_runs import one_shape
from reader.core.summed_lists import sums_up

_ITEM: Final = 40
_SENTENCE_ENDS: Final = ("。", "…", "！", "？", "!", "?")
_SENTENCE_END_CHARS: Final = "".join(_SENTENCE_ENDS)


_TAIL_CALLS: Final = 2  # (kept lines under a list of other stories, before the page's junk or end)


def mark_closing_teasers(lines: list[Line]) -> None:
    """A short heading over three headlines or more under the story's end,
    with only a call or two of the site's under it before the page's footer (项目进展 / three headlines /
    想成为下一期志愿者？… / 山雀助学为…): the list is the page's teaser run, and the
    calls under it the site's. First, a labelled related link or a link to
    more with a count as the last kept line goes (``_closing_links``)."""
    k = last_kept(lines)  # (the page's junk at the end)
    if k >= 0 and lines[k].text[:2] in _BULLETS:  # (most texts: no list at their end)
        k = _bulleted_teasers(lines, k)
    if k >= 0 and lines[k].text[:1] in _LINK_FIRST:  # (most texts: no such link)
        k = _closing_links(lines, k)
    calls = 0
    while k > 0 and calls < _TAIL_CALLS:
        line = lines[k]
        if line.reason is not None or line.meta is not None or len(text := line.text) > _CALL:
            break
        if not text.endswith(_SENTENCE_ENDS):
            break
        k, calls = k - 1, calls + 1
    # (most texts: their last kept line is a paragraph, or no call over a short line)
    if not calls or len(lines[k].text) > _ITEM:
        return
    j = k + 1
    while k >= 0 and lines[k].kept and _teaser(lines[k].text):
        k -= 1
    i = k
    if j - i <= 3 or i <= 0:  # (three items or more)
        return
    head = lines[i]
    if not is_list_heading(head):
        return
    # (a sentence under the rows that sums them up, 以上…。, is the article's close, not a call)
    if sums_up(lines[j].text):
        return
    items = lines[i + 1 : j]
    if one_shape([item.text.split(" ") for item in items]):
        return  # (a table's rows, cells one space apart, under its heading: 前五名 / 名次 棋手 … / 1 沈嘉樂 …)
    # (under the story's prose, and naming nothing it is about)
    body = body_text(lines, i)
    if not any(line.kept and is_prose_start(line) for line in lines[:i]) or names_subject(head.text, body):
        return
    for line in (head, *items):
        line.reason = Reason.RELATED
    # (the story ended above the list: the calls under it are the site's)
    for line in lines[j : j + calls]:
        line.reason = Reason.PROMOTION


_CALL: Final = 60
_TEASER: Final = 10  # (another story's headline says something: a box's row may be a word or two)


def _teaser(text: str) -> bool:
    """A headline of another story: no field's label, cells or list of words."""
    return (
        _TEASER <= len(text) <= _ITEM
        and not _TEASER_BREAKS.search(text)
        and CELL_GAP.search(text) is None
        and _headline(text)
    )


_TEASER_BREAKS: Final = re.compile(r"[:：、]")


def _headline(text: str) -> bool:
    # (a numbered or bulleted item is a list of the article's own)
    return is_headline_shaped(text) and not text.endswith(_SENTENCE_ENDS) and not LIST_ITEM.match(text)


_BULLETS: Final = frozenset(("- ", "* ", "+ ", "• "))
# (a list's heading, its Markdown marks and colon aside: 相关 and a word, as the labelled link's)
_RELATED_HEAD: Final = re.compile(r"[相][关關][\u3400-\u9fff]{1,3}")


def _bulleted_teasers(lines: list[Line], k: int) -> int:
    """A Markdown list of two headlines or more as the page's last kept lines (from ``k`` up), under a
    heading of 相关 and a word (### 相关通知, 相關通告：) that names nothing the article is about, under
    the article's prose: other pages' list (the article's own list under its end has rows, fields,
    sentences). It goes; the last kept line left."""
    j = k
    while j > 0 and lines[j].kept and lines[j].text[:2] in _BULLETS and _teaser(lines[j].text[2:].strip()):
        j -= 1
    head = lines[j]
    words = head.text.lstrip("#").strip().rstrip("：:")
    if k - j < 2 or not head.kept or _RELATED_HEAD.fullmatch(words) is None:
        return k
    if names_subject(words, body := body_text(lines, j)):
        return k
    if not body or not any(line.kept and is_prose_start(line) for line in lines[:j]):
        return k
    for line in lines[j : k + 1]:
        line.reason = Reason.RELATED
    return max(last_kept(lines, j), 0)


# A labelled link to a related story (相关游记：…, 相關影片：…): a label of
# 相关 and a word, then a headline; and a link to more of the same with their
# count (> 更多关于《…》的书评（56）, 查看全部评论(12)).
_LABELLED_LINK: Final = re.compile(r"^[相][关關][\u3400-\u9fff]{1,2}\s*[:：]\s*[^。]{4,40}$")
_MORE_COUNT: Final = re.compile(r"^(?:[>›»]\s*)?(?:更多|查看更多|查看全部|全部)[^。！？!?]{0,30}[(（]\d+[)）]$")
_LINK_FIRST: Final = frozenset("相>›»更查全")  # (the first characters such a link can have)
_CLOSING: Final = 3  # (links under the story, before the page's junk or end)


def _closing_links(lines: list[Line], k: int) -> int:
    """A labelled related link or a link to more with a count among the page's
    last kept lines (from ``k`` up), under the story's prose, goes as the
    site's; the last kept line left."""
    last, seen = k, 0
    while k > 0 and seen < _CLOSING:
        line = lines[k]
        if line.reason is not None or line.meta is not None:
            k -= 1
            continue
        seen += 1
        text = line.text
        if not (_LABELLED_LINK.match(text) or _MORE_COUNT.match(text)):
            break
        if not any(above.kept and is_prose_start(above) for above in lines[:k]):
            break
        line.reason = Reason.RELATED
        k -= 1
        last = k
    return max(last_kept(lines, last), 0)


# A labelled headline of the site's other post (本版精华帖：六十五岁，我在王城公园学会了踢毽子 under
# 六十三岁，我在王城公园学会了抖空竹): after a short label, words that share a long run with the
# page's own title and end in no sentence's mark. The article's own line names no near twin.
_TWIN_LABEL: Final = 8  # (the label's characters, at most)
_TWIN_RUN: Final = 8  # (the run shared with the title, at least, and half the shorter of the two)


def mark_twin_link(lines: list[Line], title: str | None) -> bool:
    """The page's last kept line, under the story's prose, goes when it is a
    label, its colon, then a near twin of ``title``: another post's headline.
    Whether it went (the lines over it are then the page's last)."""
    k = last_kept(lines)
    if k <= 0 or not title or not _twin_link(lines, k, title):
        return False
    lines[k].reason = Reason.RELATED
    return True


def mark_head_twin(lines: list[Line], title: str | None) -> None:
    """A kept line over the headline that is a label, its colon, then a near
    twin of ``title`` (最新消息：…10月營養午餐菜單公告 over …11月營養午餐菜單公告)
    goes: the site's ticker of another post, not the article's deck."""
    # (only the lines over the headline's own line: none where the headline is no line of the text)
    top = next((i for i, line in enumerate(lines) if line.reason is _HEADLINE), 0) if title else 0
    for line in lines[:top]:
        if line.reason is None and line.meta is None and _twin(line.text, title or ""):
            line.reason = Reason.RELATED


_HEADLINE: Final = Reason.HEADLINE


def _twin_link(lines: list[Line], k: int, title: str) -> bool:
    if lines[k].meta is not None or not _twin(lines[k].text, title):
        return False
    return any(above.kept and is_prose_start(above) for above in lines[:k])


def mark_labelled_twins(lines: list[Line], title: str) -> None:
    """A kept line amid the page framed as a label (【上期回顾】…) or quoted (> 往期推荐｜…),
    then a near twin of ``title``: another issue's or post's headline the site points to,
    not the article's (its own framed heads say something else)."""
    for line in lines:
        text = line.text
        if text[:1] in _LABEL_LEADS and line.reason is None and line.meta is None:
            bare = text[1:].lstrip(" >") if text[0] == ">" else text
            if _twin(bare, title, _LABEL_ENDS) or _pointed_twin(bare, title):
                line.reason = Reason.RELATED


def mark_pointer_twins(lines: list[Line], title: str) -> None:
    """A kept line that is a word's label, its mark (：, 》, ｜), then another
    piece's headline sharing a long run with ``title`` (延伸閱讀》東港首尾黑鮪魚拍出…,
    焦點新聞：…資訊日十月十二日舉行…, > 上集回顧：EP141｜環狀線北環段…) points
    to it, whatever the label's words: the article's own lines word its story
    on, not its headline again under a label."""
    for i, line in enumerate(lines):
        # (its length and its end first: a label, its mark and a headline, no sentence; most lines are prose)
        if (
            _POINTED_MIN <= len(text := line.text) <= _POINTED_MAX
            and text[-1] not in _SENTENCE_END_CHARS
            and line.reason is None
            and line.meta is None
            and (m := _POINTER.match(text))
            and _pointer_twin(m, title)
        ):
            # (a field's row among others, 日期：… over 地點：…, names the item it is about: a colon alone
            # points away only with no label's row beside it)
            if m.group(1) in "：:" and any(_field(lines[k].text) for k in (i - 1, i + 1) if 0 <= k < len(lines)):
                continue
            line.reason = Reason.RELATED


# A label of a word or a few (a quote's mark before it), then its mark
_POINTER: Final = re.compile(r"(?:>\s*)?[^\W\d_]{2,8}+([：:》｜|])")  # (possessive: a mark is no word)
_FIELD: Final = re.compile(r"[^\W\d_]{2,8}[：:]")
# (a label of two characters, its mark, a headline's shortest; the longest label, a quote's mark, the longest)
_POINTED_MIN, _POINTED_MAX = 3 + _TEASER, 12 + _ITEM
_BLOCK: Final = _TWIN_RUN // 2
_POINTER_SHARE: Final = 3  # (the run shared: a third of the shorter line, where a colon alone asks half)


def _field(text: str) -> bool:
    """A label's row (日期：…), not a question under its asker's label (聽眾問：…？)."""
    return _FIELD.match(text) is not None and not text.endswith(_SENTENCE_ENDS)


def _pointer_twin(label: re.Match[str], title: str) -> bool:
    """The line ``label`` opens is another piece's headline: a near twin of ``title``."""
    rest = label.string[label.end() :].strip()
    if not (_TEASER <= len(rest) <= _ITEM) or rest == title:
        return False
    # (a run of _TWIN_RUN shared holds one of the line's blocks of half its length whole: C's tests first)
    for k in range(0, len(rest) - _BLOCK + 1, _BLOCK):
        if rest[k : k + _BLOCK] in title:
            break
    else:
        return False
    if (dot := rest.rfind(".")) > 0 and rest[dot + 1 :].isascii() and rest[dot + 1 :].isalnum():
        return False  # (a file's name: the article's own attachment)
    run = _shared_run(rest, title)
    return run >= _TWIN_RUN and _POINTER_SHARE * run >= min(len(rest), len(title))


def _pointed_twin(text: str, title: str) -> bool:
    """A framed label that names other pieces (【相关推荐】), then a headline, a question's
    perhaps, sharing a long run with ``title`` (在县城开了五年网约车，第一次坐…是什么感觉？):
    the label says it points away, so the run need not be half the line."""
    close = text.find("】", 1, _TWIN_LABEL + 2)
    if close < 0 or RELATED_HEADER.match(text[: close + 1]) is None:
        return False
    rest = text[close + 1 :].strip()
    return (
        _TEASER <= len(rest) <= _ITEM and not rest.endswith(_STATEMENT_ENDS) and _shared_run(rest, title) >= _TWIN_RUN
    )


_STATEMENT_ENDS: Final = ("。", "！", "!")  # (a headline may ask: …是什么感觉？)


_LABEL_LEADS: Final = ("【", ">")
_LABEL_ENDS: Final = ("：", ":", "】", "｜", "|")


def _twin(text: str, title: str, ends: tuple[str, ...] = ("：", ":")) -> bool:
    """``text`` is a short label, its colon (or one of ``ends``), then a near twin of ``title``."""
    head = text[: _TWIN_LABEL + 1]  # (the label's colon looked for there only: most lines are long)
    colon = min((c for c in map(head.find, ends) if c > 0), default=-1)
    if colon < 0:
        return False
    rest = text[colon + 1 :].strip()
    if not (_TEASER <= len(rest) <= _ITEM) or rest.endswith(_SENTENCE_ENDS) or rest == title:
        return False
    if (dot := rest.rfind(".")) > 0 and rest[dot + 1 :].isascii() and rest[dot + 1 :].isalnum():
        return False  # (a file's name, 附件：…收费标准测算说明.pdf: the notice's own attachment)
    # (a run of _TWIN_RUN shared holds one of the line's blocks of half its length whole: C's tests first)
    step = _TWIN_RUN // 2
    if not any(rest[k : k + step] in title for k in range(0, len(rest) - step + 1, step)):
        return False
    run = _shared_run(rest, title)
    return run >= _TWIN_RUN and 2 * run >= min(len(rest), len(title))


def _shared_run(a: str, b: str) -> int:
    """The length of the longest run of characters ``a`` and ``b`` share (two short lines)."""
    # (each start of ``a`` asked only for a run longer than the best yet: C's substring tests, not a table)
    best = 0
    for k in range(len(a)):
        while k + best < len(a) and a[k : k + best + 1] in b:
            best += 1
    return best


__all__ = ["mark_closing_teasers", "mark_head_twin", "mark_labelled_twins", "mark_pointer_twins", "mark_twin_link"]
