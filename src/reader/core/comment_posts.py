"""What a block of readers' comments looks like: its header (留言, 全部评论（127）,
留言簿（最新3则）, a forum floor) and the comments under it.

A comment names its poster before a colon: in bold in a Markdown page
(**陈伯**：…), or plainly (阿芬：…, Tony Leong：…). A plain name and colon is
also a label's shape (时间：…), so plain posts count only under a comments
header, two or more of them, with nothing but the page's junk after them.
A forum thread's replies go by their floors (#2, 3楼, #2 山狗Leo): where the
replies begin and which lines are one.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.block_words import RELATED_HEADER
from reader.core.date_lines import DATE_LINES, TRAILING_DATE, YMD
from reader.core.junk_rules import Reason
from reader.core.label_pairs import first_colon
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import Line
from reader.core.list_sections import next_list_section
from reader.core.meta_records import is_reply_floor

COMMENTS: Final = re.compile(
    # (perhaps with a note in brackets on which comments it shows: 留言簿（最新3则）; an obituary's are 悼言)
    r"^\S{0,6}(?:留言|评论|回复|回应|悼言|comments?)(?:\S{0,6}|\S{0,2}[(（][^)）]{1,8}[)）])$"
    # (a count before the word: 3 条留言, 3 comments)
    r"|^\S{0,4}\d+\s*(?:[条则个](?:留言|评论)|comments?$)"
    # more answers, all the comments: 更多回答, 全部评论
    r"|^\S{0,4}(?:更多|其他|其它|全部)(?:回答|评论|回复|留言)\S{0,6}$"
    # a forum's reply floor: 2#, #3, 5楼, 沙发, 板凳, 地板
    r"|^(?:\d{1,4}\s*(?:#|楼|f)|#\d{1,4}|沙发|板凳|地板)$"
    # a feedback section with its count: 意見回饋（2）
    r"|^\S{0,4}(?:回馈|反馈)\s*[(（]\d[\d,]*[)）]$"
    # a comments header with its count: 评论 1024, 网友热议（57）
    # (or a forum's word for the replies under a post: 网友跟帖（3）)
    r"|^\S{0,6}(?:留言|评论|回复|回应|热议|跟帖|comments?)\s*[(（]?\d[\d,.]*[万千k]?\+?[)）]?$"
    # the header with its count, then the controls that sort them: 全部评论（127）　最热｜最新
    r"|^\S{0,4}(?:留言|评论|回复|回应|comments?)\s*[(（]\d[\d,.]*[万千k]?\+?[)）]\s+\S{1,4}(?:\s*[|｜/]\s*\S{1,4})+$",
    re.IGNORECASE,
)
# The word every comments header has (a cheap test before the header's pattern)
COMMENT_WORD: Final = re.compile(r"留言|评论|回复|回应|悼言|跟帖|comment", re.IGNORECASE)
# A comment's poster in bold before its colon, or before the day it was
# posted on a row of its own, perhaps after a dot: **Helen Chow**：…, **阿哲** 2026/11/29 21:14,
# **Ah Boy Tan** · 2028-04-19, **阿芳** Aug 14 (a newsletter's day without its year);
# or alone with the blog's word for saying, the words under it: **阿杰** 说：
COMMENTER: Final = re.compile(
    rf"^\*\*[^*]{{1,20}}\*\*\s*(?:[:：]|(?:·\s*)?(?:{YMD}|[A-Z][a-z]{{2}} \d\d?$)|\S{{1,2}}[:：]$)"
)
# A plain poster's name (a word, perhaps a Latin name of two, perhaps after who they are:
# 研究助理 林怡萱, perhaps with where they are from in brackets: 王太太（Alhambra）),
# a colon, then their words.
# (what a poster's line may hold after its name and have no words of theirs: a time, 21:14)
_NO_WORDS: Final = " 0123456789:：/.-"
_NAME_PART: Final = r"[^\s:：，。！？、,.!?（）()]{1,8}"
POSTER: Final = re.compile(
    rf"^(?:{_NAME_PART} )?{_NAME_PART}(?: [A-Za-z][\w.]{{0,11}})?(?:[（(][^（）()]{{1,12}}[）)])?[:：]\S.{{7,}}"
)


def floor_post(text: str) -> bool:
    """A reply led by its floor, then its poster and a colon (2樓　Vincent_mo：請問…): a
    thread's post however sentence-like its words (the caller asks first that a digit or # leads it)."""
    if len(parts := text.split(None, 1)) < 2:
        return False
    rest = parts[1]
    # (a screen name, Latin ones perhaps longer than a Han one, then its colon and words; string tests)
    colon = first_colon(rest)
    if not 1 <= colon <= _SCREEN_NAME or colon + 1 >= len(rest) or rest[colon + 1].isspace():
        return False
    return not any(c in _NOT_NAME for c in rest[:colon]) and is_reply_floor(parts[0])


