"""An e-mail saved as a page: its header lines first (寄件者：某店 <news@…> /
收件者：… / 日期：… / 主旨：…). The sender's display name before its address
is who sent the letter, the page's source, as a site's name is a page's; the
recipient's row names whom it is sent to, never who wrote it; the header rows
are the mail's, not its body. Only the text's first lines are
asked, and only when the first carries an address."""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from reader.core.junk_rules import Reason
from reader.core.line_passes import Line
from reader.core.meta_records import MetaLine

_HEADERS: Final = 6  # (a mail's header rows: sender, recipient, copy, date, subject; a few)
# (the labels in bold or plain, either script: **寄件者：** 何記餅家 <news@…>, 发件人：拾叶书房 <letter@…>, From: …)
_LABEL: Final = r"^\**\s*(?:{})\s*[:：]\s*\**\s*"
_SENDER: Final = (
    _LABEL.format("寄件者|寄件人|发件人|發件人|from") + r"(?P<name>[^\s<>@*][^<>@*]{1,30}?)\s*<[^<>@\s]+@[^<>\s]+>\s*$"
)
_SUBJECT: Final = _LABEL.format("主旨|主题|主題|subject") + r"\S"
# (the addressee's row, and its copies: 收件者：全體會員, To: …, 副本：…)
_RECIPIENT: Final = _LABEL.format("收件者|收件人|收信人|to|cc|bcc|副本|抄送|密件副本|密送") + r"\S"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    # (compiled when a text first opens with an address: a compile costs every start the same as many cleans)
    return (
        re.compile(_SENDER, re.IGNORECASE),
        re.compile(_SUBJECT, re.IGNORECASE),
        re.compile(_RECIPIENT, re.IGNORECASE),
    )


def mark_mail_headers(lines: list[Line]) -> None:
    """The sender's row among the text's first lines gives the source; it and
    the subject's row under it leave the body; the recipient's row under it
    leaves too, and names no one of the page (the addressee read as a
    credit's name would be taken for the writer: 收件者：全體會員)."""
    if not lines or "@" not in (first := lines[0].text) or "<" not in first:
        return
    sender_row, subject_row, recipient_row = _patterns()
    sender = None
    for line in lines[:_HEADERS]:
        if sender is None and (m := sender_row.match(line.text)):
            sender = line
            if line.meta is None:
                line.meta = MetaLine("source", source=m.group("name").strip())
        elif sender is not None and line.reason is None and line.meta is None and subject_row.match(line.text):
            line.reason = Reason.METADATA
        elif sender is not None and recipient_row.match(line.text):
            line.meta, line.reason = None, Reason.METADATA


__all__ = ["mark_mail_headers"]
