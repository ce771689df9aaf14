"""Word frequencies from jieba's dictionary, to tell names from common words.

jieba ships ``dict.txt`` (word, frequency, part-of-speech tag; ~350k lines).
Reading it directly takes ~0.3 s; initialising jieba's tokenizer costs more
and gives nothing the finder needs. It is read once, lazily, on first use,
and only the entries a name check asks about are kept (~0.3 s; a stored
copy in the cache dir loads in ~0.07 s).
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import re
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reader.core.files import atomic_write


@dataclass(frozen=True, slots=True)
class Entry:
    freq: int
    tag: str

    @property
    def is_name(self) -> bool:
        return self.tag.startswith("nr")


# Frequencies in jieba's dictionary (~60 million words of text) that the
# rules compare against, by what they mean:
LISTED = 10  # in the dictionary as a word at all
WORD = 100  # a word people use: two characters that form it belong together
FREQUENT = 500  # frequent: a name tag on it is noise (小姐), a "given name" is a word
EVERYDAY = 2000  # an everyday word: never a given name, never glued to a cue

_lock = threading.Lock()


def _dict_path() -> Path | None:
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.origin:
        return None
    path = Path(spec.origin).parent / "dict.txt"
    return path if path.is_file() else None


@cache
def _table() -> dict[str, str]:
    with _lock:
        path = _dict_path()
        if path is None:
            return {}
        stat = path.stat()
        # Keyed by everything the table is built from: the dictionary file,
        # the characters a name may start with, and this module's scan.
        built_from = f"{stat.st_size}-{stat.st_mtime_ns}\0{_name_starts()}\0{_FORMAT}"
        stored = _stored_path(hashlib.sha256(built_from.encode()).hexdigest()[:16])
        table = _load_stored(stored)
        if table is None:
            table = _scan(path.read_text(encoding="utf-8"))
            _store(stored, table)
        return table


def _name_starts() -> str:
    from reader.core.people.names import JAPANESE_SURNAMES, TRANSLIT_CHARS
    from reader.core.surnames import COMPOUND_SURNAMES, SURNAMES

    firsts = {s[0] for s in COMPOUND_SURNAMES | JAPANESE_SURNAMES}
    return "".join(sorted(SURNAMES | TRANSLIT_CHARS | firsts))


def _scan(text: str) -> dict[str, str]:
    # Two C-speed scans instead of a Python loop over 350k lines: every
    # word that starts like a name (any frequency), and every frequent
    # word (a given name that is really a common word, 地址, 价格). Values
    # stay raw ("4414 nr") and are parsed on lookup.
    starts = _name_starts()
    table = dict(re.findall(r"^(\S{2,4}) (\d{3,} \S*)", text, re.MULTILINE))
    table.update(re.findall(rf"^([{starts}]\S{{1,3}}) (\d+ \S*)", text, re.MULTILINE))
    return table


# The scanned table is kept beside the people cache (4x faster to load than
# to scan); a missing or damaged copy is scanned again.
_FORMAT = 2


def _stored_path(stamp: str) -> Path:
    from reader.core.people.cache import cache_dir

    return cache_dir() / f"lexicon-{_FORMAT}-{stamp}.marshal"


def _load_stored(path: Path) -> dict[str, str] | None:
    try:
        table = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return table if isinstance(table, dict) and table else None


def _store(path: Path, table: dict[str, str]) -> None:
    # A read-only cache: scan again next time.
    with contextlib.suppress(OSError):
        atomic_write(path, marshal.dumps(table))


def lookup(word: str) -> Entry | None:
    """The dictionary entry for a (folded, Simplified) word, if any."""
    raw = _table().get(word)
    if raw is None:
        return None
    freq, _, tag = raw.partition(" ")
    return Entry(int(freq), tag)


def is_common_word(word: str, threshold: int = LISTED) -> bool:
    """A dictionary word that is not tagged as a person name, or one so
    frequent (小姐 4414, 令人 4728, 博客 703) that its name tag is noise."""
    entry = lookup(word)
    if entry is None:
        return False
    if entry.is_name:
        return entry.freq >= FREQUENT
    return entry.freq >= threshold


def name_tagged(word: str) -> bool:
    """The dictionary tags the word as a person's name (路遥, 宁静), however often it is a word too."""
    entry = lookup(word)
    return entry is not None and entry.is_name


def warm() -> None:
    """Load the dictionary now (call from a worker thread, not the UI)."""
    _table()