_SCREEN_NAME, _NOT_NAME = 16, " \u3000，。！？、,.!?"


def later_floor(folded: str) -> bool:
    """A reply's floor alone on its line, past the first post's: #2, 3楼."""
    return len(folded) <= _FLOOR and is_reply_floor(folded) and folded.strip("#楼樓 ") != "1"


_FLOOR: Final = 6


def named_floor(lines: list[Line], i: int) -> bool:
    """A later reply's floor and its poster's name, nothing more (#2 山狗Leo), in a
    thread whose first post's floor stands alone on its line above (#1): the
    replies' header; a ranked list's entries (#2 玉山) have no floor alone over them."""
    parts = lines[i].text.split()
    if len(parts) != _FLOOR_AND_POSTER or not later_floor(parts[0]) or len(parts[1]) > _POSTER_NAME:
        return False
    if any(ch in parts[1] for ch in _NOT_POSTER):
        return False
    return any((f := x.folded) is not None and len(f) <= _FLOOR and f.strip("#楼樓 ") == "1" for x in lines[:i])


_FLOOR_AND_POSTER, _POSTER_NAME, _NOT_POSTER = 2, 16, "，。！？、,.!?：:"


def opens_replies(lines: list[Line], i: int) -> bool:
    """The second post of a thread and who wrote it (#2 阿明 · 28/11/2025 22:31; or the
    name alone where the first post's floor stood alone above, #2 山狗Leo, 2楼 蓉城小筑): the replies begin."""
    if (m := _REPLY_FLOOR.match(lines[i].text)) is not None:
        return int(m.group(1) or m.group(2)) >= 2 and (lines[i].meta is not None or named_floor(lines, i))
    # (a floor written with its word, then the poster's name alone, 2楼 蓉城小筑, under the first post's lone 1楼)
    return lines[i].text[:1].isdigit() and named_floor(lines, i)


def in_replies(lines: list[Line], i: int) -> bool:
    """Line ``i`` is a thread's reply: led by its floor (2樓　Vincent_mo：請問…), the words
    under a floor and its poster, or the next such floor (#3 跑唔郁)."""
    text = lines[i].text
    return (
        (text[:1] in _FLOOR_LEADS and floor_post(text))
        or (floor_led(lines[i - 1].text) and named_floor(lines, i - 1))
        or (floor_led(text) and named_floor(lines, i))
    )


def floor_led(text: str) -> bool:
    """A floor's mark may lead ``text``: #2, 2#, or 2楼 (string tests, before the floor's own)."""
    if text[:1] == "#":
        return True
    if not text[:1].isdigit():
        return False
    head = text[1:_FLOOR]
    return "#" in head or "楼" in head or "樓" in head


_FLOOR_LEADS: Final = "0123456789#"  # (a reply's floor leads its line: 2樓, #3)
# A forum post's header: its floor, then its poster and the time (#2 阿明 · 28/11/2025 22:31; 2#　bayarea_leo)
_REPLY_FLOOR: Final = re.compile(r"^(?:#(\d{1,4})|(\d{1,4})#)\s+\S")


