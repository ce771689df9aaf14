"""The article list on the left: titles in the current view, a filter bar."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static
from textual.widgets.option_list import Option

from reader.core.model import Article
from reader.core.script import View, convert
from reader.ui.text import one_line
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
    details = [one_line(part) for part in (article.source, article.date) if part]
    if article.script.label:
        details.append(article.script.label)
    prompt.append("\n  " + (" · ".join(details) or article.id), style="dim")
    return prompt


class ArticleList(ReaderList):
    """One option per article; the option id is the article id."""

    def show(self, articles: Sequence[Article], view: View, current: str | None, empty: str = "") -> None:
        """Rebuild the rows, keeping the cursor on the same article;
        ``empty`` is what an empty list says instead."""
        keep = self.highlighted_option.id if self.highlighted_option else current
        if not articles:
            self.set_options([Option(Text(empty, style="italic"), disabled=True)] if empty else [])
            return
        self.set_options(Option(article_prompt(a, view, a.id == current), id=a.id) for a in articles)
        ids = [a.id for a in articles]
        target = keep if keep in ids else current
        if target in ids:
            self.highlighted = ids.index(target)


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
