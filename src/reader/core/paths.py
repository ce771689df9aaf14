"""Where ``reader`` keeps the user's files, and the variables that move them.

* saved state (positions, view, width): platformdirs' user data folder,
  or ``READER_STATE_DIR``;
* caches (people found, the corpus index): the user cache folder, or
  ``READER_CACHE_DIR``;
* the user's people aliases: ``people.tsv`` in the user config folder, or
  the file named by ``READER_PEOPLE_FILE``.

An override that is set but empty counts as unset; ``~`` is expanded. The
functions read the environment on every call, so tests and the bench can
point them elsewhere with a plain environment variable.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "reader"
STATE_DIR_ENV = "READER_STATE_DIR"
CACHE_DIR_ENV = "READER_CACHE_DIR"
PEOPLE_FILE_ENV = "READER_PEOPLE_FILE"
PEOPLE_FILE = "people.tsv"


def _override(name: str) -> Path | None:
    value = os.environ.get(name)
    return Path(value).expanduser() if value else None


def state_dir() -> Path:
    """The folder of the saved state (reading positions, view, width)."""
    if (path := _override(STATE_DIR_ENV)) is not None:
        return path
    from platformdirs import user_data_dir

    # appauthor differs from the other folders only on Windows (no author
    # folder); kept as released so nobody's saved state moves.

    return Path(user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """The folder of caches: anything in it may be deleted at any time."""
    if (path := _override(CACHE_DIR_ENV)) is not None:
        return path
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME))


def config_dir() -> Path:
    """The folder of files the user writes by hand."""
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME))


def people_file() -> Path:
    """The user's own people aliases (see :mod:`reader.core.people.registry`)."""
    if (path := _override(PEOPLE_FILE_ENV)) is not None:
        return path
    return config_dir() / PEOPLE_FILE


__all__ = [
    "APP_NAME",
    "CACHE_DIR_ENV",
    "PEOPLE_FILE",
    "PEOPLE_FILE_ENV",
    "STATE_DIR_ENV",
    "cache_dir",
    "config_dir",
    "people_file",
    "state_dir",
]
