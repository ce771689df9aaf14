"""Terminal-unsafe characters: one set, removed by sanitize, shown by visible."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.core.sanitize import UNSAFE_RE, sanitize, visible
from reader.ui.text import printable

ALL = "".join(chr(code) for code in range(0x3000))


def test_the_unsafe_set() -> None:
    unsafe = {c for c in ALL if UNSAFE_RE.match(c)}
    assert "\x1b" in unsafe and "\x07" in unsafe and "\x9b" in unsafe and "\x7f" in unsafe
    assert "\u202e" in unsafe and "\u2066" in unsafe  # bidi override, isolate
    assert not {"\t", "\n", " ", "a", "中", "\u200d"} & unsafe
    assert len(unsafe) == 30 + 1 + 32 + 9  # C0 but tab and newline, DEL, C1, bidi


def test_sanitize_removes_and_visible_replaces_the_same_characters() -> None:
    # Every unsafe character goes: removed by one, made visible by the other.
    removed = {c for c in ALL if c not in sanitize(f"a{c}b")}
    replaced = {c for c in ALL if visible(c) != c}
    unsafe = {c for c in ALL if UNSAFE_RE.match(c)}
    assert replaced == unsafe
    # sanitize also turns the Unicode line separators into newlines (CR and
    # NEL are controls anyway), tabs into spaces, and drops a stray BOM.
    assert unsafe <= removed
    assert removed - unsafe == {"\t", "\u2028", "\u2029"}
    assert sanitize("a\r\nb\x85c\u2028d\te\ufefff") == "a\nb\nc\nd ef"


def test_visible_keeps_length_layout_and_shows_what_was_there() -> None:
    text = "标题\x1b[31m\t红\n\u202eevil\x9b"
    shown = visible(text)
    assert len(shown) == len(text)
    assert shown == "标题␛[31m\t红\n\ufffdevil\ufffd"
    assert printable(text) == shown  # the UI uses the same one


@given(st.text())
def test_nothing_unsafe_survives(text: str) -> None:
    assert UNSAFE_RE.search(sanitize(text)) is None
    assert UNSAFE_RE.search(visible(text)) is None
    assert len(visible(text)) == len(text)
