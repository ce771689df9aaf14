"""Where the bundled seeds and stylesheets are: one lookup, in the package.

People edit the top-level ``seeds/`` and ``styles/`` folders of a checkout;
``src/reader/seeds`` and ``src/reader/styles`` are symlinks to them, and the
wheel holds real copies (hatchling follows the links). So the package's own
folder is the one place to look, whether ``reader`` runs from a checkout, an
editable install or a wheel.
"""

from __future__ import annotations

from pathlib import Path, PurePath

import reader

# The app's layout sheets, in cascade order: later sheets win ties. Each
# widget's and each screen's own look is in its DEFAULT_CSS.
STYLESHEETS = ("main_screen.tcss",)


def _package_dir(name: str) -> Path:
    # What importlib.resources.files("reader") / name gives a package
    # installed as files (the corpus loader and Textual need real files),
    # without importing importlib's readers and zipfile (2-4 ms of the app's
    # start: the stylesheets are looked up when its module is imported).
    package = Path(reader.__file__ or "").parent
    if not package.is_dir():
        raise RuntimeError(f"reader's {name} must be installed as files, not inside an archive")
    return package / name


def seeds_dir() -> Path:
    """The folder of articles ``reader`` opens when given none."""
    return _package_dir("seeds")


def styles_dir() -> Path:
    """The folder of the app's ``.tcss`` files."""
    return _package_dir("styles")


def stylesheets() -> list[str | PurePath]:
    """The app's stylesheets, listed rather than globbed, in cascade order
    (typed as Textual's ``App.CSS_PATH``; the items are Paths)."""
    return [styles_dir() / name for name in STYLESHEETS]


__all__ = ["STYLESHEETS", "seeds_dir", "styles_dir", "stylesheets"]
