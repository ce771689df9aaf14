"""`python -m reader` and `python -m reader.cli` run the same command as `reader`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.parametrize("module", ["reader", "reader.cli"])
def test_both_module_forms_list_the_seeds(module: str, tmp_path: Path) -> None:
    src = Path(__file__).resolve().parent.parent / "src"
    env = os.environ | {
        "PYTHONPATH": str(src),
        "READER_CACHE_DIR": str(tmp_path / "cache"),
        "READER_STATE_DIR": str(tmp_path / "state"),
        "READER_PEOPLE_FILE": str(tmp_path / "people.json"),
    }
    done = subprocess.run([sys.executable, "-m", module, "list"], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.strip().splitlines()) >= 5
