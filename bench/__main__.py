"""``python -m bench [--quick] [--articles N]``: generate the scale corpus, measure, report."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

from bench import generate, machine, report

DEFAULT_OUT = Path(__file__).resolve().parent / "out" / "results.json"
SECTIONS = ("startup", "index", "search", "switch", "people", "memory", "clean")


@dataclass(frozen=True)
class Plan:
    """How big and how often: the full run, or the quick one."""

    articles: int
    chars: int
    large: tuple[int, ...]
    startup_repeats: int
    index_repeats: int
    search_repeats: int
    switch_repeats: int
    people_repeats: int
    memory_repeats: int
    clean_rounds: int
    clean_repeats: int


FULL = Plan(generate.DEFAULT_ARTICLES, generate.DEFAULT_CHARS, generate.LARGE_BYTES, 5, 3, 20, 5, 3, 3, 4, 3)
# Characters per article of the default corpus; --articles N scales the total.
CHARS_PER_ARTICLE = generate.DEFAULT_CHARS // generate.DEFAULT_ARTICLES
# Quick: the large article shrinks to 200 KB and there is no 5 MB one.
QUICK = Plan(120, 250_000, (200_000,), 2, 2, 5, 2, 1, 1, 1, 1)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description="Benchmarks of the reader (issue 6).")
    parser.add_argument("--quick", action="store_true", help="small corpus, few repeats (under a minute)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"JSON results (default {DEFAULT_OUT})")
    parser.add_argument(
        "--corpus-dir",
        type=Path,
        help="generate the scale corpus here (must be empty or absent; default: a temp dir); "
        "a corpus this generator already wrote there with the same size is reused",
    )
    parser.add_argument("--only", choices=SECTIONS, action="append", help="run only these sections")
    parser.add_argument(
        "--articles",
        type=int,
        metavar="N",
        help=f"articles in the scale corpus (default {generate.DEFAULT_ARTICLES}; "
        f"{CHARS_PER_ARTICLE:,} characters each on average)",
    )
    parser.add_argument("--startup-repeats", type=int, metavar="N", help="warm launches of each app")
    return parser.parse_args(argv)


def run(args: argparse.Namespace) -> dict:
    plan = QUICK if args.quick else FULL
    if args.articles:
        plan = replace(plan, articles=args.articles, chars=args.articles * plan.chars // plan.articles)
    if args.startup_repeats:
        plan = replace(plan, startup_repeats=args.startup_repeats)
    sections = args.only or list(SECTIONS)
    results: dict = {"mode": "quick" if args.quick else "full", "machine": machine.describe()}
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as tmp:
        root = args.corpus_dir or Path(tmp, "corpus")
        start = time.perf_counter()
        corpus = _reuse(root, plan) or generate.generate(root, plan.articles, plan.chars, plan.large)
        results["corpus"] = corpus.to_json() | {"generate_s": time.perf_counter() - start}
        results["corpus"].pop("people")
        _progress(f"corpus: {corpus.articles} articles, {corpus.chars:,} chars in {root}")
        measure(results, sections, plan, root, corpus)
    results["budget"] = report.check(results)
    return results


def measure(results: dict, sections: list[str], plan: Plan, root: Path, corpus: generate.GeneratedCorpus) -> None:
    from reader.core.corpus import load_corpus
    from reader.core.resources import seeds_dir

    start = time.perf_counter()
    articles = load_corpus([root]).articles
    seconds = time.perf_counter() - start
    chars = sum(a.chars for a in articles)
    results["load"] = {"articles": len(articles), "chars": chars, "seconds": seconds, "chars_per_s": chars / seconds}
    results["load"] |= _cached_load(root)
    results["cli"] = _cli(root)

    if "startup" in sections:
        from bench import queries, startup

        _progress("startup")
        typing = [q.text for q in queries.query_mix(root) if q.text.isalnum()]
        results["startup"] = startup.measure(
            {"seeds": [seeds_dir()], "scale": [root]}, plan.startup_repeats, typing={"scale": typing}
        )
    if "index" in sections:
        from bench import index

        _progress("index build")
        results["index"] = index.measure(articles, plan.index_repeats)
    if "search" in sections:
        from bench import queries, search

        _progress("search")
        results["search"] = search.measure(articles, root, queries.query_mix(root), plan.search_repeats)
    if "switch" in sections:
        from bench import switch

        _progress("script switching")
        results["switch"] = switch.measure(root / corpus.large[0], plan.switch_repeats)
    if "people" in sections:
        from bench import people

        _progress("people")
        results["people"] = people.measure(root, plan.people_repeats)
    if "memory" in sections:
        from bench import memory

        _progress("memory")
        results["memory"] = memory.measure(root, plan.memory_repeats)
    if "clean" in sections:
        from bench import clean

        _progress("cleaning, against the code before issue 9")
        results["clean"] = clean.measure(root, plan.clean_rounds, plan.clean_repeats)


def _reuse(root: Path, plan: Plan) -> generate.GeneratedCorpus | None:
    """The corpus already generated at ``root`` for this plan, if any (the
    20,000-article one takes minutes to write)."""
    import json

    try:
        data = json.loads((root / generate.MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("articles") != plan.articles or len(data.get("large", ())) != len(plan.large):
        return None
    people = tuple(generate.GeneratedPerson(**p) for p in data["people"])
    return generate.GeneratedCorpus(
        root, data["articles"], data["chars"], data["bytes"], data["traditional"], tuple(data["large"]), people
    )


def _cached_load(root: Path) -> dict:
    """The corpus loaded through the article cache: cold (empty) and warm."""
    from bench import child

    with tempfile.TemporaryDirectory(prefix="reader-bench-cache-") as cache:
        env = {"READER_CACHE_DIR": cache}
        cold = child.run("bench.load", [str(root)], env)
        warm = child.run("bench.load", [str(root)], env)
    return {
        "cached_cold_s": cold["seconds"],
        "cached_warm_s": warm["seconds"],
        "cached_warm_articles": warm["articles"],
    }


_CLI = "import sys; from reader.cli import main; raise SystemExit(main(sys.argv[1:]))"


def _cli(root: Path) -> dict:
    """``reader search`` end to end, in a fresh process: the first run fills
    the caches (cold), the second uses them (warm, median of three)."""
    import os
    import subprocess

    from bench.stats import median

    def run(env: dict[str, str]) -> float:
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", _CLI, "search", "模型", "--limit", "20", "--corpus", str(root)],
            check=True,
            capture_output=True,
            env=env,
            cwd=Path(__file__).resolve().parent.parent,
        )
        return time.perf_counter() - start

    with tempfile.TemporaryDirectory(prefix="reader-bench-cli-") as tmp:
        env = dict(os.environ, READER_CACHE_DIR=str(Path(tmp, "cache")), READER_STATE_DIR=str(Path(tmp, "state")))
        cold = run(env)
        warm = median([run(env) for _ in range(3)])
    return {"query": "模型", "search_cold_s": cold, "search_warm_s": warm}


def _progress(message: str) -> None:
    print(f"… {message}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    results = run(args)
    report.write_json(results, args.out)
    print(report.render(results))
    print(f"\nJSON: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
