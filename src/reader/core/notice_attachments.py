"""A notice's attachment line in its own place: under the notice's last
paragraph and over its sign-off (the issuing body's name, then the date),
as an official notice sets out what it attaches (附件：….pdf). A file's
line elsewhere (under a contact row, in a download box) is the page's link.
"""

from __future__ import annotations

from typing import Final

from reader.core.date_lines import DATE_IN_LINE
from reader.core.junk_rules import Reason
from reader.core.line_passes import PROSE_ENDS, Line

_SIGNER: Final = 20  # (an issuing body's name is no longer)
_MARKS: Final = frozenset("，。：；！？,.:;!?")


def rescue_notice_attachments(lines: list[Line]) -> None:
    """An attachment line right under a kept paragraph of prose and right
    over a short line and a line that is only a date comes back."""
    for i, line in enumerate(lines):
        if line.reason is not Reason.ATTACHMENT or line.meta or not 0 < i < len(lines) - 2:
            continue  # (most lines; an attachment needs a paragraph over it and a sign-off under it)
        above, signer, dated = lines[i - 1], lines[i + 1], lines[i + 2].text.strip()
        if (
            above.kept
            and not above.short
            and above.text.endswith(PROSE_ENDS)
            and len(signer.text) <= _SIGNER
            and _MARKS.isdisjoint(signer.text)
            and (m := DATE_IN_LINE.match(dated)) is not None
            and m.end() == len(dated)
        ):
            line.restore()


__all__ = ["rescue_notice_attachments"]
