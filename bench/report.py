"""The budgets (issue 12, with the rows of issue 6 it keeps), checked
against the figures; the table and the JSON. Issue 12's limits depend on the
corpus size: the 2,000-article column up to 2,000 articles, the
20,000-article column from 20,000 (and in between, interpolated linearly)."""

from __future__ import annotations

import json
import operator
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Target:
    what: str
    path: tuple[str, ...]  # where the figure sits in the results
    unit: str
    limit: float
    compare: Callable[[float, float], bool]
    target: str
    # where the results say the milestone behind the figure never came (in how many seconds)
    never: tuple[str, ...] | None = None

    def measured(self, results: dict) -> float | None:
        value = figure(results, self.path)
        return None if value is None else float(value)


LE, GE, LT = operator.le, operator.ge, operator.lt

SMALL, LARGE = 2000, 20000


def _scaled(small: float, large: float, articles: int) -> float:
    share = min(max((articles - SMALL) / (LARGE - SMALL), 0.0), 1.0)
    return small + (large - small) * share


def _row(
    what: str,
    path: tuple[str, ...],
    unit: str,
    small: float,
    large: float,
    articles: int,
    words: str,
    never: str | None = None,
) -> Target:
    limit = _scaled(small, large, articles)
    reached = (*path[:-1], f"{never}_not_within_s") if never else None
    return Target(what, path, unit, limit, LE, f"≤ {limit:g}{words}", reached)


# Search ready after a launch that cleans every file (cold, or after an
# upgrade), at 2,000 and at 20,000 articles.
COLD_READY_S = (2.0, 20.0)


def budget(articles: int) -> tuple[Target, ...]:
    """The targets for a scale corpus of ``articles`` articles."""
    n = articles
    return (
        _row(
            "titles on screen, seeds, warm", ("startup", "seeds", "titles_ratio"), "× bare", 1.5, 1.5, n, " × bare app"
        ),
        _row(
            "titles on screen, scale, warm", ("startup", "scale", "titles_ratio"), "× bare", 1.5, 2.0, n, " × bare app"
        ),
        _row(
            "search ready after launch, warm",
            ("startup", "scale", "search_ready_s"),
            "s",
            0.8,
            4.0,
            n,
            " s",
            "search_ready",
        ),
        _row(
            "search ready after launch, cold",
            ("startup", "scale", "cold", "search_ready_s"),
            "s",
            *COLD_READY_S,
            n,
            " s",
            "search_ready",
        ),
        _row(
            "everyone's people in the app, warm",
            ("startup", "scale", "people_done_after_search_s"),
            "s",
            1.0,
            5.0,
            n,
            " s after search ready",
            "people_done",
        ),
        _row("longest UI stall while loading, warm", ("startup", "scale", "max_stall_s"), "s", 0.05, 0.05, n, " s"),
        _row(
            "longest UI stall while loading, cold",
            ("startup", "scale", "cold", "max_stall_s"),
            "s",
            0.05,
            0.05,
            n,
            " s",
        ),
        # The first launch after an upgrade cleans every article again (the
        # cache's rows name older code): a cold load's budget.
        _row(
            "search ready after launch, after an upgrade",
            ("startup", "scale", "upgrade", "search_ready_s"),
            "s",
            *COLD_READY_S,
            n,
            " s",
            "search_ready",
        ),
        _row(
            "longest UI stall while loading, after an upgrade",
            ("startup", "scale", "upgrade", "max_stall_s"),
            "s",
            0.05,
            0.05,
            n,
            " s",
        ),
        _row("keystroke to results on screen p50", ("startup", "scale", "keystroke_p50_ms"), "ms", 80, 120, n, " ms"),
        _row("keystroke to results on screen p95", ("startup", "scale", "keystroke_p95_ms"), "ms", 150, 250, n, " ms"),
        _row("search engine p50", ("search", "reader_p50_ms"), "ms", 2.0, 5.0, n, " ms"),
        _row("search engine p95", ("search", "reader_p95_ms"), "ms", 15.0, 50.0, n, " ms"),
        _row("peak RSS of the app's process, warm", ("startup", "scale", "rss_mb"), "MB", 150, 800, n, " MB"),
        _row("reader search CLI, warm", ("cli", "search_warm_s"), "s", 0.6, 2.0, n, " s"),
        # Kept from issue 6.
        Target("index build, cold", ("index", "cold_chars_per_s"), "chars/s", 5e6, GE, "≥ 5 M chars/s"),
        Target("search vs ripgrep (median ratio)", ("search", "median_ratio_vs_ripgrep"), "×", 0.3, LE, "≤ 0.3"),
        Target("search vs tantivy (median ratio)", ("search", "median_ratio_vs_tantivy"), "×", 1.0, LT, "< 1 (ahead)"),
        Target("script switch, longest seed, first", ("switch", "longest_seed_ms"), "ms", 50.0, LE, "≤ 50 ms"),
        Target("script switch, 1 MB article, first", ("switch", "large_article_ms"), "ms", 300.0, LE, "≤ 300 ms"),
        # Issue 9: cleaning stays at least as fast as the code before it (CPU, best runs).
        Target(
            "clean() speed vs before issue 9",
            ("clean", "clean_min_speed_vs_baseline"),
            "×",
            1.0,
            GE,
            "≥ 1 (as fast)",
        ),
    )


