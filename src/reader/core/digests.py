"""The hashes the article cache keys by: a file's content, and the input
cleaning gets beside it (a folder's template lines)."""

from __future__ import annotations

import hashlib


def content_digest(data: bytes) -> str:
    """The hash articles are keyed by (also ``Article.digest``)."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def context_digest(lines: object) -> str:
    """A digest of the input cleaning gets beside the file (e.g. a folder's
    template lines); empty for none. Sets are digested in sorted order."""
    if not lines:
        return ""
    items = sorted(lines) if isinstance(lines, (set, frozenset)) else list(lines)  # type: ignore[call-overload]
    # One update of the joined items: the same hash as one update per item.
    joined = "".join(f"{item}\0" for item in items).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(joined, digest_size=16).hexdigest()


__all__ = ["content_digest", "context_digest"]
