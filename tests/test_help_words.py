"""The help's words are the app's own: every description in sentence case,
as the app words its keys, none left in the Title Case of a key Textual's
widgets and screens bind for themselves (Page Up, Focus Previous)."""

from __future__ import annotations

import re

from reader.ui.screens.help import help_entries, help_sections

# Words a description may capitalise after its first: names.
NAMES = {"Chinese", "Simplified", "Traditional", "Markdown"}


def test_every_description_in_the_help_is_in_sentence_case() -> None:
    capitalised = [
        (title, entry.keys, entry.description)
        for title, cls in help_sections()
        for entry in help_entries(cls)
        if any(re.fullmatch(r"[A-Z][a-z]+", word) and word not in NAMES for word in entry.description.split()[1:])
    ]
    assert not capitalised, capitalised


def test_shift_tab_moves_between_the_search_box_and_its_results_as_tab_does() -> None:
    from reader.ui.screens.search import SearchScreen

    entries = {entry.action: entry.keys for entry in help_entries(SearchScreen)}
    assert set(entries["switch_focus"]) == {"tab", "shift+tab"}
    assert "focus_previous" not in entries
