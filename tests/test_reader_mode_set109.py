"""Reader mode on the shapes held-out page set 109 showed (its pages are in
tests/data/pages as f109_*; the texts here are invented in their shapes)."""

from __future__ import annotations

from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.metadata import parse_meta_line

_THREAD = (
    "先说结论：换了新的滤网以后，水的味道就正常了。",
    "我是去年冬天开始自己做豆浆的，到现在一共做了四十多次。",
    "上个星期出了一点问题，煮出来的豆浆有一股焦味，我一开始以为是豆子的问题。",
)


def test_a_posters_row_with_its_view_only_link_names_the_poster_without_the_label() -> None:
    # (楼主：X　发表于 …　只看该作者: the link shows the poster's floors alone, and names no one)
    rows = ("楼主：河边老陈　发表于 2029-3-2 21:05　只看该作者", "樓主：阿明仔　發表於 2029-3-2 21:05　只看該作者")
    for line in rows:
        meta = parse_meta_line(line, fold(line))
        assert meta is not None and meta.author in ("河边老陈", "阿明仔") and meta.date == "2029-03-02 21:05"
    line = "楼主：河边老陈　发表于 2029-3-2 21:05　只看该作者"
    cleaned = clean("\n".join(("【经验分享】豆浆机的焦味，原来是滤网", line, *_THREAD)))
    assert cleaned.metadata.author == "河边老陈"
