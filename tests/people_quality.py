"""Score the people finder on a folder of articles with a gold list.

    PYTHONPATH=src python tests/people_quality.py FOLDER [--gold FILE] [--quiet]

``FOLDER`` holds the articles and ``gold.json`` (or pass ``--gold``). Each
gold key names an article: a file name in the folder (``court_zh-hant.txt``)
or an article id or id prefix (the seeds: ``000``). Each entry has
``required`` (people a careful reader lists: each a list of acceptable
written forms), ``optional`` (may be listed without penalty) and ``absent``
(strings that must not be listed). Articles are loaded as the app loads them
(cleaning, metadata), and the byline names the metadata holds count.

Printed: per article precision, recall, and each problem (missed, not a
person, fused, cut, over-long); then the totals. Precision counts listed
entries: an entry is correct when one of its aliases is an acceptable form
of a required person, neutral when it matches an optional one.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, "") and str(Path(__file__).resolve().parents[1] / "src") not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from reader.core.corpus import load_corpus
from reader.core.folding import fold
from reader.core.model import Article
from reader.core.people import people_of


@dataclass
class Score:
    correct: int = 0  # listed entries that are required people
    listed: int = 0  # listed entries that count (optional ones do not)
    found: int = 0  # required people found
    required: int = 0
    problems: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.correct += other.correct
        self.listed += other.listed
        self.found += other.found
        self.required += other.required
        self.problems += other.problems

    @property
    def precision(self) -> float:
        return self.correct / self.listed if self.listed else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 1.0

    def kinds(self, kind: str) -> list[str]:
        return [p for p in self.problems if p.startswith(kind)]


def load_gold(path: Path) -> dict[str, dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def article_for(key: str, corpus) -> Article:
    """The article a gold key names: a file name in the folder, else an id
    or id prefix in the folder, else in the bundled seeds."""
    by_name = [a for a in corpus if a.path.name == key or a.path.as_posix().endswith("/" + key)]
    if by_name:
        return by_name[0]
    try:
        return corpus.get(key)
    except LookupError:
        from reader.core.resources import seeds_dir

        return load_corpus([seeds_dir()]).get(key)


def score(people, gold: dict) -> Score:
    """How the people found compare with one article's gold entry."""
    for key in ("required", "optional"):
        # (a person is a list of forms: a bare string would be read letter by letter)
        if any(isinstance(names, str) for names in gold.get(key, [])):
            raise ValueError(f"gold {key!r} holds a bare string, not a list of forms: {gold[key]}")
    required = [{fold(n) for n in names} for names in gold["required"]]
    optional = [{fold(n) for n in names} for names in gold.get("optional", [])]
    every_form = set().union(*required, *optional) if required or optional else set()
    absent = {fold(a) for a in gold.get("absent", [])}
    everyone = gold["required"] + gold.get("optional", [])
    people_forms = required + optional
    s = Score(required=len(required))
    hit: set[int] = set()
    for p in people:
        aliases = {fold(a) for a in p.person.aliases}
        matches = [i for i, names in enumerate(required) if names & aliases]
        if len(matches) > 1:
            s.problems.append(f"fused: {p.person.name} = {' + '.join(gold['required'][i][0] for i in matches)}")
        for alias in sorted(aliases - every_form):
            holds = [i for i, names in enumerate(people_forms) if any(f in alias for f in names)]
            inside = [f for f in every_form if alias in f]
            if len(holds) >= 2:
                s.problems.append(f"fused: {alias!r} holds {' + '.join(everyone[i][0] for i in holds)}")
            elif holds:
                s.problems.append(f"over-long: {alias!r} for {everyone[holds[0]][0]!r}")
            elif inside and not matches:
                s.problems.append(f"cut: {alias!r} of {inside[0]!r}")
        if aliases & absent:
            s.problems.append(f"absent listed: {', '.join(sorted(aliases & absent))}")
        if matches:
            hit.update(matches)
            s.correct += 1
            s.listed += 1
        elif not any(names & aliases for names in optional):
            s.listed += 1
            s.problems.append(f"not a person: {p.person.name}")
    s.found = len(hit)
    s.problems += [f"missed: {gold['required'][i][0]}" for i in range(len(required)) if i not in hit]
    return s


def score_folder(folder: Path, gold_path: Path | None = None) -> dict[str, Score]:
    gold = load_gold(gold_path or folder / "gold.json")
    corpus = load_corpus([folder])
    return {key: score(people_of(article_for(key, corpus)), entry) for key, entry in gold.items()}


def report(scores: dict[str, Score], quiet: bool = False) -> Score:
    total = Score()
    for key, s in scores.items():
        total.add(s)
        print(
            f"{key:40} P {s.correct:>3}/{s.listed:<3} {s.precision:5.2f}   "
            f"R {s.found:>3}/{s.required:<3} {s.recall:5.2f}"
        )
        if not quiet:
            for problem in s.problems:
                print(f"    {problem}")
    fused, cut = total.kinds("fused"), total.kinds("cut") + total.kinds("over-long")
    print(
        f"{'TOTAL':40} P {total.correct:>3}/{total.listed:<3} {total.precision:5.2f}   "
        f"R {total.found:>3}/{total.required:<3} {total.recall:5.2f}   fused {len(fused)}   cut or over-long {len(cut)}"
    )
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--gold", type=Path, help="gold file (default: FOLDER/gold.json)")
    parser.add_argument("--quiet", action="store_true", help="totals per article only")
    args = parser.parse_args(argv)
    # Never read or write the user's caches or people file while scoring.
    with tempfile.TemporaryDirectory(prefix="reader-people-quality-") as tmp:
        os.environ["READER_CACHE_DIR"] = tmp
        os.environ["READER_PEOPLE_FILE"] = str(Path(tmp) / "no-people.tsv")
        report(score_folder(args.folder, args.gold), args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