BUDGET = budget(SMALL)

# Figures without a target, shown for context.
CONTEXT = (
    ("first frame, bare Textual app", ("startup", "bare_first_frame_s"), "s"),
    ("peak RSS, bare Textual app", ("startup", "bare_rss_mb"), "MB"),
    ("titles on screen, seeds, warm, CPU", ("startup", "seeds", "titles_cpu_ratio"), "× bare's CPU"),
    ("titles on screen, scale, warm, CPU", ("startup", "scale", "titles_cpu_ratio"), "× bare's CPU"),
    ("first frame (Ready), seeds", ("startup", "seeds", "frame_ratio"), "× bare"),
    ("first frame (Ready), scale corpus", ("startup", "scale", "frame_ratio"), "× bare"),
    ("titles on screen, scale corpus, cold", ("startup", "scale", "cold", "titles_ratio"), "× bare"),
    ("titles on screen, scale corpus, warm", ("startup", "scale", "titles_shown_s"), "s"),
    ("people shown after first frame, scale", ("startup", "scale", "people_after_frame_s"), "s"),
    ("everyone's people in the app, cold", ("startup", "scale", "cold", "people_done_after_search_s"), "s"),
    ("peak RSS of the app's process, cold", ("startup", "scale", "cold", "rss_mb"), "MB"),
    ("peak RSS of the app's process, after an upgrade", ("startup", "scale", "upgrade", "rss_mb"), "MB"),
    ("corpus load through the cache, cold", ("load", "cached_cold_s"), "s"),
    ("corpus load through the cache, warm", ("load", "cached_warm_s"), "s"),
    ("reader search CLI, cold caches", ("cli", "search_cold_s"), "s"),
    ("first frame, seeds", ("startup", "seeds", "frame_s"), "s"),
    ("first frame, scale corpus", ("startup", "scale", "frame_s"), "s"),
    ("first articles listed, scale corpus", ("startup", "scale", "first_articles_s"), "s"),
    ("all articles listed, scale corpus", ("startup", "scale", "all_read_s"), "s"),
    ("search ready, scale corpus, cold caches", ("startup", "scale", "cold", "search_ready_s"), "s"),
    ("corpus load", ("load", "chars_per_s"), "chars/s"),
    ("index build, cold", ("index", "cold_s"), "s"),
    ("people extraction, cold", ("people", "cold_chars_per_s"), "chars/s"),
    ("people extraction, warm cache", ("people", "warm_chars_per_s"), "chars/s"),
    ("search p50, ripgrep", ("search", "ripgrep_p50_ms"), "ms"),
    ("search p50, tantivy", ("search", "tantivy_p50_ms"), "ms"),
    ("corpus on disk", ("memory", "disk_mb"), "MB"),
    ("peak RSS, load + index + people in one process", ("memory", "peak_rss_mb"), "MB"),
    ("large article for the switch", ("switch", "large_article_bytes"), "bytes"),
    ("script switch again, longest seed", ("switch", "longest_seed_again_ms"), "ms"),
    ("script switch again, 1 MB article", ("switch", "large_article_again_ms"), "ms"),
    ("clean() over the corpus, CPU, best", ("clean", "current", "clean_min_s"), "s"),
    ("clean() before issue 9, CPU, best", ("clean", "baseline", "clean_min_s"), "s"),
    ("clean() speed vs before issue 9, medians", ("clean", "clean_median_speed_vs_baseline"), "×"),
    ("load without cache, CPU, best", ("clean", "current", "load_min_s"), "s"),
    ("load without cache before issue 9, CPU, best", ("clean", "baseline", "load_min_s"), "s"),
    ("load speed vs before issue 9, best", ("clean", "load_min_speed_vs_baseline"), "×"),
)


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "chars/s":
        return f"{value / 1e6:.2f} M chars/s"
    if abs(value) >= 100:
        return f"{value:,.0f} {unit}"
    return f"{value:.3g} {unit}"


