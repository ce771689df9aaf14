"""A field of an item's box gone for a word in its value, and a credit row
that is one of a box's fields.

A listing's or an entry's box of facts (品牌型號：… / 新舊程度：… /
交收地點：… / 付款方式：…) is one label and its value a row. A row may go
alone for a word a widget uses (付款, 庫存), but under two
or more kept rows of the same shape it is the box's next field: a site's
widget is not written into the article's own box.
"""

from __future__ import annotations

import itertools
import operator
from typing import Final

from reader.core.junk_rules import Reason
from reader.core.line_features import is_tag_row
from reader.core.line_passes import LABEL_VALUE, Line
from reader.core.table_rows import FIELD_ROW, LABEL_MARK

# (gone for a word in its value: a widget's, an advert's (扫码), a contact's (聯絡：…); an advert's
# call, 点击查看 >, is no field's value)
TAKEN: Final = frozenset({Reason.WIDGET, Reason.PROMOTION, Reason.CONTACT})
_FIELDS: Final = 2  # (the box's kept rows above it)
_LABEL: Final = 4
_REASON: Final = operator.attrgetter("reason")


def _field(line: Line) -> bool:
    text = line.text
    if line.meta is not None or len(text) > FIELD_ROW or (m := LABEL_VALUE.match(text)) is None:
        return False
    return (
        len(LABEL_MARK.findall(text)) == 1
        # (one value: a row with buttons after a wide gap, 數量：1　加入購物車, is a shop's form)
        and "\u3000" not in text
        and "  " not in text
        # (nor a row of keywords, 標籤：老店 手藝 人物專題: the page's tags under the box)
        and not (" " in text and is_tag_row(text[m.end() - 1 :]))
    )


def rescue_box_fields(lines: list[Line]) -> bool:
    """A one-label row gone for a word (a widget's, an advert's, a contact's) right under two or more kept
    one-label rows comes back as the box's next field. Whether some row came back."""
    back = False
    # (the rows so gone found in C: most lines are kept or gone for other reasons)
    for i in itertools.compress(range(len(lines)), map(TAKEN.__contains__, map(_REASON, lines))):
        if i < _FIELDS or not (lines[i - 1].kept and _field(line := lines[i])):
            continue
        # (gone for an advert's or a contact's words, a field's label is a word or two: 借书：, 聯絡：;
        # a speaker's, 养蜂人老秦说：“…”——点击查看 >, is an advert's line)
        if line.reason is not Reason.WIDGET and LABEL_MARK.search(line.text, 0, _LABEL + 1) is None:
            continue
        if all(lines[k].kept and _field(lines[k]) for k in range(i - _FIELDS, i)):
            line.restore()
            back = True
    return back


# (a date or source row over the box dates and names the page)
_PERSON_ROWS: Final = frozenset({"byline", "editor", "credit"})


def _field_row(line: Line | None) -> bool:
    return line is not None and line.kept and _field_text(line.text)


def _field_text(text: str) -> bool:
    """A short label：value row, in a Markdown quote too (> 出版：南灣文化: a book's box quoted)."""
    if text.startswith("> "):
        text = text[2:]
    return len(text) <= FIELD_ROW and LABEL_VALUE.match(text) is not None


def keep_box_credits(lines: list[Line]) -> None:
    """A credit row in a box of label：value rows that stay (劇團：… /
    導演：鄧卓謙 / 演出日期：…, the facts of the show a review is about)
    is one of the box's fields, not the article's byline: it stays with
    its siblings, kept on both sides of it or two in a row on one. Two
    credit rows in a row (歌手：… / 發行：… over 年份：… / 編號：…): the one
    beside a credit row found a field is asked again."""
    todo = [
        k
        for k, line in enumerate(lines)
        if line.meta is not None and line.meta.kind in _PERSON_ROWS and line.reason is None and _field_text(line.text)
    ]
    while todo:
        freed = {k for k in todo if _box_credit(lines, k)}
        # (one more round for a credit row right beside one freed: 歌手 over 發行;
        # a credit over another field, 采访/整理 over 书名 over 作者, stays the article's)
        todo = [k for k in todo if k not in freed and (k - 1 in freed or k + 1 in freed)]


def _box_credit(lines: list[Line], k: int) -> bool:
    """Credit row ``k`` is a field of its box: it is one from now on."""
    own, over = lines[k].meta, lines[k - 1].meta if k else None
    if own is not None and own.kind == "byline" and over is not None and over.kind == "date":
        return False  # (a writer's byline right under the page's date line: the article's, the box under it)
    if own is not None and own.kind == "byline" and own.date:
        return False  # (a writer with the time posted, 发布者：…｜2028-01-14 21:05: the page's byline over the box)
    above = _field_row(lines[k - 1]) if k else False
    below = _field_row(lines[k + 1]) if k + 1 < len(lines) else False
    if (
        (above and below)
        or (above and k > 1 and _field_row(lines[k - 2]))
        or (below and k + 2 < len(lines) and _field_row(lines[k + 2]))
    ):
        lines[k].meta = None
        return True
    return False
