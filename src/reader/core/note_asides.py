"""A private note's asides to its writer, in a text a notes app exported.

A note that says it was exported from an app (its last or first line, 由「備忘錄」
匯出 · …, 导出自印象笔记) is someone's draft: a speech, a letter. Between its
lines the writer leaves reminders no reader of the draft is meant to hear,
each in a shape a draft's own sentence never takes:

- a line led by a warning sign (⚠️ 開頭唔好講…, ❗ …): a note to self;
- a line struck through whole (~~家姐由細到大都好惡~~　←太直接，改): words the
  writer took out;
- a question in brackets on a line of its own (（問阿欣：…要唔要講全名？）): one
  to ask someone before the day;
- an arrow and a few words after a line (…。→ 再諗): a note on the line; an
  arrow leading a line of its own (→ 問阿芬要不要…): an errand the line sets;
- a pointer to another note, its title in brackets (另見：〈…筆記（去年11月）〉):
  the app's link between notes, not the note's words;
- the note's count of its words (字數：約 420 字｜朗讀時間：…): the app's or the
  writer's measure of it, not its text.

Only a note so exported is read: on a web page the same signs may be the
article's own (a guide's ⚠️ warning, a price struck through).
"""

from __future__ import annotations

from typing import Final

from reader.core.junk_rules import Reason
from reader.core.line_passes import Line

# An export's words, the one source (settled_names reads the same stamp as a source and an author):
# 由「備忘錄」匯出, 导出自印象笔记.
EXPORT_FROM: Final = ("从", "從", "由")
EXPORT_VERBS: Final = ("导出", "導出", "汇出", "匯出")
EXPORTED_FROM: Final = tuple(f"{verb}自" for verb in EXPORT_VERBS)
_STAMP_LEAD: Final = "—-–=· \u3000"
_STAMP_HEAD: Final = 16  # (the app's name in brackets and the verb sit this close to the stamp's start)
_SIGNS: Final = ("⚠", "❗", "‼", "❕")
_STRUCK: Final = "~~"
_ARROWS: Final = ("→", "←", "⟵", "⟶")
_ARROW_NOTE: Final = 8  # (the few words after an arrow)
_COUNTS: Final = ("字數", "字数")
_SEE: Final = ("另见", "另見", "参见", "參見", "参看", "參看", "见：", "見：")
_TITLE_ENDS: Final = "〉》>"


def export_stamp(text: str) -> bool:
    """``text`` is a notes app's export stamp: 由「備忘錄」匯出 · 2029年10月3日, 导出自印象笔记."""
    t = text.lstrip(_STAMP_LEAD)
    if t.startswith(EXPORTED_FROM):
        return True
    return t.startswith(EXPORT_FROM) and any(verb in t[:_STAMP_HEAD] for verb in EXPORT_VERBS)


def _aside(text: str) -> bool:
    if text.startswith(_SIGNS) or text.startswith(_COUNTS) or text.startswith(_ARROWS):
        return True
    if text.startswith(_SEE) and text[-1] in _TITLE_ENDS:
        return True
    if text.startswith(_STRUCK) and _STRUCK in text[2:]:
        return True
    if len(text) > 2 and text[0] in "（(" and text[-1] in "）)" and text[-2] in "？?":
        return True
    tail = text[-(_ARROW_NOTE + 2) :]
    return any(arrow in tail for arrow in _ARROWS)


def mark_note_asides(lines: list[Line]) -> None:
    """In a note a notes app exported, the writer's asides between its lines go (``lines``: not empty)."""
    if not (export_stamp(lines[-1].text) or export_stamp(lines[0].text)):
        return
    for line in lines:
        if line.kept and line.text and _aside(line.text):
            line.reason = Reason.NOTE_TO_SELF
