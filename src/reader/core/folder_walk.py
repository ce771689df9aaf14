"""The walk over the files and folders a corpus is loaded from.

Folders are walked recursively in a stable order (by name); files in a
format a reader reads (``reader.core.readers``: .txt, .md, .html, .htm) are
listed, others as skipped with the reason; hidden files and folders
(".name") are left out; symlinked folders are followed, but never twice (no
loops). A file named on its own is taken whatever its extension. Reading
what the walk lists is :func:`reader.core.corpus.iter_corpus`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from reader.core.formats import FORMATS
from reader.core.model import Skipped

EXTENSIONS = frozenset(FORMATS)


def _groups(paths: Iterable[Path | str]) -> Iterator[tuple[Path, list[Path | Skipped]]]:
    """(root, files) for every path given: a folder with its files in a
    stable order (those in no format we read as Skipped), or a named file."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield path, list(_walk(path))
        else:
            # A named file is taken whatever its extension: the user asked
            # for it. Its id is its file name.
            yield path.parent, [path]


def _walk(root: Path) -> Iterator[Path | Skipped]:
    for entry, reason in _entries(root):
        yield Path(entry.path) if reason is None else Skipped(Path(entry.path), reason)


def _entries(root: Path | str) -> Iterator[tuple[os.DirEntry[str], str | None]]:
    """The files under the folder ``root`` in walk order, each with the
    reason it is skipped (None for a format read): as ``os.scandir`` gives
    them, no ``Path`` made (a walk of 20,000 files stats each one)."""
    visited: set[tuple[int, int]] = set()
    stack = [os.fspath(root)]
    while stack:
        folder = stack.pop()
        try:
            info = os.stat(folder)
            if (info.st_dev, info.st_ino) in visited:
                continue  # a symlink back into a folder already walked
            visited.add((info.st_dev, info.st_ino))
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue
        subfolders = []
        names = [entry.name for entry in entries]
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                continue
            if is_dir:
                if (page := saved_page(entry.name, names)) is None:
                    subfolders.append(entry.path)
                else:
                    yield entry, f"a web page's own files (pictures, styles, scripts), saved with {page}"
            elif os.path.splitext(entry.name)[1].lower() in EXTENSIONS:
                # (the same suffix as Path's for a name not starting with ".")
                yield entry, None
            else:
                yield entry, _unknown_format(entry.name)
        # Reversed onto the stack, so folders are walked in name order.
        stack.extend(reversed(subfolders))


# A browser saving a page whole ("Webpage, Complete") puts the page's
# pictures, styles, scripts and frames in a folder beside it named after it:
# 文章.html and 文章_files/.
_SAVED_FILES = "_files"
_PAGE_SUFFIXES = (".html", ".htm")


def saved_page(folder: str, names: Iterable[str]) -> str | None:
    """The name of the saved web page among ``names`` (the folder's
    entries) whose own files the subfolder ``folder`` holds, if it is one."""
    if not folder.endswith(_SAVED_FILES) or len(folder) == len(_SAVED_FILES):
        return None
    stem = folder[: -len(_SAVED_FILES)].lower()
    pages = {stem + suffix for suffix in _PAGE_SUFFIXES}
    return next((n for n in names if n.lower() in pages), None)


def in_saved_page_files(path: Path, root: Path) -> bool:
    """Whether ``path``, under the folder ``root``, is inside a saved web
    page's own files (a folder the walk skips whole)."""
    folder = root
    for part in path.relative_to(root).parts[:-1]:
        try:
            names = os.listdir(folder) if part.endswith(_SAVED_FILES) else ()
        except OSError:
            names = ()
        if saved_page(part, names) is not None:
            return True
        folder = folder / part
    return False


def written_since(paths: Iterable[Path], since_ns: int) -> Iterator[Path]:
    """The files of a format read under the folders in ``paths`` (and the
    files named there) whose content or place changed at ``since_ns`` or
    later: modified, or created, copied or moved in (their inode's change
    time; a copy may keep its old modification time)."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            names = [entry.path for entry, reason in _entries(path) if reason is None]
        else:
            names = [os.fspath(path)]
        for name in names:
            try:
                info = os.stat(name)
            except OSError:
                continue
            if max(info.st_mtime_ns, info.st_ctime_ns) >= since_ns:
                yield Path(name)


def _unknown_format(name: str) -> str:
    suffix = Path(name).suffix.lower()
    known = ", ".join(sorted(EXTENSIONS))
    return f"not a format reader reads ({suffix or 'no extension'}; it reads {known})"
