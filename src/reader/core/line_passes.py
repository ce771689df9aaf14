"""Passes over the lines of one text, each deciding some lines' verdicts.

``reader.core.cleaning.clean`` runs them in order; each pass reads and
writes :class:`Line` records (text, shape, metadata, verdict and reason).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Final

from reader.core.block_words import SHARE_WORDS
from reader.core.field_heads import heads_own_field
from reader.core.headline import is_headline_shaped
from reader.core.junk_rules import Reason
from reader.core.line_features import SENTENCE_END
from reader.core.metadata import MetaLine
from reader.core.sign_off_names import LONE_WORD, signed_name
from reader.core.wide_gaps import WIDE_GAP


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
    # (is_prose_start's answer once asked: many passes ask it, and text and short never change)
    prose_start: bool | None = None

    @property
    def bad(self) -> bool:
        return self.reason is not None

    @property
    def kept(self) -> bool:
        return self.reason is None and self.meta is None

    def restore(self) -> None:
        """Back to the body: a rescue's verdict (no reason, no rule, not weak)."""
        self.reason, self.own_rule, self.weak = None, False, False


# Bylines and date lines sit this close to the top or the bottom.
HEAD_LINES: Final = 40


def head_span(lines: list[Line], limit: int) -> tuple[int, int | None]:
    """In one walk of the first ``limit`` lines: the first paragraph of prose
    (``limit``, or the line count, when none is) and the headline above it."""
    first, headline, is_headline = min(len(lines), limit), None, Reason.HEADLINE
    for i, line in enumerate(lines[:limit]):
        if line.reason is None and line.meta is None and not line.short:
            return i, headline
        if headline is None and line.reason is is_headline:
            headline = i
    return first, headline


# A teaser: "摘要：…" or a line cut off with "..", repeating the body.
_TEASER: Final = re.compile(
    r"^(?:(?:摘要|導讀|导读|導語|导语|簡介|简介|概要|summary)\s*[:：]\s*)?(?P<body>.+?)(?:\.{2,}|…+)?$", re.IGNORECASE
)
_MIN_TEASER: Final = 20
# A junk block at the tail ends at a line this long that reads as prose.
PROSE: Final = 40
# A word this short next to junk is junk (a button, a label), unless
# body text is on both sides of it (or it signs the body: sign_off_names).
_LONE_WORD: Final = LONE_WORD


# A label and its value: 处理器：英特尔酷睿 Ultra 7, 重量：1.39kg, 优点：…
LABEL_VALUE: Final = re.compile(r"^[^\s:：，。【\[［(（]{1,8}[:：]\s*\S")
CELL_GAP: Final = re.compile(rf"{WIDE_GAP.pattern}|\s*[|｜]\s*")


def row_cells(text: str) -> list[str]:
    """A row's cells, apart by wide gaps or bars (二等奖　138注　178,216元)."""
    return [c for c in CELL_GAP.split(text) if c]


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
        text = line.text
        if line.reason is not None or line.short:
            continue
        # A teaser's label, or a line cut off with .. or … (tested at the ends: a
        # regex search for the end would try every position; the label only
        # after its first character).
        if not (text.endswith(_CUT) or (text[:1] in _LABEL_FIRST and _TEASER_LABEL.match(text) is not None)):
            continue
        body = body if body is not None else "".join(line.text for line in lines)
        m = _TEASER.match(line.text)
        if m and len(core := m.group("body")) >= _MIN_TEASER and body.count(core) >= 2:
            line.reason = Reason.TEASER


_CUT: Final = ("..", "…")


_TEASER_LABEL: Final = re.compile(r"(?:摘要|導讀|导读|導語|导语|簡介|简介|概要|summary)\s*[:：]", re.IGNORECASE)
# (every character a label can start with, in any case: ſ is an s to IGNORECASE)
_LABEL_FIRST: Final = frozenset("摘導导簡简概sSſ")


def is_prose_start(line: Line) -> bool:
    """The body has begun: a long line that reads as a sentence."""
    if (known := line.prose_start) is None:
        known = line.prose_start = not line.short and _reads_as_prose(line.text)
    return known


def _reads_as_prose(text: str) -> bool:
    if not text.endswith(PROSE_ENDS) and _CLAUSE_MARK.search(text) is None:
        return False
    # (a breadcrumb of Markdown links is the path to the page however long its headline makes it)
    return not is_headline_shaped(text) and not (text[0] == "[" and LINK_CRUMB.match(text) is not None)


def in_prose(lines: list[Line], i: int, j: int) -> bool:
    """Kept paragraphs of prose above line i and from line j on."""
    above = any(line.kept and is_prose_start(line) for line in lines[:i])
    return above and any(line.kept and is_prose_start(line) for line in lines[j:])


# A row led by a Markdown link and a breadcrumb's separator: [论坛](…) › …
LINK_CRUMB: Final = re.compile(r"^\[[^\]]{1,16}\]\([^)\s]*\)\s*(?:>{1,2}|›|»|＞|/)\s*\S")


PROSE_ENDS: Final = tuple("。！？!?")
_CLAUSE_MARK: Final = re.compile(r"[，,；;]")


