"""A page line's styling layers, and the line cut into runs where they change.

What styles a line of the reading view is a stack of layers, each a span of
the line named by what it is: Markdown styles first (``md-heading``...), then
the highlights by kind (``search``, ``person``), then the current highlight
(``current``) on top. The widget turns the names into styles and adds the
mouse selection as the last layer; :func:`cut_runs` then cuts the line where
any layer starts or ends.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from reader.core.highlights import Highlights
    from reader.core.page import Line, PageLayout

T = TypeVar("T")


def line_layers(layout: PageLayout, line: Line, highlights: Highlights) -> list[tuple[str, int, int]]:
    """(name, start, end) of each layer on ``line``, relative to it, bottom
    first: Markdown styles as ``md-<style>``, then the highlights, the
    current one last."""
    layers = [(f"md-{name}", a, b) for name, a, b in layout.styles(line)]
    marks = layout.marks(line, highlights)
    marks.sort(key=lambda mark: mark[0] == "current")
    layers.extend(marks)
    return layers


def cut_runs(length: int, layers: Sequence[tuple[int, int, T]]) -> list[tuple[int, int, list[T]]]:
    """The line ``[0, length)`` cut where a layer starts or ends: (start,
    end, the layers covering the run, bottom first). With no layers, one run
    (none for an empty line)."""
    if not layers:
        return [(0, length, [])] if length else []
    cuts = sorted({0, length, *(a for a, _, _ in layers), *(b for _, b, _ in layers)})
    return [(a, b, [layer for la, lb, layer in layers if la <= a and b <= lb]) for a, b in itertools.pairwise(cuts)]


__all__ = ["cut_runs", "line_layers"]
