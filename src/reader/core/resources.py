"""Where the bundled seeds and stylesheets are.

In a wheel they sit inside the package (``reader/seeds``, ``reader/styles``);
in a source checkout they are at the top of the repository.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def _bundled(name: str) -> Path:
    inside = _PACKAGE / name
    if inside.is_dir():
        return inside
    return _PACKAGE.parent.parent / name


def seeds_dir() -> Path:
    """The folder of articles ``reader`` opens when given none."""
    return _bundled("seeds")


def styles_dir() -> Path:
    """The folder of the app's ``.tcss`` files."""
    return _bundled("styles")
