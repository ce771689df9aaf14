"""A Japanese name the tagger cuts short (松本彩 of 松本彩花): its person tags
stop a character before the word it segments (the name's last character
read as a noun's inside tag, which begins no word). Where the span is a
Japanese surname and one given character and the tagger's own word runs on
to a two-character given name, the word is the name: Japanese given names
are mostly two characters, Chinese ones after a two-character surname too."""

from __future__ import annotations

from collections.abc import Callable

from reader.core.people.names import JAPANESE_SURNAMES

_LONGEST_SURNAME = 3  # 长谷川, 五十岚


def japanese_words_kept(
    people: list[tuple[int, int]], folded: str, goes_on: Callable[[int], bool]
) -> list[tuple[int, int]]:
    """``people`` (the tagger's person spans of ``folded``), each cut Japanese
    name run on to the end of the tagger's word: ``goes_on(k)`` says the
    character at ``k`` carries an inside tag (it begins no word)."""
    out = []
    for start, end in people:
        if goes_on(end) and not goes_on(end + 1) and _surname_and_one(folded[start:end]):
            end += 1
        out.append((start, end))
    return out


def _surname_and_one(form: str) -> bool:
    return any(form[:n] in JAPANESE_SURNAMES and len(form) == n + 1 for n in range(2, _LONGEST_SURNAME + 1))
