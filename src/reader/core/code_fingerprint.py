"""The fingerprint of the code that loads articles: cached articles are
keyed by it, so an edit to any module loading depends on (found by following
the ``reader`` imports from :mod:`reader.core.corpus`) or a new version of a
library it imports makes old entries unused, without anyone keeping a list."""

from __future__ import annotations

import contextlib
import os
import re
import sys
import time
from functools import cache
from pathlib import Path

from reader.core.cache_schema import SCHEMA

_ROOT_MODULE = "reader.core.corpus"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(from reader.x import ..., import ..., from other import, a name, a
    module named in a string as ``"reader.x:function"``, the formats table's
    readers, imported when first used): compiled when the sources are read,
    not at import (~0.5 ms of a warm start, which keeps the fingerprint)."""
    return (
        re.compile(r"^\s*from\s+(reader(?:\.\w+)*)\s+import\s+(\([^)]*\)|[^\n]+)", re.M),
        re.compile(r"^\s*import\s+([\w.]+(?:\s*,\s*[\w.]+)*)", re.M),
        re.compile(r"^\s*from\s+(\w+)[\w.]*\s+import\s", re.M),
        re.compile(r"\w+"),
        re.compile(r"[\"'](reader(?:\.\w+)+):\w+[\"']"),
    )


def _module_file(name: str, root: Path) -> Path | None:
    parts = name.split(".")[1:]
    base = root.joinpath(*parts)
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def loading_modules(
    start: str = _ROOT_MODULE, leave_out: frozenset[str] = frozenset()
) -> tuple[dict[str, Path], set[str]]:
    """Every ``reader`` module that ``start`` imports, directly or not (by
    reading their source, imports inside functions included), and the
    top-level names of the other libraries they import; modules named in
    ``leave_out`` are neither listed nor followed."""
    import reader

    root = Path(reader.__file__).parent
    from_reader, import_any, from_other, word, named = _patterns()
    found: dict[str, Path] = {}
    libraries: set[str] = set()
    pending = [start]
    while pending:
        name = pending.pop()
        if name in found or name in leave_out:
            continue
        path = _module_file(name, root)
        if path is None:
            continue
        found[name] = path
        source = path.read_text("utf-8")
        for package, names in from_reader.findall(source):
            pending.append(package)
            # ``from reader.core import cleaning`` names a module.
            pending.extend(f"{package}.{n}" for n in word.findall(names) if n != "as")
        for group in import_any.findall(source):
            for module in re.split(r"\s*,\s*", group):
                (pending.append(module) if module.startswith("reader.") else libraries.add(module.split(".")[0]))
        libraries.update(m for m in from_other.findall(source) if m != "reader")
        pending.extend(named.findall(source))
    libraries -= set(sys.stdlib_module_names) | {"__future__", "reader"}
    return found, libraries


def _version(library: str) -> tuple[str, Path | None]:
    """The installed version of a library, from its dist-info folder's name
    (what importlib.metadata would read, without its start-up cost), and the
    file its module is loaded from."""
    from importlib.util import find_spec

    try:
        spec = find_spec(library)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.origin:
        return "?", None
    origin = Path(spec.origin)
    site = origin.parent.parent if origin.name == "__init__.py" else origin.parent
    wanted = re.sub(r"[-_.]+", "_", library).lower()
    try:
        for entry in os.scandir(site):
            name, _, version = entry.name.removesuffix(".dist-info").partition("-")
            if entry.name.endswith(".dist-info") and re.sub(r"[-_.]+", "_", name).lower() == wanted:
                return version, origin
    except OSError:
        pass
    return f"?{origin.stat().st_mtime_ns if origin.exists() else ''}", origin


# The fingerprint is worked out from the sources (~20 ms of CPU: every
# loading module read and scanned, each library's version looked up) once,
# then kept in this file of the cache folder with the stat of every file it
# read; a start whose files all stat the same takes it from there. A file
# whose mtime was this close to the moment it was read may still change
# within one mtime tick: then nothing is kept.
MEMO_FILE = "code-fingerprint.json"
RACY_NS = 2_000_000_000


@cache
def loading_fingerprint() -> str:
    """Changes whenever the source of a module loading depends on changes,
    or the version of a library it imports."""
    import json

    import reader
    from reader.core import paths

    key = [sys.version, str(Path(reader.__file__).parent), SCHEMA]
    memo = paths.cache_dir() / MEMO_FILE
    try:
        kept = json.loads(memo.read_bytes())
        if kept["key"] == key and all(_stamp(name) == stamp for name, stamp in kept["files"]):
            return str(kept["fingerprint"])
    except (OSError, ValueError, TypeError, KeyError):
        pass
    fingerprint, files = _fingerprint()
    stamps = [(str(name), _stamp(name)) for name in sorted(files)]
    if all(stamp is not None for _, stamp in stamps) and not any(
        time.time_ns() - stamp[1] < RACY_NS for _, stamp in stamps if stamp is not None
    ):
        with contextlib.suppress(OSError):
            memo.parent.mkdir(parents=True, exist_ok=True)
            part = memo.with_name(f"{memo.name}.{os.getpid()}")
            part.write_text(json.dumps({"key": key, "files": stamps, "fingerprint": fingerprint}), "utf-8")
            os.replace(part, memo)
    return fingerprint


def _stamp(path: str | Path) -> list[int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return [info.st_size, info.st_mtime_ns, info.st_ino]


def _fingerprint() -> tuple[str, set[Path]]:
    """The fingerprint from the sources, and every file and folder it
    depends on (each module; each library's folder of installed packages,
    where an upgrade renames its dist-info, and its module's file)."""
    import hashlib  # (not at import: it loads OpenSSL, and a warm start keeps the fingerprint)

    modules, libraries = loading_modules()
    digest = hashlib.sha256(SCHEMA.encode())
    files = set(modules.values())
    for name in sorted(modules):
        digest.update(name.encode() + b"\0" + modules[name].read_bytes() + b"\0")
    for library in sorted(libraries):
        version, origin = _version(library)
        digest.update(f"{library}={version}\0".encode())
        if origin is not None:
            files |= {origin, origin.parent.parent if origin.name == "__init__.py" else origin.parent}
    return digest.hexdigest()[:24], files


__all__ = ["loading_fingerprint", "loading_modules"]
