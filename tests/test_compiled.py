"""The wheel's compiled cleaning (hatch_build.py) against the source.

The tests run the source (pytest's pythonpath); a ``python`` started apart
runs the installed copy, which a wheel install compiles with mypyc. It must
load every test page, seed and held-out page as the source does, and in CI
it must be compiled: a build that fell back to pure Python passes every other
test but cleans a third slower.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(not (REPO / "hatch_build.py").is_file(), reason="not a checkout")

FOLDERS = [REPO / "tests" / "data" / "pages", REPO / "tests" / "data" / "heldout", REPO / "seeds"]
# Every field of each loaded article that cleaning gives, one line an article.
_LOADED = """
import sys
from pathlib import Path
from reader.core.corpus import load_corpus
for a in load_corpus([Path(p) for p in sys.argv[1:]]).articles:
    print(repr((a.id, a.title, a.author, a.source, a.date, a.credits, a.bylines, tuple(a.paragraphs), a.cells)))
"""
_WHERE = "import reader.core.cleaning as c, reader.core.page_title as t; print(c.__file__); print(t.__file__)"


def _python(code: str, args: list[str], cache: Path, source: bool) -> str:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["READER_CACHE_DIR"] = str(cache)  # (each its own: nothing read from the other's cache)
    if source:
        env["PYTHONPATH"] = str(REPO / "src")
    done = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=cache, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _installed(tmp_path: Path) -> list[Path]:
    return [Path(p) for p in _python(_WHERE, [], tmp_path, source=False).split()]


def test_the_installed_build_is_compiled_in_ci(tmp_path: Path) -> None:
    files = _installed(tmp_path)
    if not os.environ.get("CI"):
        pytest.skip("only CI installs the wheel (an editable install runs the source)")
    assert all(f.suffix in (".so", ".pyd") for f in files), files


def test_the_installed_build_loads_every_page_as_the_source_does(tmp_path: Path) -> None:
    if not all(f.suffix in (".so", ".pyd") for f in _installed(tmp_path)):
        pytest.skip("the installed copy is not compiled")
    folders = [str(f) for f in FOLDERS]
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    compiled = _python(_LOADED, folders, tmp_path / "a", source=False).splitlines()
    source = _python(_LOADED, folders, tmp_path / "b", source=True).splitlines()
    assert len(source) > 1000
    assert [line for line in compiled if line not in set(source)] == []
    assert compiled == source


def test_compiled_modules_are_those_cleaning_reaches() -> None:
    pytest.importorskip("hatchling")
    import importlib.util

    from reader.core.code_fingerprint import loading_modules

    spec = importlib.util.spec_from_file_location("hatch_build", REPO / "hatch_build.py")
    assert spec is not None and spec.loader is not None
    hatch_build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hatch_build)

    listed = hatch_build.compiled_modules()
    reached, _ = loading_modules(hatch_build.START)
    assert "reader.core.cleaning" in listed and "reader.core.page_title" in listed
    assert set(listed) <= set(reached) - hatch_build.NOT_COMPILED
    # (every module left out is one cleaning reaches: none stale)
    assert set(reached) >= hatch_build.NOT_COMPILED
