"""Lines led by an icon that are the page's notes, not the article's: a camera's
(📷 …（图 @…）, 📷 更多相片：…) is its pictures' caption or album link, wherever it
stands; a warning's that past its icon states the site's word on the page itself
(⚠ 本文涉及关键情节…慎入) is that statement. An icon-led line of the article's own
(⚠ 安卓用户请前往应用商店更新…) is neither. ``page_marks`` asks it of the lines led
by one of these icons."""

from __future__ import annotations

from typing import Final

from reader.core.junk_rules import Reason
from reader.core.site_statements import is_site_statement

NOTE_ICONS: Final = frozenset("📷📸⚠")
_CAMERAS: Final = frozenset("📷📸")


def icon_note(text: str) -> Reason | None:
    """Why ``text``, led by one of ``NOTE_ICONS``, is the page's note (see the module's note), or None."""
    if text[:1] in _CAMERAS:
        return Reason.CAPTION
    return Reason.DISCLAIMER if is_site_statement(text[1:].lstrip(" \ufe0f")) else None


__all__ = ["NOTE_ICONS", "icon_note"]
