"""How well reader mode does on annotated pages: titles, junk, body, metadata.

A folder of pages (``NAME.txt|.md|.html``) each with ``NAME.gold.json``
(title, source, author, date, credits, junk lines, body lines) is loaded AS
A CORPUS, through the same path ``reader list`` and ``reader show`` use, so
that repetition across the folder counts. Each page is compared with its
gold file.

    PYTHONPATH=src python tests/page_quality.py FOLDER [-v] [--alone]

``--alone`` loads each page on its own (no repetition across files), as a
user who opens one saved page sees it.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.corpus import load_corpus

_INVISIBLE = re.compile(r"[\s\u200b-\u200d\u2060\ufeff]+")
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH = re.compile(r"\b(" + "|".join(_MONTHS) + r")[a-z]*\.?", re.IGNORECASE)
_CTIME = re.compile(
    r"\s*[a-z]{3}\s+[a-z]{3}\s+(?P<day>\d{1,2})\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::\d{2})?\s+(?P<year>\d{4})\s*$",
    re.IGNORECASE,
)
_HALF = {"上午": 0, "早上": 0, "凌晨": 0, "中午": 0, "下午": 12, "晚上": 12, "pm": 12, "am": 0}


# A date's numbers in Han numerals (二〇二九年十月十五日): a year digit by digit, a month or day by tens.
_HAN_NUMERALS = re.compile(r"[〇○零一二三四五六七八九十]+")
_HAN_DIGITS = "〇一二三四五六七八九"


def _han_value(numeral: str) -> int:
    if "十" not in numeral:
        return int("".join(str(_HAN_DIGITS.index(c)) for c in numeral.replace("○", "〇").replace("零", "〇")))
    tens, _, ones = numeral.partition("十")
    return (_HAN_DIGITS.index(tens) if tens else 1) * 10 + (_HAN_DIGITS.index(ones) if ones else 0)


def norm(text: str | None) -> str:
    """Lines compare without whitespace or invisible characters."""
    return _INVISIBLE.sub("", text or "")


def title_norm(text: str | None) -> str:
    return " ".join((text or "").split())


def date_key(text: str | None) -> tuple[int, ...] | None:
    """(year, month, day, hour, minute) as far as given; 下午3:05 is 15:05."""
    if not text:
        return None
    if not any(c.isdigit() for c in text):  # (a date wholly in Han numerals; 星期五 beside digits is no number)
        text = _HAN_NUMERALS.sub(lambda m: str(_han_value(m.group())), text)
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    if not numbers:
        return None
    half = next((v for k, v in _HALF.items() if k in text.lower()), 0)
    # A time (HH:MM) gets the half-day offset.
    if half and len(numbers) >= 2 and re.search(r"\d{1,2}:\d{2}", text):
        m = re.search(r"(\d{1,2}):\d{2}", text)
        assert m
        hour = int(m.group(1))
        if hour < 12:
            idx = len(re.findall(r"\d+", text[: m.start(1)]))
            numbers[idx] = hour + half
    # An English date (Nov 16, 2025 / 16 Nov 2025): year, month, day like the rest.
    month = _MONTH.search(text)
    if month and len(numbers) >= 2 and numbers[1] >= 1000:
        numbers = [numbers[1], _MONTHS.index(month.group(1).lower()[:3]) + 1, numbers[0], *numbers[2:]]
    # A ctime (Sun Mar 11 21:04:33 2029, a BBS post's): the year last, after the time.
    if month and (ctime := _CTIME.match(text)):
        day, hour, minute, year = (int(ctime.group(k)) for k in ("day", "hour", "minute", "year"))
        numbers = [year, _MONTHS.index(month.group(1).lower()[:3]) + 1, day, hour, minute]
    # A clock before its day (15:30 2029/05/15): the day, then the clock, like the rest.
    if re.match(r"\s*\d{1,2}:\d{2}\s+\d{4}\D", text) and len(numbers) >= 5:
        numbers = [*numbers[2:5], *numbers[:2]]
    # A day-first date (28/11/2025 22:14, 28-08-2029): year, month, day like the rest.
    if re.match(r"\s*\d{1,2}([/.-])\d{1,2}\1\d{4}", text) and len(numbers) >= 3:
        numbers = [numbers[2], numbers[1], numbers[0], *numbers[3:]]
    return tuple(numbers[:5])


@dataclass
class Page:
    name: str
    kind: str
    title: str
    gold_title: str
    junk_total: int
    junk_left: list[str] = field(default_factory=list)
    # Junk counted gone whose text mostly stays, cut (a product card kept
    # without its buttons): reported beside the junk figure, not in it.
    junk_partly: list[str] = field(default_factory=list)
    body_total: int = 0
    body_lost: list[str] = field(default_factory=list)
    meta_right: dict[str, bool] = field(default_factory=dict)
    meta_got: dict[str, str | None] = field(default_factory=dict)
    credits_missing: list[str] = field(default_factory=list)
    skipped: str | None = None

    @property
    def title_right(self) -> bool:
        return title_norm(self.title) == title_norm(self.gold_title)


@dataclass
class Report:
    pages: list[Page]

    @property
    def titles_right(self) -> int:
        return sum(p.title_right for p in self.pages)

    @property
    def junk_total(self) -> int:
        return sum(p.junk_total for p in self.pages)

    @property
    def junk_gone(self) -> int:
        return self.junk_total - sum(len(p.junk_left) for p in self.pages)

    @property
    def junk_partly(self) -> int:
        return sum(len(p.junk_partly) for p in self.pages)

    @property
    def body_total(self) -> int:
        return sum(p.body_total for p in self.pages)

    @property
    def body_lost(self) -> int:
        return sum(len(p.body_lost) for p in self.pages)

    def meta_right(self, key: str) -> int:
        return sum(p.meta_right[key] for p in self.pages)

    @property
    def credits_total(self) -> int:
        return sum(len(p.credits_missing) for p in self.pages)

    def totals(self) -> dict[str, float]:
        n = len(self.pages) or 1
        return {
            "pages": len(self.pages),
            "title_right": self.titles_right / n,
            "junk_gone": self.junk_gone / (self.junk_total or 1),
            "body_lost": self.body_lost,
            "body_kept": 1 - self.body_lost / (self.body_total or 1),
            "source_right": self.meta_right("source") / n,
            "author_right": self.meta_right("author") / n,
            "date_right": self.meta_right("date") / n,
        }


def score_folder(folder: Path | str, alone: bool = False) -> Report:
    """Load ``folder`` as one corpus (or, ``alone``, each page on its own)
    and score every page that has a gold file."""
    folder = Path(folder)
    if alone:
        files = [p for p in sorted(folder.iterdir()) if p.is_file() and not p.name.endswith(".gold.json")]
        loaded = [load_corpus([p]) for p in files]
        articles = [a for c in loaded for a in c]
        skips = [s for c in loaded for s in c.skipped]
    else:
        corpus = load_corpus([folder])
        articles, skips = list(corpus), list(corpus.skipped)
    by_stem = {a.path.name.partition(".")[0]: a for a in articles}
    skipped = {s.path.name.partition(".")[0]: s.reason for s in skips}
    pages = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        stem = gold_path.name.removesuffix(".gold.json")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        article = by_stem.get(stem)
        page = Page(stem, gold.get("kind", ""), article.title if article else "", gold["title"], len(gold["junk"]))
        kept = {norm(p) for p in article.paragraphs} if article else set()
        page.junk_left = [line for line in gold["junk"] if norm(line) in kept]
        page.junk_partly = [line for line in gold["junk"] if norm(line) not in kept and partly_kept(line, kept)]
        page.body_total = len(gold["body"])
        page.body_lost = [line for line in gold["body"] if norm(line) not in kept]
        got = {
            "source": article.source if article else None,
            "author": article.author if article else None,
            "date": article.date if article else None,
        }
        page.meta_got = got
        page.meta_right = {
            "source": norm(got["source"]) == norm(gold.get("source")),
            "author": norm(got["author"]) == norm(gold.get("author")),
            "date": date_key(got["date"]) == date_key(gold.get("date")),
        }
        names = {norm(name) for _, name in getattr(article, "credits", ())} if article else set()
        page.credits_missing = [c for c in gold.get("credits", []) if norm(c) not in names]
        page.skipped = None if article else skipped.get(stem, "not loaded")
        pages.append(page)
    return Report(pages)


# A kept paragraph this long at least, and this share of a junk line, inside it.
_PART_MIN = 4
_PART_SHARE = 0.5


def partly_kept(line: str, kept: set[str]) -> bool:
    """Most of junk ``line`` stays as one kept paragraph inside it (``kept``
    as ``norm`` gives them): the junk cut down, not gone."""
    whole = norm(line)
    least = max(_PART_MIN, _PART_SHARE * len(whole))
    return any(len(p) >= least and p in whole for p in kept)


def render(report: Report, verbose: bool = False) -> str:
    out = [f"{'page':34} {'title':5} {'junk':>7} {'body':>7} src aut date"]

    def mark(ok: bool) -> str:
        return " ok" if ok else " --"

    for p in report.pages:
        out.append(
            f"{p.name[:34]:34} {'ok' if p.title_right else '--':5} "
            f"{p.junk_total - len(p.junk_left):>3}/{p.junk_total:<3} "
            f"{p.body_total - len(p.body_lost):>3}/{p.body_total:<3}"
            f"{mark(p.meta_right['source'])}{mark(p.meta_right['author'])}{mark(p.meta_right['date'])}"
        )
        if not p.title_right:
            out.append(f"    title: {p.title!r}  (gold {p.gold_title!r})")
        if p.skipped:
            out.append(f"    skipped: {p.skipped}")
        for line in p.body_lost:
            out.append(f"    LOST: {line}")
        if verbose:
            for line in p.junk_left:
                out.append(f"    junk left: {line}")
            for line in p.junk_partly:
                out.append(f"    junk partly left: {line}")
            for key, ok in p.meta_right.items():
                if not ok:
                    out.append(f"    {key}: got {p.meta_got[key]!r}")
            if p.credits_missing:
                out.append(f"    credits missing: {p.credits_missing}")
    t = report.totals()
    out.append(
        f"\n{t['pages']} pages: title right {report.titles_right}/{t['pages']} ({t['title_right']:.0%}); "
        f"junk gone {report.junk_gone}/{report.junk_total} "
        f"({t['junk_gone']:.1%}; {report.junk_partly} of those only in part); "
        f"body kept {report.body_total - report.body_lost}/{report.body_total} (lost {report.body_lost}); "
        f"source {t['source_right']:.0%}, author {t['author_right']:.0%}, date {t['date_right']:.0%}; "
        f"credit names missing {report.credits_total}"
    )
    return "\n".join(out)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    verbose = "-v" in argv
    alone = "--alone" in argv
    folders = [a for a in argv if a not in ("-v", "--alone")]
    for folder in folders:
        print(render(score_folder(folder, alone), verbose))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
