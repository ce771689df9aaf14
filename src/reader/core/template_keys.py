"""Which lines recur across a folder (its site template), in one place.

Both ways of loading count with this code: the uncached loader over the
folder's texts (:func:`template_lines`), and the article cache over each
file's stored hashes of the same keys (:func:`key_hashes`, :func:`recurring`),
so the two agree on the template and on the threshold.

Light on purpose (no cleaning rules): a warm start uses it.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Hashable, Iterable
from typing import Final, TypeVar

from reader.core.digests import blake2b
from reader.core.thread_turns import turn

# Lines longer than this are never counted as site template: a sentence of
# the body that two saved copies share is still the body.
TEMPLATE_LINE: Final = 80
# A line is site template when it occurs in at least this many files.
TEMPLATE_FILES: Final = 2

_K = TypeVar("_K", bound=Hashable)


def template_key(line: str) -> str:
    """The form in which lines are compared across files."""
    return " ".join(line.split())


def counted_keys(text: str) -> set[str]:
    """The keys of ``text``'s lines that can be template (what is counted)."""
    # (template_key inlined: a call per line was a third of a cold count)
    return {key for raw in text.split("\n") if 0 < len(key := " ".join(raw.split())) <= TEMPLATE_LINE}


def probed_keys(text: str) -> set[str]:
    """The keys cleaning looks up in the template for ``text``: its lines as
    cleaning sees them (sanitized, HTML debris and annotations removed),
    which may differ from the raw lines that are counted."""
    from reader.core.line_fix import fix_lines

    fixed_lines = fix_lines(text)
    turn()  # (a long text's: see reader.core.thread_turns)
    # (fixed lines are never empty; template_key inlined)
    return {key for fixed in fixed_lines if len(key := " ".join(fixed.split())) <= TEMPLATE_LINE}


def recurring(key_sets: Iterable[Iterable[_K]]) -> frozenset[_K]:
    """The keys found in at least ``TEMPLATE_FILES`` of the sets (one per file)."""
    counts: Counter[_K] = Counter()
    for keys in key_sets:
        counts.update(keys)
    return frozenset(key for key, n in counts.items() if n >= TEMPLATE_FILES)


def template_lines(texts: Iterable[str]) -> frozenset[str]:
    """The lines (as :func:`template_key`) that occur in at least
    ``TEMPLATE_FILES`` of ``texts``: one pass, one set per text."""
    return recurring(counted_keys(text) for text in texts)


def template_in(text: str, template: frozenset[str]) -> frozenset[str]:
    """The folder's template lines cleaning would find in ``text``: all of
    the folder that the cleaned result of ``text`` depends on
    (``clean(text, template) == clean(text, template_in(text, template))``)."""
    if not template:
        return frozenset()
    return frozenset(probed_keys(text) & template)


def key_hash(key: str) -> int:
    """A 64-bit hash of a key, stable across processes (the cache stores it)."""
    return int.from_bytes(blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")


def key_hashes(keys: Iterable[str], known: dict[str, int] | None = None) -> array[int]:
    """The sorted 64-bit hashes of ``keys``, as stored. ``known``: hashes
    already taken (a folder's files share their template lines), added to."""
    if known is None:
        return array("Q", sorted({key_hash(key) for key in keys}))
    hashes = set()
    for key in keys:
        value = known.get(key)
        if value is None:
            value = known[key] = key_hash(key)
        hashes.add(value)
    return array("Q", sorted(hashes))


__all__ = [
    "TEMPLATE_FILES",
    "TEMPLATE_LINE",
    "counted_keys",
    "key_hash",
    "key_hashes",
    "probed_keys",
    "recurring",
    "template_in",
    "template_key",
    "template_lines",
]
