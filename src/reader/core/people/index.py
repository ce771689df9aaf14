"""The people of the whole corpus: one entry per person across articles.

Article-level people join when they have the same key (the registry's
identity or a folded full name) or share a name that identifies someone
(not a lone English word such as ``Felix``, which two people may share).
Two groups that each carry a different full English name never join, so
one shared Chinese alias cannot merge two people.

Safe to fill from a worker thread while the UI reads: every method takes
the lock, and the corpus view is rebuilt only after something was added.
"""

from __future__ import annotations

import threading
from collections import defaultdict

from reader.core.folding import fold
from reader.core.model import Article
from reader.core.people.display import display_name, is_latin
from reader.core.people.model import ArticlePerson, CorpusPerson, Person


def _identifying(alias: str) -> bool:
    return not (is_latin(alias) and " " not in alias.strip())


def _full_english(person: Person) -> set[str]:
    return {fold(a) for a in person.aliases if is_latin(a) and " " in a}


class PeopleIndex:
    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._articles: dict[str, list[ArticlePerson]] = {}
        self._order: list[str] = []
        self._view: tuple[list[CorpusPerson], dict[str, CorpusPerson]] | None = None

    def add(self, article: Article, people: list[ArticlePerson]) -> None:
        """Record an article's people (again: replaces what it had)."""
        self.add_by_id(article.id, people)

    def add_by_id(self, article_id: str, people: list[ArticlePerson]) -> None:
        """As :meth:`add`, for the article with this id."""
        with self._lock:
            if article_id not in self._articles:
                self._order.append(article_id)
            self._articles[article_id] = list(people)
            self._view = None

    def in_article(self, article_id: str) -> list[ArticlePerson]:
        with self._lock:
            return list(self._articles.get(article_id, ()))

    def people(self) -> list[CorpusPerson]:
        """Everyone in the corpus, most mentioned first."""
        with self._lock:
            return list(self._build()[0])

    def articles_of(self, key: str) -> list[str]:
        """Ids of the articles that mention the person with this key (an
        article-level or corpus key), most mentions first."""
        with self._lock:
            entry = self._build()[1].get(key)
            return list(entry.articles) if entry else []

    def name_of(self, key: str) -> str | None:
        """The one name the corpus shows for the person with this key (an
        article-level or corpus key): the sidebar, the people screen and the
        list filter all use it."""
        with self._lock:
            entry = self._build()[1].get(key)
            return entry.person.name if entry else None

    def get(self, key: str) -> CorpusPerson | None:
        with self._lock:
            return self._build()[1].get(key)

    def __len__(self) -> int:
        with self._lock:
            return len(self._build()[0])

    def _build(self) -> tuple[list[CorpusPerson], dict[str, CorpusPerson]]:
        if self._view is not None:
            return self._view
        members: list[tuple[str, ArticlePerson]] = [(aid, p) for aid in self._order for p in self._articles[aid]]
        # Union-find over the members' positions, in a list (a dict of
        # hundreds of thousands of ints was a third of the merge).
        parent = list(range(len(members)))

        def find(item: int) -> int:
            while parent[item] != item:
                parent[item] = parent[parent[item]]  # (path halving)
                item = parent[item]
            return item

        # The same person in many articles has the same key and aliases, and
        # the same alias names many people: each is looked at once.
        alias_info: dict[str, tuple[bool, bool, str]] = {}
        known: dict[tuple[str, tuple[str, ...]], tuple[list[str], frozenset[str]]] = {}
        for _, p in members:
            signature = (p.person.key, p.person.aliases)
            if signature in known:
                continue
            names = [p.person.key]
            full: set[str] = set()
            for alias in p.person.aliases:
                info = alias_info.get(alias)
                if info is None:
                    latin = is_latin(alias)
                    info = alias_info[alias] = (
                        not (latin and " " not in alias.strip()),  # _identifying
                        latin and " " in alias,  # a full English name
                        fold(alias),
                    )
                if info[0]:
                    names.append(info[2])
                if info[1]:
                    full.add(info[2])
            known[signature] = (names, frozenset(full))
        looked_up = [known[(p.person.key, p.person.aliases)] for _, p in members]
        # Each set's full English names, kept by its representative: shared
        # (never changed in place) until a union makes a new one, so the
        # members of a corpus (hundreds of thousands at 20,000 articles)
        # cost no set each.
        english: list[frozenset[str]] = [full for _, full in looked_up]

        def union(i: int, j: int) -> None:
            ri = i if parent[i] == i else find(i)
            rj = j if parent[j] == j else find(j)
            if ri == rj:
                return
            ei, ej = english[ri], english[rj]
            if ei and ej and not ei & ej:
                return  # two different full names: two people
            parent[rj] = ri  # (ri stays the representative, keyed by english)
            if ej and not ej <= ei:
                english[ri] = ei | ej

        first: dict[str, int] = {}
        for i, (names, _) in enumerate(looked_up):
            for name in names:
                j = first.setdefault(name, i)
                if j != i:
                    union(j, i)
        groups: dict[int, list[int]] = {}
        for i in range(len(members)):
            groups.setdefault(find(i), []).append(i)
        entries: list[CorpusPerson] = []
        by_key: dict[str, CorpusPerson] = {}
        for indices in groups.values():
            entry = self._entry([members[i] for i in indices])
            entries.append(entry)
            for i in indices:
                by_key.setdefault(members[i][1].person.key, entry)
            by_key.setdefault(entry.person.key, entry)
        entries.sort(key=lambda e: (-e.mentions, e.person.name))
        self._view = (entries, by_key)
        return self._view

    @staticmethod
    def _entry(members: list[tuple[str, ArticlePerson]]) -> CorpusPerson:
        per_article: dict[str, int] = defaultdict(int)
        aliases: dict[str, None] = {}
        keys: dict[str, int] = defaultdict(int)
        top, most = members[0][1].person, -1
        for aid, p in members:
            count = len(p.mentions) + len(p.credits)  # (p.count, without the call)
            per_article[aid] += count
            person = p.person
            for alias in person.aliases:
                aliases[alias] = None
            keys[person.key] += 1
            if count > most:  # (the first of the most mentioned, as max() gives it)
                top, most = person, count
        # A full English name's key, else the most frequent key (the first
        # seen of those tied: a set's order made it vary from run to run).
        key = next((k for k in keys if " " in k), None) or max(keys, key=keys.__getitem__)
        alias_tuple = tuple(aliases)
        person = Person(key, display_name(alias_tuple), alias_tuple, top.context)
        articles = tuple(sorted(per_article, key=lambda a: -per_article[a]))
        return CorpusPerson(person, sum(per_article.values()), articles)
