"""The page's tail once its prose is judged: the site's notices in sentence
form (``tail_notices.mark_tail_statement``) are asked of the last kept lines
again, now that the comments and the statements under them have gone (a
bracketed appeal over a comment thread: only the thread stood under it);
then the last paragraph, where the site speaks in it to its readers
(``tail_address``); then the shop's banners left among the junk
(``tail_banners``); last the few lines under
the site's long notice at the page's end (``tail_after_notice``), and the
site's notices in sentence form once more over them."""

from __future__ import annotations

from reader.core.closing_teasers import mark_twin_link
from reader.core.line_passes import Line
from reader.core.site_statements import mark_site_statements
from reader.core.tail_address import mark_tail_address
from reader.core.tail_after_notice import mark_after_site_notice
from reader.core.tail_banners import mark_tail_banners, mark_tail_callouts
from reader.core.tail_notices import mark_tail_statement
from reader.core.tail_prose import mark_tail_prose


def mark_tail_after_prose(lines: list[Line], title: str | None = None) -> None:
    """``mark_tail_prose``, then the tail's statements again where it marked
    some, or where the last line was another post's headline, a near twin of
    the title (``closing_teasers.mark_twin_link``); and the site's terms,
    ``site_statements``, which the comments under them kept from the page's
    edge: 本网…仅协助转载… over a comment thread;
    then the site's word to its readers under the article, and the banners
    under it, and the Markdown callouts over the junk."""
    marked = mark_tail_prose(lines)
    # (and another post's headline, a near twin of the title, as the last line: the lines over it are the tail's)
    if mark_twin_link(lines, title) or marked:
        mark_tail_statement(lines)
        mark_site_statements(lines, title)
    mark_tail_address(lines)
    mark_tail_banners(lines)
    mark_tail_callouts(lines)
    if mark_after_site_notice(lines):
        # (the lines under the site's notice gone, a notice over it is the last kept line: asked again)
        mark_tail_statement(lines)


__all__ = ["mark_tail_after_prose"]
