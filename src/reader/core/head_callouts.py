"""A site's one-line callout between the byline and the body: a bracketed
label, a short label and a colon or a note's mark (＊, ※), one sentence, right under the date
line and over a longer first paragraph (【本會溫馨提示】…, 限时优惠：…).
``reader.core.page_title`` runs it once the headline is chosen.
"""

from __future__ import annotations

from typing import Final

from reader.core.junk_rules import Reason
from reader.core.line_passes import Line

# A callout is one short line: a longer one is the story's lead.
_CALLOUT_LINE: Final = 40
# A label before a colon this long: 限时优惠：, 溫馨提示： (a speaker's
# name, 甲小姐：, opening an interview's turn is shorter)
_LABEL: Final = 6
_MIN_LABEL: Final = 4
_COLONS: Final = ("：", ":")
_SENTENCE_MARKS: Final = ("。", "！", "？", "!", "?")
_NOT_LABEL: Final = "，。、；！？ 　,.;!?"
_NOTE_MARKS, _NOT_NOTE = "＊*※", " 　*＊"


def note_marked(text: str) -> bool:
    """A note's mark leads ``text`` (＊本文並非廣告，…; not a bullet, * 項目, or bold)."""
    return text[:1] in _NOTE_MARKS and text[1:2] not in _NOT_NOTE


def labelled(text: str) -> bool:
    if note_marked(text):
        return True  # (a note's mark leads it as a label does)
    if text.startswith("【"):
        close = text.find("】", 2, _LABEL + 4)
        return close > 1 and close < len(text) - 1
    head = text[: _LABEL + 1]
    colon = head.find("：")
    if colon < 0:
        colon = head.find(":")
    # (something said after it: a salutation, 各位家長：, ends at its colon)
    return colon >= _MIN_LABEL and colon < len(text) - 1 and not any(c in _NOT_LABEL for c in text[:colon])


def _one_sentence(text: str) -> bool:
    # (one sentence, ended, and none before its end: a callout says one thing;
    # a section's head, 之一：致某某, ends no sentence)
    return text.endswith(_SENTENCE_MARKS) and not any(c in text[:-1] for c in _SENTENCE_MARKS)


def _callout(text: str) -> bool:
    return len(text) <= _CALLOUT_LINE and labelled(text) and _one_sentence(text)


def mark_callout_under(lines: list[Line], top: int, head_end: int) -> None:
    """The first prose line, when only metadata or junk sits between it and
    the headline and the line right above it is the date line, is a labelled
    one-sentence line shorter than the paragraph under it: the site's note
    (its hours, its offer), not the article's first paragraph."""
    # (the first line kept under the headline: the first prose line, or a line
    # too short to open the body right over it; its text asked first, cheap)
    n = len(lines)
    c = head_end
    if top + 1 < head_end <= n and (prev := lines[head_end - 1]).reason is None and prev.meta is None:
        c = head_end - 1
    if not top + 1 < c < n - 1 or not _callout(lines[c].text):
        return
    line, above, below = lines[c], lines[c - 1], lines[c + 1]
    if not line.kept or (above.meta is None and above.reason is not Reason.METADATA):
        return
    if above.meta is not None and above.meta.kind == "editor":
        return  # (a post's edit stamp, 本帖最后由 … 编辑: the post's own first line under it)
    # (a paragraph, not one more short line: a writer's opening lines come one short line after another)
    if not (below.kept and len(below.text) > max(len(line.text), _CALLOUT_LINE) and not labelled(below.text)):
        return
    if any(x.kept for x in lines[top + 1 : c]):
        return
    line.reason = Reason.PROMOTION


__all__ = ["labelled", "mark_callout_under", "note_marked"]
