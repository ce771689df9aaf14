"""``reader people``: who the articles mention, most mentioned first.

Without ``--article``: one entry per person across the corpus, with the
articles that mention them. With ``--article ID``: that article's people,
their mentions in it, a short context and the mention positions (offsets
into the article's cleaned text, original script), and for names in the
byline their positions in that metadata line.
"""

from __future__ import annotations

import argparse
import sys
from typing import NotRequired, TypedDict

from reader.cli.common import (
    Parser,
    Subparsers,
    add_corpus_options,
    find_article,
    load_corpus_from_args,
    print_json,
)
from reader.core.sanitize import sanitize


class _Entry(TypedDict):
    """One person as printed, and as --json writes them."""

    name: str
    aliases: list[str]
    mentions: int
    articles: list[str]
    key: str
    context: str
    # With --article only:
    positions: NotRequired[list[list[int]]]
    byline: NotRequired[list[list[int | str]]]


def add_parser(subparsers: Subparsers[Parser], name: str) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        name,
        help="list the people the articles mention",
        description="List the people the articles mention, aliases merged across scripts and "
        "languages, most mentioned first.",
    )
    parser.add_argument("--article", metavar="ID", help="only this article (id or unique id prefix)")
    add_corpus_options(
        parser,
        json_help='print {"people": [{"name", "aliases", "mentions", "articles", ...}]} as JSON',
    )
    return parser


def run(args: argparse.Namespace) -> int:
    from reader.core.people import PeopleIndex, extract_people

    corpus = load_corpus_from_args(args)
    if args.article is not None:
        article = find_article(corpus, args.article)
        entries: list[_Entry] = [
            {
                "name": p.person.name,
                "aliases": list(p.person.aliases),
                "mentions": p.count,
                "articles": [article.id],
                "key": p.person.key,
                "context": p.person.context,
                "positions": [[m.start, m.end] for m in p.mentions],
                # Names in the byline: offsets into that metadata line.
                "byline": [[m.start, m.end, m.field] for m in p.credits],
            }
            for p in extract_people(article)
        ]
    else:
        index = PeopleIndex()
        for article in corpus:
            index.add(article, extract_people(article))
        entries = [
            {
                "name": e.person.name,
                "aliases": list(e.person.aliases),
                "mentions": e.mentions,
                "articles": list(e.articles),
                "key": e.person.key,
                "context": e.person.context,
            }
            for e in index.people()
        ]
    from reader.core.people.tagger import unavailable

    if unavailable():
        print(f"reader: note: {unavailable()}", file=sys.stderr)
    if args.json:
        print_json({"people": entries})
        return 0
    if not entries:
        print("no people found")
        return 0
    for e in entries:
        others = [a for a in e["aliases"] if a != e["name"]]
        line = f"{_clean(e['name'])}  ×{e['mentions']}"
        if others:
            line += "  (" + ", ".join(_clean(a) for a in others) + ")"
        if args.article is None:
            line += "  in " + ", ".join(e["articles"])
        print(line)
        if e["context"]:
            print(f"    {_clean(e['context'])}")
    return 0


def _clean(text: str) -> str:
    return sanitize(text).replace("\n", " ")
