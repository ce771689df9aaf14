"""`reader search` on the bundled seeds: the issue's acceptance examples."""

from __future__ import annotations

import json

import pytest

from corpus_support import topic_folder
from reader.cli import search
from reader.cli.common import UsageError, build_parser


def run(capsys, *argv: str) -> tuple[int, str]:
    parser, sub = build_parser(["search"])
    search.add_parser(sub, "search")
    status = search.run(parser.parse_args(["search", *argv]))
    return status, capsys.readouterr().out


def found(capsys, query: str) -> dict[str, dict]:
    status, out = run(capsys, query, "--json")
    assert status == 0
    data = json.loads(out)
    assert data["query"] == query
    return {r["id"][:3]: r for r in data["results"]}


@pytest.mark.parametrize("query", ["黄仁勋", "黃仁勛", "黃仁勳"])
def test_person_in_both_scripts(capsys, query: str) -> None:
    results = found(capsys, query)
    assert sorted(results) == ["000", "004"]
    assert all(r["hits"] == 1 for r in results.values())
    assert "«黃仁勛»" in results["000"]["snippets"][0]


def test_scaling_law_terms_and_phrase(capsys) -> None:
    terms = found(capsys, "scaling law")
    phrase = found(capsys, '"scaling law"')
    assert set(phrase) <= set(terms)
    assert {"001", "002", "004"} <= set(phrase)  # Scaling laws, Scaling Law, scaling law


def test_script_and_width_blind(capsys) -> None:
    assert "001" in found(capsys, "深度學習")
    assert found(capsys, "ＡＩ").keys() == found(capsys, "AI").keys()
    assert "000" in found(capsys, "發現")  # pinyin annotations are cleaned away


def test_phrase_only_in_one_article(capsys) -> None:
    assert list(found(capsys, '"预测下一个token"')) == ["002"]


def test_results_are_best_first_with_limit(capsys) -> None:
    _status, out = run(capsys, "AI", "--json", "--limit", "2")
    results = json.loads(out)["results"]
    assert len(results) == 2
    assert results[0]["score"] >= results[1]["score"]


def test_no_results_and_punctuation(capsys) -> None:
    status, out = run(capsys, "，。")
    assert status == 0 and "no articles match" in out
    assert found(capsys, "绝对不会出现的词语组合") == {}


def test_readable_output_marks_hits(capsys) -> None:
    status, out = run(capsys, "黄仁勋")
    assert status == 0
    assert "(1 hit)" in out and "«黃仁勛»" in out and "\x1b" not in out


def test_bad_limit(capsys) -> None:
    with pytest.raises(UsageError):
        run(capsys, "AI", "--limit", "0")


def test_terminal_output_uses_reverse_video_and_stays_safe(capsys, monkeypatch, tmp_path) -> None:
    # (Files with control characters are skipped by the loader; markup is not.)
    (tmp_path / "hostile.txt").write_text("标题\n\n黄仁勋说了[bold]粗体[/bold][red]的话。\n", encoding="utf-8")
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    status, out = run(capsys, "黄仁勋", "--corpus", str(tmp_path))
    assert status == 0
    assert "\x1b[7m黄仁勋\x1b[0m" in out
    # Our own reverse-video codes are the only escapes that reach the terminal.
    assert out.replace("\x1b[7m", "").replace("\x1b[0m", "").count("\x1b") == 0
    assert "[bold]粗体[/bold]" in out


# ---------------------------------------------------------------- issue 11


