"""A name with no letter or character in it names no one: the dash that
opens a signature (—— 陳宥廷｜2029/03/15 22:41) was read as the author, from
the lines and from the page's markup alike."""

from __future__ import annotations

from reader.core.cleaning import clean
from reader.core.metadata import Hints

BODY = "周伯伯在正興街開了四十年舊書店，街坊都叫他周伯伯。每次去，他都會推薦一本書，說不買也沒關係。"


def test_a_dash_from_the_markup_is_no_author() -> None:
    cleaned = clean(f"周伯伯，謝謝你的書\n\n{BODY}\n\n{BODY}\n", hints=Hints(author="——"))
    assert cleaned.metadata.author is None
    assert all(name != "——" for _, name in cleaned.metadata.credits)


def test_a_real_name_from_the_markup_stays() -> None:
    cleaned = clean(f"周伯伯，謝謝你的書\n\n{BODY}\n\n{BODY}\n", hints=Hints(author="陳宥廷"))
    assert cleaned.metadata.author == "陳宥廷"
