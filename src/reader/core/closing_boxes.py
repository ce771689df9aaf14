"""The story's closing boxes: label：value rows under a short heading of their own
right after its last paragraph (餐廳資料 / 地址：…; 評分 / 味道：4/5), and a review's
score on a scale under it (總評：7.5／10). Each row alone looks like a counter or a
contact line. ``reader.core.row_rescues`` runs these among its label-run rescues.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.junk_rules import SHAPE_ONLY, Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import Line
from reader.core.row_runs import story_line, value_names

# A box's rows at the article's end: 地址：… / 电话：… / 味道：4/5
_END_ROW: Final = re.compile(r"^[^\s:：，。【\[［(（]{1,8}[:：]\s*\S")
_END_ROW_LEN: Final = 40
_END_HEAD: Final = 10
_END_ROWS: Final = 3
_END_SHAPES: Final = frozenset({Reason.BETWEEN_BOILERPLATE, Reason.COUNTER, Reason.CONTROLS, Reason.CONTACT})
# A score out of a scale: 4/5, 3.5 / 5, 7.5／10
_SCORE: Final = re.compile(r"[:：]\s*(\d{1,2}(?:\.\d)?)\s*[/／]\s*(\d{1,3})$")
_SCALES: Final = ("5", "10", "100")


def rescue_end_boxes(lines: list[Line], labelled: list[int]) -> None:
    """Boxes of label：value rows, each under a short heading of its own,
    right after the story's last paragraph (餐廳資料 / 地址：… / 電話：…;
    評分 / 味道：4/5 / 環境：3.5/5) are the article's closing facts about
    its subject: when two of a box's values or more name what the story
    names (a place, a dish), or when all its rows are scores on one scale.
    A site's widget after the story names nothing the story names."""
    n = len(lines)
    after = 0  # (the lines of a box weighed already)
    kept_box = -1  # (the last row of the box kept just before)
    for k in labelled:
        i = k - 1
        if i < after or i < 1 or k + _END_ROWS > n:
            continue
        head = lines[i]
        if (
            len(head.text) > _END_HEAD
            or head.meta
            or head.own_rule
            or head.reason not in (None, Reason.BETWEEN_BOILERPLATE)
            or ":" in head.text
            or "：" in head.text
            or head.text.endswith(SENTENCE_END)
            # (right under the story's paragraph, or under a box kept just above, or under the
            # story's own short rows: 收費 / 單次入場 HK$158 / … over 評分 / 設施：3/5)
            or not (i - 1 == kept_box or story_line(lines[i - 1]) or _under_rows(lines, i))
        ):
            continue
        j = k
        while j < n and _end_row(lines[j]):
            j += 1
        after = j
        rows = lines[k:j]
        if len(rows) < _END_ROWS:
            continue
        scores = {m.group(2) if (m := _SCORE.search(row.text)) else None for row in rows}
        if not (len(scores) == 1 and None not in scores):
            story = "".join(line.text for line in lines[:i] if line.kept and not line.short)
            if sum(value_names(row.text, story) for row in rows) < 2:
                continue
        for line in (head, *rows):
            line.restore()
        kept_box = j - 1


def verdict(lines: list[Line], i: int) -> bool:
    """Line ``i`` is a score on a scale right under the story's last
    paragraph, or under the story's box of facts right under it
    (:func:`_under_box`): it closes a review (總評：7.5／10), the body's."""
    text = lines[i].text
    if (
        not i
        or ("/" not in text and "／" not in text)
        or (m := _SCORE.search(text)) is None
        or m.group(2) not in _SCALES
    ):
        return False
    return float(m.group(1)) <= int(m.group(2)) and (story_line(lines[i - 1]) or _under_box(lines, i))


def _under_box(lines: list[Line], i: int) -> bool:
    """Line ``i`` closes a few short rows right under the story's paragraph, some
    of them kept and the rest gone for their shape alone (店名 / 順益冰菓室 /
    價格 / 每支15元): the story's box of facts, that the score ends."""
    j, kept = i - 1, False
    while j >= 0 and i - j <= _ROWS_ABOVE and not story_line(line := lines[j]):
        if line.meta or len(line.text) > _END_ROW_LEN or not (line.kept or line.reason in SHAPE_ONLY):
            return False
        kept = kept or line.kept
        j -= 1
    return kept and j >= 0 and story_line(lines[j])


def restore_verdict_note(lines: list[Line], i: int) -> None:
    """A note in brackets right under a review's score (line ``i``) that went
    for its neighbours alone is its sign-off (（宥辰，寫於台中）): the body's too."""
    note = lines[i + 1] if i + 1 < len(lines) else None
    if note is None or note.reason is not Reason.BETWEEN_BOILERPLATE or note.own_rule:
        return
    if note.text[:1] in "（(" and note.text[-1:] in "）)":
        note.restore()


_ROWS_ABOVE: Final = 8


def _under_rows(lines: list[Line], i: int) -> bool:
    """Line ``i`` sits under a few short rows, kept or their heading gone for its
    neighbours alone, that sit right under the story's paragraph: the story's own
    section (a price list) over the box."""
    j = i - 1
    while j >= 0 and i - j <= _ROWS_ABOVE and (line := lines[j]).short and not line.meta:
        if not (line.kept or (line.reason is Reason.BETWEEN_BOILERPLATE and not line.own_rule)):
            return False
        j -= 1
    return j < i - 1 and j >= 0 and story_line(lines[j]) and lines[i - 1].kept


def _end_row(line: Line) -> bool:
    return (
        len(line.text) <= _END_ROW_LEN
        and not line.meta
        and (line.reason is None or line.reason in _END_SHAPES)
        and _END_ROW.match(line.text) is not None
    )


__all__ = ["rescue_end_boxes", "restore_verdict_note", "verdict"]
