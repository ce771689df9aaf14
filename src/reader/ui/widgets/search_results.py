"""The search screen's widgets: the query box, the results list, and each
result drawn as its title, id and count over its snippets, in a script view
with the hits marked (the engine's offsets moved along with the conversion)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.visual import Visual
from textual.widgets import Input

from reader.core.conversion import view_for
from reader.core.markdown_view import is_markdown, shown_excerpt
from reader.core.offsets import convert_mapped
from reader.core.plural import plural
from reader.core.views import View
from reader.ui.text import Beside, Indented, Stacked, printable
from reader.ui.widgets.reader_list import ReaderList

if TYPE_CHECKING:
    from reader.core.search import SearchResult, Snippet

SNIPPETS_SHOWN = 2
SNIPPET_INDENT = 4
ELLIPSIS = "…"


def _marked(text: str, marks: Iterable[tuple[int, int]], view: View, style: str = "") -> Text:
    """``text`` in ``view`` with the spans ``marks`` (offsets into ``text``)
    moved along with the conversion and shown in reverse."""
    conversion = convert_mapped(text, view)
    shown = Text(printable(conversion.text).replace("\n", " "), style=style)
    for start, end in marks:
        a, b = conversion.map.span(start, end)
        shown.stylize("reverse bold", a, b)
    return shown


def snippet_text(snippet: Snippet, view: View, markdown: bool = False) -> Text:
    """A snippet in ``view`` with its marks moved along with the conversion,
    and an ellipsis where text was left out; a Markdown article's without
    its markup, as the reading view shows the text."""
    excerpt, marks = shown_excerpt(snippet.text, snippet.marks) if markdown else (snippet.text, snippet.marks)
    text = _marked(excerpt, marks, view)
    if not snippet.at_start:
        text = Text(ELLIPSIS) + text
    if not snippet.at_end:
        text.append(ELLIPSIS)
    return text


def hit_label(text_count: int, title_count: int) -> str:
    """The hits a reader can step through in the text, and whether the
    title has one too (shown above the text, not stepped through)."""
    if not text_count:
        return "only in the title" if title_count else plural(0, "hit")
    return plural(text_count, "hit") + (" · in the title too" if title_count else "")


def result_prompt(result: SearchResult, view: View) -> Stacked:
    """The title with its hits marked, id and count (beside it when they fit,
    else whole on the line under it), then each snippet on its own lines,
    indented so a wrapped snippet never looks like a result."""
    view = view_for(view, result.article.script)  # as written when in the view's script
    if result.title.strip():
        head = _marked(result.title, [(h.start, h.end) for h in result.title_hits], view, "bold")
    else:
        head = Text(result.id, style="bold")
    meta = Text(f"{result.id} · {hit_label(result.text_count, result.title_count)}", style="dim")
    parts: list[Visual] = [Beside(head, meta)]
    markdown = is_markdown(result.article.path)
    for snippet in result.snippets[:SNIPPETS_SHOWN]:
        parts.append(Indented(snippet_text(snippet, view, markdown), SNIPPET_INDENT))
    return Stacked(parts)


class SearchBox(Input):
    """The query box. Enter is declared here so that the help lists it."""

    BINDINGS = [Binding("enter", "submit", "Open the highlighted result (the first one as you type)", show=False)]

    async def _on_key(self, event: events.Key) -> None:
        # Textual runs a widget's bindings when the key has bubbled up to the
        # app, after the keys typed next were already inserted: ctrl+u then
        # quick typing deleted the new text. The box's own keys act at once.
        for key in event.aliases:
            for binding in self._bindings.key_to_bindings.get(key, ()):
                if not binding.priority and await self.app.run_action(binding.action, self):
                    event.stop()
                    event.prevent_default()
                    return
        await super()._on_key(event)


class SearchResults(ReaderList):
    """The results; it asks its screen for more rather than reaching for it."""

    class AtTop(Message):
        """Up was pressed on the first result."""

    class WantAll(Message):
        """End was pressed: every result should be rendered."""

    def action_cursor_up(self) -> None:
        if not self.highlighted:
            self.post_message(self.AtTop())
            return
        super().action_cursor_up()

    def action_last(self) -> None:
        self.post_message(self.WantAll())
