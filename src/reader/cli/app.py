"""``reader [PATH ...]``: open the terminal reader on files and folders."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from reader import __version__
from reader.cli.common import Parser, UsageError, corpus_paths


def build_parser() -> Parser:
    parser = Parser(
        prog="reader",
        description="A terminal reader for Chinese-language articles. Opens the "
        "given files and folders (default: the bundled seeds). "
        "Subcommands: list, show, search, people, index (see 'reader list --help').",
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="an article file or a folder of them")
    return parser


def run_app(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(list(argv))
    for path in args.paths:
        if len(path.parts) == 1 and not path.suffix and not path.exists():
            # A word, not a path: most likely a command mistyped.
            from reader.cli import COMMANDS

            raise UsageError(f"no such command, file or folder: {path} (commands: {', '.join(COMMANDS)})")
    paths = corpus_paths(args.paths)
    if not on_a_terminal():
        # The app would write its screen into a pipe or file and wait for keys that never come.
        raise UsageError(
            "the reader is a full-screen app and needs a terminal (stdin and stdout); to print, use "
            "'reader list', 'show', 'search' or 'people'"
        )
    import gc

    from reader.cli.malloc_arenas import limit_arenas

    limit_arenas()  # (before Textual starts any thread)
    # The app's imports and start make few cycles: the collector waits (the
    # app keeps it off while loading, then turns it back on; its passes
    # over Textual's objects cost ~5 ms of CPU before the first frame).
    collecting = gc.isenabled()
    gc.disable()
    try:
        # Textual is imported only now: `reader --help` and usage errors stay instant.
        from reader.ui.app import ReaderApp

        ReaderApp(paths, collect_after_loading=collecting).run()
    finally:
        if collecting:
            gc.enable()  # (an app that quit before it was loaded)
    return 0


def on_a_terminal() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()
