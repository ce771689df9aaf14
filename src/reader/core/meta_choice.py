"""Which source, author, date and credits an article gets, from every
candidate its page offers: the metadata lines (a 来源 field, a reporter's
outlet, a name beside a date), the page's markup (og:site_name, the
``<title>``'s suffix, the author meta) and the site's own name where the
page starts (its masthead) and ends (its © line).

The candidates are weighed the way the headline is chosen: a field that
names the source (来源：…) and the markup win; a name beside a date is
weak, since a community page writes its poster's nickname there (阿澄去旅行
2025-11-03 发布). When the masthead and the © line (or the markup) agree on
the site's name and the name beside the date is another one, not shaped
like an outlet, it is the poster's: the author, and a credit.
"""

from __future__ import annotations

import re

from reader.core.account_lines import OUTLET_END
from reader.core.credit_lines import line_credits
from reader.core.line_passes import Line
from reader.core.masthead import footer_site, masthead
from reader.core.meta_records import Hints, MetaLine
from reader.core.metadata import merge
from reader.core.person_values import fold_text, han_name_shaped, person_value

Credits = tuple[tuple[str, str], ...]

_LATIN = re.compile(r"[A-Za-z]")
# What a line that gives a credit has (a cheap test before the credit patterns).
_MAY_CREDIT = re.compile(r"摄|[:：/／|｜]")


def same_site(a: str | None, b: str | None) -> bool:
    """Two names of one site: one holds the other (置業地產網 and
    置業地產網 PropertyPulse Media Limited), compared folded."""
    if not a or not b:
        return False
    fa, fb = fold_text(a).lower(), fold_text(b).lower()
    return len(min(fa, fb, key=len)) >= 2 and (fa in fb or fb in fa)


def _agreed_site(hints: Hints, head: str | None, foot: str | None) -> str | None:
    """The site's name when two of the page's own places name it alike."""
    named = [n for n in (hints.source, head, foot) if n]
    for k, a in enumerate(named):
        if any(same_site(a, b) for b in named[k + 1 :]):
            return a
    return None


def _poster(outlet: str) -> str | None:
    """The name beside a date as a poster's nickname, if it has that shape:
    Han or a handle, no spaces, not an outlet's ending."""
    if " " in outlet or OUTLET_END.search(fold_text(outlet)) or not 2 <= len(outlet) <= 16:
        return None
    return person_value(outlet)


def settle(
    metas: list[MetaLine], hints: Hints, lines: list[Line]
) -> tuple[str | None, str | None, str | None, Credits]:
    """(source, author, date, credits) from the metadata lines ``metas``,
    the markup (``hints``) and the page's ``lines`` (the site's name at its
    head and foot, the credits its other lines give)."""
    source, author, date = merge(metas)
    credits: Credits = tuple(c for m in metas for c in m.credits)
    # (a caption's photographer, a credit line of roles the tables do not
    # know: no metadata line, but their names are credits; long lines are prose)
    credits += tuple(
        c
        for line in lines
        if line.meta is None and line.folded is not None and _MAY_CREDIT.search(line.folded)
        for c in line_credits(line.text, line.folded)
    )
    head, foot = masthead(lines), footer_site(lines)
    site = _agreed_site(hints, head, foot)
    fielded = next((m.source for m in metas if m.source and m.kind != "date"), None)
    if site and source and not fielded and not same_site(source, site) and not author:
        # (only a name beside a date names a source, and the site is another:
        # it is the poster's nickname)
        poster = _poster(source)
        if poster:
            author, source = poster, None
            credits = (*credits, ("作者", poster))
    source = source or hints.source or head or foot
    author = hints.author or author
    if author and not any(name == author for _, name in credits):
        # (the byline the markup states is a credit like any other)
        names = author.split()
        if (len(names) > 1 and not all(han_name_shaped(n) for n in names)) or _LATIN.search(author):
            names = [author]
        credits = (*credits, *(("作者", n) for n in names if not any(n == c for _, c in credits)))
    return hints.source or source, author, date or hints.date, credits


__all__ = ["same_site", "settle"]
