"""The bundled seeds and stylesheets: found in the package, none forgotten."""

from __future__ import annotations

from importlib.resources import files

from reader.core.resources import STYLESHEETS, seeds_dir, styles_dir, stylesheets


def test_one_lookup_inside_the_package() -> None:
    package = files("reader")
    assert seeds_dir() == package / "seeds"
    assert styles_dir() == package / "styles"


def test_seeds_are_there() -> None:
    assert len(sorted(seeds_dir().glob("*.txt"))) >= 5


def test_every_stylesheet_is_listed_once_and_exists() -> None:
    # A new .tcss file must be added to STYLESHEETS, or the app would not load it.
    on_disk = sorted(p.name for p in styles_dir().glob("*.tcss"))
    assert sorted(STYLESHEETS) == on_disk
    assert len(set(STYLESHEETS)) == len(STYLESHEETS)
    assert all(path.is_file() for path in stylesheets())
