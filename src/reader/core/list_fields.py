"""A Markdown list of fields (## 本期信息 / - **时间**：2026年11月22日 14:00 /
- **地点**：… / - **领读**：…): each item is a labelled field of the
article's own facts. Its date item reads as a date line, yet sits in the
list among its siblings: it is the list's row, not the page's metadata.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.line_passes import Line

# A list item whose label is bold: - **时间**：…
FIELD_ITEM: Final = re.compile(r"^[-*+]\s+\*\*[^*]{1,10}\*\*\s*[:：]\s*\S")


def keep_list_fields(lines: list[Line]) -> None:
    """A field item read as metadata, next to a kept field item of the
    same list, stays in the text."""
    for k, line in enumerate(lines):
        if line.meta is None or not FIELD_ITEM.match(line.text):
            continue
        near = [lines[j] for j in (k - 1, k + 1) if 0 <= j < len(lines)]
        if any(other.kept and FIELD_ITEM.match(other.text) for other in near):
            line.meta, line.reason, line.own_rule, line.weak = None, None, False, False
