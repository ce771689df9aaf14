"""What every subcommand shares: the parser, corpus options, errors, output."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from reader import __version__

if TYPE_CHECKING:
    from collections.abc import Sequence

    from reader.core.article_cache import ArticleCache
    from reader.core.corpus import Corpus
    from reader.core.model import Article


class UsageError(Exception):
    """Bad input: an unknown id, a missing path, a bad option. Exit 2."""


class CommandError(Exception):
    """Any other failure. Exit 1."""


def fail(message: str, status: int) -> int:
    print(f"reader: error: {message}", file=sys.stderr)
    return status


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message}{_path_hint(message)} (see '{self.prog} --help')")


def _path_hint(message: str) -> str:
    """`reader list FOLDER` is the natural first try: when an argument argparse
    did not take is a file or folder, say how commands name one."""
    head = "unrecognized arguments: "
    if not message.startswith(head):
        return ""
    paths = [arg for arg in message[len(head) :].split() if not arg.startswith("-") and Path(arg).exists()]
    return f"; name articles with --corpus {paths[0]}" if paths else ""


# What build_parser hands each subcommand's add_parser.
Subparsers = argparse._SubParsersAction  # (argparse's own name for it)


def build_parser(commands: Iterable[str]) -> tuple[Parser, Subparsers[Parser]]:
    parser = Parser(
        prog="reader",
        description="A terminal reader for Chinese-language articles. "
        "With no command, opens the reader on PATHs (default: the bundled seeds).",
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="{" + ",".join(commands) + "}", parser_class=Parser)
    sub.required = True
    return parser, sub


def add_corpus_option(parser: argparse.ArgumentParser) -> None:
    """``--corpus PATH``, repeatable: every command's way to name the articles."""
    parser.add_argument(
        "--corpus",
        action="append",
        type=Path,
        metavar="PATH",
        help="a file or folder of articles; repeatable (default: the bundled seeds)",
    )


def add_corpus_options(parser: argparse.ArgumentParser, *, json_help: str = "print JSON") -> None:
    add_corpus_option(parser)
    parser.add_argument("--json", action="store_true", help=json_help)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def corpus_paths(paths: Iterable[Path] | None) -> list[Path]:
    """The paths to load, checked: the bundled seeds when none are given."""
    from reader.core.resources import seeds_dir

    chosen = list(paths or []) or [seeds_dir()]
    for path in chosen:
        if not path.exists():
            raise UsageError(f"no such file or folder: {path}")
    return chosen


def load_corpus_from_args(args: argparse.Namespace) -> Corpus:
    """Load the corpus named by ``--corpus`` (or the seeds), through the
    article cache in the user cache folder."""
    from reader.core.corpus import load_corpus

    return load_corpus(corpus_paths(args.corpus), cache=True)


def listed_or_loaded(paths: list[Path], cache: ArticleCache) -> Sequence[Article]:
    """The articles of ``paths``: from the article cache's listing when a
    walk finds the files it was saved with (in the order loading gives, by
    id; each built only when asked), else loaded and listed."""
    from reader.core import corpus
    from reader.core.listing_walk import Walk

    walk = Walk(paths)
    listed = cache.listed_articles(paths, walk)
    if listed is not None:
        cache.restore_tables()  # the fold table, as loading would have restored it
        return listed[0]
    loaded = corpus.load_corpus(paths, cache)
    cache.save_listing(paths, [*loaded.articles, *loaded.skipped], walk)
    return loaded.articles


def find_article(corpus: Corpus, article_id: str) -> Article:
    """The article with this id or unique id prefix, or a usage error."""
    try:
        return corpus.get(article_id)
    except LookupError as exc:
        raise UsageError(str(exc.args[0] if exc.args else exc)) from None
