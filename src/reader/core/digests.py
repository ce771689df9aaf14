"""The hashes the article cache keys by: a file's content, and the input
cleaning gets beside it (a folder's template lines)."""

from __future__ import annotations

try:
    # The builtin BLAKE2, which hashlib.blake2b is: importing hashlib loads
    # OpenSSL (~3-15 ms), which nothing on a warm start's way to its first
    # frame needs otherwise.
    from _blake2 import blake2b
except ImportError:  # (a Python built without it)
    from hashlib import blake2b


def content_digest(data: bytes) -> str:
    """The hash articles are keyed by (also ``Article.digest``)."""
    return blake2b(data, digest_size=16).hexdigest()


def context_digest(lines: object) -> str:
    """A digest of the input cleaning gets beside the file (e.g. a folder's
    template lines); empty for none. Sets are digested in sorted order."""
    if not lines:
        return ""
    items = sorted(lines) if isinstance(lines, (set, frozenset)) else list(lines)  # type: ignore[call-overload]
    # One update of the joined items: the same hash as one update per item.
    joined = "".join(f"{item}\0" for item in items).encode("utf-8", "surrogatepass")
    return blake2b(joined, digest_size=16).hexdigest()


__all__ = ["blake2b", "content_digest", "context_digest"]
