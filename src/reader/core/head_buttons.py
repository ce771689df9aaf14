"""A row of buttons between the headline and the body: short action words set
apart by wide spaces (讚好　追蹤, Subscribe　Share, 关注问题　写回答　邀请回答),
never a headline, and under it no row of the page's own. Amid the body the same
shape is a table's head (日期　時間　地點) or a list's row (孫　何家俊　何家欣):
only the head's rows with no row set apart the same way under them go. So
does a periodical's name and its section's label in two languages there
(山城生活誌　人物 PEOPLE): the masthead's, under a feature's headline."""

from __future__ import annotations

from typing import Final

from reader.core.headline import BILINGUAL_LABEL
from reader.core.junk_rules import Reason
from reader.core.line_passes import Line

_CONTROL_WORD: Final = 4  # (a button's Han word: 讚好, 追蹤, 写回答, 邀请回答)
_LATIN_WORD: Final = 10  # (or its Latin one: Subscribe, Share)


def is_control_row(text: str) -> bool:
    """Short words set apart by wide spaces, a row of buttons: 讚好　追蹤, Subscribe　Share."""
    parts = text.split("\u3000")
    return len(parts) > 1 and all(
        p.isalpha() and (len(p) <= _CONTROL_WORD or (p.isascii() and len(p) <= _LATIN_WORD)) for p in parts
    )


def mark_buttons_under(lines: list[Line], top: int, head_end: int) -> None:
    """Rows of buttons between the headline (line ``top``) and the body (line ``head_end``) go; so
    does a button to follow the outlet a byline there names (追蹤中台灣日報 under 中台灣日報　2029-05-12),
    and a periodical's name with its section's bilingual label (山城生活誌　人物 PEOPLE)."""
    end = min(head_end, len(lines))
    outlets = {x.meta.source for x in lines[top + 1 : end] if x.meta is not None and x.meta.source}
    for k in range(top + 1, end):
        line = lines[k]
        if outlets and line.kept and any(_calls_to_follow(line.text, name) for name in outlets):
            line.reason = Reason.WIDGET
            continue
        text = line.text
        gap = text.rfind("\u3000")
        if line.kept and gap > 0 and len(text) <= _LABEL_ROW and BILINGUAL_LABEL.match(text[gap + 1 :]):
            line.reason = Reason.NAVIGATION  # (the periodical's name and its section's: 山城生活誌　人物 PEOPLE)
            continue
        # (three words or more, or Latin ones: two Han words may name the piece, 盐井　往事)
        if line.kept and (text.count("\u3000") > 1 or text.replace("\u3000", "").isascii()) and is_control_row(text):
            after = next((x for x in lines[k + 1 :] if x.kept), None)
            if after is None or "\u3000" not in after.text:  # (a table's head over its rows: 坡名　长度)
                line.reason = Reason.WIDGET


_LABEL_ROW: Final = 24  # (a name and a section's label, no more)
_VERB: Final = 4  # (a button's verb before the outlet's name: 追蹤, 关注, Follow)


def _calls_to_follow(text: str, outlet: str) -> bool:
    """``text`` is a verb of a few letters and ``outlet``'s name, nothing else: 追蹤中台灣日報."""
    return text.endswith(outlet) and 0 < len(verb := text[: -len(outlet)].strip()) <= _VERB and verb.isalpha()


__all__ = ["is_control_row", "mark_buttons_under"]
