"""Merging the names an article uses into people.

Forms are folded (script-, width- and case-blind), so 黃仁勛 and 黄仁勋 are
one form to begin with. Beyond that, forms join when:

- a bracket or adjacency ties them (奥特曼(Sam Altman));
- the registry says they are one person (辛顿 = Geoffrey Hinton);
- one is a part of exactly one full name in the article: the first or last
  word of an English name (Felix -> Felix Hill), or the first or last part
  of a dotted name (奥特曼 -> 萨姆·奥特曼);
- one is the given name of exactly one three-character name and an address
  after it (淑子阿妈 -> 韩淑子, as her village calls her).

A part shared by two full names (Wang in Jane Wang and Ming Wang) belongs to
neither, so two people are never merged through it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from reader.core.people import lexicon
from reader.core.people.display import is_latin
from reader.core.people.lexicon import WORD
from reader.core.people.names import ADDRESS_SUFFIXES, is_english_stopword, is_han, surname_length
from reader.core.people.registry import Registry
from reader.core.people.roll_items import own_roll_item
from reader.core.people.texts import DOT, Link, Texts
from reader.core.unionfind import UnionFind


@dataclass
class Cluster:
    """One person's forms (folded) and the registry identity, if any."""

    forms: set[str] = field(default_factory=set)
    registry_key: str | None = None


def _parts(form: str, t: Texts) -> list[str]:
    """The parts of a full name that may stand alone for it."""
    if DOT in form:
        pieces = form.split(DOT)
        return [p for p in {pieces[0], pieces[-1]} if len(p) >= 2 and not lexicon.is_common_word(p, WORD)]
    words = form.split(" ")
    if len(words) < 2 or not is_latin(form):
        return []
    return [
        w
        for w in {words[0], words[-1]}
        if len(w) >= 3 and not is_english_stopword(w) and w.lower() not in t.lower_words
    ]


