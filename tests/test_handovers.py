"""The loader's hand-overs to the UI thread on a cold load: paced, the list
only grown, and no people cache read here until the index is built."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.model import Article
from reader.core.resources import seeds_dir
from reader.core.script import Script
from reader.session import handover_pace
from reader.session.handover_pace import Pace


def test_the_first_batches_go_quickly_then_paced(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [100.0]
    monkeypatch.setattr(handover_pace, "monotonic", lambda: clock[0])
    pace = Pace()
    waits = []
    for _ in range(5):
        waited = 0.0
        while not pace.due():
            clock[0] += 0.01
            waited += 0.01
        waits.append(round(waited, 2))
        pace.handed()
    assert waits[: handover_pace.QUICK_BATCHES] == [handover_pace.BATCH_SECONDS] * handover_pace.QUICK_BATCHES
    assert waits[handover_pace.QUICK_BATCHES :] == [handover_pace.PACED_SECONDS] * 3


def test_a_cold_corpus_is_handed_over_in_few_batches(tmp_path: Path) -> None:
    from reader.session.loader import Found, load_events

    for i in range(300):
        text = f"标题{i}\n\n黄仁勋在台北说，英伟达第{i}次发布了新的芯片。"
        (tmp_path / f"{i:03}.txt").write_text(text, encoding="utf-8")
    batches = 0
    for event in load_events([tmp_path]):
        batches += isinstance(event, Found)
    # (one per 0.05 s would be dozens on this machine)
    assert batches <= 2 + 20


def _article(article_id: str) -> Article:
    return Article(
        id=article_id,
        path=Path(f"{article_id}.txt"),
        title=article_id,
        paragraphs=("正文。",),
        script=Script.SIMPLIFIED,
    )


def test_the_list_only_grew_when_it_starts_with_the_same_articles() -> None:
    from reader.ui.widgets.article_list import _same

    shown = [_article("a"), _article("b")]
    assert _same([*shown, _article("c")], shown)
    assert _same(shown, shown)
    assert not _same([shown[0], _article("b"), _article("c")], shown)  # an equal article is not the same row
    assert not _same([shown[1], shown[0]], shown)


_COLD = """
import json, sys
from pathlib import Path
from reader.session.loader import IndexDone, PeopleFound, load_events
out = {}
for event in load_events([Path(sys.argv[1])]):
    if isinstance(event, IndexDone):
        from reader.core.people import cache
        read = cache._opened is not None or cache.rules_fingerprint.cache_info().currsize > 0
        out["people_cache_read_at_index"] = read
    elif isinstance(event, PeopleFound) and "first" not in out:
        out["first"] = [(i, [p.person.name for p in people]) for i, people in event.found]
print(json.dumps(out, ensure_ascii=False))
"""


def test_a_first_launch_reads_no_people_cache_before_the_index(tmp_path: Path) -> None:
    # No people cache at all: the child finds the first article's people
    # (reading and filling the cache itself) while the index is built here.
    from reader.core.corpus import load_corpus
    from reader.core.people import extract_people

    env = dict(os.environ, READER_CACHE_DIR=str(tmp_path / "cache"), READER_COLD_HELPER="0")
    src = str(Path(__file__).resolve().parents[1] / "src")
    env["PYTHONPATH"] = os.pathsep.join([src, env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-c", _COLD, str(seeds_dir())], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["people_cache_read_at_index"] is False
    first = min(load_corpus([seeds_dir()]).articles, key=lambda a: a.id)
    assert out["first"] == [[first.id, [p.person.name for p in extract_people(first)]]]
