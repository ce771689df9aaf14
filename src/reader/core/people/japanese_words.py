"""A Japanese name the tagger cuts short (松本彩 of 松本彩花): its person tags
stop a character before the word it segments (the name's last character
read as a noun's inside tag, which begins no word). Where the span is a
Japanese surname and one given character and the tagger's own word runs on
to a two-character given name, the word is the name: Japanese given names
are mostly two characters, Chinese ones after a two-character surname too."""

from __future__ import annotations

from reader.core.people.names import JAPANESE_SURNAMES

_LONGEST_SURNAME = 3  # 长谷川, 五十岚


def japanese_words_kept(
    people: list[tuple[int, int]], words: list[tuple[int, int, str]], folded: str
) -> list[tuple[int, int]]:
    """``people`` (the tagger's person spans of ``folded``), each cut Japanese
    name run on to the end of the tagger's word."""
    ends = {start: end for start, end, label in words if label == "PER"}
    out = []
    for start, end in people:
        word_end = ends.get(start, end)
        if word_end == end + 1 and _surname_and_one(folded[start:end]):
            end = word_end
        out.append((start, end))
    return out


def _surname_and_one(form: str) -> bool:
    return any(form[:n] in JAPANESE_SURNAMES and len(form) == n + 1 for n in range(2, _LONGEST_SURNAME + 1))