def comments_under(lines: list[Line], i: int) -> int:
    """How many lines right under ``lines[i]`` are comments: those in bold,
    or, under a comments header and with only junk after them, two or more
    plain ones."""
    n = len(lines)
    j = i + 1
    while j < n and (m := COMMENTER.match(t := lines[j].text)):
        j += 1
        # (a poster's line with no words of theirs, **阿杰** 说： or the time: their words are the line under it)
        if j < n and not t[m.end() :].strip(_NO_WORDS) and not COMMENTER.match(lines[j].text):
            j += 1
    if j > i + 1:
        return j - i - 1
    # (the header's sort tabs may sit over them, 默认　最新, and each post may have
    # its row of reactions under it, 回复　喜欢 862)
    if j < n and j + 1 < n and _TABS.fullmatch(lines[j].text) and POSTER.match(lines[j + 1].text):
        j += 1
    posts = rows = 0
    # (one poster answering another, A 回复 B：…, only in a thread whose posts each stand over their row)
    while j < n:
        if _dated_poster(lines, j):
            # (a poster's row of name and day, their words under it: a post and its row, as a time's)
            posts, rows, j = posts + 1, rows + 1, j + 2
            continue
        if lines[j].meta is not None or not (POSTER.match(t := lines[j].text) or (rows == posts > 0 and _reply(t))):
            break
        posts, j = posts + 1, j + 1
        if j < n and (_reactions(t := lines[j].text) or _posted(lines[j])):
            rows, j = rows + 1, j + 1
        elif rows and _AT_REPLY.search(lines[j - 1].text[:_REPLY_AT]):
            rows += 1  # (an answer to a poster by their @name, in a thread whose posts stand over their times)
    if posts < 2 or (folded := lines[i].folded) is None or not COMMENTS.match(folded):
        return 0
    # (under them only the page's junk, or its lines that are no sentences: a counter, other
    # posts' titles; or each post has its row of reactions: posts, whatever the page has under them)
    # (or the posts run into the header of the page's next block: 相關個案, whatever is under it)
    # (a short line naming the comments is the block's own note: 留言仅代表网友个人观点，与本站立场无关。)
    if (
        rows < posts
        and not _next_block(lines[j] if j < n else None)
        and not all(
            x.bad
            or x.meta
            or (len(x.text) <= _NO_SENTENCE and (not x.text.endswith(SENTENCE_END) or _on_comments(x.folded)))
            for x in lines[j:]
        )
    ):
        return 0
    return j - i - 1


def _on_comments(folded: str | None) -> bool:
    """A line that names the comments (留言, 评论): the comment box's own."""
    return folded is not None and COMMENT_WORD.search(folded) is not None


def _dated_poster(lines: list[Line], j: int) -> bool:
    """Line ``j`` is a poster's row, a short name and the day they posted (Ah Huat　2029年8月15日,
    使用者 wei_chen 2029-03-22), with their words on the line under it, no such row."""
    f = lines[j].folded
    if f is None or len(f) > _DATED_ROW or j + 1 >= len(lines) or (m := TRAILING_DATE.search(f)) is None:
        return False
    after = lines[j + 1].folded
    return m.start() >= 2 and ":" not in f[: m.start()] and (after is None or TRAILING_DATE.search(after) is None)


_DATED_ROW: Final = 32


def comments_block(lines: list[Line], i: int) -> int:
    """How many lines a comments header at ``lines[i]`` opens with its posts
    under it (0 when it is none): a block of related links may run into one."""
    folded = lines[i].folded
    # (plain tests first: most lines there are links, long or with none of the header's words)
    if (
        folded is None
        or len(folded) > _HEAD
        or not ("评" in folded or "留" in folded or "回" in folded or "comm" in folded)
    ):
        return 0
    return 1 + posts if (posts := comments_under(lines, i)) else 0


# Two to four words of at most four characters apart by gaps or bars: a block's sort tabs (默认　最新)
_TABS: Final = re.compile(r"\S{1,4}(?:(?:\u3000+|\s{2,}|\s*[|｜/]\s*)\S{1,4}){1,3}")
_REACTION_ROW: Final = 16
_POSTED_ROW: Final = 24


def commenter(lines: list[Line], name: str) -> bool:
    """Whether ``name`` (the markup's author) is written only in the
    page's comments or related block: a commenter's name the extractor
    took for the writer's (使用者 wei_chen 2029-03-22 under 意見回饋)."""
    # (the block's lines asked first: most pages have none, and then no line's text is scanned)
    related = [line for line in lines if line.reason is _RELATED]
    if not any(name in line.text for line in related):
        return False
    if any(_answers(line.text, name) for line in related):
        return False  # (the name answering the readers, **某博客** 回复：…: the page's host, not a commenter)
    return not any(name in line.text for line in lines if line.reason is not _RELATED)


def _answers(text: str, name: str) -> bool:
    """``text`` is ``name``'s reply to a comment: the name (in bold perhaps), then the word for replying."""
    text = text.removeprefix("**")
    return text.startswith(name) and text[len(name) :].lstrip("* ")[:2] in _REPLY_WORDS


