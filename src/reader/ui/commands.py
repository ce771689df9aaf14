"""The command palette: open an article, find a person, and every key.

The keys' entries are made from the live bindings (:func:`binding_commands`),
so a key and its palette entry can never disagree. Titles and names are data:
they are shown as plain ``Content`` (never markup), in the current script
view, and matched script-blind through ``fold``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.app import App, SystemCommand
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from reader.core.plural import plural

if TYPE_CHECKING:
    from textual.binding import Binding
    from textual.dom import DOMNode

    from reader.ui.screens.main import MainScreen

# Actions the palette leaves out: Textual's palette has its own Quit, and
# copying a selection is for the keyboard.
_NOT_IN_PALETTE = frozenset({"quit", "screen.copy_text"})


def binding_commands(app: App[Any], node: DOMNode) -> Iterator[SystemCommand]:
    """A palette entry for each action ``node``'s class binds to a key: its
    description, what it does (the tooltip, where there is one) and its keys."""
    from reader.ui.screens.help import SIDEWAYS, bindings_of

    actions: dict[str, list[Binding]] = {}
    for binding in bindings_of(type(node)):
        if binding.description and not binding.system and binding.action not in SIDEWAYS | _NOT_IN_PALETTE:
            actions.setdefault(binding.action, []).append(binding)
    for action, bindings in actions.items():
        first = bindings[0]
        keys = " or ".join(app.get_key_display(b) for b in bindings)
        yield SystemCommand(
            first.description, f"{first.tooltip or first.description} ({keys})", partial(app.run_action, action, node)
        )


def _highlighted(provider: Provider, query: str, shown: str) -> tuple[float, Content]:
    """Fuzzy score of ``shown`` against ``query``, script- and case-blind,
    and ``shown`` as plain content with the matched characters marked."""
    from reader.core.folding import fold

    matcher = provider.matcher(fold(query))
    score, offsets = matcher.fuzzy_search.match(matcher.query, fold(shown))
    content = Content(shown)
    for offset in offsets if score else ():
        content = content.stylize(matcher.match_style, offset, offset + 1)
    return score, content


class _ReaderProvider(Provider):
    """A provider of :class:`~reader.ui.screens.main.MainScreen` (its
    ``COMMANDS``): the screen the palette was opened on is the main screen."""

    @property
    def main(self) -> MainScreen:
        return self.screen  # type: ignore[return-value]

    def _entries(self) -> list[tuple[str, str, Callable[[], None]]]:
        """(text shown, help, command) for everything this provider offers."""
        raise NotImplementedError

    async def discover(self) -> Hits:
        for shown, help_text, command in self._entries()[:20]:
            yield DiscoveryHit(Content(shown), command, text=shown, help=help_text)

    def _also(self) -> list[tuple[str, ...]]:
        """Other names each entry is found by (same order as ``_entries``)."""
        return []

    async def search(self, query: str) -> Hits:
        entries = self._entries()
        also = self._also() or [()] * len(entries)
        for (shown, help_text, command), names in zip(entries, also, strict=True):
            score, content = _highlighted(self, query, shown)
            for name in names:
                # Found by another name: show it after the title, marked.
                other, marked = _highlighted(self, query, name)
                if other > score:
                    score, content = other, Content(shown + "  ").append(marked.stylize("dim"))
            if score > 0:
                yield Hit(score, content, command, text=shown, help=help_text)


class ArticleCommands(_ReaderProvider):
    """Open any article by (part of) its title, its id or its file name."""

    def _also(self) -> list[tuple[str, ...]]:
        return [(article.id, article.path.name) for article in self.main.host.library.articles]

    def _entries(self) -> list[tuple[str, str, Callable[[], None]]]:
        from reader.core.conversion import title_in
        from reader.ui.text import one_line

        main = self.main
        view = main.view
        return [
            (
                one_line(title_in(article, view)) or article.id,
                f"Open article {article.id}",
                partial(main.open_article, article),
            )
            for article in main.host.library.articles
        ]


class PeopleCommands(_ReaderProvider):
    """Find a person: list their articles and highlight them."""

    def _entries(self) -> list[tuple[str, str, Callable[[], None]]]:
        from reader.core.conversion import name_in
        from reader.ui.text import one_line

        main = self.main
        index = main.host.library.people_index
        if index is None:
            return []
        view = main.view
        entries: list[tuple[str, str, Callable[[], None]]] = []
        for entry in index.people():
            person = entry.person
            names = [person.name, *(a for a in person.aliases if a != person.name)]
            shown = " / ".join(dict.fromkeys(one_line(name_in(n, view, names)) for n in names))
            count = len(entry.articles)
            entries.append((shown, f"Person: in {plural(count, 'article')}", partial(main.show_person, person.key)))
        return entries