@pytest.mark.parametrize("query", ["", "   ", '""'])
def test_a_blank_query_is_a_usage_error(capsys, query: str) -> None:
    from reader.cli import main

    assert main(["search", query]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    [line] = captured.err.splitlines()
    assert line.startswith("reader: error:") and "query" in line


@pytest.mark.parametrize("query", ["%", "——", "("])
def test_punctuation_queries_find_the_articles_that_have_it(capsys, query: str) -> None:
    results = found(capsys, query)
    assert results
    assert all(f"«{query}»" in " ".join(r["snippets"]) for r in results.values())


def test_limit_shows_fewer_but_counts_all(capsys, tmp_path) -> None:
    for i in range(60):
        (tmp_path / f"a{i:02}.txt").write_text(f"第{i}篇\n\n这篇文章讲量子计算，编号{i}。\n", encoding="utf-8")
    _status, out = run(capsys, "量子计算", "--corpus", str(tmp_path), "--json", "--limit", "5")
    data = json.loads(out)
    assert (len(data["results"]), data["total"]) == (5, 60)
    _status, out = run(capsys, "量子计算", "--corpus", str(tmp_path))
    assert out.splitlines()[0] == "60 articles match"
    assert sum(1 for line in out.splitlines() if line.startswith("a")) == 60
    _status, out = run(capsys, "量子计算", "--corpus", str(tmp_path), "--limit", "5")
    assert out.splitlines()[0] == "60 articles match; the best 5 shown (--limit)"


def test_a_word_only_in_a_title_is_found_and_marked(capsys, tmp_path) -> None:
    (tmp_path / "a.txt").write_text("量子计算的未来\n\n正文里没有标题里的那个词。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("别的标题\n\n正文也无关。\n", encoding="utf-8")
    _status, out = run(capsys, "量子计算", "--corpus", str(tmp_path))
    assert "a  «量子计算»的未来  (1 hit)" in out
    data = json.loads(run(capsys, "量子计算", "--corpus", str(tmp_path), "--json")[1])
    assert [(r["id"], r["hits"], r["title_hits"]) for r in data["results"]] == [("a", 1, 1)]


def test_snippets_wrap_onto_indented_lines_on_a_terminal(capsys, monkeypatch, tmp_path) -> None:
    import os

    body = "前面" * 30 + "英伟达在2023年11月17日发布了新的芯片，股价随后上涨了很多很多。" + "后面" * 30
    (tmp_path / "a.txt").write_text(f"标题\n\n{body}\n", encoding="utf-8")
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    monkeypatch.setattr("shutil.get_terminal_size", lambda *a, **k: os.terminal_size((40, 24)))
    _status, out = run(capsys, "芯片", "--corpus", str(tmp_path))
    lines = out.splitlines()
    assert lines[0] == "1 article matches"
    assert lines[1].startswith("a  标题")
    snippet = lines[2:]
    assert len(snippet) > 1
    # Every line of the snippet is indented: none looks like a new result.
    assert all(line.startswith("    ") for line in snippet)
    assert "\x1b[7m芯片\x1b[0m" in out
    # Cut at a boundary, not inside 11月17日.
    assert "…1月17日" not in out.replace("\x1b[7m", "").replace("\x1b[0m", "")


# ---------------------------------------------------------------- issue 12


def _large_corpus(tmp_path, monkeypatch) -> tuple:
    """A folder searched by the large-corpus engine (tantivy), as 20,000
    articles are."""
    from reader.core import search_engine

    monkeypatch.setattr(search_engine, "LARGE_CORPUS_CHARS", 10)
    return topic_folder(tmp_path, 40)


def _texts_read(monkeypatch) -> list[str]:
    """The texts read from the article cache (each read of a text left there
    is given to its Paragraphs)."""
    from reader.core.model import Paragraphs

    read: list[str] = []
    give = Paragraphs.give

    def counted(self, text, starts) -> bool:
        read.append(text)
        return give(self, text, starts)

    monkeypatch.setattr(Paragraphs, "give", counted)
    return read


def _articles_built(monkeypatch) -> list[str]:
    """The ids of the articles built from the article cache's listing."""
    from reader.core.cache_listing import CacheListing

    built: list[str] = []
    build = CacheListing._listed_article

    def counted(self, entry):
        built.append(entry[0])
        return build(self, entry)

    monkeypatch.setattr(CacheListing, "_listed_article", counted)
    return built


@pytest.mark.parametrize("json_out", [False, True])
def test_a_warm_large_search_reads_only_the_shown_texts_and_says_the_same(
    capsys, tmp_path, monkeypatch, json_out: bool
) -> None:
    import os

    folder = _large_corpus(tmp_path, monkeypatch)
    for path in folder.iterdir():  # older than a stat can be trusted for: listed
        os.utime(path, ns=(path.stat().st_mtime_ns - 10**10,) * 2)
    argv = ["量子计算 编号", "--corpus", str(folder), "--limit", "3", *(["--json"] if json_out else [])]
    cold = run(capsys, *argv)  # cleans every file, builds and saves the index
    read = _texts_read(monkeypatch)
    built = _articles_built(monkeypatch)
    warm = run(capsys, *argv)
    assert warm == cold and cold[0] == 0
    # Three results shown: three texts read, not forty; three articles built
    # from the listing, not forty.
    assert len(read) == 3 and all("量子计算" in text for text in read)
    assert len(built) == 3
    # Without any cache: the same output.
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "other-cache"))
    assert run(capsys, *argv) == cold
    if json_out:
        data = json.loads(cold[1])
        assert data["total"] == 14 and len(data["results"]) == 3
        assert all(r["snippets"] and r["hits"] >= 2 for r in data["results"])


