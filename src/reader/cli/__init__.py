"""The ``reader`` command: the terminal app, or a scriptable subcommand.

``reader [PATH ...]`` opens the app; ``reader list|show|search|people`` print
to stdout; ``reader index`` builds the search index ahead. Subcommands live
one per module in this package and are imported only when used, so that
starting the app pays for none of them.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

from reader.cli.common import CommandError, UsageError, build_parser, fail

# name -> module under reader.cli that defines add_parser() and run()
COMMANDS = {
    "list": "articles",
    "show": "show",
    "search": "search",
    "people": "people",
    "index": "index",
}


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if args_list and args_list[0] in COMMANDS:
            return _run_command(args_list)
        return _run_app(args_list)
    except UsageError as exc:
        return fail(str(exc), 2)
    except CommandError as exc:
        return fail(str(exc), 1)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `reader list | head` closes the pipe early; that is not an error.
        sys.stderr.close()
        return 0


def _run_command(argv: list[str]) -> int:
    # argv[0] names the command, so only its module is imported.
    parser, sub = build_parser(COMMANDS)
    module = importlib.import_module(f"reader.cli.{COMMANDS[argv[0]]}")
    module.add_parser(sub, argv[0])
    args = parser.parse_args(argv)
    status: int = module.run(args)
    return status


def _run_app(argv: list[str]) -> int:
    from reader.cli.app import run_app

    return run_app(argv)
