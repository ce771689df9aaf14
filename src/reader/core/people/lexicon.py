"""Word frequencies from jieba's dictionary, to tell names from common words.

jieba ships ``dict.txt`` (word, frequency, part-of-speech tag; ~350k lines).
Reading it directly takes ~0.3 s; initialising jieba's tokenizer costs more
and gives nothing the finder needs. It is read once, lazily, on first use,
and only the entries a name check asks about are kept (~0.2 s).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Entry:
    freq: int
    tag: str

    @property
    def is_name(self) -> bool:
        return self.tag.startswith("nr")


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
    from reader.core.people.names import SURNAMES, TRANSLIT_CHARS

    with _lock:
        path = _dict_path()
        if path is None:
            return {}
        text = path.read_text(encoding="utf-8")
        # Two C-speed scans instead of a Python loop over 350k lines: every
        # word that starts like a name (any frequency), and every frequent
        # word (a given name that is really a common word, 地址, 价格).
        starts = "".join(sorted(SURNAMES | TRANSLIT_CHARS))
        # Values stay raw ("4414 nr") and are parsed on lookup: building
        # 130k objects up front would cost more than the scans.
        table = dict(re.findall(r"^(\S{2,4}) (\d{3,} \S*)", text, re.M))
        table.update(re.findall(rf"^([{starts}]\S{{1,3}}) (\d+ \S*)", text, re.M))
        return table


def lookup(word: str) -> Entry | None:
    """The dictionary entry for a (folded, Simplified) word, if any."""
    raw = _table().get(word)
    if raw is None:
        return None
    freq, _, tag = raw.partition(" ")
    return Entry(int(freq), tag)


def is_common_word(word: str, threshold: int = 10) -> bool:
    """A dictionary word that is not tagged as a person name, or one so
    frequent (小姐 4414, 令人 4728, 博客 703) that its name tag is noise."""
    entry = lookup(word)
    if entry is None:
        return False
    if entry.is_name:
        return entry.freq >= 500
    return entry.freq >= threshold


def warm() -> None:
    """Load the dictionary now (call from a worker thread, not the UI)."""
    _table()
