"""The pages and layouts of the article on screen, kept while it stays
there: switching scripts back and forth, or a width and back, converts
and wraps once (a 1 MB article takes ~0.1 s to convert and ~0.05 s to wrap).

Bound: one article's pages (at most one per script view) and its last few
layouts; a new article starts afresh. A huge article keeps nothing but what
is on screen: its other pages and layouts would hold hundreds of MB (a
14 M-character article wraps into ~740,000 lines).
"""

from __future__ import annotations

from collections import OrderedDict

from reader.core.model import Article
from reader.core.page import PageLayout, PageText
from reader.core.views import View

# Layouts kept: the script views at a width, and a width or two more
# (a resize drag builds one at each width it passes).
LAYOUTS = 6
# An article longer than this keeps nothing (the 1 MB bench article: 424,000).
KEPT_CHARS = 2_000_000


class PageCache:
    def __init__(self) -> None:
        self._article: Article | None = None
        self._pages: dict[View, PageText] = {}
        self._layouts: OrderedDict[tuple[View, int], PageLayout] = OrderedDict()

    def _for(self, article: Article) -> None:
        if article is not self._article:
            self._article = article
            self._pages.clear()
            self._layouts.clear()

    def page(self, article: Article, view: View) -> PageText | None:
        """``article``'s page in ``view``, if it was made."""
        self._for(article)
        return self._pages.get(view)

    def keep(self, page: PageText) -> None:
        """Keep a page made by ``PageText.of(article, view)`` (as the file
        shows it: no stand-in) of the article on screen."""
        if page.article is self._article and page.article.chars <= KEPT_CHARS:
            self._pages[page.view] = page

    def layout(self, page: PageText, column: int) -> PageLayout:
        """``page`` wrapped at ``column``: kept, or wrapped now."""
        self._for(page.article)
        key = (page.view, column)
        layout = self._layouts.get(key)
        if layout is not None and layout.page is page:
            self._layouts.move_to_end(key)
            return layout
        layout = PageLayout(page, column)
        if page.article.chars > KEPT_CHARS:
            self._layouts.clear()  # (only the one on screen, which the view holds)
            return layout
        self._layouts[key] = layout
        while len(self._layouts) > LAYOUTS:
            self._layouts.popitem(last=False)
        return layout


__all__ = ["KEPT_CHARS", "LAYOUTS", "PageCache"]
