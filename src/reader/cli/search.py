"""``reader search QUERY``: ranked articles with the hits marked in snippets.

The first line says how many articles match (all of them, even when
``--limit`` shows fewer). Each result is its id, its title with the hits
marked and its hit count (title and text together), then its snippets, each
on its own lines indented under the result: on a terminal a snippet is
wrapped to the width with every line indented; piped, it is one line. Hits
are marked «like this» in JSON and when piped, and in reverse video on a
terminal. An ellipsis stands where text was left out.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader.cli.common import (
    Parser,
    Subparsers,
    UsageError,
    add_corpus_options,
    corpus_paths,
    listed_or_loaded,
    print_json,
)
from reader.core.linebreak import wrap
from reader.core.plural import agree, plural
from reader.core.query import blank_reason
from reader.core.sanitize import sanitize
from reader.core.search import Results, SearchResult, Snippet
from reader.core.search_engine import SearchEngine, build_engine, saved_engine

if TYPE_CHECKING:
    from reader.core.article_cache import ArticleCache
    from reader.core.corpus import Corpus
    from reader.core.model import Article
    from reader.core.search_cache import IndexStore

OPEN_MARK, CLOSE_MARK = "«", "»"
_REVERSE, _RESET = "\x1b[7m", "\x1b[0m"
INDENT = "    "
ELLIPSIS = "…"


def add_parser(subparsers: Subparsers[Parser], name: str) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        name,
        help="search the articles",
        description="Search the titles and texts of the articles, ignoring script (Simplified/Traditional), "
        'width and case. Terms are separated by spaces and must all occur; "a phrase" is one term; '
        "punctuation (%, ——, () is searched like any other character.",
    )
    parser.add_argument("query", metavar="QUERY", help="one or more terms; quote a phrase: '\"scaling law\"'")
    parser.add_argument(
        "--limit",
        type=int,
        default=None,
        metavar="N",
        help="show only the best N articles (the count still says how many match); default: all",
    )
    add_corpus_options(
        parser,
        json_help='print {"query", "total", "results": [{"id", "title", "score", "hits", "title_hits", '
        '"snippets"}]} as JSON',
    )
    return parser


def run(args: argparse.Namespace) -> int:
    if args.limit is not None and args.limit < 1:
        raise UsageError("--limit must be at least 1")
    reason = blank_reason(args.query)
    if reason is not None:
        raise UsageError(reason)
    paths = corpus_paths(args.corpus)
    return _answer(args, _search(args, paths))


def _search(args: argparse.Namespace, paths: list[Path]) -> Results:
    """The results of the query, every result's text read.

    Through the article cache, the articles' texts stay in the cache
    (``lazy_texts``) while the engine can be opened from the search cache
    without them (a large corpus's saved tantivy index): then only the
    results' texts are read, in one query. When the files are those the
    article cache's listing of these paths was saved with (the same walk,
    the same stats), the articles come from that listing and nothing else
    is read. Otherwise every text is read and the engine restored or built
    as usual.
    """
    from reader.core.article_cache import ArticleCache
    from reader.core.model import TextGone
    from reader.core.search_cache import IndexStore

    with contextlib.ExitStack() as stack:
        cache = ArticleCache.open()
        if cache is not None:
            stack.callback(cache.close)
        store = IndexStore.open()
        if store is not None:
            stack.enter_context(store)
        if cache is not None:
            try:
                cache.lazy_texts = True
                return _search_listed(args, paths, cache, store)
            except TextGone:
                # Another instance replaced a row meanwhile: read everything.
                cache.lazy_texts = False
        return _search_loaded(args, _load(paths, cache).articles, cache, store)
    raise AssertionError("unreachable")


def _load(paths: list[Path], cache: ArticleCache | None) -> Corpus:
    from reader.core import corpus

    return corpus.load_corpus(paths, cache)


def _search_listed(
    args: argparse.Namespace, paths: list[Path], cache: ArticleCache, store: IndexStore | None
) -> Results:
    """:func:`_search_loaded`, the articles taken from the article cache's
    listing of ``paths`` if the walk finds the same files, else loaded (and
    listed)."""
    if store is None:
        return _search_loaded(args, _load(paths, cache).articles, cache, store)
    articles = listed_or_loaded(paths, cache)
    return _search_loaded(args, articles, cache, store)


def _search_loaded(
    args: argparse.Namespace, articles: Sequence[Article], cache: ArticleCache | None, store: IndexStore | None
) -> Results:
    index: SearchEngine | None = saved_engine(articles, store) if store is not None else None
    if index is None:
        if cache is not None:
            cache.fill(articles)
        # A large corpus's index is built (and saved) before answering, with
        # no exact engine meanwhile: that one ranks the same matches
        # differently, and the same search must print the same, cold or
        # warm. (No search cache: it could not be opened, and said so once.)
        index = build_engine(articles, cache=store is not None, final=True)
    results = index.search(args.query, limit=args.limit)
    if cache is not None:
        cache.fill(r.article for r in results)
    return results


def _answer(args: argparse.Namespace, results: Results) -> int:
    if args.json:
        print_json(
            {
                "query": args.query,
                "total": results.total,
                "results": [
                    {
                        "id": r.id,
                        "title": r.title,
                        "score": round(r.score, 4),
                        "hits": r.count,
                        "title_hits": len(r.title_hits),
                        "snippets": [s.plain(OPEN_MARK, CLOSE_MARK) for s in r.snippets],
                    }
                    for r in results
                ],
            }
        )
        return 0
    if not results:
        print(f"no articles match {_clean(args.query)!r}")
        return 0
    tty = sys.stdout.isatty()
    width = shutil.get_terminal_size().columns if tty else None
    print(count_line(results.total, len(results)))
    for r in results:
        for line in result_lines(r, tty, width):
            print(line)
    return 0


def count_line(total: int, shown: int) -> str:
    line = f"{plural(total, 'article')} {agree(total, 'matches', 'match')}"
    if shown < total:
        line += f"; the best {shown} shown (--limit)"
    return line


def result_lines(result: SearchResult, tty: bool, width: int | None) -> list[str]:
    """A result's heading line and its snippets' indented lines."""
    hits = result.count
    title = _marked(result.title, [(h.start, h.end) for h in result.title_hits], tty)
    lines = [f"{result.id}  {title}  ({plural(hits, 'hit')})"]
    for snippet in result.snippets:
        lines.extend(snippet_lines(snippet, tty, width))
    return lines


def snippet_lines(snippet: Snippet, tty: bool, width: int | None) -> list[str]:
    """One snippet, indented; wrapped to ``width`` with every line indented."""
    text = (("" if snippet.at_start else ELLIPSIS) + snippet.text + ("" if snippet.at_end else ELLIPSIS)).replace(
        "\n", " "
    )
    shift = 0 if snippet.at_start else len(ELLIPSIS)
    marks = [(a + shift, b + shift) for a, b in snippet.marks]
    if width is None or width <= len(INDENT) + 10:
        return [INDENT + _marked(text, marks, tty)]
    lines = []
    for start, end in wrap(text, width - len(INDENT)):
        inside = [(max(a, start) - start, min(b, end) - start) for a, b in marks if a < end and b > start]
        lines.append(INDENT + _marked(text[start:end], inside, tty))
    return lines


def _marked(text: str, marks: list[tuple[int, int]], tty: bool) -> str:
    """``text`` with the spans ``marks`` marked; everything sanitized, but our
    own escapes kept."""
    before, after = (_REVERSE, _RESET) if tty else (OPEN_MARK, CLOSE_MARK)
    out, pos = [], 0
    for a, b in marks:
        out.append(_clean(text[pos:a]) + before + _clean(text[a:b]) + after)
        pos = b
    out.append(_clean(text[pos:]))
    return "".join(out)


def _clean(text: str) -> str:
    return sanitize(text).replace("\n", " ")
