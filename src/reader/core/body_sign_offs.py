"""A notice signed off by the body that issues it: its name alone on a line
right under the notice's last sentence, then the date alone (南京鼓楼区清凉苑
物业服务中心 / 2029.11.08), then only the page's junk. The notice is that
body's and dated so, whoever posted it (a forum's 楼主：物业小秘书 relays it):
the body is the source, the date the notice's, and the poster no author
(``settled_names``; a site's own notice, signed by the site's company, keeps
the name the site goes by)."""

from __future__ import annotations

from typing import Final

from reader.core.date_lines import DATE_IN_LINE, format_date
from reader.core.han import HAN_RUN
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import Line
from reader.core.outlet_names import OUTLET_END
from reader.core.person_values import fold_text

_NAME: Final = (6, 24)  # (a body's full name: longer than a person's or a desk's, shorter than a sentence)
_DATE: Final = 12  # (a date alone: 2029.11.08, 2029年11月8日)


def body_sign_off(lines: list[Line]) -> tuple[str, str] | None:
    """(the body, the date) signing off the notice (see the module's note), or None."""
    end = len(lines)
    while end > 0 and not lines[end - 1].kept:
        end -= 1  # (the page's junk under it; the date line gone as a counter or read as a date line)
    # (the body's name the last kept line, the date right under it)
    if end < 2 or end >= len(lines) or not lines[end - 1].kept:
        return None
    name, dated = lines[end - 1].text.strip(), lines[end].text.strip()
    if not (_NAME[0] <= len(name) <= _NAME[1] and len(dated) <= _DATE and dated[:1].isdigit()):
        return None
    if HAN_RUN.fullmatch(name) is None or OUTLET_END.search(fold_text(name)) is None:
        return None
    if not (lines[end - 2].kept and lines[end - 2].text.endswith(SENTENCE_END)):
        return None  # (under the notice's last sentence)
    d = DATE_IN_LINE.fullmatch(dated)
    return (name, when) if d is not None and (when := format_date(d)) else None


__all__ = ["body_sign_off"]
