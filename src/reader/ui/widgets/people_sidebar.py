"""The people sidebar on the right: the current article's people.

Most mentioned first, each with the count and the other names the article
uses for them. Selecting one asks the screen to highlight every mention
(under every alias); the line below the list says how many other articles
mention the highlighted person.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.visual import Visual
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.core.conversion import name_in, view_for
from reader.core.plural import plural
from reader.core.views import View
from reader.ui.text import Beside, Joined, Stacked, one_line
from reader.ui.widgets.reader_list import ReaderList

if TYPE_CHECKING:
    # Only named: the people module (and jieba) load in the loader's thread.
    from reader.core.people import ArticlePerson, Person
    from reader.core.script import Script


def person_prompt(person: Person, detail: str, view: View, name: str | None = None) -> Stacked:
    """A person's name (``name``, the corpus-wide one, when given) in bold,
    ``detail`` dim beside it (under it when the sidebar is too narrow), and
    their other aliases on the lines below, indented, all in the script
    view. Nothing is cut inside a name."""
    name = name or person.name
    shown = one_line(name_in(name, view, person.aliases))
    head = Text(shown, style="bold")
    parts: list[Visual] = [Beside(head, Text(detail, style="dim"))]
    others = [a for a in dict.fromkeys(one_line(name_in(a, view)) for a in person.aliases if a != name) if a != shown]
    if others:
        parts.append(Joined(others, 2, style="dim"))
    return Stacked(parts)


def shown_name(person: Person, corpus_name: str | None, written_in: View | None) -> str:
    """The name the sidebar shows: the corpus's one name for the person.
    When the article's text is shown as written in a converted view
    (``written_in``, that view), nothing converts the names after this, so
    the corpus's name is put in that view here: as one of this article's
    own forms where it is one in another script (郭台铭 -> 郭台銘, not the
    phrase conversion's 郭臺銘), else converted (a name found in another
    script's article would stand in the wrong script)."""
    if corpus_name is None:
        return person.name
    if written_in is not None and corpus_name != person.name and corpus_name not in person.aliases:
        return name_in(corpus_name, written_in, (person.name, *person.aliases))
    return corpus_name


class PeopleList(ReaderList):
    """One option per person; the option index is the person's rank."""


class PeopleSidebar(Vertical):
    # Each line of the detail fits the narrowest sidebar's 25 cells (28, less
    # the border and padding; tests/test_sidebar_hints.py).
    DEFAULT_CSS = """
    #people-list {
        height: 1fr;
        border: none;
        background: $background;
    }

    PeopleSidebar {
        width: 28;
        border-left: vkey $border-blurred;
    }

    PeopleSidebar:focus-within {
        border-left: vkey $border;
    }

    #people-title {
        height: 1;
        padding: 0 1;
        text-style: bold;
        background: $panel;
    }

    #person-detail {
        height: auto;
        max-height: 6;
        padding: 0 1;
        border-top: hkey $border-blurred;
    }
    """

    class PersonChosen(Message):
        """The user picked a person: highlight their mentions."""

        def __init__(self, entry: ArticlePerson) -> None:
            super().__init__()
            self.entry = entry

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._people: list[ArticlePerson] = []
        self._elsewhere: Callable[[str], int] | None = None
        self._corpus_names: Callable[[str], str | None] | None = None
        self._view = View.ORIGINAL
        # The converted view the article is shown as written in (its text is
        # already in the view's script: see view_for), or None.
        self._written_in: View | None = None
        # Prompts made for the people list last shown (see _prompt).
        self._prompts_for: Sequence[ArticlePerson] | None = None
        self._prompts: dict[tuple[str, str, int, View], Stacked] = {}
        # The message shown instead of people, if one is.
        self._message: str | None = None

    def compose(self) -> ComposeResult:
        yield Static("People", id="people-title", markup=False)
        yield PeopleList(id="people-list")
        yield Static(id="person-detail", markup=False)

    @property
    def people(self) -> list[ArticlePerson]:
        return self._people

    @property
    def highlighted(self) -> ArticlePerson | None:
        index = self.query_one(PeopleList).highlighted
        return self._people[index] if index is not None and index < len(self._people) else None

    def show_message(self, message: str) -> None:
        """No people to list, and why (still loading, or no article)."""
        if self._message == message:
            return  # (each update would lay out the screen again while loading)
        self._people = []
        self._message = message
        people_list = self.query_one(PeopleList)
        if people_list.option_count:
            people_list.clear_options()
        # The title is one line high whatever it says: no layout for it.
        self.query_one("#people-title", Static).update("People", layout=False)
        self.query_one("#person-detail", Static).update(Text(message, style="italic"))

    def show(
        self,
        people: Sequence[ArticlePerson],
        view: View,
        elsewhere: Callable[[str], int] | None,
        names: Callable[[str], str | None] | None = None,
        script: Script | None = None,
    ) -> None:
        """``elsewhere(key)`` counts the other articles that mention a person,
        or is None while the corpus-wide index is still being built;
        ``names(key)`` is the name the corpus gives them (one name per person
        everywhere), when known. The names are converted as the article's
        text is (``script``, its script): not at all when it is already in
        the view's script, whose phrase conversion would rewrite a name's
        shared characters (鳳林里 -> 鳳林裡)."""
        keep = self.highlighted.person.key if self.highlighted else None
        self._message = None
        shown = view_for(view, script)
        self._written_in = view if shown is not view else None
        self._people, self._elsewhere, self._corpus_names, self._view = list(people), elsewhere, names, shown
        view = shown
        if people is not self._prompts_for:  # (another article's, or its people anew)
            self._prompts_for, self._prompts = people, {}
        people_list = self.query_one(PeopleList)
        people_list.set_options(Option(self._prompt(p, view)) for p in self._people)
        keys = [p.person.key for p in self._people]
        if keys:
            # The cursor starts on the most mentioned, so Enter and f work at once.
            people_list.highlighted = keys.index(keep) if keep in keys else 0
        title = Text.assemble("People ", (f"({len(self._people)})", "dim"))
        self.query_one("#people-title", Static).update(title, layout=False)
        if not self._people:
            self.query_one("#person-detail", Static).update(Text("No people found.", style="italic"))
        else:
            self._show_detail()

    def _prompt(self, entry: ArticlePerson, view: View) -> Stacked:
        """The entry's prompt in ``view``, made once while its article's
        people stay (a script switch back and forth remakes none)."""
        name = self._shown_name(entry.person)
        key = (entry.person.key, name, entry.count, view)
        prompt = self._prompts.get(key)
        if prompt is None:
            prompt = self._prompts[key] = person_prompt(entry.person, f"×{entry.count}", view, name)
        return prompt

    def _shown_name(self, person: Person) -> str:
        corpus_name = self._corpus_names(person.key) if self._corpus_names else None
        return shown_name(person, corpus_name, self._written_in)

    @staticmethod
    def _tagger_note() -> str | None:
        """Why names come from the rules alone, if they do (said once, here)."""
        import sys

        tagger = sys.modules.get("reader.core.people.tagger")
        return tagger.unavailable() if tagger is not None else None

    def select_key(self, key: str) -> ArticlePerson | None:
        """Move the cursor to the person with this key, if they are here."""
        for index, entry in enumerate(self._people):
            if entry.person.key == key:
                self.query_one(PeopleList).highlighted = index
                return entry
        return None

    def _show_detail(self) -> None:
        entry = self.highlighted
        detail = self.query_one("#person-detail", Static)
        if entry is None:
            detail.update(Text("Enter highlights a person", style="dim"))
            return
        text = Text(one_line(name_in(self._shown_name(entry.person), self._view, entry.person.aliases)), style="bold")
        if entry.credits and not entry.mentions:
            text.append("\nNamed in the byline", style="italic")
        if self._elsewhere is None:
            text.append("\nElsewhere: counting…", style="italic")
        else:
            others = self._elsewhere(entry.person.key)
            if others:
                text.append(f"\nIn {plural(others, 'other article')}")
                text.append("\nf: only their articles", style="dim")
            else:
                text.append("\nIn no other article")
        text.append("\n⏎ highlight · n/N step", style="dim")
        note = self._tagger_note()
        if note:
            text.append(f"\n{note}", style="dim italic")
        detail.update(text)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self._show_detail()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_index < len(self._people):
            self.post_message(self.PersonChosen(self._people[event.option_index]))