def test_a_warm_large_search_without_a_limit_reads_the_matching_texts(capsys, tmp_path, monkeypatch) -> None:
    folder = _large_corpus(tmp_path, monkeypatch)
    cold = run(capsys, "天气预报", "--corpus", str(folder))
    read = _texts_read(monkeypatch)
    assert run(capsys, "天气预报", "--corpus", str(folder)) == cold
    assert cold[1].splitlines()[0] == "26 articles match"
    assert len(read) == 26


def test_a_text_replaced_in_the_cache_meanwhile_loads_everything_again(capsys, tmp_path, monkeypatch) -> None:
    import sqlite3

    from reader.core import paths

    folder = _large_corpus(tmp_path, monkeypatch)
    argv = ["量子计算", "--corpus", str(folder), "--json"]
    cold = run(capsys, *argv)
    # Another instance (say, another version) rewrote a row: its text no
    # longer fits the length and CRC this run read first.
    from reader.core.model import Paragraphs

    original = Paragraphs.give

    def tampered(self, text, starts) -> bool:
        return original(self, text + "!", starts)

    monkeypatch.setattr(Paragraphs, "give", tampered)
    assert run(capsys, *argv) == cold
    # Rows gone (another instance tidied them away) after this run listed
    # them: the same.
    monkeypatch.setattr(Paragraphs, "give", original)
    opened = search.saved_engine

    def emptied_first(*args):
        db = sqlite3.connect(paths.cache_dir() / "articles.sqlite3")
        with db:
            db.execute("DELETE FROM articles")
        db.close()
        return opened(*args)

    monkeypatch.setattr(search, "saved_engine", emptied_first)
    gone = _texts_read(monkeypatch)
    assert run(capsys, *argv) == cold
    assert gone == []  # nothing was read from the cache: every file cleaned again


@pytest.mark.parametrize("large", [True, False])
def test_an_unchanged_corpus_is_taken_from_its_listing_and_any_change_is_seen(
    capsys, tmp_path, monkeypatch, large: bool
) -> None:
    import os

    from reader.core import corpus, search_engine

    folder = _large_corpus(tmp_path, monkeypatch)
    if not large:  # the exact engine: it opens with its folded texts, as tantivy's index does
        monkeypatch.setattr(search_engine, "LARGE_CORPUS_CHARS", 10**9)
    argv = ["量子计算", "--corpus", str(folder), "--json"]
    for path in folder.iterdir():  # older than a stat can be trusted for
        os.utime(path, ns=(path.stat().st_mtime_ns - 10**10,) * 2)
    cold = run(capsys, *argv)  # cleaned
    assert run(capsys, *argv) == cold  # from the article cache, then listed
    loads: list[object] = []
    load_corpus = corpus.load_corpus
    monkeypatch.setattr(corpus, "load_corpus", lambda *a, **k: loads.append(a) or load_corpus(*a, **k))
    read = _texts_read(monkeypatch)
    assert run(capsys, *argv) == cold
    assert loads == [] and json.loads(cold[1])["total"] == 14
    assert len(read) == 14  # the results' texts, not every one
    # A damaged listing is a miss.
    import sqlite3

    from reader.core import paths

    db = sqlite3.connect(paths.cache_dir() / "articles.sqlite3")
    with db:
        db.execute("UPDATE listings SET data = ?", (b'{"walk": [1], "items": [[',))
    db.close()
    assert run(capsys, *argv) == cold and len(loads) == 1
    assert run(capsys, *argv) == cold and len(loads) == 1  # listed again
    # A file changed (a new mtime, the same size), added, removed: loaded again, and seen.
    (folder / "a00.txt").write_text("标题0：天气预报\n\n这篇不再讲那个题目了。\n", encoding="utf-8")
    changed = json.loads(run(capsys, *argv)[1])
    assert len(loads) == 2 and changed["total"] == 13 and "a00" not in {r["id"] for r in changed["results"]}
    (folder / "b.txt").write_text("新来的量子计算\n\n正文。\n", encoding="utf-8")
    assert json.loads(run(capsys, *argv)[1])["total"] == 14 and len(loads) == 3
    (folder / "a03.txt").unlink()
    assert json.loads(run(capsys, *argv)[1])["total"] == 13 and len(loads) == 4


