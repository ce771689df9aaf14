"""The helper process's side of :mod:`reader.core.cold_pool`: what it does
with each file it takes, how it says it is done, and its start and end.

With the folder's template handed over as its lines' text (a cold folder,
the loader's writes held until its index is built), a new file is read,
cleaned with that template and its article stored under the context its
template lines give, and nothing else: the loader stores the file's lines
later, with its own (it counted them already), so the helper neither hashes
every line nor looks up rows the cache cannot have (the loader found no
lines for these bytes). Its rows are written a batch at a time and each
file is said done only once its row is written: a transaction per file was
a tenth of the helper's CPU on the 2,000 bench articles.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.corpus import _load
from reader.core.decoding import NotText, decode_bytes
from reader.core.digests import content_digest
from reader.core.file_reads import small_file_bytes
from reader.core.model import Article
from reader.core.template_keys import key_hash, probed_keys

if TYPE_CHECKING:
    from reader.core.article_cache import ArticleCache
    from reader.core.cached_folder import CachedFolder

# The helper writes its rows and says its files done at most this often
# (the first file at once): the loader waits at most for the rows of this
# long when it meets the helper, and reads a note file a batch, not a file.
BATCH_SECONDS = 0.05


def clean_new(folder: CachedFolder, template: frozenset[str], path: Path) -> str | None:
    """``path``, which the loader found new to the cache, cleaned with the
    folder's ``template`` lines and its article stored; the context it is
    stored under, None if nothing was stored (not text, or gone)."""
    try:
        info = path.stat()
    except OSError:
        return None
    # (read and decoded already if this process counted the folder: early_count)
    kept = folder.reads.take(path)
    if kept is not None and folder._seen.get(path) == (info.st_size, info.st_mtime_ns, info.st_ino):
        digest, decoded = kept
        if isinstance(decoded, NotText):
            return None
    else:
        data = small_file_bytes(path)
        if data is None:
            return None
        digest = content_digest(data)
        try:
            decoded = decode_bytes(data)
        except NotText:
            return None  # (skipped: the loader says why)
    # The template lines cleaning looks up in it, as the loader keys them
    # (cleaning is given the whole template, which gives the same result).
    context = folder._context(path, [key_hash(key) for key in probed_keys(decoded.text) if key in template])
    item, _ = _load(path, folder.root, lambda _text: template, (digest, decoded))
    if not isinstance(item, Article) or item.digest != digest:
        return None
    folder.cache.store(item, context)
    folder.cache.remember_file(path, info, digest)
    return context


class DoneNotes:
    """The helper's notes that files are done, each with the context its
    article is cached under (empty: nothing was cached), written once the
    rows are (:meth:`add`, :meth:`publish`): a note file a batch, named
    after the batch's last file (the loader waits for the last file the
    helper took), a line a file (:func:`read_notes`)."""

    def __init__(self, job: Path, cache: ArticleCache) -> None:
        self._job = job
        self._cache = cache
        self._pending: list[tuple[int, str]] = []
        self._published: float | None = None

    def add(self, at: int, context: str | None) -> None:
        self._pending.append((at, context or ""))
        if self._published is None or time.monotonic() - self._published >= BATCH_SECONDS:
            self.publish()

    def publish(self) -> None:
        from reader.core.cold_pool import DONE
        from reader.core.job_folder import publish

        self._published = time.monotonic()
        if not self._pending:
            return
        self._cache.flush()
        pending, self._pending = self._pending, []
        lines = "".join(f"{at}\t{context}\n" for at, context in pending)
        with contextlib.suppress(OSError):
            publish(self._job / f"{pending[-1][0]}.{DONE}", lines.encode("utf-8"))


def read_notes(job: Path, read: set[str] | None = None) -> dict[int, str]:
    """The files the helper said done (by their place), with the context each
    is cached under ('': nothing was cached); ``read``: names of note files
    read before, skipped (a note file is written once), and added to."""
    from reader.core.cold_pool import DONE

    notes: dict[int, str] = {}
    with contextlib.suppress(OSError):
        for entry in os.scandir(job):
            if entry.name.endswith(f".{DONE}") and (read is None or entry.name not in read):
                if read is not None:
                    read.add(entry.name)
                with contextlib.suppress(OSError, UnicodeDecodeError, ValueError):
                    for line in Path(entry.path).read_text("utf-8").splitlines():
                        at, _, context = line.partition("\t")
                        notes[int(at)] = context
    return notes


def take_tables(job: Path, given: bool = True) -> None:
    """The loader's code-point tables, once it has written them (or a
    while), if it has ``given`` them: else, as they fail to come, the
    shipped ones or built here from OpenCC when first used."""
    from reader.core import foldtable
    from reader.core.cold_pool import TABLES, TABLES_WAIT_S

    if not given:
        return
    waited = 0.0
    while not (job / TABLES).exists() and waited < TABLES_WAIT_S:
        time.sleep(0.02)
        waited += 0.02
    with contextlib.suppress(OSError):
        foldtable.install((job / TABLES).read_bytes())


def linger(job: Path, parent: int) -> None:
    """Until the loader is done with the job (it says stop) or gone (killed:
    nobody else would), then remove the job folder: the loader reads the
    helper's notes in it until then, and removes it too, but a loader
    killed meanwhile would leave it (in memory) until a reboot."""
    from reader.core.cold_pool import LINGER_POLL_S, STOP

    while os.getppid() == parent and not (job / STOP).exists() and job.exists():
        time.sleep(LINGER_POLL_S)
    shutil.rmtree(job, ignore_errors=True)


__all__ = ["BATCH_SECONDS", "DoneNotes", "clean_new", "linger", "read_notes", "take_tables"]
