"""The wheel's compiled cleaning (hatch_build.py) against the source.

The tests run the source (pytest's pythonpath); a ``python`` started apart
runs the installed copy, which a wheel install compiles with mypyc. It must
load every test page, seed and held-out page as the source does, and in CI
it must be compiled: a build that fell back to pure Python passes every other
test but cleans a third slower.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

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


_TURNS = """
import sys
import reader.core.cleaning as cleaning, reader.core.thread_turns as thread_turns
calls = []
cleaning.turn = lambda: calls.append(1)
cleaning.clean("\\n".join(f"第{i}段，記者王小明報道。" for i in range(50)))
print(thread_turns.__file__, len(calls))
"""


def test_the_compiled_cleaning_turns_in_interpreted_code(tmp_path: Path) -> None:
    """Compiled cleaning keeps the GIL but where it calls reader.core.thread_turns.turn,
    which must stay interpreted, looked up at each call (see the module)."""
    if not all(f.suffix in (".so", ".pyd") for f in _installed(tmp_path)):
        pytest.skip("the installed copy is not compiled")
    where, calls = _python(_TURNS, [], tmp_path, source=False).split()
    assert where.endswith(".py") and int(calls) >= 5


def _hatch_build() -> object:
    pytest.importorskip("hatchling")
    import importlib.util

    spec = importlib.util.spec_from_file_location("hatch_build", REPO / "hatch_build.py")
    assert spec is not None and spec.loader is not None
    hatch_build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hatch_build)
    return hatch_build


def test_compiled_modules_are_those_cleaning_reaches() -> None:
    from reader.core.code_fingerprint import loading_modules

    hatch_build: Any = _hatch_build()

    listed = hatch_build.compiled_modules()
    reached, _ = loading_modules(hatch_build.START)
    assert "reader.core.cleaning" in listed and "reader.core.page_title" in listed
    assert set(listed) <= set(reached) - hatch_build.NOT_COMPILED
    # (every module left out is one cleaning reaches: none stale)
    assert set(reached) >= hatch_build.NOT_COMPILED


_CONSTANT = re.compile(r"_?[A-Z][A-Z0-9_]*")


def _unmarked_constants(source: str) -> list[str]:
    """The module-level names in upper case, bound once in the whole module, that are not ``Final``."""
    tree = ast.parse(source)
    bound: dict[str, int] = {}
    for node in ast.walk(tree):
        names: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            names = [n for t in node.targets for n in ast.walk(t)]
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign, ast.NamedExpr)):
            names = [node.target]
        elif isinstance(node, (ast.For, ast.comprehension)):
            names = list(ast.walk(node.target))
        for name in names:
            if isinstance(name, ast.Name):
                bound[name.id] = bound.get(name.id, 0) + 1
    out = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            typevar = isinstance(node.value, ast.Call) and getattr(node.value.func, "id", "") == "TypeVar"
            if _CONSTANT.fullmatch(name) and bound[name] == 1 and not typevar:
                out.append(name)
    return out


def test_the_compiled_modules_constants_are_final() -> None:
    """A module-level constant of a compiled module is looked up in the module's dict at every use
    unless it is ``Final`` (then a C static): ~7% of clean() compiled. New ones must be marked."""
    hatch_build: Any = _hatch_build()
    unmarked = {
        name: found
        for name in hatch_build.compiled_modules()
        if (found := _unmarked_constants((REPO / "src" / (name.replace(".", "/") + ".py")).read_text("utf-8")))
    }
    assert unmarked == {}


def test_the_finality_check_finds_an_unmarked_constant() -> None:
    source = "import re\nfrom typing import Final, TypeVar\n_A = re.compile('a')\n_B: Final = 1\n_T = TypeVar('_T')\n"
    source += "_C = 1\n_C = 2\nlower = 3\n"
    assert _unmarked_constants(source) == ["_A"]
