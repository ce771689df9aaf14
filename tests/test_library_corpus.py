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


def test_articles_in_order_are_checked_and_taken_in_as_a_whole(monkeypatch) -> None:
    """InOrder is made only of strictly increasing ids; Corpus.extend takes
    one whose first id comes after every id held without looking at each
    article (no Python key or comparison per article), and sorts in any
    other as a plain batch."""
    from reader.core import corpus as corpus_module
    from reader.core.corpus import InOrder

    assert InOrder.of([article("b"), article("a")]) is None
    assert InOrder.of([article("a"), article("a")]) is None  # (the same id twice)
    batch = InOrder.of(article(i) for i in ["c", "d", "e"])
    assert batch is not None and batch.ids == ["c", "d", "e"] and len(batch) == 3
    held = Corpus([article("a"), article("b")])
    # (the generic path would pair up the ids: it must not run)
    monkeypatch.setattr(corpus_module.itertools, "pairwise", None)
    held.extend(batch)
    assert [a.id for a in held] == ["a", "b", "c", "d", "e"]
    assert held.articles[2:] == batch.articles and held.by_id("d") is batch.articles[1]
    monkeypatch.undo()
    # Not after every id held: sorted in, a known id replaced.
    edited = replace(article("b"), title="新")
    overlap = InOrder.of([edited, article("bb"), article("f")])
    assert overlap is not None
    held.extend(overlap)
    assert [a.id for a in held] == ["a", "b", "bb", "c", "d", "e", "f"] and held.by_id("b") is edited
    empty = InOrder.of([])
    assert empty is not None
    held.extend(empty)
    assert len(held) == 7


def test_a_ready_found_is_taken_in_as_its_items_are(tmp_path: Path) -> None:
    """A Found made ready in the opening thread (opening.rest_found) leaves
    the library as the plain Found of the same items, each text's reload
    from its file set; items out of order make a plain Found."""
    from reader.core.model import Paragraphs
    from reader.session.opening import rest_found

    def listed(article_id: str) -> Article:
        later = Paragraphs.later(lambda: ("正文。", __import__("array").array("q", [0])), (3, 0))
        return replace(article(article_id), paragraphs=later)

    items = (listed("c"), Skipped(Path("x.pdf"), "no"), listed("d"))
    first = Library([tmp_path])
    first.apply(Found((article("a"), article("b"))))
    ready = rest_found(list(items), [tmp_path])
    assert ready.ready is not None and ready.items == items
    assert all(a.paragraphs.reload is not None for a in items if isinstance(a, Article))  # type: ignore[attr-defined]
    first.apply(ready)
    plain = Library([tmp_path])
    plain.apply(Found((article("a"), article("b"))))
    plain.apply(Found(items))
    assert first.articles == plain.articles and [a.id for a in first.articles] == ["a", "b", "c", "d"]
    assert first.skipped == plain.skipped and first.get("d") is items[2]
    assert rest_found([listed("b"), listed("a")], [tmp_path]).ready is None
