"""Small folders of made-up articles shared by the tests."""

from __future__ import annotations

from pathlib import Path


def topic_folder(tmp_path: Path, count: int) -> Path:
    """``count`` articles in ``tmp_path/large``, a third on 量子计算 and the
    rest on 天气预报, each naming its topic twice and its number."""
    folder = tmp_path / "large"
    folder.mkdir()
    for i in range(count):
        topic = "量子计算" if i % 3 == 0 else "天气预报"
        body = f"第{i}篇讲{topic}。" + "别的话" * (i + 5) + f"{topic}再说一遍，编号{i}。"
        (folder / f"a{i:02}.txt").write_text(f"标题{i}：{topic}\n\n{body}\n", encoding="utf-8")
    return folder
