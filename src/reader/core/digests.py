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
    digest = hashlib.blake2b(digest_size=16)
    for item in items:
        digest.update(str(item).encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


__all__ = ["content_digest", "context_digest"]
