"""The app's Library holds a core Corpus: articles in id order however they
arrive, looked up by id, replaced in place when edited, gone when removed."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from reader.core.corpus import Corpus, unique_id
from reader.core.model import Article, Skipped
from reader.core.script import Script
from reader.session.library import Library
from reader.session.loader import Found
from reader.session.watcher import Changed


def article(article_id: str, title: str = "標題") -> Article:
    return Article(
        id=article_id, path=Path(f"{article_id}.txt"), title=title, paragraphs=("正文。",), script=Script.NONE
    )


def test_articles_arrive_in_any_order_and_are_kept_in_id_order() -> None:
    library = Library([Path()])
    assert library.articles == [] and library.get("b") is None
    library.apply(Found((article("c"), Skipped(Path("x.pdf"), "no"), article("a"))))
    library.apply(Found((article("b"),)))
    assert [a.id for a in library.articles] == ["a", "b", "c"]
    assert library.articles is library.corpus.articles
    assert library.get("b") is library.corpus.by_id("b") is library.articles[1]
    assert [s.path.name for s in library.skipped] == ["x.pdf"]


def test_a_change_replaces_in_place_adds_and_removes() -> None:
    library = Library([Path()])
    library.apply(Found((article("a"), article("b"), article("c"))))
    edited = article("b", "新標題")
    library.apply(Changed((edited, article("d")), (), ("a",), ()))
    assert [a.id for a in library.articles] == ["b", "c", "d"]
    assert library.get("b") is edited and library.get("a") is None


def test_corpus_add_replaces_the_article_with_the_same_id() -> None:
    corpus = Corpus([article("b"), article("a")])
    assert corpus.add(replace(article("a"), title="新")) == 0
    assert [a.title for a in corpus] == ["新", "標題"]
    corpus.remove(["a", "zz"])
    assert [a.id for a in corpus] == ["b"] and corpus.by_id("a") is None


def test_unique_ids_get_the_first_free_suffix() -> None:
    assert unique_id("a", set()) == "a"
    assert unique_id("a", {"a", "a~2"}) == "a~3"


def test_corpus_extend_sorts_a_batch_in_and_replaces_known_ids() -> None:
    corpus = Corpus([article("m")])
    corpus.extend([article("z"), article("b"), article("n")])
    assert [a.id for a in corpus] == ["b", "m", "n", "z"]
    assert corpus.by_id("n") is corpus.articles[2]
    # A batch naming a known id (or one twice) replaces, as add does.
    edited = replace(article("m"), title="新")
    corpus.extend([article("c"), edited, article("c")])
    assert [a.id for a in corpus] == ["b", "c", "m", "n", "z"]
    assert corpus.by_id("m") is edited and corpus.articles[2] is edited


def test_corpus_extend_in_pieces_gives_the_order_of_one_extend() -> None:
    # A listing applied piece by piece: pieces in order after everything
    # held are appended as they are; any other piece is sorted in.
    ids = ["a/1", "a/2", "b", "b~2", "c", "d", "e"]
    in_order = Corpus()
    for start in range(0, len(ids), 3):
        in_order.extend(article(i) for i in ids[start : start + 3])
    assert [a.id for a in in_order] == ids
    mixed = Corpus()
    for piece in (["c", "d"], ["a/1", "e"], ["b~2", "b"], ["a/2"]):
        mixed.extend(article(i) for i in piece)
    assert [a.id for a in mixed] == ids
    assert all(mixed.by_id(i) is a for i, a in zip(ids, mixed.articles, strict=True))
    # A piece in order but starting before the last held is sorted in too.
    overlap = Corpus([article("b"), article("d")])
    overlap.extend([article("c"), article("e")])
    assert [a.id for a in overlap] == ["b", "c", "d", "e"]
