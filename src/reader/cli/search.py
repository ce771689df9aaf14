"""``reader search QUERY``: ranked articles with the hits marked in snippets.

Snippets are printed on one line each: a paragraph break inside a snippet
becomes a space. Hits are marked «like this» in JSON and when piped, and in
reverse video on a terminal.
"""

from __future__ import annotations

import argparse
import sys

from reader.cli.common import UsageError, add_corpus_options, load_corpus_from_args, print_json
from reader.core.sanitize import sanitize
from reader.core.search_engine import build_engine

OPEN_MARK, CLOSE_MARK = "«", "»"
_REVERSE, _RESET = "\x1b[7m", "\x1b[0m"


def add_parser(subparsers, name: str) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        name,
        help="search the articles",
        description="Search the articles, ignoring script (Simplified/Traditional), width and case. "
        'Terms are separated by spaces and must all occur; "a phrase" is one term.',
    )
    parser.add_argument("query", metavar="QUERY", help='one or more terms; quote a phrase: \'"scaling law"\'')
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="show at most N articles")
    add_corpus_options(
        parser,
        json_help='print {"query", "results": [{"id", "title", "score", "hits", "snippets"}]} as JSON',
    )
    return parser


def run(args: argparse.Namespace) -> int:
    if args.limit is not None and args.limit < 1:
        raise UsageError("--limit must be at least 1")
    index = build_engine(load_corpus_from_args(args))
    results = index.search(args.query, limit=args.limit)
    if args.json:
        print_json(
            {
                "query": args.query,
                "results": [
                    {
                        "id": r.id,
                        "title": r.title,
                        "score": round(r.score, 4),
                        "hits": len(r.hits),
                        "snippets": [s.plain(OPEN_MARK, CLOSE_MARK) for s in r.snippets],
                    }
                    for r in results
                ],
            }
        )
        return 0
    if not results:
        print(f"no articles match {sanitize(args.query)!r}")
        return 0
    tty = sys.stdout.isatty()
    for r in results:
        hits = len(r.hits)
        print(f"{r.id}  {_clean(r.title)}  ({hits} hit{'s' if hits != 1 else ''})")
        for snippet in r.snippets:
            before, after = (_REVERSE, _RESET) if tty else (OPEN_MARK, CLOSE_MARK)
            # Sanitize the pieces, not the line: our own escapes must stay.
            line = "".join(before + _clean(p) + after if hit else _clean(p) for p, hit in snippet.pieces())
            print(f"    …{line}…")
    return 0


def _clean(text: str) -> str:
    return sanitize(text).replace("\n", " ")
