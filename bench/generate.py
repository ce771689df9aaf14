"""A seeded generator for the scale corpus: thousands of articles like the seeds.

The text mixes the seeds' cleaned paragraphs with generated sentences whose
words follow a Zipf law over the seeds' vocabulary (jieba words) extended by a
long tail of made-up words, so that query terms have skewed hit counts rather
than matching every file. Generated people (Chinese names, transliterated
names with ·, English names) are mentioned with Zipf popularity too, and the
lines the reader's cleaner drops from the seeds are sprinkled in as
boilerplate. About a third of the articles are converted to Traditional with
the reader's own converter. A few large articles (1 MB, 5 MB) are added.

The same seed and sizes always give the same files. Run as
``python -m bench.generate --out DIR``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import random
import re
import tempfile
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

from reader.core.conversion import convert
from reader.core.corpus import load_corpus
from reader.core.resources import seeds_dir
from reader.core.views import View

DEFAULT_ARTICLES = 2000
DEFAULT_CHARS = 7_000_000
DEFAULT_SEED = 6
LARGE_BYTES = (1_000_000, 5_000_000)
MANIFEST = "manifest.json"

# Name parts are a generator's raw material, not a detection rule: the people
# extractor must find these names without ever seeing these lists.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范"
    "金石廖贾夏韦方白邹孟熊秦邱江薛段雷侯龙史陶贺顾毛郝龚邵钱严武戴孔汤"
)
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建文斌宇浩凯健俊帆帅旭宁龙林欣晨瑶婷雪琳晶妍茜秋珊莎锦黛"
    "青倩颖露瑾韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁博然哲思远志航"
)
SYLLABLES = "约翰史密斯艾伦马克尔杰弗里森特詹姆威廉布莱恩戴维丹尼托乔治汉娜安德鲁莉亚苏菲卡罗拉奥利弗哈里本杰明"
FIRST_NAMES = (
    "James Mary John Linda Robert Susan Michael Karen David Sarah Richard Lisa Joseph Nancy Thomas "
    "Emily Daniel Laura Matthew Anna Andrew Grace Kevin Julia Brian Helen Ethan Chloe Noah Olivia"
).split()
LAST_NAMES = (
    "Smith Johnson Brown Miller Davis Wilson Moore Taylor Anderson Thomas Jackson White Harris Martin "
    "Thompson Garcia Clark Lewis Walker Hall Young King Wright Scott Green Baker Adams Nelson Carter"
).split()
MENTION_TEMPLATES = (
    "{name}表示，",
    "据{name}介绍，",
    "{name}认为",
    "{name}在采访中说，",
    "正如{name}所说，",
    "{name}指出，",
    "记者联系了{name}，",
    "{name}的团队",
    "{name}此前曾",
    "与{name}一起",
)
SOURCE_SUFFIXES = ("网", "日报", "科技", "财经", "观察", "研究院")

_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9.+-]*")


@dataclass(frozen=True)
class GeneratedPerson:
    """A person the generator mentions; ``alias`` is an English name linked
    to a transliterated one in parentheses, like 奥特曼（Sam Altman）."""

    name: str
    kind: str  # "chinese" | "transliterated" | "english"
    alias: str | None
    articles: int = 0


@dataclass(frozen=True)
class GeneratedCorpus:
    root: Path
    articles: int
    chars: int
    bytes: int
    traditional: int
    large: tuple[str, ...]
    people: tuple[GeneratedPerson, ...]

    def to_json(self) -> dict:
        data = asdict(self)
        data["root"] = str(self.root)
        return data


class Vocabulary:
    """Words with Zipf weights: the seeds' words by frequency, then made-up ones."""

    def __init__(self, seed_words: list[str], rng: random.Random, tail: int) -> None:
        han_chars = sorted({c for w in seed_words for c in w if _HAN.match(c)})
        made_up = {"".join(rng.choice(han_chars) for _ in range(rng.choice((2, 2, 3, 4)))) for _ in range(tail)}
        counts = Counter(seed_words)
        ranked = [w for w, _ in counts.most_common()]
        ranked += sorted(made_up - counts.keys())
        self.words = ranked
        self._cum = zipf_cum_weights(len(ranked), shift=2.7, exponent=1.07)

    def sample(self, rng: random.Random, k: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self._cum, k=k)


