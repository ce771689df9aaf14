"""The data every part of the reader shares: articles and skipped files."""

from __future__ import annotations

import zlib
from array import array
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import overload

from reader.core.script import Script

PARAGRAPH_SEPARATOR = "\n"


class TextGone(LookupError):
    """The article cache no longer holds the text an article stood for."""


def text_crc(text: str) -> int:
    """The CRC the search keys and the article cache take of a text (of its
    UTF-16-LE bytes)."""
    return zlib.crc32(text.encode("utf-16-le", "surrogatepass"))


class Paragraphs(Sequence[str]):
    """An article's paragraphs, kept as one text and where each begins.

    The text is held once: a paragraph is a slice of it, made when asked for.
    A paragraph may itself hold a newline; the starts, not the separators,
    say where each begins.

    Made with :meth:`later`, the text is read when first asked for (an
    article listed from the article cache before its text is needed, or
    ``reader search``'s articles, whose texts only the results shown need).
    ``sums`` are then the text's length and CRC, known without reading it
    (what the search indexes are keyed by), and ``key`` where the cache
    keeps it (so ``ArticleCache.fill`` reads many in one query). A text
    read that is not the one the sums stand for, or none at all, is
    :class:`TextGone` if ``strict``; else ``reload`` is asked (set by whoever
    can read the article's file again, see ``reader.session.library``), and
    only if that fails too is the text empty and ``missed`` set.
    """

    __slots__ = ("_fetch", "_starts", "_text", "key", "missed", "reload", "strict", "sums")

    def __init__(self, text: str, starts: array[int]) -> None:
        self._text: str | None = text
        self._starts: array[int] | None = starts
        self._fetch: Callable[[], tuple[str, array[int]] | None] | None = None
        # Whether ``fetch`` found nothing (the text is then empty).
        self.missed = False
        self.sums: tuple[int, int] | None = None
        self.key: Hashable = None
        self.strict = False
        self.reload: Callable[[], tuple[str, array[int]] | None] | None = None

    @classmethod
    def later(
        cls,
        fetch: Callable[[], tuple[str, array[int]] | None],
        sums: tuple[int, int] | None = None,
        key: Hashable = None,
        strict: bool = False,
    ) -> Paragraphs:
        """Paragraphs whose text and starts ``fetch`` gives when first asked
        for (from any thread: two first reads both fetch, and agree). If it
        gives None, or a text other than ``sums`` say, the text is empty and
        ``missed`` is set, or :class:`TextGone` is raised if ``strict``."""
        paragraphs = cls.__new__(cls)
        paragraphs._text = paragraphs._starts = None
        paragraphs._fetch = fetch
        paragraphs.missed = False
        paragraphs.sums = sums
        paragraphs.key = key
        paragraphs.strict = strict
        paragraphs.reload = None
        return paragraphs

    @property
    def held(self) -> bool:
        """Whether the text is in memory (not read later)."""
        return self._text is not None

    def fill(self, other: Paragraphs) -> None:
        """Take ``other``'s text, unless it is held already (its sums are
        then those of the text taken)."""
        if self._text is None:
            self._starts = other.starts
            self._text = other.text
            self._fetch = None
            self.sums = other.sums

    def leave(self, fetch: Callable[[], tuple[str, array[int]] | None], key: Hashable) -> bool:
        """Drop the text held, to be read by ``fetch`` when next asked for,
        as one made with :meth:`later` (it is stored where ``fetch`` reads
        it, under ``key``): checked against its sums then, and one gone is
        read from its file (``reload``) or missed. Whether it was dropped."""
        if self._text is None:
            return False
        self.text_sums()
        self.key = key
        self._fetch = fetch  # (before the text goes: a reader finding no text finds the fetch)
        self._text = None
        return True

    def fits(self, text: str) -> bool:
        """Whether ``text`` is the one the sums stand for (any, without sums)."""
        sums = self.sums
        return sums is None or (len(text) == sums[0] and text_crc(text) == sums[1])

    def give(self, text: str, starts: array[int]) -> bool:
        """Hold ``text`` and ``starts`` (read for these paragraphs from where
        ``key`` says) unless a text is held already: True if they are the
        text the sums stand for, else not taken (False, or
        :class:`TextGone` if ``strict``)."""
        if self._text is not None:
            return True
        if not self.fits(text):
            if self.strict:
                raise TextGone(f"the article cache holds another text under {self.key}")
            return False
        self._starts = starts  # (before the text: a held text has its starts)
        self._text = text
        self._fetch = None
        return True

    def _load(self) -> tuple[str, array[int]]:
        if self._text is None or self._starts is None:
            fetch = self._fetch
            if fetch is None:  # filled by another thread meanwhile
                return self._load_filled()
            fetched = fetch()
            if (fetched is None or not self.give(*fetched)) and not self._reloaded():
                if self.strict:
                    raise TextGone(f"the article cache no longer holds {self.key}")
                self.missed = True
                self.sums = None
                self._starts = array("q", [0])  # (before the text: a held text has its starts)
                self._text = ""
                self._fetch = None
        return self._load_filled()

    def _reloaded(self) -> bool:
        """Whether ``reload`` gave the text the sums stand for (a text gone
        from the article cache, read from its file again)."""
        reload = self.reload
        if reload is None or self.strict:
            return False
        found = reload()
        return found is not None and self.give(*found)

    def _load_filled(self) -> tuple[str, array[int]]:
        text, starts = self._text, self._starts
        if text is None or starts is None:  # left meanwhile (leave)
            return self._load()
        return text, starts

    @property
    def text(self) -> str:
        text = self._text
        return text if text is not None else self._load()[0]

    def passing_text(self) -> str:
        """The text, read and not kept if it is left in the article cache (a
        search's snippets read dozens: kept, typing held every result's);
        a text that is not the one the sums stand for is read as ``text``
        reads it (and kept)."""
        text, fetch = self._text, self._fetch
        if text is not None or fetch is None or self.strict:
            return self.text
        fetched = fetch()
        if fetched is not None and self.fits(fetched[0]):
            return fetched[0]
        return self.text

    def text_sums(self) -> tuple[int, int]:
        """(length, CRC) of the text, without reading one read later."""
        sums = self.sums
        if sums is None:
            text = self.text
            sums = self.sums = (len(text), text_crc(text))
        return sums

    def text_length(self) -> int:
        """``len(text)``, without reading one read later."""
        sums = self.sums
        return sums[0] if sums is not None else len(self.text)

    @classmethod
    def join(cls, paragraphs: Iterable[str]) -> Paragraphs:
        if isinstance(paragraphs, Paragraphs):
            return paragraphs
        items = list(paragraphs)
        starts, pos = array("q"), 0
        for para in items:
            starts.append(pos)
            pos += len(para) + len(PARAGRAPH_SEPARATOR)
        return cls(PARAGRAPH_SEPARATOR.join(items), starts)

    @property
    def starts(self) -> array[int]:
        """Offset in ``text`` where each paragraph begins (do not change it)."""
        starts = self._starts
        return starts if starts is not None and self._text is not None else self._load()[1]

    def _end(self, i: int) -> int:
        starts = self.starts
        return starts[i + 1] - len(PARAGRAPH_SEPARATOR) if i + 1 < len(starts) else len(self.text)

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[str, ...]: ...
    def __getitem__(self, i: int | slice) -> str | tuple[str, ...]:
        if isinstance(i, slice):
            return tuple(self[k] for k in range(*i.indices(len(self))))
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("paragraph index out of range")
        return self.text[self.starts[i] : self._end(i)]

    def __iter__(self) -> Iterator[str]:
        text, starts = self.text, self.starts
        for i in range(len(starts)):
            yield text[starts[i] : self._end(i)]

    # Like a tuple: ``paragraphs * 2`` and ``paragraphs + ("more",)`` are tuples.
    def __mul__(self, n: int) -> tuple[str, ...]:
        return tuple(self) * n

    __rmul__ = __mul__

    def __add__(self, other: Sequence[str]) -> tuple[str, ...]:
        return tuple(self) + tuple(other)

    def __radd__(self, other: Sequence[str]) -> tuple[str, ...]:
        return tuple(other) + tuple(self)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Paragraphs):
            return self.text == other.text and self.starts == other.starts
        if isinstance(other, (tuple, list)):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.text, tuple(self.starts)))

    def __repr__(self) -> str:
        return f"Paragraphs({tuple(self)!r})"

    def __reduce__(self) -> tuple[type[Paragraphs], tuple[str, array[int]]]:
        # Pickled with its text (a fetch is no use in another process).
        return Paragraphs, (self.text, self.starts)


