"""The site's appeal set in a frame amid the article: a line led by a short label
in brackets (【捐書熱線】…) whose words ask the reader to give, join or subscribe
(歡迎致電本會捐贈). It is the site's box, as a callout led by an icon is
(``site_statements.mark_icon_appeals``), wherever it stands; a framed line of
the article's own labels a fact (【注意】…, 【時間】…) and asks for nothing of
the kind. An article that is itself the appeal (its title asks for the same)
keeps it."""

from __future__ import annotations

from typing import Final

from reader.core.junk_rules import Reason
from reader.core.line_passes import Line
from reader.core.site_calls import site_word
from reader.core.site_statements import ASKS_FOR, is_appeal

_LABEL: Final = 8  # (the frame's label: a few characters)


def mark_framed_appeals(lines: list[Line], title: str | None, site: str | None = None) -> None:
    """A framed appeal (see the module's note) goes as the site's promotion."""
    if title and ASKS_FOR.search(title):
        return  # (the article is the appeal: 本會呼籲捐贈圖書)
    own = site_word(site)
    for line in lines:
        text = line.text
        if text[:1] != "【" or not line.kept or (close := text.find("】", 0, _LABEL + 2)) < 2:
            continue
        if is_appeal(text[close + 1 :], own):
            line.reason = Reason.PROMOTION


__all__ = ["mark_framed_appeals"]
