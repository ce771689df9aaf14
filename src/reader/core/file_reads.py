"""The files a folder's pre-pass read and decoded, kept for loading them
(:class:`FileReads`), and the size past which a file is not read at all."""

from __future__ import annotations

import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.formats import is_plain
from reader.core.model import Skipped

if TYPE_CHECKING:
    from reader.core.decoding import Decoded, NotText

# Larger files are not articles; reading them would only stall the reader.
MAX_BYTES = 64 * 1024 * 1024
# What a folder's pre-pass keeps of the files it read, for loading them: each
# one's decoded text (its size in memory) and the digest of its bytes (the
# bytes are not kept: a plain file's article needs only its text). A cold
# load reads and decodes each file once; a folder whose texts are larger than
# this reads the rest twice. (Keeping the bytes too, counted at three times
# their size, the 20,000-article bench corpus read its last ~86 MB twice.)
KEEP_BYTES = 256 * 1024 * 1024
# What a file kept as not text costs.
_NOT_TEXT_COST = 256


class FileReads:
    """Files a folder's pre-pass read and decoded, kept (up to a budget)
    until loading takes them: each as the digest of its bytes and their
    decoding (or why they are not text)."""

    def __init__(self, budget: int = KEEP_BYTES) -> None:
        self._kept: dict[Path, tuple[str, Decoded | NotText, int]] = {}
        self._room = budget

    def keep(self, path: Path, data: bytes, decoded: Decoded | NotText, digest: str | None = None) -> None:
        """Keep ``data``'s decoding (``digest``: of these very bytes, if taken)."""
        from reader.core.decoding import Decoded

        cost = sys.getsizeof(decoded.text) if isinstance(decoded, Decoded) else _NOT_TEXT_COST
        if cost <= self._room and path not in self._kept:
            from reader.core.digests import content_digest

            self._kept[path] = (digest or content_digest(data), decoded, cost)
            self._room -= cost

    def holds(self, path: Path) -> bool:
        return path in self._kept

    def replaced(self, path: Path) -> int | None:
        """The bytes replaced in decoding the file's kept text (see
        :class:`~reader.core.decoding.Decoded`), None if no text is kept."""
        from reader.core.decoding import Decoded

        kept = self._kept.get(path)
        return kept[1].replaced if kept is not None and isinstance(kept[1], Decoded) else None

    def take(self, path: Path) -> tuple[str, Decoded | NotText] | None:
        """The file's (digest, decoding), once, or None if it was not kept."""
        kept = self._kept.pop(path, None)
        if kept is None:
            return None
        self._room += kept[2]
        return kept[0], kept[1]

    def decode(self, path: Path, data: bytes, digest: str | None = None) -> Decoded | NotText:
        """``data`` decoded (or why it is not text), kept for loading."""
        from reader.core.decoding import NotText, decode_bytes

        try:
            decoded: Decoded | NotText = decode_bytes(data)
        except NotText as exc:
            decoded = exc
        self.keep(path, data, decoded, digest)
        return decoded

    def texts(self, files: Iterable[Path | Skipped]) -> Iterator[str]:
        """The text of each readable plain-text file, one at a time."""
        from reader.core.decoding import NotText

        for path in files:
            if isinstance(path, Skipped) or not is_plain(path):
                continue
            data = small_file_bytes(path)
            if data is None:
                continue
            decoded = self.decode(path, data)
            if not isinstance(decoded, NotText):
                yield decoded.text


def small_file_bytes(path: Path) -> bytes | None:
    """The bytes of a regular file up to MAX_BYTES, or None."""
    try:
        info = path.stat()
        if stat.S_ISREG(info.st_mode) and info.st_size <= MAX_BYTES:
            return path.read_bytes()
    except OSError:
        pass
    return None


__all__ = ["KEEP_BYTES", "MAX_BYTES", "FileReads", "small_file_bytes"]
