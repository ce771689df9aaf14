"""`reader index` names its articles as every other command does (`--corpus
PATH`, repeatable) and still takes them as positional paths, as the app's
background builder passes them and the README shows."""

from __future__ import annotations

from pathlib import Path

import pytest

import reader.cli as cli


def _folder(root: Path, name: str, count: int) -> Path:
    folder = root / name
    folder.mkdir()
    for i in range(count):
        (folder / f"{name}{i}.txt").write_text(f"第{i}篇文章\n\n{name}的第{i}篇正文，讲一件事情。\n", encoding="utf-8")
    return folder


def _index(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = cli.main(["index", *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_index_takes_corpus_like_the_other_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one, two = _folder(tmp_path, "one", 2), _folder(tmp_path, "two", 3)
    status, out, err = _index(capsys, "--corpus", str(one), "--corpus", str(two))
    assert status == 0, err
    assert out.startswith("built the search index of 5 articles")
    # The same articles named positionally: the same index, saved already.
    status, out, err = _index(capsys, str(one), str(two))
    assert status == 0, err
    assert out.startswith("the search index of 5 articles") and "saved already" in out
    # Both ways at once.
    status, out, err = _index(capsys, "--corpus", str(one), str(two))
    assert status == 0, err
    assert "saved already" in out


def test_index_positional_paths_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _index(capsys, str(_folder(tmp_path, "one", 2)))
    assert status == 0, err
    assert out.startswith("built the search index of 2 articles")


def test_index_corpus_that_does_not_exist_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _index(capsys, "--corpus", str(tmp_path / "nowhere"))
    assert status == 2
    assert "no such file or folder" in err


def test_index_help_names_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["index", "--help"])
    assert "--corpus PATH" in capsys.readouterr().out
