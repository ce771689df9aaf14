"""Conversion between the scripts, through OpenCC.

The converters are built once per process (building s2twp takes ~0.1 s) and
are safe to share between threads. A conversion may change the length of a
text (s2twp: 博客 -> 部落格); :mod:`reader.core.offsets` maps positions
across it.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, cast

from reader.core.script import Script
from reader.core.views import View

if TYPE_CHECKING:
    import opencc

    from reader.core.model import Article


# Each view's OpenCC configuration is on the view (views.py). Some change
# the length of a phrase (s2twp: 博客 -> 部落格), so every converted view goes
# through OffsetMap; t2s and s2t keep length for nearly all text but are
# not guaranteed to, so they are treated alike.
_lock = threading.Lock()
_SURROGATES = re.compile("[\ud800-\udfff]")


@cache
def _converter(config: str) -> opencc.OpenCC:
    # Imported here: the app's first frame (which imports View) must not pay
    # for OpenCC. include_tofu_risk_dictionaries=False: never turn a
    # character into a rare form that common fonts cannot show (tofu boxes).
    import opencc

    with _lock:
        return opencc.OpenCC(config, include_tofu_risk_dictionaries=False)


@cache
def _view_converter(view: View) -> opencc.OpenCC:
    # With the reader's phrase fixes ahead of OpenCC's own (see phrases.py).
    from reader.core.phrases import build_converter

    with _lock:
        assert view.opencc is not None, view
        return build_converter(view.opencc)


# A text already in a view's script is shown as written: the view's
# phrase conversion would rewrite it (s2twp: 台北 -> 臺北, 了解 -> 瞭解).
_OWN = {View.SIMPLIFIED: Script.SIMPLIFIED, View.TRADITIONAL: Script.TRADITIONAL}


def view_for(view: View, script: Script | None) -> View:
    """The conversion a text written in ``script`` gets in ``view``: none
    (the original) when it is already in the view's script."""
    return View.ORIGINAL if script is not None and _OWN.get(view) is script else view


def name_in(name: str, view: View, forms: Sequence[str] = ()) -> str:
    """A person's name in ``view``. In the Traditional view, a name written
    in Traditional characters (its Simplified form differs), or the same
    name so written among its other ``forms``, stands as written: the
    phrase conversion would rewrite its shared characters (郭台銘 ->
    郭臺銘, 鳳林里 -> 鳳林裡)."""
    if view is View.TRADITIONAL:
        simplified = convert(name, View.SIMPLIFIED)
        if simplified != name:
            return name
        for form in forms:
            if form != name and convert(form, View.SIMPLIFIED) == simplified and form != simplified:
                return form
    return convert(name, view)


def title_in(article: Article, view: View) -> str:
    """The article's title in ``view``, as written when already in its script."""
    return convert(article.title, view_for(view, article.script))


def convert(text: str, view: View) -> str:
    """The text in the given view (phrase-level OpenCC conversion)."""
    if view is View.ORIGINAL or not text:
        return text
    converter = _view_converter(view)
    try:
        return cast(str, converter.convert(text))
    except UnicodeEncodeError:
        # Lone surrogates can't go to OpenCC as UTF-8; U+FFFD keeps the length.
        return cast(str, converter.convert(_SURROGATES.sub("\ufffd", text)))


# OpenCC gets at most this many characters per call when converting many
# paragraphs: few calls are fast, and a thread converting a huge article
# hands the GIL back between them.
_CHUNK_CHARS = 100_000


def convert_paragraphs(paragraphs: Sequence[str], view: View) -> tuple[str, ...]:
    """Convert many paragraphs (without newlines) in a few OpenCC calls.
    Phrases never span a newline, so splitting a chunk's result is exact."""
    if view is View.ORIGINAL:
        return tuple(paragraphs)
    converted: list[str] = []
    start = 0
    while start < len(paragraphs):
        end, size = start, 0
        while end < len(paragraphs) and (size < _CHUNK_CHARS or end == start):
            size += len(paragraphs[end]) + 1
            end += 1
        chunk = paragraphs[start:end]
        parts = convert("\n".join(chunk), view).split("\n")
        if len(parts) != len(chunk):
            # A newline inside a paragraph: convert these one by one.
            parts = [convert(p, view) for p in chunk]
        converted.extend(parts)
        start = end
    return tuple(converted)
