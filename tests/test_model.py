"""An article keeps its text once: paragraphs are slices of it."""

from __future__ import annotations

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
