"""A field of an item's box gone for a word in its value.

A listing's or an entry's box of facts (品牌型號：… / 新舊程度：… /
交收地點：… / 付款方式：…) is one label and its value a row. A row may go
alone for a word a widget uses (付款, 庫存), but under two
or more kept rows of the same shape it is the box's next field: a site's
widget is not written into the article's own box.
"""

from __future__ import annotations

from reader.core.junk_rules import Reason
from reader.core.line_features import is_tag_row
from reader.core.line_passes import LABEL_VALUE, Line
from reader.core.table_rows import LABEL_MARK

_TAKEN = Reason.WIDGET  # (an advert's call, 点击查看 >, is no field's value)
_FIELDS = 2  # (the box's kept rows above it)
_ROW = 40  # (a field is no longer)


def _field(line: Line) -> bool:
    text = line.text
    if line.meta is not None or len(text) > _ROW or (m := LABEL_VALUE.match(text)) is None:
        return False
    return (
        len(LABEL_MARK.findall(text)) == 1
        # (one value: a row with buttons after a wide gap, 數量：1　加入購物車, is a shop's form)
        and "\u3000" not in text
        and "  " not in text
        # (nor a row of keywords, 標籤：老店 手藝 人物專題: the page's tags under the box)
        and not (" " in text and is_tag_row(text[m.end() - 1 :]))
    )


def rescue_box_fields(lines: list[Line]) -> None:
    """A one-label row gone as a widget's right under two or more kept
    one-label rows comes back as the box's next field."""
    for i, line in enumerate(lines):
        if line.reason is not _TAKEN or i < _FIELDS or not _field(line):
            continue
        if all(lines[k].kept and _field(lines[k]) for k in range(i - _FIELDS, i)):
            line.restore()
