"""The fixed query mix for the search benchmark.

Words come from the seeds (so they are in every generated corpus, with the
skew the generator gives them); person names come from the generated
corpus's manifest, so they are fixed for a given generator seed. Each query
is what a user types into the reader; the peers get the same terms, as the
reader's own parse_query splits them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from bench.generate import MANIFEST
from reader.core.conversion import convert
from reader.core.views import View


@dataclass(frozen=True)
class Query:
    kind: str
    text: str


# (kind, query) written for the seeds' vocabulary.
WORD_QUERIES = (
    ("1 char, very common", "的"),
    ("1 char", "梦"),
    ("2 chars", "模型"),
    ("2 chars", "董事"),
    ("4 chars", "人工智能"),
    ("4 chars", "深度学习"),
    ("person, Simplified", "黄仁勋"),
    ("person, Traditional", "黃仁勳"),
    ("English word", "OpenAI"),
    ("English word, common", "AI"),
    ("English phrase", '"scaling law"'),
    ("AND, 2 terms", "伊利亚 安全"),
    ("AND, 3 terms", "OpenAI 微软 投资"),
    ("absent", "量子纠缠"),
)


def _person(people: list[dict], kind: str, rare: bool, scripts_differ: bool = False) -> str:
    """The most (or least) mentioned generated person of a kind; with
    ``scripts_differ``, one whose name changes in Traditional."""
    chosen = [p["name"] for p in people if p["kind"] == kind]
    if scripts_differ:
        chosen = [name for name in chosen if convert(name, View.TRADITIONAL) != name]
    return chosen[-1] if rare else chosen[0]


def query_mix(corpus_root: Path) -> list[Query]:
    """The word queries plus generated people in both scripts."""
    people = json.loads((corpus_root / MANIFEST).read_text("utf-8"))["people"]
    common_cn = _person(people, "chinese", rare=False, scripts_differ=True)
    translit = _person(people, "transliterated", rare=False, scripts_differ=True)
    queries = [Query(kind, text) for kind, text in WORD_QUERIES]
    queries += [
        Query("generated person, Simplified", common_cn),
        Query("generated person, Traditional", convert(common_cn, View.TRADITIONAL)),
        Query("transliterated name with ·", translit),
        Query("transliterated, Traditional", convert(translit, View.TRADITIONAL)),
        Query("English name", _person(people, "english", rare=False)),
        Query("rare person (1 article)", _person(people, "chinese", rare=True)),
    ]
    return queries
