"""People: precision and recall against gold lists a careful reader made,
on the five seeds, on unseen news articles written for this test
(Traditional and Simplified; sports, politics, science, business), and on
the development set of issue 10 (tests/data/people/dev: 14 articles of
other kinds, scored as the app loads them, bylines included), and on the
first held-out set (tests/data/people/fresh: 10 articles scored once with
the design frozen at 4651779, then used for the second fix pass), and on
the second held-out set (tests/data/people/fresh2: 8 articles scored once
at the second freeze, P 0.93 R 0.83, then used for the third fix pass),
and on the third held-out set (tests/data/people/fresh3: 14 articles scored
once at the third freeze, P 0.95 R 0.83, then used for the fourth fix pass),
and on the fourth held-out set (tests/data/people/fresh4: 12 articles scored
once at the fourth freeze 1db42af, P 0.98 R 0.99, then used for the fifth
fix pass, after which nothing is cut or over-long there), and on the fifth
held-out set (tests/data/people/fresh5: 12 articles scored once at the fifth
freeze 5eab7c3, P 0.91 R 0.91 with 6 names cut or over-long, then used for
the sixth fix pass), and on the sixth held-out set (tests/data/people/fresh6:
10 articles scored once at the sixth freeze 4fe9079, P 0.90 R 0.92 with 3
names cut or over-long, then used for the seventh fix pass), and on the
seventh held-out set (tests/data/people/fresh7: 10 articles scored once at
the seventh freeze fce8e11, P 0.95 R 0.93 with nothing fused or cut; kept
as a guard at its first-pass figures, no fix pass has tuned on it).

The same scoring runs on any folder with a gold.json:
``PYTHONPATH=src python tests/people_quality.py FOLDER``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.core.corpus import load_corpus
from reader.core.folding import fold
from reader.core.people import extract_people, find_people
from reader.core.resources import seeds_dir

DATA = Path(__file__).parent / "data" / "people"
DEV = DATA / "dev"
FRESH = DATA / "fresh"
FRESH2 = DATA / "fresh2"
FRESH3 = DATA / "fresh3"
FRESH4 = DATA / "fresh4"
FRESH5 = DATA / "fresh5"
FRESH6 = DATA / "fresh6"
FRESH7 = DATA / "fresh7"
GOLD = {k: v for k, v in json.loads((DATA / "gold.json").read_text(encoding="utf-8")).items() if not k.startswith("_")}
SEEDS = sorted(k for k in GOLD if not k.endswith(".txt"))
UNSEEN = sorted(k for k in GOLD if k.endswith(".txt"))


@pytest.fixture(scope="module")
def corpus():
    return load_corpus([seeds_dir()])


def _text(key: str, corpus) -> str:
    if key.endswith(".txt"):
        return (DATA / key).read_text(encoding="utf-8")
    return corpus.get(key).text


def _score(keys: list[str], corpus) -> tuple[int, int, int, list[str]]:
    """(correct entries, listed entries, required found, problems)."""
    correct = listed = found = 0
    problems = []
    for key in keys:
        gold = GOLD[key]
        required = [{fold(n) for n in names} for names in gold["required"]]
        optional = [{fold(n) for n in names} for names in gold["optional"]]
        hit: set[int] = set()
        for p in find_people(_text(key, corpus)):
            aliases = {fold(a) for a in p.person.aliases}
            matches = [i for i, names in enumerate(required) if names & aliases]
            if len(matches) > 1:
                problems.append(f"{key}: conflated {p.person.aliases}")
            if matches:
                hit.update(matches)
                correct += 1
                listed += 1
            elif not any(names & aliases for names in optional):
                listed += 1
                problems.append(f"{key}: not a person {p.person.name!r}")
        found += len(hit)
        problems += [f"{key}: missed {gold['required'][i][0]}" for i in range(len(required)) if i not in hit]
    return correct, listed, found, problems


@pytest.mark.parametrize("keys", [SEEDS, UNSEEN], ids=["seeds", "unseen"])
def test_precision_and_recall_at_least_90_percent(keys: list[str], corpus) -> None:
    correct, listed, found, problems = _score(keys, corpus)
    required = sum(len(GOLD[k]["required"]) for k in keys)
    precision, recall = correct / listed, found / required
    assert precision >= 0.9 and recall >= 0.9, (precision, recall, problems)
    assert not [p for p in problems if "conflated" in p]


def test_unseen_articles_cover_both_scripts_and_four_topics() -> None:
    assert len(UNSEEN) >= 4
    assert sum("zh-hant" in k for k in UNSEEN) >= 2 and sum("zh-hans" in k for k in UNSEEN) >= 2


@pytest.mark.parametrize("key", SEEDS + UNSEEN)
def test_nothing_listed_that_must_not_be(key: str, corpus) -> None:
    aliases = {fold(a) for p in find_people(_text(key, corpus)) for a in p.person.aliases}
    assert not {fold(a) for a in GOLD[key]["absent"]} & aliases


def _by_alias(article) -> dict[str, list]:
    found: dict[str, list] = {}
    for p in extract_people(article):
        for alias in p.person.aliases:
            found.setdefault(alias, []).append(p)
    return found


def test_acceptance_001_ilya_and_altman_once_with_both_aliases(corpus) -> None:
    found = _by_alias(corpus.get("001"))
    assert len(found["伊利亚"]) == 1 and found["伊利亚"] == found["Ilya Sutskever"]
    assert len(found["奥特曼"]) == 1 and found["奥特曼"] == found["Sam Altman"]


def test_acceptance_004_tian_and_lecun_no_xiaojie(corpus) -> None:
    found = _by_alias(corpus.get("004"))
    assert "田渊栋" in found
    assert found["杨立昆"] == found["Yann LeCun"]
    assert not any("小姐" in alias for alias in found)


def test_acceptance_000_felix_jim_and_huang(corpus) -> None:
    found = _by_alias(corpus.get("000"))
    assert {"Felix Hill", "Jim Fan", "黃仁勛"} <= set(found)
    assert not any("(" in alias for alias in found)


@pytest.mark.parametrize("key", SEEDS)
def test_every_mention_points_at_its_alias(key: str, corpus) -> None:
    article = corpus.get(key)
    for p in extract_people(article):
        for m in p.mentions:
            assert article.text[m.start : m.end] == m.alias


@pytest.fixture(scope="module")
def dev_scores():
    from people_quality import score_folder

    return score_folder(DEV)


def test_development_set_precision_and_recall_at_least_90_percent(dev_scores) -> None:
    from people_quality import Score

    total = Score()
    for s in dev_scores.values():
        total.add(s)
    assert len(dev_scores) >= 14
    assert total.precision >= 0.9 and total.recall >= 0.9, (total.precision, total.recall, total.problems)


def test_development_set_has_no_fused_or_cut_names(dev_scores) -> None:
    problems = [p for s in dev_scores.values() for p in s.problems]
    assert not [p for p in problems if p.startswith(("fused", "cut", "over-long"))], problems


def test_development_set_lists_nothing_that_must_not_be(dev_scores) -> None:
    problems = [p for s in dev_scores.values() for p in s.problems]
    # One known miss stays visible here: a chess opening named after a player.
    assert len([p for p in problems if p.startswith("absent")]) <= 1, problems


@pytest.fixture(scope="module")
def fresh_scores():
    from people_quality import score_folder

    return score_folder(FRESH)


def test_first_held_out_set_precision_and_recall(fresh_scores) -> None:
    from people_quality import Score

    total = Score()
    for s in fresh_scores.values():
        total.add(s)
    assert len(fresh_scores) == 10
    assert total.precision >= 0.9 and total.recall >= 0.9, (total.precision, total.recall, total.problems)


def test_first_held_out_set_has_no_fused_or_cut_names(fresh_scores) -> None:
    problems = [p for s in fresh_scores.values() for p in s.problems]
    assert not [p for p in problems if p.startswith(("fused", "cut", "over-long"))], problems


def test_first_held_out_set_lists_nothing_that_must_not_be(fresh_scores) -> None:
    problems = [p for s in fresh_scores.values() for p in s.problems]
    assert not [p for p in problems if p.startswith("absent")], problems


@pytest.fixture(scope="module")
def fresh2_scores():
    from people_quality import score_folder

    return score_folder(FRESH2)


def test_second_held_out_set_precision_and_recall(fresh2_scores) -> None:
    from people_quality import Score

    total = Score()
    for s in fresh2_scores.values():
        total.add(s)
    assert len(fresh2_scores) == 8
    assert total.precision >= 0.9 and total.recall >= 0.9, (total.precision, total.recall, total.problems)


def test_second_held_out_set_has_no_fused_or_cut_names(fresh2_scores) -> None:
    # (the first pass cut 局长冼志正在开场发言时表示 to 冼志; a time clause
    # 在…时 closed by a speech verb now keeps 正 in the name)
    problems = [p for s in fresh2_scores.values() for p in s.problems]
    assert not [p for p in problems if p.startswith(("fused", "cut", "over-long"))], problems


def test_second_held_out_set_lists_nothing_that_must_not_be(fresh2_scores) -> None:
    problems = [p for s in fresh2_scores.values() for p in s.problems]
    assert not [p for p in problems if p.startswith("absent")], problems


def test_the_scoring_script_reports_problems(tmp_path: Path) -> None:
    """tests/people_quality.py can fail: a gold list the finder cannot meet."""
    from people_quality import score_folder

    (tmp_path / "a.txt").write_text("教练王涛说，球队已经准备好了。", encoding="utf-8")
    gold = {"a.txt": {"required": [["王涛"], ["李四"]], "optional": [], "absent": ["王涛"]}}
    (tmp_path / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    s = score_folder(tmp_path)["a.txt"]
    assert (s.found, s.required) == (1, 2)
    assert "missed: 李四" in s.problems and any(p.startswith("absent") for p in s.problems)


@pytest.fixture(scope="module")
def fresh3_scores():
    from people_quality import score_folder

    return score_folder(FRESH3)


def test_third_held_out_set_precision_and_recall(fresh3_scores) -> None:
    # After the fifth fix pass: P 145/145, R 139/141 (scored once at the
    # third freeze: P 123/130, R 117/141; after the fourth pass R 136/141).
    from people_quality import Score

    total = Score()
    for s in fresh3_scores.values():
        total.add(s)
    assert len(fresh3_scores) == 14
    assert total.precision >= 0.99 and total.recall >= 0.98, (total.precision, total.recall, total.problems)


def test_third_held_out_set_has_no_fused_or_cut_names(fresh3_scores) -> None:
    problems = [p for s in fresh3_scores.values() for p in s.problems]
    assert not [p for p in problems if p.startswith(("fused", "cut", "over-long"))], problems


def test_third_held_out_set_lists_nothing_that_must_not_be(fresh3_scores) -> None:
    problems = [p for s in fresh3_scores.values() for p in s.problems]
    assert not [p for p in problems if p.startswith("absent")], problems


@pytest.fixture(scope="module")
def fresh4_scores():
    from people_quality import score_folder

    return score_folder(FRESH4)


def test_fourth_held_out_set_precision_and_recall(fresh4_scores) -> None:
    # Scored once at the fourth freeze (1db42af): P 103/105, R 101/102; after
    # the fifth fix pass P 103/103, R 102/102.
    from people_quality import Score

    total = Score()
    for s in fresh4_scores.values():
        total.add(s)
    assert len(fresh4_scores) == 12
    assert total.precision >= 0.95 and total.recall >= 0.95, (total.precision, total.recall, total.problems)


def test_fourth_held_out_set_has_no_fused_or_cut_names(fresh4_scores) -> None:
    problems = [p for s in fresh4_scores.values() for p in s.problems]
    # (the first pass listed 郭导让: 郭导, "director Guo", run on into a verb)
    assert not [p for p in problems if p.startswith(("fused", "cut", "over-long"))], problems


def test_fourth_held_out_set_lists_nothing_that_is_no_person(fresh4_scores) -> None:
    # (the first pass listed 周末带, a time word after a title, and 郭导让)
    problems = [p for s in fresh4_scores.values() for p in s.problems]
    assert not [p for p in problems if p.startswith(("not a person", "absent"))], problems


@pytest.fixture(scope="module")
def fresh5_scores():
    from people_quality import score_folder

    return score_folder(FRESH5)


def test_fifth_held_out_set_precision_and_recall(fresh5_scores) -> None:
    # Scored once at the fifth freeze (5eab7c3): P 105/116, R 96/106; after
    # the sixth fix pass P 113/113, R 104/106.
    from people_quality import Score

    total = Score()
    for s in fresh5_scores.values():
        total.add(s)
    assert len(fresh5_scores) == 12
    assert total.precision >= 0.97 and total.recall >= 0.97, (total.precision, total.recall, total.problems)


def test_fifth_held_out_set_has_no_fused_or_cut_names(fresh5_scores) -> None:
    # (the first pass cut Japanese names short (井上翔, 宮原達, 遊千夏 of
    # 小鳥遊千夏) and a married name (黃秀琴 of 林黃秀琴), and ran names
    # into the next word (诺丽达·卡西姆提, 何丽才))
    problems = [p for s in fresh5_scores.values() for p in s.problems]
    assert not [p for p in problems if p.startswith(("fused", "cut", "over-long"))], problems


def test_fifth_held_out_set_lists_nothing_that_is_no_person(fresh5_scores) -> None:
    # (the first pass listed 阿美族, 顾氏, Ilisin, 向祖靈, 餘火, 林二星)
    problems = [p for s in fresh5_scores.values() for p in s.problems]
    assert not [p for p in problems if p.startswith(("not a person", "absent"))], problems


@pytest.fixture(scope="module")
def fresh6_scores():
    from people_quality import score_folder

    return score_folder(FRESH6)


def test_sixth_held_out_set_precision_and_recall(fresh6_scores) -> None:
    # Scored once at the sixth freeze (4fe9079): P 74/82, R 72/78; after the
    # seventh fix pass P 80/80, R 77/78.
    from people_quality import Score

    total = Score()
    for s in fresh6_scores.values():
        total.add(s)
    assert len(fresh6_scores) == 10
    assert total.precision >= 0.97 and total.recall >= 0.97, (total.precision, total.recall, total.problems)


def test_sixth_held_out_set_has_no_fused_or_cut_names(fresh6_scores) -> None:
    # (the first pass cut 祝鸿 of 祝鸿年 and listed 阿依 apart from 吉克阿依,
    # and ran a nickname into a verb: 阿俊笑說)
    problems = [p for s in fresh6_scores.values() for p in s.problems]
    assert not [p for p in problems if p.startswith(("fused", "cut", "over-long"))], problems


def test_sixth_held_out_set_lists_nothing_that_is_no_person(fresh6_scores) -> None:
    # (the first pass listed 区回忆, 傅毛根, 安可曲, 樂評人, 麥克風)
    problems = [p for s in fresh6_scores.values() for p in s.problems]
    assert not [p for p in problems if p.startswith(("not a person", "absent"))], problems


@pytest.fixture(scope="module")
def fresh7_scores():
    from people_quality import score_folder

    return score_folder(FRESH7)


def test_seventh_held_out_set_keeps_its_first_pass(fresh7_scores) -> None:
    # Scored once at the seventh freeze (fce8e11): P 79/83, R 76/82. No fix
    # pass has used it yet; this guards the first-pass figures.
    from people_quality import Score

    total = Score()
    for s in fresh7_scores.values():
        total.add(s)
    assert len(fresh7_scores) == 10
    assert total.precision >= 0.95 and total.recall >= 0.92, (total.precision, total.recall, total.problems)


def test_seventh_held_out_set_has_no_fused_or_cut_names(fresh7_scores) -> None:
    problems = [p for s in fresh7_scores.values() for p in s.problems]
    assert not [p for p in problems if p.startswith(("fused", "cut", "over-long"))], problems
