"""``reader list``: the articles of a corpus, and the files it skipped."""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Sequence

from reader.cli.common import Parser, Subparsers, add_corpus_options, load_corpus_from_args, print_json
from reader.core.linebreak import cell_len, truncate
from reader.core.sanitize import sanitize

_COLUMNS = ("ID", "SCRIPT", "CHARS", "DATE", "TITLE")
_GAP = "  "


def add_parser(subparsers: Subparsers[Parser], name: str) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(name, help="list the articles", description="List the articles of a corpus.")
    add_corpus_options(
        parser,
        json_help='print {"articles": [...], "skipped": [...]} as JSON; "skipped" also lists the files read '
        'in spite of a problem (with "read": true and the article\'s "id")',
    )
    return parser


def run(args: argparse.Namespace) -> int:
    corpus = load_corpus_from_args(args)
    if args.json:
        print_json(
            {
                "articles": [
                    {
                        "id": a.id,
                        "title": a.title,
                        "source": a.source,
                        "author": a.author,
                        "date": a.date,
                        "script": a.script.value,
                        "chars": a.chars,
                        "replaced_bytes": a.replaced_bytes,
                    }
                    for a in corpus
                ],
                "skipped": [{"path": sanitize(str(s.path)), "reason": s.reason, "read": False} for s in corpus.skipped]
                + [
                    {"path": sanitize(str(a.path)), "reason": a.note, "read": True, "id": a.id}
                    for a in corpus
                    if a.note
                ],
            }
        )
        return 0
    rows = [(a.id, a.script.value, str(a.chars), a.date or "", a.title) for a in corpus]
    # Only a terminal is narrow; a pipe gets whole titles.
    width = shutil.get_terminal_size().columns if sys.stdout.isatty() else None
    for line in table(_COLUMNS, rows, width):
        print(line)
    noted = [a for a in corpus if a.note]
    if corpus.skipped or noted:
        print()
        for s in corpus.skipped:
            print(f"skipped {sanitize(str(s.path))}: {s.reason}")
        for a in noted:
            print(f"note {sanitize(str(a.path))}: {a.note}")
    return 0


def table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]], width: int | None = None) -> list[str]:
    """Columns aligned by terminal cells (a Chinese character takes two);
    the last column is cut to ``width`` when one is given."""
    rows = [tuple(sanitize(cell).replace("\n", " ") for cell in row) for row in rows]
    widths = [max(cell_len(row[i]) for row in [header, *rows]) for i in range(len(header) - 1)]
    lines = []
    for row in [header, *rows]:
        cells = [cell + " " * (w - cell_len(cell)) for cell, w in zip(row, widths, strict=False)]
        line = _GAP.join([*cells, row[-1]])
        lines.append(truncate(line, width) if width else line)
    return lines
