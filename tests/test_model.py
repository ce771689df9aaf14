"""An article keeps its text once: paragraphs are slices of it."""

from __future__ import annotations

from array import array
from dataclasses import replace
from pathlib import Path

from reader.core.model import Article, Paragraphs
from reader.core.script import Script


def _article(paragraphs) -> Article:
    return Article(id="a", path=Path("a.txt"), title="t", paragraphs=paragraphs, script=Script.NONE)


def test_paragraphs_behave_like_the_tuple_they_came_from() -> None:
    parts = ("第一段", "", "第三段\n里面有换行", "末段")
    article = _article(parts)
    assert isinstance(article.paragraphs, Paragraphs)
    assert article.paragraphs == parts and tuple(article.paragraphs) == parts
    assert len(article.paragraphs) == 4 and article.paragraphs[-1] == "末段"
    assert article.paragraphs[1:3] == parts[1:3]
    assert article.text == "\n".join(parts)
    # A newline inside a paragraph does not split it: the starts say where each begins.
    assert list(article.paragraph_starts) == [0, 4, 5, 15]
    assert article.paragraphs * 2 == parts * 2 and (*article.paragraphs, "更多") == (*parts, "更多")
    assert article.chars == len(article.text)


def test_the_text_is_held_once() -> None:
    article = _article(("一" * 1000, "二" * 1000))
    assert article.text is article.text  # not joined again on every read
    assert article.paragraphs.text is article.text
    assert replace(article, id="b").text is article.text


def test_articles_compare_by_their_paragraphs() -> None:
    assert _article(("甲", "乙")) == _article(["甲", "乙"])
    assert _article(("甲", "乙")) != _article(("甲乙",))
    assert _article(()).paragraphs == () and _article(()).text == ""


def test_paragraphs_read_later_are_fetched_once_when_first_asked_for() -> None:
    import pickle

    eager = Paragraphs.join(("第一段", "第二段"))
    calls: list[int] = []

    def fetch():
        calls.append(1)
        return eager.text, eager.starts

    later = Paragraphs.later(fetch)
    article = _article(later)
    assert article.paragraphs is later and not later.held and calls == []
    assert article.title == "t" and article.id == "a"  # nothing but the text needs it
    assert article.text == "第一段\n第二段" and later.held and calls == [1]
    assert tuple(article.paragraphs) == ("第一段", "第二段") and article.chars == 7
    assert later == eager and calls == [1]
    # Pickled with its text, for another process.
    assert pickle.loads(pickle.dumps(later)) == eager


def test_paragraphs_read_later_can_be_filled_but_never_overwritten() -> None:
    later = Paragraphs.later(lambda: ("从缓存读到的", array("q", [0])))
    later.fill(Paragraphs.join(("读到的文件",)))
    assert later.held and tuple(later) == ("读到的文件",)
    read = Paragraphs.later(lambda: ("先读的", array("q", [0])))
    assert read.text == "先读的"
    read.fill(Paragraphs.join(("后来的",)))
    assert tuple(read) == ("先读的",)
