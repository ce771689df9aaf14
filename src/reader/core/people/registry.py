"""Well-known aliases that nothing in an article links, plus the user's own.

The shipped ``registry.tsv`` and the user's file share one format, one
person per line::

    # comment
    Canonical Name<TAB>alias<TAB>alias ...

The canonical name and every alias identify the same person; matching is
script-, width- and case-blind (:func:`reader.core.folding.fold`), so write
each alias once, in either script. A single English word (``Hinton``) only
matches as a whole word. The user's file is ``people.tsv`` in the platform's
user config dir for ``reader`` (``~/.config/reader/people.tsv`` on Linux), or
the path in ``READER_PEOPLE_FILE``. A line without a tab-separated alias is
skipped with a warning; an unreadable file is skipped with a warning.
"""

from __future__ import annotations

import hashlib
import threading
import warnings
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reader.core.folding import fold
from reader.core.paths import people_file

SHIPPED = Path(__file__).with_name("registry.tsv")


@dataclass(frozen=True, slots=True)
class RegistryEntry:
    key: str  # folded canonical name: the person's stable key
    canonical: str
    aliases: tuple[str, ...]  # canonical included


@dataclass(frozen=True)
class Registry:
    entries: tuple[RegistryEntry, ...]
    by_alias: dict[str, RegistryEntry]
    fingerprint: str  # changes when any registry file changes (for the cache)

    def find(self, alias: str) -> RegistryEntry | None:
        return self.by_alias.get(fold(alias))


def user_file() -> Path:
    return people_file()


def parse(text: str, source: str) -> list[RegistryEntry]:
    """Entries in ``text``; bad lines are skipped with a warning."""
    entries = []
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        names = [n.strip() for n in line.split("\t") if n.strip()]
        # Every name must be printable and short; at least one alias besides the canonical.
        if len(names) < 2 or any(len(n) > 60 or not n.isprintable() for n in names):
            warnings.warn(f"{source}:{number}: skipped (want: name<TAB>alias...)", stacklevel=2)
            continue
        entries.append(RegistryEntry(fold(names[0]), names[0], tuple(dict.fromkeys(names))))
    return entries


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return ""
    except (OSError, UnicodeDecodeError) as exc:
        warnings.warn(f"{path}: people file skipped ({exc.__class__.__name__})", stacklevel=2)
        return ""


_lock = threading.Lock()


@cache
def _load(user_path: Path) -> Registry:
    shipped = SHIPPED.read_text(encoding="utf-8")
    user = _read(user_path)
    entries = parse(shipped, SHIPPED.name) + parse(user, str(user_path))
    by_alias: dict[str, RegistryEntry] = {}
    for entry in entries:
        # A user line naming a known alias adds to that person, so the key stays.
        known = [by_alias[fold(a)] for a in entry.aliases if fold(a) in by_alias]
        target = known[0] if known else entry
        for alias in entry.aliases:
            by_alias.setdefault(fold(alias), target)
    fingerprint = hashlib.sha256((shipped + "\0" + user).encode()).hexdigest()[:16]
    return Registry(tuple(entries), by_alias, fingerprint)


def registry() -> Registry:
    """The shipped registry plus the user's file (read once per path)."""
    with _lock:
        return _load(user_file())
