"""An article's details line (source, author, date, script, size): one source
for the article list and the reading pane, so both say the same thing.

The source, author and date are data and are shown in the script view like
the title; the script's label (简体, 繁體) is the name of the script the file
is written in and is never converted, so it reads the same in every view.
"""

from __future__ import annotations

from reader.core.conversion import convert
from reader.core.model import Article
from reader.core.views import View


def detail_parts(article: Article, view: View, *, author: bool = True, size: bool = True) -> list[str]:
    """The non-empty details of ``article``, in order, for ``view``."""
    fields = [article.source, article.author if author else None, article.date]
    parts = [" ".join(convert(f, view).split()) for f in fields if f and f.strip()]
    if article.script.label:
        parts.append(article.script.label)
    if size:
        parts.append(f"{article.chars:,} chars")
    return parts


__all__ = ["detail_parts"]