def zipf_cum_weights(n: int, shift: float, exponent: float) -> list[float]:
    """Cumulative Zipf–Mandelbrot weights of ranks 0..n-1, for random.choices."""
    return list(itertools.accumulate(1.0 / (rank + shift) ** exponent for rank in range(n)))


def make_people(rng: random.Random, count: int) -> list[GeneratedPerson]:
    people: dict[str, GeneratedPerson] = {}
    while len(people) < count:
        kind = rng.choices(("chinese", "transliterated", "english"), weights=(6, 3, 2))[0]
        alias = None
        if kind == "chinese":
            name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
        elif kind == "transliterated":
            parts = ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))) for _ in range(2)]
            name = "·".join(parts)
            if rng.random() < 0.5:
                alias = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        else:
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        people.setdefault(name, GeneratedPerson(name, kind, alias))
    return list(people.values())


class Writer:
    """Builds article texts from the seeds' paragraphs and generated prose."""

    def __init__(
        self,
        rng: random.Random,
        seed_paragraphs: list[str],
        boilerplate: list[str],
        vocabulary: Vocabulary,
        people: list[GeneratedPerson],
    ) -> None:
        self.rng = rng
        self.seed_paragraphs = seed_paragraphs
        self.boilerplate = boilerplate
        self.vocabulary = vocabulary
        self.people = people
        self._people_cum = zipf_cum_weights(len(people), shift=1.0, exponent=0.9)

    def sentence(self, cast: list[GeneratedPerson], mentioned: Counter) -> str:
        rng = self.rng
        words = self.vocabulary.sample(rng, rng.randint(6, 22))
        if cast and rng.random() < 0.35:
            person = rng.choice(cast)
            name = person.name
            if person.alias and not mentioned[person.name]:
                name = f"{person.name}（{person.alias}）"
            mentioned[person.name] += 1
            words.insert(rng.randrange(len(words)), rng.choice(MENTION_TEMPLATES).format(name=name))
        out = words[0]
        for prev, word in itertools.pairwise(words):
            # Latin words keep a space between them, as in "Scaling law".
            if _LATIN_WORD.match(word) and _LATIN_WORD.fullmatch(prev):
                out += " "
            out += word
        return out + rng.choice("，。。。！？")

    def paragraph(self, cast: list[GeneratedPerson], mentioned: Counter) -> str:
        rng = self.rng
        if rng.random() < 0.35:
            return rng.choice(self.seed_paragraphs)
        text = "".join(self.sentence(cast, mentioned) for _ in range(rng.randint(2, 6)))
        return text[:-1] + "。"

    def article(self, target: int, measure=len) -> tuple[str, Counter]:
        """An article of about ``target`` units of ``measure`` (chars or bytes)."""
        rng = self.rng
        cast = rng.choices(self.people, cum_weights=self._people_cum, k=rng.choice((0, 1, 2, 2, 3, 4, 6)))
        mentioned: Counter = Counter()
        title = self.sentence(cast, mentioned).rstrip("，。！？")[:30]
        source = "".join(self.vocabulary.sample(rng, 1)) + rng.choice(SOURCE_SUFFIXES)
        date = f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        lines = [title, f"{date} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} {source}", ""]
        if rng.random() < 0.3 and self.boilerplate:
            lines[:0] = rng.sample(self.boilerplate, min(len(self.boilerplate), rng.randint(1, 6)))
        size = sum(measure(line) for line in lines)
        while size < target:
            para = self.paragraph(cast, mentioned)
            if rng.random() < 0.06 and self.boilerplate:
                para = rng.choice(self.boilerplate)
            lines += [para, ""]
            size += measure(para) + 2
        return "\n".join(lines) + "\n", mentioned


def _utf8_len(text: str) -> int:
    return len(text.encode("utf-8"))


