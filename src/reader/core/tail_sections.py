"""The page's own Markdown sections after the article's last line, judged by
shape and place, not by their heading's words: a heading (### …) whose
section, to the page's end or to the next such section, is a list of other
posts' headlines (- 營地街市旁的秤店 一桿秤用了六十年), or readers' short posts, a
name, a colon and their words (阿樂：下次去澳門一定要訂一把。). The author's
own last sections list things (材料, 步骤: words, sentences, fields), or run on
into prose; a transcript's speakers take turns, one name again and again."""

from __future__ import annotations

from typing import Final

from reader.core.comment_posts import POSTER
from reader.core.headline import is_headline_shaped
from reader.core.junk_rules import Reason
from reader.core.label_pairs import first_colon
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import Line, is_prose_start, last_kept

_REACH: Final = 12  # (a section's lines over the page's end, at most: a few headlines, a few posts)
_HEAD: Final = 12  # (a section's heading, in characters after its marks: a few words)
_ITEM_MIN, _ITEM_MAX = 12, 40  # (another post's headline: longer than a thing and its amount, shorter than a paragraph)
_ITEM_LEAST: Final = 8  # (one beside a longer may be shorter, 楼下咖啡店换了新老板: a thing's name is shorter still)
_BULLETS: Final = ("- ", "* ", "+ ")
_CLAUSES: Final = "，,；;、"
_LABEL: Final = 5  # (a field's label: 更换地点, 咨询电话)
_POST: Final = 60  # (a reader's post under the article: a line or two)
_RELATED: Final = Reason.RELATED


def mark_tail_sections(lines: list[Line]) -> None:
    """Sections of the page after the body (see the module's note) go,
    the last first, as long as the one above is such a section."""
    end = last_kept(lines) + 1
    while end > 0:
        k = end - 1
        # (a character's test first: most lines, and most pages' last lines, are no Markdown heading)
        while k >= max(0, end - _REACH) and not (
            lines[k].text[:2] == "##" and lines[k].kept and _heading(lines[k].text)
        ):
            k -= 1
        if k < 0 or k < end - _REACH:
            return
        section = [x for x in lines[k + 1 : end] if x.kept]
        if not section or not (_headlines(section) or _posts(section)):
            return
        if not any(x.kept and is_prose_start(x) for x in lines[:k]):  # (after the body only)
            return
        for x in lines[k:end]:
            x.reason = x.reason or _RELATED
        end = last_kept(lines, k - 1) + 1


def _heading(text: str) -> bool:
    """A Markdown heading of a section (## or deeper), a few words, no sentence."""
    if text[:2] != "##":
        return False
    words = text.lstrip("#")
    return words[:1] == " " and 0 < len(words.strip()) <= _HEAD and not words.endswith(SENTENCE_END)


def _headlines(section: list[Line]) -> bool:
    """Two or more bulleted items, each shaped like a headline: no sentence,
    a clause at most, longer than a thing's name, the longest as long as a
    headline; a book's title leads none, and not all are fields (a label, a
    colon, its value)."""
    if len(section) < 2:
        return False
    if all(_field(x.text[2:]) for x in section):
        return False  # (the notice's own fields under its heading: - 更换地点：… / - 咨询电话：…)
    for x in section:
        if x.text[:2] not in _BULLETS:
            return False
        item = x.text[2:].strip()
        if not _ITEM_LEAST <= len(item) <= _ITEM_MAX or item[:1] == "《" or item.endswith(SENTENCE_END):
            return False
        if sum(item.count(c) for c in _CLAUSES) > 1 or not is_headline_shaped(item):
            return False
    return any(len(x.text[2:].strip()) >= _ITEM_MIN for x in section)


def _field(item: str) -> bool:
    """A field's row: a label of a few characters and its colon first."""
    return 0 < first_colon(item) <= _LABEL


def _posts(section: list[Line]) -> bool:
    """Readers' posts, each a name (two characters or more), a colon, their
    words, each name once: a transcript's speakers (問：… 答：…) come again."""
    names = set()
    for x in section:
        text = x.text
        if len(text) > _POST or POSTER.match(text) is None:
            return False
        name = text[: first_colon(text)]  # (POSTER holds one)
        if len(name) < 2 or name in names:
            return False
        names.add(name)
    return True


__all__ = ["mark_tail_sections"]