@dataclass(frozen=True)
class Article:
    """One cleaned article.

    ``text`` is the body: the cleaned paragraphs joined by a newline. Every
    position in the reader (search hits, person mentions, the reading
    position) is an offset into ``text`` in the original script. Given a
    tuple of paragraphs, the article keeps them as :class:`Paragraphs`, so
    the text is held once.
    """

    id: str
    path: Path
    title: str
    # Given any sequence of strings; always held as Paragraphs.
    paragraphs: Sequence[str]
    script: Script
    source: str | None = None
    author: str | None = None
    date: str | None = None
    # Hash of the file's bytes, for caches keyed by content.
    digest: str = field(default="", compare=False)
    # Invalid bytes replaced by U+FFFD when the file was decoded.
    replaced_bytes: int = field(default=0, compare=False)
    # (role, name) of every person a byline or credit line names, and the
    # metadata lines as written: for the people finder.
    credits: tuple[tuple[str, str], ...] = ()
    bylines: tuple[str, ...] = ()
    # The paragraphs that are a table's rows, their cells known from the file
    # (apart by tabs): (paragraph index, each cell's length, a head row) (see
    # reader.core.table_cells). The text is the cells joined by a space.
    # (out of repr and compare, as a view's detail: less generated code to compile at start)
    cells: tuple[tuple[int, tuple[int, ...], bool], ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.paragraphs, Paragraphs):
            object.__setattr__(self, "paragraphs", Paragraphs.join(self.paragraphs))

    @property
    def _held(self) -> Paragraphs:
        return self.paragraphs  # type: ignore[return-value]  # made Paragraphs in __post_init__

    @property
    def text(self) -> str:
        return self._held.text

    @property
    def passing_text(self) -> str:
        """``text``, not kept if it was left in the article cache (see
        :meth:`Paragraphs.passing_text`): for a glance such as a snippet."""
        return self._held.passing_text()

    @property
    def paragraph_starts(self) -> array[int]:
        """Offset in ``text`` where each paragraph begins (do not change it)."""
        return self._held.starts

    @property
    def chars(self) -> int:
        return self._held.text_length()

    @property
    def text_sums(self) -> tuple[int, int]:
        """(length, CRC) of ``text`` (see :func:`text_crc`), without reading
        a text left in the article cache."""
        return self._held.text_sums()

    @property
    def text_length(self) -> int:
        """``len(text)``, without reading a text left in the article cache."""
        return self._held.text_length()

    @property
    def note(self) -> str | None:
        """What was wrong with the file though it was read (one line), shown
        beside the skipped files; None when nothing was."""
        from reader.core.decoding import replaced_note

        return replaced_note(self.replaced_bytes)


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file that was not loaded, and why, in one line."""

    path: Path
    reason: str
