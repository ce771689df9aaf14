"""Cleaning: ``clean()`` over the scale corpus, against the code before
issue 9 (commit ``4f5f41f``), whose speed issue 9 says cleaning must keep.
The current version is the one this Python imports: a wheel install's,
compiled (``compiled`` in the output says), or the source of an editable one.

The baseline's ``src/reader`` is taken from git at bench time. Each version
runs in fresh processes (``python -m bench.clean SRC ROOT REPEATS``, with
``SRC`` first on the path), the two alternating round by round. A process
loads the corpus without a cache once (timed: the whole cold load) while
recording every ``clean()`` call as its loader makes it (the text, and the
folder's template lines and the page's hints where that version takes
them), then times those calls again ``REPEATS`` times with the verdict memo
cleared, keeping the best. CPU seconds (``time.process_time``), so that
the other processes of a shared machine weigh less.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import child
from bench.stats import median

BASELINE = "4f5f41f"  # the code before issue 9


def time_clean(src: Path, root: Path, repeats: int) -> dict:
    """In this process: the cold load, then the best of ``repeats`` runs of
    the recorded ``clean()`` calls."""
    import reader
    import reader.core.cleaning
    from reader.core.corpus import load_corpus

    # (either version's module: the signatures differ)
    cleaning: Any = reader.core.cleaning
    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    original = cleaning.clean

    def recording(*args: Any, **kwargs: Any) -> Any:
        calls.append((args, kwargs))
        return original(*args, **kwargs)

    cleaning.clean = recording  # the loader imports it from the module at call time
    start = time.process_time()
    articles = len(load_corpus([root]).articles)
    load_s = time.process_time() - start
    cleaning.clean = original
    memo = verdict_memo()
    best = float("inf")
    for _ in range(repeats):
        if memo is not None:
            memo.clear()  # as a fresh load finds it
        start = time.process_time()
        for args, kwargs in calls:
            original(*args, **kwargs)
        best = min(best, time.process_time() - start)
    return {
        "source": str(Path(reader.__file__).resolve().parent.parent),
        "articles": articles,
        "texts": len(calls),
        "chars": sum(len(str(args[0])) for args, _ in calls),
        "clean_s": best,
        "load_s": load_s,
    }


def verdict_memo() -> dict | None:
    """The memo of line verdicts that a fresh load starts without, wherever
    this version keeps it (``cleaning`` held it before ``line_verdicts``;
    the baseline has none). Missing it would time the repeats warm."""
    import importlib

    for name in ("reader.core.line_verdicts", "reader.core.cleaning"):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        memo = getattr(module, "_VERDICTS", None)
        if memo is not None:
            return memo
    return None


def baseline_source(into: Path) -> tuple[Path | None, str | None]:
    """The baseline's ``src`` extracted under ``into``, or why not."""
    try:
        archive = subprocess.run(
            ["git", "archive", BASELINE, "src/reader"], cwd=child.REPO, capture_output=True, check=True
        )
        subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        detail = getattr(exc, "stderr", b"") or b""
        return None, f"git archive {BASELINE} failed: {exc} {detail.decode(errors='replace').strip()}".strip()
    return into / "src", None


def _run(src: Path, root: Path, repeats: int) -> dict:
    env = {"PYTHONPATH": os.pathsep.join([str(src), str(child.REPO)])}
    return child.run("bench.clean", [str(src), str(root), str(repeats)], env)


def installed() -> tuple[Path, bool]:
    """Where this Python imports ``reader`` from (the installed copy, or ``PYTHONPATH``'s), and whether its
    cleaning is compiled (a wheel install: hatch_build.py)."""
    import importlib.util

    # (found, not imported: importing cleaning would compile its patterns in the bench's own process)
    spec = importlib.util.find_spec("reader.core.cleaning")
    assert spec is not None and spec.origin is not None
    return Path(spec.origin).resolve().parents[2], not spec.origin.endswith(".py")


def measure(root: Path, rounds: int, repeats: int) -> dict:
    current, compiled = installed()
    runs: dict[str, list[dict]] = {"current": [], "baseline": []}
    with tempfile.TemporaryDirectory(prefix="reader-bench-clean-") as tmp:
        old, skipped = baseline_source(Path(tmp))
        versions = {"current": current} if old is None else {"baseline": old, "current": current}
        for i in range(rounds):
            order = list(versions) if i % 2 == 0 else list(reversed(versions))
            for name in order:
                runs[name].append(_run(versions[name], root, repeats))
    out: dict = {"baseline_commit": BASELINE, "rounds": rounds, "repeats": repeats, "compiled": compiled}
    if skipped:
        out["baseline_skipped"] = skipped
    for name, done in runs.items():
        if not done:
            continue
        clean_s = [r["clean_s"] for r in done]
        load_s = [r["load_s"] for r in done]
        out[name] = {
            "texts": done[0]["texts"],
            "articles": done[0]["articles"],
            "chars": done[0]["chars"],
            "clean_min_s": min(clean_s),
            "clean_median_s": median(clean_s),
            "load_min_s": min(load_s),
            "load_median_s": median(load_s),
        }
    if runs["baseline"]:
        # Speed relative to the code before issue 9: above 1 is faster.
        now, then = out["current"], out["baseline"]
        for key in ("clean_min", "clean_median", "load_min", "load_median"):
            out[f"{key}_speed_vs_baseline"] = then[f"{key}_s"] / now[f"{key}_s"]
    return out


if __name__ == "__main__":
    src, root, repeats = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    sys.path.insert(0, str(src))
    json.dump(time_clean(src, root, repeats), sys.stdout)