def is_prose(line: Line) -> bool:
    return not line.bad and len(line.text) >= PROSE and line.text.endswith(SENTENCE_END)


LIST_ITEM: Final = re.compile(r"^(?:[-*+•·]\s|\d{1,2}[.、)]\s?|[(（]\d{1,2}[)）]|《)")


# An advertisement's label alone on its line: - 廣告 -, 【广告】, [AD], （推广）
# or bare, perhaps with its word in the site's other language: 廣告 Advertisement
# (framed, the ad word may follow a word or two: —— 本期赞助 ——, 【分类广告】)
_AD_WORD: Final = r"(?:广告|推广|赞助|ad|ads|sponsored|advertisement)"
_AD_LABEL: Final = re.compile(
    rf"^(?:(?P<framed>(?:[【\[(（]|[—–-]{{1,2}})\s*(?:[\u3400-\u9fff]{{1,2}}(?:广告|赞助)|{_AD_WORD})\s*"
    rf"(?:[】\])）]|[—–-]{{1,2}}))|{_AD_WORD}(?:\s+{_AD_WORD})?)$",
    re.IGNORECASE,
)


def mark_after_ad_label(lines: list[Line]) -> None:
    """The line right under an advertisement's label is the advertisement
    (a business, its trade and its phone), unless it reads as a sentence.
    Under a bare label (an ad slot the saved page left empty), a heading of
    the next section follows as often: there the line must carry the ad's
    figures (a phone, a price, a rate), or junk stand over the label too
    (the slot among the page's boxes after the story). A sentence is the ad too when two
    lines of junk stand under it (the slot between the story's end and its
    related links; one junk line, an inline link, may stand amid the body)."""
    for i in range(1, len(lines)):
        prev, line = lines[i - 1], lines[i]
        if (
            prev.reason in _AD_SLOTS
            and prev.folded is not None
            and line.kept
            and len(line.text) < PROSE * 2
            and (m := _AD_LABEL.match(prev.folded))
            and (m.group("framed") or _AD_FIGURE.search(line.text) or (i > 1 and lines[i - 2].bad))
            and (not line.text.endswith(SENTENCE_END) or _junk_under(lines, i + 1) or _offer(line, m))
        ):
            line.reason = Reason.PROMOTION


def _offer(line: Line, label: re.Match[str]) -> bool:
    """A sentence under a framed label that sells (第二杯半价，优惠至…): the sponsor's offer."""
    from reader.core.masthead import PROMO  # (here: a rare line; masthead imports this module)

    return label.group("framed") is not None and PROMO.search(line.folded or line.text) is not None


_AD_SLOTS: Final = (Reason.PROMOTION, Reason.WIDGET)  # (bound once: Reason.X is a slow lookup)


def _junk_under(lines: list[Line], i: int) -> bool:
    """Lines ``i`` and ``i + 1`` are junk."""
    return i + 1 < len(lines) and lines[i].bad and lines[i + 1].bad


_AD_FIGURE: Final = re.compile(r"\d{3,}|\d%")


# A line set wholly in emphasis: *陪診義工陪同長者覆診。*
_EMPHASIZED: Final = re.compile(r"^(\*{1,2}|_{1,2})[^*_]{2,60}\1$")


# A Markdown picture's line, a linked one too.
_PICTURE: Final = ("![", "[![")


def mark_image_captions(lines: list[Line]) -> None:
    """A line right under a picture is its caption when set wholly in
    emphasis, or short with nothing kept before the next heading or picture.
    A picture line that sets its caption after it in emphasis (![](…) *图：…*)
    is the caption's line whole."""
    for line in lines:
        if line.text.startswith(_PICTURE) and line.kept and _EMPHASIZED.match(line.text.rpartition(")")[2].strip()):
            line.reason = Reason.CAPTION
    for i, (prev, line) in enumerate(itertools.pairwise(lines), 1):
        if not (prev.text.startswith(_PICTURE) and line.kept):
            continue
        # (a picture line with its caption after it, ![](…) *图：…*, has one: the plain line under it is the story's)
        plain = len(line.text) <= _PLAIN_CAPTION and not prev.text.rpartition(")")[2].strip()
        if _EMPHASIZED.match(line.text) or (plain and _section_ends(lines, i + 1)):
            # (emphasis sets a caption apart; so does a short line between the picture and a heading,
            # another picture or the page's end: 上主日浸禮後全體合照，恭喜三位弟兄姊妹歸入主名。 / ## 本週金句)
            line.reason = Reason.CAPTION


# A plain caption is this short at most: a longer line under a picture is the story going on.
_PLAIN_CAPTION: Final = 30


def _section_ends(lines: list[Line], i: int) -> bool:
    """Whether nothing kept stands between line ``i`` and the next heading or picture, or the end."""
    for line in lines[i:]:
        if line.text.startswith(("#", *_PICTURE)):
            return True
        if line.kept:
            return False
    return True


