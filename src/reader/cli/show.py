"""``reader show ID``: an article's cleaned text, in the script asked for."""

from __future__ import annotations

import argparse

from reader.cli.common import (
    Parser,
    Subparsers,
    add_corpus_options,
    find_article,
    load_corpus_from_args,
    print_json,
)
from reader.core.conversion import convert, view_for
from reader.core.views import View


def add_parser(subparsers: Subparsers[Parser], name: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name,
        help="print an article's cleaned text",
        description="Print an article's cleaned text: the title, then its paragraphs separated by blank lines.",
    )
    parser.add_argument("id", metavar="ID", help="an article id, or any unique prefix of one (see 'reader list')")
    parser.add_argument(
        "--script",
        choices=[v.value for v in View],
        default=View.ORIGINAL.value,
        help="print the text as written (original), in Simplified, or in Traditional with Taiwan phrasing",
    )
    add_corpus_options(parser)
    return parser


def run(args: argparse.Namespace) -> int:
    article = find_article(load_corpus_from_args(args), args.id)
    view = View(args.script)
    # An article already in that script is printed as written.
    shown = view_for(view, article.script)
    if args.json:
        print_json(
            {
                "id": article.id,
                "title": convert(article.title, shown),
                "source": article.source,
                "author": article.author,
                "date": article.date,
                "script": article.script.value,
                "view": view.value,
                "paragraphs": [convert(p, shown) for p in article.paragraphs],
            }
        )
        return 0
    print(convert(article.title, shown))
    for paragraph in article.paragraphs:
        print()
        print(convert(paragraph, shown))
    return 0
