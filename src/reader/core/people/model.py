"""What the people finder produces: mentions, people, and their counts."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Mention:
    """One place a person is named: an offset span into ``article.text``
    (original script) and the surface form written there. A name in the
    byline or credits, which cleaning keeps out of the text, has ``field``
    set to the metadata line it is in ("author", "source", "credits") and
    its span is an offset into that line."""

    start: int
    end: int
    alias: str
    field: str = ""


@dataclass(frozen=True, slots=True)
class Person:
    """A person as one article (or the corpus) knows them.

    ``key`` is stable across articles and scripts (folded canonical name, or
    the registry's identity); ``name`` is the fullest form the text gives;
    ``aliases`` are every surface form merged into this person; ``context``
    is the first sentence that names them, so a reader can tell who they are.
    """

    key: str
    name: str
    aliases: tuple[str, ...]
    context: str = ""


@dataclass(frozen=True, slots=True)
class ArticlePerson:
    """A person in one article, with every mention of them in its text
    (``mentions``) and in its byline or credits (``credits``)."""

    person: Person
    mentions: tuple[Mention, ...]
    credits: tuple[Mention, ...] = ()

    @property
    def count(self) -> int:
        return len(self.mentions) + len(self.credits)


@dataclass(frozen=True, slots=True)
class CorpusPerson:
    """A person across the corpus: total mentions and the articles naming them."""

    person: Person
    mentions: int
    articles: tuple[str, ...]
