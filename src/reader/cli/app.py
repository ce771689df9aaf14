"""``reader [PATH ...]``: open the terminal reader on files and folders."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reader import __version__
from reader.cli.common import Parser, corpus_paths


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
    paths = corpus_paths(args.paths)
    import gc

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
