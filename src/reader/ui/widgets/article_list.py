"""The article list on the left: titles in the current view, a filter bar."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static
from textual.widgets.option_list import Option, OptionDoesNotExist

from reader.core.details import detail_parts
from reader.core.model import Article
from reader.core.script import View, convert
from reader.ui.text import Fitted, one_line
from reader.ui.widgets.reader_list import ReaderList


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    """Only the articles in ``ids``; ``label`` says why, for the filter bar."""

    label: str
    ids: frozenset[str]


def article_prompt(article: Article, view: View, current: bool) -> Text:
    marker = "▶ " if current else "  "
    title = one_line(convert(article.title, view)) or article.id
    prompt = Text(marker, style="bold" if current else "")
    prompt.append(title, style="bold" if current else "")
    details = [one_line(part) for part in detail_parts(article, view, author=False, size=False)]
    prompt.append("\n  " + (" · ".join(details) or article.id), style="dim")
    return prompt


class ArticleList(ReaderList):
    """One option per article; the option id is the article id.

    Building a row costs a conversion and a Text, and a list of 2,000 takes
    half a second to rebuild, so :meth:`show` touches only what changed:
    rows appended while the corpus loads, or the two rows whose marker moves
    when another article opens.
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: list[Article] = []
        self._view: View | None = None
        self._current: str | None = None

    def show(self, articles: Sequence[Article], view: View, current: str | None, empty: str = "") -> None:
        """Show these rows, keeping the cursor on the same article;
        ``empty`` is what an empty list says instead."""
        keep = self.highlighted_option.id if self.highlighted_option else current
        if not articles:
            self._shown = []
            self.set_options([Option(Text(empty, style="italic"), disabled=True)] if empty else [])
            return
        shown = self._shown
        if view is self._view and shown and len(articles) >= len(shown) and _same(articles, shown):
            if current != self._current:
                self._mark(self._current, current, view)
            self.add_options(Option(Fitted(article_prompt(a, view, a.id == current)), id=a.id) for a in articles[len(shown) :])
        else:
            self.set_options(Option(Fitted(article_prompt(a, view, a.id == current)), id=a.id) for a in articles)
        self._shown, self._view, self._current = list(articles), view, current
        target = keep if keep is not None and self._index(keep) is not None else current
        index = self._index(target) if target is not None else None
        if index is not None and index != self.highlighted:
            self.highlighted = index

    def _mark(self, old: str | None, new: str | None, view: View) -> None:
        for article in self._shown:
            if article.id in (old, new):
                self.replace_option_prompt(article.id, Fitted(article_prompt(article, view, article.id == new)))

    def _index(self, article_id: str) -> int | None:
        try:
            return self.get_option_index(article_id)
        except OptionDoesNotExist:
            return None


def _same(articles: Sequence[Article], shown: list[Article]) -> bool:
    """Whether ``articles`` starts with exactly the rows already shown."""
    return all(a is b for a, b in zip(articles, shown))


class ArticlePane(Vertical):
    """The list with, above it, the filter that narrows it (when there is one)."""

    def compose(self) -> ComposeResult:
        yield Static(id="filter-bar", markup=False)
        yield ArticleList(id="article-list")

    def show_filter(self, article_filter: ArticleFilter | None, view: View) -> None:
        bar = self.query_one("#filter-bar", Static)
        bar.display = article_filter is not None
        if article_filter is not None:
            label = one_line(convert(article_filter.label, view))
            bar.update(Text.assemble(("Filter: ", "bold"), label, ("  (x clears)", "dim")))