def seed_material() -> tuple[list[str], list[str], list[str]]:
    """The seeds' cleaned paragraphs, their jieba words, and the raw lines the
    reader's cleaner drops (the boilerplate)."""
    import jieba

    jieba.setLogLevel(60)
    corpus = load_corpus([seeds_dir()])
    # Everything is generated in Simplified; a third is converted at the end.
    paragraphs = [convert(p, View.SIMPLIFIED) for a in corpus for p in a.paragraphs if len(p) >= 8]
    kept = {p.strip() for article in corpus for p in article.paragraphs} | {a.title for a in corpus}
    boilerplate = sorted(
        {line.strip() for article in corpus for line in article.path.read_text("utf-8", "replace").splitlines()}
        - kept
        - {""}
    )
    words = [w for p in paragraphs for w in jieba.lcut(p) if _HAN.match(w) or _LATIN_WORD.fullmatch(w)]
    return paragraphs, words, boilerplate


def generate(
    out: Path,
    articles: int = DEFAULT_ARTICLES,
    chars: int = DEFAULT_CHARS,
    large: tuple[int, ...] = LARGE_BYTES,
    seed: int = DEFAULT_SEED,
) -> GeneratedCorpus:
    """Write ``articles`` files (``len(large)`` of them large) to ``out``,
    which must be empty or absent: the generator never mixes with other files."""
    if out.exists() and any(out.iterdir()):
        raise FileExistsError(f"{out} is not empty")
    rng = random.Random(seed)
    paragraphs, words, boilerplate = seed_material()
    vocabulary = Vocabulary(words, rng, tail=20_000)
    people = make_people(rng, 400)
    writer = Writer(rng, paragraphs, boilerplate, vocabulary, people)

    # Large articles are sized in bytes (that is what a user sees on disk; ~2.5
    # bytes a char here); the regular ones share the remaining characters with
    # log-normal lengths around the mean.
    regular = articles - len(large)
    mean = max(200, (chars - sum(b * 2 // 5 for b in large)) // max(regular, 1))
    sigma = 0.6
    targets = [int(mean * math.exp(rng.gauss(-sigma * sigma / 2, sigma))) for _ in range(regular)]
    targets += list(large)
    order = list(range(articles))
    rng.shuffle(order)

    out.mkdir(parents=True, exist_ok=True)
    seen: Counter = Counter()
    total_chars = total_bytes = traditional = 0
    large_names: list[str] = []
    for index, slot in enumerate(order):
        is_large = slot >= regular
        text, mentioned = writer.article(targets[slot], _utf8_len if is_large else len)
        seen.update(mentioned.keys())
        if rng.random() < 1 / 3:
            text = convert(text, View.TRADITIONAL)
            traditional += 1
        name = f"{index:04d}_{rng.getrandbits(64):016x}.txt"
        data = text.encode("utf-8")
        (out / name).write_bytes(data)
        total_chars += len(text)
        total_bytes += len(data)
        if is_large:
            large_names.append(name)
    cast = tuple(GeneratedPerson(p.name, p.kind, p.alias, seen[p.name]) for p in people if seen[p.name])
    result = GeneratedCorpus(
        out,
        articles,
        total_chars,
        total_bytes,
        traditional,
        tuple(large_names),
        tuple(sorted(cast, key=lambda p: -p.articles)),
    )
    (out / MANIFEST).write_text(json.dumps(result.to_json(), ensure_ascii=False, indent=1), "utf-8")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="folder to write (default: a new temp dir)")
    parser.add_argument("-n", "--articles", type=int, default=DEFAULT_ARTICLES)
    parser.add_argument("--chars", type=int, default=DEFAULT_CHARS, help="about this many characters in all")
    parser.add_argument("--large", type=int, nargs="*", default=list(LARGE_BYTES), help="sizes in bytes")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="reader-bench-"))
    corpus = generate(out, args.articles, args.chars, tuple(args.large), args.seed)
    print(
        f"{corpus.articles} articles, {corpus.chars:,} chars, {corpus.bytes:,} bytes "
        f"({corpus.traditional} Traditional) in {corpus.root}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