def test_an_unusable_cache_folder_is_said_once_per_cache_and_the_search_answers(capsys, tmp_path, monkeypatch) -> None:
    folder = _large_corpus(tmp_path, monkeypatch)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("READER_CACHE_DIR", str(blocker / "cache"))
    from reader.cli import main

    assert main(["search", "量子计算", "--corpus", str(folder), "--limit", "2"]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines()[0] == "14 articles match; the best 2 shown (--limit)"
    warnings = [line for line in captured.err.splitlines() if "warning" in line]
    assert len(warnings) == 2
    assert sum("article cache" in w for w in warnings) == 1 and sum("search cache" in w for w in warnings) == 1


def test_a_cold_large_search_builds_only_the_final_index_and_says_so_once(capsys, tmp_path, monkeypatch) -> None:
    from reader.cli import main
    from reader.core.search import SearchIndex

    folder = _large_corpus(tmp_path, monkeypatch)

    def no_interim(*args, **kwargs):
        raise AssertionError("the exact engine was built")

    with monkeypatch.context() as patch:
        patch.setattr(SearchIndex, "build", no_interim)
        assert main(["search", "量子计算", "--corpus", str(folder), "--json"]) == 0
        cold = capsys.readouterr()
    assert cold.err.count("indexing this large corpus") == 1
    assert main(["search", "量子计算", "--corpus", str(folder), "--json"]) == 0
    warm = capsys.readouterr()
    assert warm.out == cold.out and "indexing" not in warm.err


def test_a_failed_large_index_build_is_answered_by_the_exact_engine(capsys, tmp_path, monkeypatch) -> None:
    from reader.core.tantivy_index import TantivyIndex

    folder = _large_corpus(tmp_path, monkeypatch)

    def broken(*args, **kwargs):
        raise OSError("no room")

    monkeypatch.setattr(TantivyIndex, "write", broken)
    data = json.loads(run(capsys, "量子计算", "--corpus", str(folder), "--json")[1])
    assert data["total"] == 14 and len(data["results"]) == 14


def test_search_help_names_punctuation_as_written(capsys) -> None:
    # argparse formats help strings but prints descriptions as written: a %%
    # there reached the user doubled.
    parser, sub = build_parser(["search"])
    search.add_parser(sub, "search")
    with pytest.raises(SystemExit):
        parser.parse_args(["search", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "(%, ——, ()" in out and "%%" not in out


def test_a_listed_search_whose_index_is_gone_builds_it_from_the_listed_articles(capsys, tmp_path, monkeypatch) -> None:
    import os
    import shutil

    from reader.core import paths

    folder = _large_corpus(tmp_path, monkeypatch)
    for path in folder.iterdir():  # older than a stat can be trusted for: listed
        os.utime(path, ns=(path.stat().st_mtime_ns - 10**10,) * 2)
    argv = ["量子计算", "--corpus", str(folder), "--json"]
    cold = run(capsys, *argv)
    shutil.rmtree(paths.cache_dir() / "search-tantivy")
    built = _articles_built(monkeypatch)
    assert run(capsys, *argv) == cold  # every listed article built, the index built again
    assert len(built) == 40
    built.clear()
    assert run(capsys, *argv) == cold and len(built) == 14
