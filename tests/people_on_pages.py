"""The people finder's precision on the reader-mode test pages.

    PYTHONPATH=src python tests/people_on_pages.py [--quiet] [--split]

The articles of ``tests/data/pages`` (written for cleaning, not for people)
are loaded as the app loads them, and each one's people are checked against
``tests/data/pages_people.json``: every name the finder listed on them,
judged once by a helper who read no code as a person or not (``person``,
``not_person``, ``unsure``), in two batches, each judged before any people
rule was tuned on its pages. The first batch judged the names listed at
``freeze78`` (the code of 2026-12-03) on 545 articles: first pass precision
1386/1596 (0.868). The second judged the names listed at ``5b87ee05`` (the
code of ``freeze104p``) on 204 articles the first did not cover: first pass
603/664 (0.908), 1 unsure.

Printed: each name now listed that is judged no person, each name listed
that nobody judged (judge it and add it), each judged person no longer
listed (as a name or as an alias of one); then precision over the judged
names and the counts. ``--split`` also prints precision on the tuned part and on the held part: every 5th
article of each batch (by sorted file name for the first, by sorted name
for the second), listed in ``tests/data/pages_people_held.json``, set aside
as a check looked at only after the fixes (at pageppl1 and pageppl2).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

if __package__ in (None, "") and str(Path(__file__).resolve().parents[1] / "src") not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from reader.core.corpus import load_corpus
from reader.core.people import people_of

PAGES = Path(__file__).resolve().parent / "data" / "pages"
GOLD = Path(__file__).resolve().parent / "data" / "pages_people.json"
HELD = Path(__file__).resolve().parent / "data" / "pages_people_held.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quiet", action="store_true", help="print the totals only")
    parser.add_argument("--split", action="store_true", help="also print the tuned 4/5 and the held 1/5")
    args = parser.parse_args(argv)
    gold: dict[str, dict[str, list[str]]] = json.loads(GOLD.read_text(encoding="utf-8"))
    files = sorted(p for p in PAGES.iterdir() if p.suffix in (".txt", ".md", ".html") and p.stem in gold)
    os.environ.setdefault("READER_CACHE_DIR", tempfile.mkdtemp(prefix="people-on-pages-"))
    held = {name for batch in json.loads(HELD.read_text(encoding="utf-8")).values() for name in batch}
    person = not_person = unjudged = gone = 0
    parts = {True: [0, 0], False: [0, 0]}  # held?: [person, judged]
    for article in load_corpus(files).articles:
        judged = gold[article.id]
        found = people_of(article)
        listed = [p.person.name for p in found]
        # (a judged person now an alias of a listed one is still there, joined)
        aliases = {alias for p in found for alias in p.person.aliases}
        part = parts[article.id in held]
        for name in listed:
            if name in judged["person"]:
                person += 1
                part[0] += 1
                part[1] += 1
            elif name in judged["not_person"]:
                not_person += 1
                part[1] += 1
                args.quiet or print(f"{article.id}: not a person: {name}")
            elif name not in judged["unsure"]:
                unjudged += 1
                args.quiet or print(f"{article.id}: not judged: {name}")
        for name in judged["person"]:
            if name not in listed and name not in aliases:
                gone += 1
                args.quiet or print(f"{article.id}: no longer listed: {name}")
    judged_total = person + not_person
    precision = person / judged_total if judged_total else 1.0
    print(
        f"{len(files)} articles: precision {person}/{judged_total} ({precision:.3f}); "
        f"{unjudged} names not judged; {gone} judged people no longer listed"
    )
    if args.split:
        for label, is_held in (("tuned 4/5", False), ("held 1/5", True)):
            right, total = parts[is_held]
            print(f"{label}: precision {right}/{total} ({right / total if total else 1.0:.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
