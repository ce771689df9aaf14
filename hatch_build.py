"""Build hook: the wheel's cleaning modules compiled with mypyc.

Reader mode is some sixty passes of rules over each line of each article,
plain Python whose cost is spread over hundreds of small functions; mypyc
compiles the same source to C (the way black and charset-normalizer ship),
which cleans ~1.4 x as fast with identical output (``tests/test_compiled.py``
holds the installed build to the source's results on every test page).

Compiled: every module that ``reader.core.cleaning`` imports, at any depth,
but those in ``NOT_COMPILED``. One group, so that calls between the modules
stay native; its C is one file per module, built on every core.

A wheel is pure Python where compiling can't be done: an editable install
(the source is what a developer runs), ``READER_PURE=1``, or no C compiler
(said in the build's output, never silently in CI: tests/test_compiled.py
fails there). The sdist is always source.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

ROOT = Path(__file__).resolve().parent
SRC = ROOT / "src"
START = "reader.core.cleaning"
GROUP = "reader_clean"  # (the shared library: reader_clean__mypyc.*.so at the wheel's top)
# Reached from cleaning but not compiled: packages, input and output, the cache, and code mypyc can't take
# (model: a class made with cls.__new__; foldtable: numpy arrays where its types say str).
NOT_COMPILED = frozenset(
    {
        "reader.core",
        "reader.core.article_cache",
        "reader.core.cache_lines",
        "reader.core.cache_listing",
        "reader.core.cache_rows",
        "reader.core.cache_schema",
        "reader.core.cache_texts",
        "reader.core.code_fingerprint",
        "reader.core.conversion",
        "reader.core.decoding",
        "reader.core.folder_walk",
        "reader.core.foldtable",
        "reader.core.formats",
        "reader.core.model",
        "reader.core.sqlite_files",
        "reader.core.thread_turns",
        "reader.core.views",
    }
)


_LISTED = """
import sys
sys.path.insert(0, sys.argv[1])
from reader.core.code_fingerprint import loading_modules
found, _ = loading_modules(sys.argv[2], frozenset(sys.argv[3:]))
print(" ".join(sorted(found)))
"""


def compiled_modules(src: Path = SRC) -> list[str]:
    """The modules cleaning reaches but those ``NOT_COMPILED``, as the cache's
    fingerprint finds them (from their source; ``-S``: no installed copy)."""
    done = subprocess.run(
        [sys.executable, "-S", "-c", _LISTED, str(src), START, *NOT_COMPILED],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.split()


_SETUP = f"""
import sys
from setuptools import setup
from mypyc.build import mypycify

setup(
    name="reader-clean",
    script_args=["build_ext", "--build-lib", sys.argv[1], "--build-temp", sys.argv[2], "--parallel", sys.argv[3]],
    ext_modules=mypycify(sys.argv[4:], group_name="{GROUP}", multi_file=True, opt_level="3", debug_level="0"),
)
"""


def build(modules: list[str], out: Path, src: Path = SRC) -> list[Path]:
    """The compiled modules' libraries under ``out`` (the group's and one per module, by package path)."""
    files = [m.replace(".", "/") + ".py" for m in modules]
    with tempfile.TemporaryDirectory(prefix="reader-mypyc-") as temp:
        # (mypyc writes its C under ./build and reads the modules by their paths: run from src)
        work = Path(temp) / "src"
        shutil.copytree(src / "reader", work / "reader", ignore=shutil.ignore_patterns("seeds", "styles", "*.so"))
        shutil.copy(ROOT / "pyproject.toml", work / "pyproject.toml")  # (mypy's settings: what mypyc checks with)
        subprocess.run(
            [sys.executable, "-c", _SETUP, str(out), str(Path(temp) / "tmp"), str(os.cpu_count() or 1), *files],
            cwd=work,
            check=True,
        )
    return sorted(out.rglob("*.so")) + sorted(out.rglob("*.pyd"))


class CompiledCleaning(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable" or os.environ.get("READER_PURE"):
            return
        out = Path(self.directory) / "mypyc-lib"
        shutil.rmtree(out, ignore_errors=True)
        try:
            libraries = build(compiled_modules(), out)
        except (OSError, subprocess.CalledProcessError) as exc:
            print(f"reader: cleaning not compiled ({exc}); the wheel is pure Python", file=sys.stderr)
            return
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        for library in libraries:
            build_data["force_include"][str(library)] = str(library.relative_to(out))

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        shutil.rmtree(Path(self.directory) / "mypyc-lib", ignore_errors=True)