def build_clusters(forms: set[str], links: list[Link], t: Texts, reg: Registry) -> list[Cluster]:
    uf = UnionFind(forms)
    for link in [*links, *_english_before_han(forms, t.plain, t.folded)]:
        if link.a in forms and link.b in forms:
            uf.union(link.a, link.b)
    ambiguous: set[str] = set()
    owners: dict[str, set[str]] = defaultdict(set)
    for form in forms:
        for part in _parts(form, t):
            owners[_norm(part)].add(form)
    # A Chinese or Japanese name's first characters used alone (小野寺 for
    # 小野寺明子), when exactly one longer name starts with them.
    han = sorted(f for f in forms if DOT not in f and not is_latin(f))
    for i, form in enumerate(han):
        j = i + 1
        while j < len(han) and han[j].startswith(form):
            # (a compound surname and one given character is a whole name: 司馬光 beside 司馬光明)
            # (nor is one a roll lists as its own item beside it, nor a famous name: 杨锦、…、杨锦坤; 李白, 李白石)
            short = len(form) >= 2 and len(han[j]) >= 3 and not (len(form) == 3 and surname_length(form, 0) == 2)
            if short and not own_roll_item(t.folded, form, han[j]) and not famous_whole(form, han[j]):
                owners[form].add(han[j])
            j += 1
    # The given name of a four-character name used alone (阿依 for 吉克阿依,
    # 拓真 for 小林拓真), where the text lists that short form too.
    # So too a three-character name's two given characters (桂兰 for 孟桂兰, as her husband calls her).
    for form in han:
        if len(form) == 4 and form[2:] in forms and not own_roll_item(t.folded, form[2:], form):
            owners[form[2:]].add(form)  # (not a roll's own item: 多杰 in 吉祥草、多杰、仁增 beside 夏吾多杰)
        elif (
            len(form) == 3
            and surname_length(form, 0) == 1
            and form[1:] in forms
            and not own_roll_item(t.folded, form[1:], form)
        ):
            owners[form[1:]].add(form)
    # The given name and an address after it (淑子阿妈 for 韩淑子), as neighbours call an elder.
    addressed: dict[str, list[str]] = defaultdict(list)
    for form in han:
        if len(form) >= 3 and form[2:].endswith(ADDRESS_SUFFIXES):
            addressed[form[:2]].append(form)
    for form in han:
        if len(form) == 3 and surname_length(form, 0) == 1:
            for called in addressed.get(form[1:], ()):
                owners[called].add(form)
    # A dharma name without 释 (见安 for 释见安), as a monastic is addressed.
    for form in han:
        if len(form) == 3 and form[0] == "释" and form[1:] in forms:
            owners[form[1:]].add(form)
    by_norm: dict[str, list[str]] = defaultdict(list)
    for form in sorted(forms):
        by_norm[_norm(form)].append(form)
    for part, full in owners.items():
        if len(full) != 1:
            # Shared by two full names (Wang in Jane Wang and Ming Wang):
            # ambiguous, so it joins nothing and is nobody on its own.
            ambiguous.update(by_norm.get(part, ()))
            continue
        (owner,) = full
        known = reg.find(part)
        owner_entry = reg.find(owner)
        if known is not None and (owner_entry is None or owner_entry.key != known.key):
            continue  # Hinton is Geoffrey Hinton, not the start of "Hinton Susan Walker"
        match = next(iter(by_norm.get(part, ())), None)
        if match is not None:
            uf.union(owner, match)
        else:
            # The part stands for the full name wherever it appears alone.
            part_form = _surface_case(owner, part)
            uf.union(owner, part_form)
    by_key: dict[str, str] = {}
    for form in uf:
        entry = reg.find(form)
        if entry is None:
            continue
        if entry.key in by_key:
            uf.union(by_key[entry.key], form)
        else:
            by_key[entry.key] = form
    groups: dict[str, Cluster] = defaultdict(Cluster)
    for form in uf:
        if form not in ambiguous:
            groups[uf.find(form)].forms.add(form)
    clusters = [c for c in groups.values() if c.forms]
    for cluster in clusters:
        keys = {e.key for e in (reg.find(f) for f in cluster.forms) if e is not None}
        # Two registry people in one cluster would be a conflation: keep none.
        cluster.registry_key = next(iter(keys)) if len(keys) == 1 else None
    return clusters


def famous_whole(short: str, full: str) -> bool:
    """李白 beside 李白石: a short form the dictionary lists as a person's name in use, where the longer
    one is no entry, is that famous person's whole name, not the start of the other's (a Chinese name
    is cut to its surname and first given character nowhere but in the tagger's misreadings)."""
    if surname_length(short, 0) >= len(short):
        return False  # (a compound surname alone, 慕容 for 慕容海涛 as 慕容站长 says it)
    entry = lexicon.lookup(short)
    return entry is not None and entry.is_name and entry.freq >= WORD and lexicon.lookup(full) is None


def _english_before_han(forms: set[str], plain: str, folded: str) -> list[Link]:
    """An English full name a space before a Chinese one (Daniel Chow 周子謙, as Hong Kong
    writes a person's two names in one list item), the Chinese name ending there: one person."""
    links = []
    for form in forms:
        if " " not in form or not is_latin(form):
            continue
        at = plain.find(form + " ")
        while at >= 0:
            k = at + len(form) + 1
            run = k
            while run < len(folded) and is_han(folded[run]):
                run += 1
            if folded[k:run] in forms:  # (Han forms are folded, Latin ones keep their case)
                links.append(Link(form, folded[k:run]))
            at = plain.find(form + " ", at + 1)
    return links


def _norm(form: str) -> str:
    return form.lower() if is_latin(form) else form


def _surface_case(owner: str, part: str) -> str:
    """English parts keep their capitals (matched case-sensitively)."""
    if not is_latin(owner):
        return part
    return next(w for w in owner.split(" ") if w.lower() == part)
