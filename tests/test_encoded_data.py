"""A file of encoded data (base64, hex) is skipped with a reason a user
understands, before cleaning (which took minutes over a 5 MB one-line blob);
a 5 MB one-line file of Chinese still opens, and an article with an
embedded image or a long link keeps its text."""

from __future__ import annotations

import base64
import random
from pathlib import Path

import pytest

from reader.core.corpus import load_corpus
from reader.core.decoding import NotText, decode_bytes

_HAN = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种"
    "面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本"
    "去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比"
    "或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总"
    "次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做"
    "必战先回则任取据处理府研"
)


def _base64_line(size: int) -> bytes:
    return base64.b64encode(random.Random(7).randbytes(size * 3 // 4))


def test_a_5_mb_base64_line_is_encoded_data() -> None:
    with pytest.raises(NotText) as caught:
        decode_bytes(_base64_line(5_000_000))
    reason = str(caught.value)
    assert reason.startswith("encoded data, not text")
    assert "\n" not in reason


def test_base64_wrapped_at_76_and_hex_are_encoded_data() -> None:
    wrapped = base64.encodebytes(random.Random(3).randbytes(60_000))  # lines of 76
    with pytest.raises(NotText, match="encoded data"):
        decode_bytes(wrapped)
    with pytest.raises(NotText, match="encoded data"):
        decode_bytes(random.Random(5).randbytes(20_000).hex().encode())


def test_a_5_mb_line_of_chinese_is_text() -> None:
    rng = random.Random(11)
    text = "".join(rng.choice(_HAN) for _ in range(1_700_000))
    assert decode_bytes(text.encode()).text == text


def test_an_article_with_an_embedded_image_and_a_long_link_is_text() -> None:
    image = _base64_line(30_000).decode()
    article = (
        "# 一篇文章\n\n"
        + "这是正文的第一段，讲了一件事情的来龙去脉，也说到了其中的人。" * 8
        + f"\n\n![图](data:image/png;base64,{image})\n\n"
        + "参见 https://example.com/"
        + "a" * 120
        + " 的原文。\n"
    )
    assert decode_bytes(article.encode()).text == article


def test_short_notes_with_a_link_are_text() -> None:
    note = "https://example.com/" + "x" * 100 + "\n"
    assert decode_bytes(note.encode()).text == note


def test_english_prose_is_text() -> None:
    words = "the reader opens every article written in plain words with spaces between them".split()
    rng = random.Random(2)
    prose = " ".join(rng.choice(words) for _ in range(50_000))
    assert decode_bytes(prose.encode()).text == prose


def test_the_corpus_skips_it_with_the_reason(tmp_path: Path) -> None:
    (tmp_path / "blob.txt").write_bytes(_base64_line(5_000_000))
    (tmp_path / "note.txt").write_text("标题\n\n一段正文，讲一件事。\n", encoding="utf-8")
    corpus = load_corpus([tmp_path])  # (before: minutes cleaning the blob as an article)
    assert [a.id for a in corpus.articles] == ["note"]
    assert len(corpus.skipped) == 1
    assert corpus.skipped[0].reason.startswith("encoded data, not text")
