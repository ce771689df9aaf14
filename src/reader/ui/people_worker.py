"""Find the people of one article in a child process.

``python -m reader.ui.people_worker`` reads a pickled Article on stdin and
writes the pickled list of ArticlePerson on stdout. The loader uses it for
huge articles, where the finder would hold the GIL long enough to freeze the
UI. A plain subprocess, not multiprocessing: it can be killed at once when
the user quits, and it never touches the terminal Textual is drawing on.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.model import Article
    from reader.core.people import ArticlePerson

# How often a wait on the child checks whether the user has gone.
POLL_SECONDS = 0.1


class Cancelled(Exception):
    pass


def find_people_apart(article: Article, cancelled: Callable[[], bool]) -> list[ArticlePerson]:
    """``extract_people(article)``, run in a child process."""
    child = subprocess.Popen(
        [sys.executable, "-m", __name__],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    data: bytes | None = pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL)
    try:
        while True:
            if cancelled():
                raise Cancelled
            try:
                out, err = child.communicate(data, timeout=POLL_SECONDS)
                break
            except subprocess.TimeoutExpired:
                data = None  # already handed over; later calls only wait
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    if child.returncode != 0:
        lines = err.decode("utf-8", "replace").strip().splitlines()
        raise RuntimeError(lines[-1] if lines else f"people finder exited with {child.returncode}")
    return pickle.loads(out)


def main() -> None:
    from reader.core.people import extract_people

    article = pickle.load(sys.stdin.buffer)
    people = extract_people(article)
    pickle.dump(people, sys.stdout.buffer, protocol=pickle.HIGHEST_PROTOCOL)


if __name__ == "__main__":
    main()
