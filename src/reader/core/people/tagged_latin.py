"""Latin-script names the tagger reads as people (Grace, Kevin Barry),
accepted only through the rules of :mod:`reader.core.people.english`: a
capitalised word, not glued to other letters, not inside a title, listed
with other names or tagged again.
"""

from __future__ import annotations

import re

from reader.core.people.cues import (
    cue_before,
)
from reader.core.people.english import english_tokens_ok, title_spans_of
from reader.core.people.texts import Proposal, Texts

_LATIN_WORD_RE = re.compile(r"[A-Z][a-z]{2,}")
_LATIN_LIST_RE = re.compile(r"\s*[和与及、,，]\s*")


def tagged_latin(t: Texts, spans: list[tuple[int, int]], known: set[str]) -> list[Proposal]:
    """One Latin word the tagger reads as a person (Lucas, Kelvin), where the
    text agrees: a title before it, a second such reading, or a list with
    another person (Lucas 和 Emma). Alone, one capitalised word proves
    nothing (Slack表示 is a company speaking)."""
    plain, folded = t.plain, t.folded
    titles = title_spans_of(plain)
    tagged: dict[str, list[tuple[int, int]]] = {}
    for start, end in spans:
        while start < end and plain[start] == " ":
            start += 1
        while end > start and plain[end - 1] == " ":
            end -= 1
        word = plain[start:end]
        if not _LATIN_WORD_RE.fullmatch(word) or _glued_latin(plain, start, end) or _in_spans(titles, start):
            continue
        if english_tokens_ok([word], t):
            tagged.setdefault(word, []).append((start, end))
    found: list[Proposal] = []
    for word, places in tagged.items():
        if (
            len(places) >= 2
            or _listed_latin(plain, places, tagged)
            # (a speech verb alone is not enough: Slack表示 is a company speaking)
            or any(cue_before(folded, s) for s, _ in places)
        ):
            found += [Proposal(s, e, word, True, latin=True) for s, e in places]
    # List neighbours of a person: Lucas 和 Emma, Kevin、Mia.
    people = known | {p.form for p in found}
    for p in list(found) + [
        Proposal(m.start(), m.end(), m.group(), True, latin=True)
        for m in _LATIN_WORD_RE.finditer(plain)
        if m.group() in known
    ]:
        after = _LATIN_LIST_RE.match(plain, p.end)
        if after:
            nxt = _LATIN_WORD_RE.match(plain, after.end())
            if (
                nxt
                and nxt.group() not in people
                and not _glued_latin(plain, *nxt.span())
                and english_tokens_ok([nxt.group()], t)
            ):
                found.append(Proposal(nxt.start(), nxt.end(), nxt.group(), True, latin=True))
                people.add(nxt.group())
    return found


def _listed_latin(plain: str, places: list[tuple[int, int]], tagged: dict[str, list[tuple[int, int]]]) -> bool:
    """Listed right beside another word the tagger reads as a person (Kelvin和Joyce)."""
    for start, end in places:
        after = _LATIN_LIST_RE.match(plain, end)
        if after and (nxt := _LATIN_WORD_RE.match(plain, after.end())) and nxt.span() in tagged.get(nxt.group(), ()):
            return True
        before = re.search(r"([A-Z][a-z]{2,})\s*[和与及、,，]\s*$", plain[max(0, start - 40) : start])
        if before and before.group(1) in tagged:
            return True
    return False


def _glued_latin(plain: str, start: int, end: int) -> bool:
    """Part of a longer Latin run (Product Hunt, e-mail, Apple Podcasts)."""
    before, after = plain[start - 2 : start], plain[end : end + 2]
    return bool(
        re.search(r"[A-Za-z0-9@.\-]$", before[-1:] or " ")
        or re.match(r"^[A-Za-z0-9@\-]", after or " ")
        or re.fullmatch(r"[A-Za-z] ", before)
        or re.fullmatch(r" [A-Za-z]", after)
    )


def _in_spans(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


__all__ = ["tagged_latin"]