_REPLY_WORDS: Final = frozenset(("回复", "回覆", "回應", "回应"))


_RELATED: Final = Reason.RELATED


def _posted(line: Line) -> bool:
    """A post's time on a row of its own, perhaps with its short controls (2027-03-26 19:15　回复):
    a date line's shape, short, led by a digit (the date lines' pattern, no pattern of its own)."""
    f = line.folded
    return f is not None and f[:1].isdigit() and len(f) <= _POSTED_ROW and DATE_LINES[0].match(f) is not None


def _reply(text: str) -> bool:
    """One poster answering another, a short word between their names (某局 回复 阿芬：…)."""
    parts = text.split(" ", 2)
    return len(parts) == 3 and len(parts[0]) <= _NAME and len(parts[1]) <= _VERB and POSTER.match(parts[2]) is not None


_NAME, _VERB = 8, 3
# (a poster's answer to another: 陈佩琪：@Jason …, the @ right after the colon)
_AT_REPLY, _REPLY_AT = re.compile(r"[:：]\s?[@＠]"), 24
_NO_SENTENCE: Final = 40  # (a line no longer than this that ends no sentence: a title, a label)
_HEAD: Final = 12  # (a block's header is short)


def _next_block(line: Line | None) -> bool:
    """A related-pieces header (相關個案) opening the page's next block."""
    return line is not None and (f := line.folded) is not None and len(f) <= _HEAD and bool(RELATED_HEADER.match(f))


def _reactions(text: str) -> bool:
    """A post's row of controls and counts (回复　喜欢 862): short, spaced, no sentence, no poster."""
    return (
        len(text) <= _REACTION_ROW
        and ("\u3000" in text or " " in text)
        and not text.endswith(SENTENCE_END)
        and not POSTER.match(text)
    )


def heads_body(lines: list[Line], first: int, k: int) -> bool:
    """Line ``k`` is the first head under the headline and its metadata row,
    over prose: comments follow the body, never sit above all of it (留言内容
    over the message itself, right under its 留言人/留言时间 row); or it heads
    a letter (办理回复 over 锦绣小区住户： and the answer): a bare addressee
    line, a name and its colon with nothing after, then prose, is a letter's
    salutation, which no comment writes (a post names its writer on its own
    line, 晨跑的老陈：我住4栋…); or it is one more bare head of the body's
    list of records (reader.core.list_sections)."""
    nxt = k + 1
    if nxt + 1 < len(lines) and _addressee(lines[nxt].text) and _letter(lines, nxt + 1):
        return True
    if next_list_section(lines, k):  # (其他 over 021　水壺…, as 衣物 over 001　校褸… above: the list's own head)
        return True
    if k == first + 1 or nxt >= len(lines) or lines[nxt].bad or lines[nxt].short:
        return False
    between = lines[first + 1 : k]
    return len(lines[first].text) <= _HEADLINE and any(x.meta for x in between) and all(x.meta for x in between)


_HEADLINE: Final = 40  # (a headline is no longer: a longer first line is the body's paragraph)


def _addressee(text: str) -> bool:
    """A salutation's line: a short name or address and its colon, nothing after (尊敬的市民：)."""
    if not (1 < len(text) <= _ADDRESSEE and text[-1] in "：:" and "：" not in text[:-1] and ":" not in text[:-1]):
        return False
    mark = max(text.find("、"), text.find("．"), text.find("."))
    return not (0 < mark <= 3 and all(c in "一二三四五六七八九十" or c.isdigit() for c in text[:mark]))  # (三、措施：)


_ADDRESSEE: Final = 16


def _letter(lines: list[Line], start: int) -> bool:
    """Prose from ``start`` (a paragraph at least as long as a letter's
    opening) and no second addressee line in the next few: comments that set
    each writer's name on a line of its own repeat the shape (阿權： / 留言 /
    Lurdes： / 留言), a list under its label (待辦：) is no prose."""
    first = lines[start]
    if first.bad or first.meta or first.short or len(first.text) < _LETTER_OPENING:
        return False
    return not any(_addressee(x.text) for x in lines[start + 1 : start + _LETTER_LOOK])


_LETTER_OPENING: Final = 40
_LETTER_LOOK: Final = 8
