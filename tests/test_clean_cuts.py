"""Hostile input: every development page cut short, as a page saved from its
middle or only in part is. Cleaning must never fail on such a text: the
rules that look at a line's neighbours meet the text's first or last line
where a page would have had a head or a footer.

Cut where a short line (a row, a head, a price) would open or close the
text, among a page's first and last lines: the places that found a bug
(three bare prices from a text's first line: price_cells opened a run that
did not exist, and ``reader list`` failed on the whole folder).
"""

from __future__ import annotations

from pathlib import Path

from reader.core.cleaning import clean

PAGES = Path(__file__).parent / "data" / "pages"
_SHORT = 14  # (a line this short may be a row, a head or a price)
_NEAR = 15  # (cut among a page's first or last lines this many)


def _pages() -> list[list[str]]:
    return [
        [line for line in page.read_text(encoding="utf-8").split("\n") if line.strip()]
        for page in sorted(PAGES.iterdir())
        if page.suffix in (".txt", ".md")
    ]


def test_every_page_cut_short_cleans() -> None:
    failed = []
    cuts = 0
    for lines in _pages():
        for k in range(min(len(lines), _NEAR)):
            if len(lines[k]) <= _SHORT:
                cuts += 1
                try:
                    clean("\n".join(lines[k:]))
                except Exception as exc:  # (every failure listed, not the first)
                    failed.append((lines[k], f"{type(exc).__name__}: {exc}"))
        for k in range(max(1, len(lines) - _NEAR), len(lines)):
            if len(lines[k - 1]) <= _SHORT:
                cuts += 1
                try:
                    clean("\n".join(lines[:k]))
                except Exception as exc:
                    failed.append((lines[k - 1], f"{type(exc).__name__}: {exc}"))
    assert cuts > 1000
    assert failed == []
