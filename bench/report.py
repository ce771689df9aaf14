"""The budget of issue 6, checked against the figures; the table and the JSON."""

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

    def measured(self, results: dict) -> float | None:
        value = figure(results, self.path)
        return None if value is None else float(value)


LE, GE, LT = operator.le, operator.ge, operator.lt

BUDGET = (
    Target("first frame, seeds", ("startup", "seeds", "frame_ratio"), "× bare", 1.3, LE, "≤ 1.3 × bare app"),
    Target("first frame, scale corpus", ("startup", "scale", "frame_ratio"), "× bare", 1.5, LE, "≤ 1.5 × bare app"),
    Target("search ready, scale corpus", ("startup", "scale", "search_ready_s"), "s", 3.0, LE, "≤ 3 s from launch"),
    Target("index build, cold", ("index", "cold_chars_per_s"), "chars/s", 5e6, GE, "≥ 5 M chars/s"),
    Target("search p50", ("search", "reader_p50_ms"), "ms", 3.0, LE, "≤ 3 ms"),
    Target("search p95", ("search", "reader_p95_ms"), "ms", 15.0, LE, "≤ 15 ms"),
    Target("search vs ripgrep (median ratio)", ("search", "median_ratio_vs_ripgrep"), "×", 0.3, LE, "≤ 0.3"),
    Target("search vs tantivy (median ratio)", ("search", "median_ratio_vs_tantivy"), "×", 1.0, LT, "< 1 (ahead)"),
    Target("script switch, longest seed", ("switch", "longest_seed_ms"), "ms", 50.0, LE, "≤ 50 ms"),
    Target("script switch, 1 MB article", ("switch", "large_article_ms"), "ms", 300.0, LE, "≤ 300 ms"),
    Target("people shown after first frame, seeds", ("startup", "seeds", "people_after_frame_s"), "s", 0.5, LE,
           "≤ 0.5 s"),
    Target("people shown after first frame, scale", ("startup", "scale", "people_after_frame_s"), "s", 0.5, LE,
           "≤ 0.5 s"),
    Target("longest UI stall while loading, scale", ("startup", "scale", "max_stall_s"), "s", 0.1, LE,
           "≤ 0.1 s (never blocks)"),
    Target("peak RSS, scale corpus", ("memory", "peak_rss_mb"), "MB", 250.0, LE, "≤ 250 MB"),
)

# Figures without a target, shown for context.
CONTEXT = (
    ("first frame, bare Textual app", ("startup", "bare_first_frame_s"), "s"),
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
    ("large article for the switch", ("switch", "large_article_bytes"), "bytes"),
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
    for t in BUDGET:
        value = t.measured(results)
        rows.append({"what": t.what, "target": t.target, "measured": value, "unit": t.unit,
                     "met": None if value is None else t.compare(value, t.limit)})
    return rows


def _table(header: list[str], rows: list[list[str]]) -> str:
    from rich.cells import cell_len

    widths = [max(cell_len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join(c + " " * (w - cell_len(c)) for c, w in zip(cells, widths)).rstrip()

    return "\n".join([line(header), line(["-" * w for w in widths]), *map(line, rows)])


def render(results: dict) -> str:
    budget = [[r["what"], r["target"], _fmt(r["measured"], r["unit"]),
               {True: "met", False: "MISSED", None: "not measured"}[r["met"]]] for r in results["budget"]]
    parts = [_table(["budget", "target", "measured", ""], budget)]
    context = [[what, _fmt(figure(results, path), unit)] for what, path, unit in CONTEXT]
    parts.append(_table(["figure", "measured"], context))
    search = results.get("search")
    if search:
        rows = []
        for q in search["queries"]:
            rows.append([q["kind"], q["query"], f"{q['reader_ms']:.2f}", str(q["reader_count"]),
                         _opt(q, "ripgrep_ms"), _opt(q, "ripgrep_count"), _opt(q, "ratio_vs_ripgrep"),
                         _opt(q, "tantivy_ms"), _opt(q, "tantivy_count"), _opt(q, "ratio_vs_tantivy")])
        parts.append(_table(["query", "text", "reader ms", "n", "rg ms", "n", "ratio", "tantivy ms", "n", "ratio"],
                            rows))
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
