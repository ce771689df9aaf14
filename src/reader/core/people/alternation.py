"""One pattern for many literal forms (the names of a text, a registry's
aliases), as a trie: ``(?:林(?:志玲|家(?:豪|))|王…)``.

It matches what the plain alternation of the forms sorted longest first
matches, choosing the same form where several start at one place (a form's
longer continuations are tried before it ends, and the engine backtracks
into the trie when what follows the pattern fails). The plain alternation
tries every form in turn at every position of the text: thousands of forms
over a long article made that most of the people finder's time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""  # (a key no character is: a form ends at this node)
_Node = dict[str, "_Node"]


def longest_first(forms: Iterable[str]) -> str:
    """A pattern for any of ``forms``, the longest where several match."""
    trie: _Node = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _pattern(trie)


def _pattern(node: _Node) -> str:
    branches = [re.escape(char) + _pattern(child) for char, child in node.items() if char != _END]
    if not branches:
        return ""
    if _END in node:
        # (the form ending here is tried after every longer one through it)
        return "(?:" + "|".join(branches) + "|)"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
