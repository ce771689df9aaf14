"""The wheel, and a wheel built from the sdist, carry the seeds and styles.

Runs where hatchling is installed (the dev extra, so in .ci/run).
"""

from __future__ import annotations

import tarfile
import zipfile
from pathlib import Path

import pytest

from reader.core.resources import STYLESHEETS, seeds_dir

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(not (REPO / "pyproject.toml").is_file(), reason="not a checkout")


def _data_files(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return {n for n in archive.namelist() if n.startswith(("reader/seeds/", "reader/styles/"))}


def _expected() -> set[str]:
    seeds = {f"reader/seeds/{p.name}" for p in seeds_dir().glob("*.txt")}
    return seeds | {f"reader/styles/{name}" for name in STYLESHEETS}


def test_wheel_and_wheel_from_sdist_hold_seeds_and_styles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READER_PURE", "1")  # (the files only: compiling is tests/test_compiled.py's)
    builders = pytest.importorskip("hatchling.builders")
    from hatchling.builders.sdist import SdistBuilder
    from hatchling.builders.wheel import WheelBuilder

    assert builders is not None
    (wheel,) = WheelBuilder(str(REPO)).build(directory=str(tmp_path / "wheel"))
    assert _data_files(Path(wheel)) == _expected()
    with zipfile.ZipFile(wheel) as archive:
        assert "reader/core/foldtable.bin" in archive.namelist()  # (the shipped code-point tables)

    (sdist,) = SdistBuilder(str(REPO)).build(directory=str(tmp_path / "sdist"))
    with tarfile.open(sdist) as archive:
        archive.extractall(tmp_path / "unpacked", filter="data")
    (unpacked,) = (tmp_path / "unpacked").iterdir()
    (rebuilt,) = WheelBuilder(str(unpacked)).build(directory=str(tmp_path / "rebuilt"))
    assert _data_files(Path(rebuilt)) == _expected()
