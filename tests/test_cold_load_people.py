"""A cold load's people child: started while the files are read, with no
check of the people cache in the app before search is ready."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_UNTIL_INDEX = """
import sys
from pathlib import Path
from reader.session.loader import IndexDone, load_events
from reader.session.people_worker import PeopleProcess

started = []
PeopleProcess.start = lambda self, tables_later=False, busy=False: started.append(tables_later)
PeopleProcess.find = lambda self, article, cancelled=None: []
for event in load_events([Path(sys.argv[1])]):
    if isinstance(event, IndexDone):
        break
print(len(started), "reader.core.people" in sys.modules)
"""


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(4):
        (folder / f"{i:02}.txt").write_text(
            f"冷启动标题{i}\n\n第{i}篇：林小满在高雄说，这是第{i}次发布。\n\n" + "正文内容。" * (20 + i),
            encoding="utf-8",
        )
    return folder


def test_a_cold_load_starts_the_people_child_without_importing_the_people_package(tmp_path: Path) -> None:
    # Some people were cached before (another folder's launch), this folder
    # is new to the article cache: the child is started while the files are
    # read (it reads the people cache itself), and the app imports no
    # people module before the index is handed over (the first article's
    # check cost ~0.3 s of the loader's CPU before search was ready).
    (tmp_path / "cache" / "people").mkdir(parents=True)
    env = dict(
        os.environ,
        READER_CACHE_DIR=str(tmp_path / "cache"),
        READER_STATE_DIR=str(tmp_path / "state"),
        READER_PEOPLE_FILE=str(tmp_path / "people.tsv"),
        PYTHONPATH=str(Path(__file__).resolve().parent.parent / "src"),
    )
    run = subprocess.run(
        [sys.executable, "-c", _UNTIL_INDEX, str(_folder(tmp_path))],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["1", "False"]