def check(results: dict) -> list[dict]:
    rows = []
    articles = int(figure(results, ("corpus", "articles")) or SMALL)
    for t in budget(articles):
        value = t.measured(results)
        never = figure(results, t.never) if value is None and t.never else None
        rows.append(
            {
                "what": t.what,
                "target": t.target,
                "measured": value,
                "unit": t.unit,
                "met": (False if never else None) if value is None else t.compare(value, t.limit),
                **({"not_within_s": never} if never else {}),
            }
        )
    return rows


def _table(header: list[str], rows: list[list[str]]) -> str:
    from rich.cells import cell_len

    widths = [max(cell_len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join(c + " " * (w - cell_len(c)) for c, w in zip(cells, widths, strict=False)).rstrip()

    return "\n".join([line(header), line(["-" * w for w in widths]), *map(line, rows)])


def render(results: dict) -> str:
    budget = [
        [
            r["what"],
            r["target"],
            f"none in {r['not_within_s']:g} s" if "not_within_s" in r else _fmt(r["measured"], r["unit"]),
            {True: "met", False: "MISSED", None: "not measured"}[r["met"]],
        ]
        for r in results["budget"]
    ]
    parts = [_table(["budget", "target", "measured", ""], budget)]
    context = [[what, _fmt(figure(results, path), unit)] for what, path, unit in CONTEXT]
    parts.append(_table(["figure", "measured"], context))
    search = results.get("search")
    if search:
        rows = []
        for q in search["queries"]:
            rows.append(
                [
                    q["kind"],
                    q["query"],
                    f"{q['reader_ms']:.2f}",
                    str(q["reader_count"]),
                    _opt(q, "ripgrep_ms"),
                    _opt(q, "ripgrep_count"),
                    _opt(q, "ratio_vs_ripgrep"),
                    _opt(q, "tantivy_ms"),
                    _opt(q, "tantivy_count"),
                    _opt(q, "ratio_vs_tantivy"),
                ]
            )
        parts.append(
            _table(["query", "text", "reader ms", "n", "rg ms", "n", "ratio", "tantivy ms", "n", "ratio"], rows)
        )
        for peer, reason in search.get("skipped_peers", {}).items():
            parts.append(f"skipped {peer}: {reason}")
    return "\n\n".join(parts)


def figure(results: dict, path: tuple[str, ...]):
    """The value at ``path`` in the results, or None if it was not measured."""
    node = results
    for key in path:
        if not isinstance(node, dict) or node.get(key) is None:
            return None
        node = node[key]
    return node


def _opt(row: dict, key: str) -> str:
    value = row.get(key)
    if value is None:
        return "—"
    return str(value) if isinstance(value, int) else f"{value:.2f}"


def write_json(results: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str) + "\n", "utf-8")