def mark_markup_captions(lines: list[Line], captions: frozenset[str]) -> None:
    """A short kept line the page's markup sets as a picture's caption goes
    (``captions``: Hints.captions, the text keeping no picture line)."""
    for line in lines:
        if line.kept and len(line.text) < PROSE and " ".join(line.text.split()) in captions:
            line.reason = Reason.CAPTION


def has_button(line: Line) -> bool:
    """A row of controls with a button's word among its values (字體大小：A- A A+　列印), or of letters only."""
    words = (line.folded or "").split() if line.reason is Reason.CONTROLS else []
    return any(w in SHARE_WORDS for w in words) or (len(words) > 2 and all(len(w) == 1 for w in words[1:]))


def body_around(lines: list[Line], i: int) -> bool:
    sides = []
    for step in (-1, 1):
        j = i + step
        # (a kept paragraph that opens with a label, Tips：早点去！…, is body)
        while 0 <= j < len(lines) and (
            lines[j].meta
            or (LABEL_VALUE.match(lines[j].text) and (lines[j].bad or lines[j].short))
            or (lines[j].short and not lines[j].bad)
        ):
            j += step
        sides.append(0 <= j < len(lines) and lines[j].kept and not lines[j].short)
    return all(sides)


_NUMBERED: Final = re.compile(r"^(\d{1,2})[.、)]\s?\S")


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


def resolve_short(lines: list[Line]) -> bool:
    """A short line whose nearest judged neighbours on both sides are junk
    is junk too; the ends of the text count as junk. Metadata lines are
    transparent. True if it found any."""
    # (the lines context judges: short, kept, no item of a numbered list;
    # every other line but metadata is judged already. Most lines are not.)
    open_ = [i for i, line in enumerate(lines) if line.short and line.reason is None and not line.meta]
    if any(lines[i].text[:1].isdigit() for i in open_):  # (only such a line can be an item)
        listed = _numbered_runs(lines)
        open_ = [i for i in open_ if i not in listed]
    if not open_:
        return False
    # Each one's nearest judged line above and below (only metadata and
    # other open lines between: those share the neighbour), before any changes.
    above: list[bool] = []
    prev, prev_bad = -1, True
    for i in open_:
        j = i - 1
        while j > prev and lines[j].meta:
            j -= 1
        prev, prev_bad = i, prev_bad if j == prev else lines[j].bad
        above.append(prev_bad)
    below: list[bool] = []
    nxt, nxt_bad = len(lines), True
    for i in reversed(open_):
        j = i + 1
        while j < nxt and lines[j].meta:
            j += 1
        nxt, nxt_bad = i, nxt_bad if j == nxt else lines[j].bad
        below.append(nxt_bad)
    below.reverse()
    found = False
    for i, before_bad, after_bad in zip(open_, above, below, strict=True):
        line = lines[i]
        lone = (before_bad or after_bad) and len(line.text) <= _LONE_WORD
        # (（完） under a paragraph ends the body, as a name under it signs it)
        lone = lone and (before_bad or not (line.folded == "(完)" or signed_name(lines, i)))
        # (a word and its colon right over a paragraph opens it: a letter's 阿媽：, a lead-in's 摘要：)
        lone = lone and not (not after_bad and line.text[-1] in "：:" and _opens_prose(lines, i))
        # (a word under a kept paragraph over the field row it names, 開幕 over 開幕禮：…, heads that field)
        lone = lone and not (not before_bad and i + 1 < len(lines) and heads_own_field(line.text, lines[i + 1].text))
        if lone or (before_bad and after_bad):  # (a name under the last paragraph, over its title, signs it)
            line.reason = Reason.BETWEEN_BOILERPLATE
            found = True
    return found


def _opens_prose(lines: list[Line], i: int) -> bool:
    return i + 1 < len(lines) and lines[i + 1].kept and is_prose_start(lines[i + 1])


def last_kept(lines: list[Line], k: int | None = None) -> int:
    """The last kept line at or above ``k`` (the page's last line by
    default), walking up past the page's junk and metadata; -1 if none."""
    k = len(lines) - 1 if k is None else k
    # (the fields read directly: Line.kept is a property, a call a line)
    while k >= 0 and ((x := lines[k]).reason is not None or x.meta is not None):
        k -= 1
    return k


def adjacent_runs(indices: list[int]) -> list[tuple[int, int]]:
    """The runs of adjacent line numbers in ``indices`` (sorted): each as
    ``(i, j)``, the run being lines ``i`` to ``j - 1``."""
    return [
        (run[0][1], run[-1][1] + 1)
        for _, pairs in itertools.groupby(enumerate(indices), lambda pair: pair[1] - pair[0])
        if (run := list(pairs))
    ]


__all__ = [
    "CELL_GAP",
    "HEAD_LINES",
    "LABEL_VALUE",
    "LINK_CRUMB",
    "LIST_ITEM",
    "PROSE",
    "PROSE_ENDS",
    "Line",
    "adjacent_runs",
    "body_around",
    "has_button",
    "is_prose",
    "is_prose_start",
    "last_kept",
    "mark_after_ad_label",
    "mark_image_captions",
    "mark_markup_captions",
    "mark_repeats",
    "mark_teasers",
    "resolve_short",
    "row_cells",
]
