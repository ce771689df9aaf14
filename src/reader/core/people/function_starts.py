"""A rule's three-character name whose "surname" the tagger reads as a function word before a word it
reads whole: a preposition before a time (将|于|寒假前后: at the winter break), a modal before an adverb
(住户|应|预先将: should beforehand), an adverb before a word of two running past the name (老师|曾|师从裘法祖:
once studied under), a word's end before a person the tagger reads as a surname and an
address (散场时|陈伯说: 时 ends "when"). A title before it (部将, 住户) is no cue for such a run-on. Used
by :mod:`reader.core.people.vetting`. And one given name under two first characters (死党|志豪, 祝|志豪), the
text calling him by it alone: each first character is the word before (:mod:`reader.core.people.extract`)."""

from __future__ import annotations

from reader.core.people import lexicon
from reader.core.people.names import ADDRESS_SUFFIXES
from reader.core.people.tagger import Spans
from reader.core.surnames import SURNAMES

# One-character addresses after a surname (陈伯, 李姐): a surname before that pair is none.
_ADDRESS_CHARS = frozenset(a for a in ADDRESS_SUFFIXES if len(a) == 1)


def function_run_on(spans: Spans, w: int, end: int, folded: str) -> bool:
    """The tagger's ``w``-th word, opening the name, is a function word run on into the words after it."""
    return (
        preposition_before_time(spans, w, end)
        or modal_before_adverb(spans, w, end, folded)
        or adverb_before_word(spans, w, end, folded)
    )


def preposition_before_time(spans: Spans, w: int, end: int) -> bool:
    """The tagger's ``w``-th word is a one-character preposition and the next one, ending at ``end``, a time
    (于|寒假, 于|明年): "at that time", not a surname and a given name (祝|鸿年 is read as a person's)."""
    start, stop, tag = spans.words[w]
    return stop - start == 1 and tag == "p" and w + 1 < len(spans.words) and spans.words[w + 1][1:] == (end, "TIME")


def modal_before_adverb(spans: Spans, w: int, end: int, folded: str) -> bool:
    """The tagger's ``w``-th word is a one-character verb and the next one, ending at ``end``, an adverb of
    two characters the dictionary lists as a word (应|预先, 应|必先): a modal and its adverb, no name."""
    start, stop, tag = spans.words[w]
    if stop - start != 1 or tag != "v" or w + 1 >= len(spans.words):
        return False
    a, b, next_tag = spans.words[w + 1]
    return b == end and b - a == 2 and next_tag == "d" and lexicon.is_common_word(folded[a:b], lexicon.WORD)


def adverb_before_word(spans: Spans, w: int, end: int, folded: str) -> bool:
    """The tagger's ``w``-th word is a one-character adverb (曾, once) and the next one, a word of two the
    dictionary lists, starts inside the name and runs past its end (曾|师从): the name's last character opens
    the verb, no given name is cut off inside a word."""
    start, stop, tag = spans.words[w]
    if stop - start != 1 or tag != "d" or w + 1 >= len(spans.words):
        return False
    a, b, _ = spans.words[w + 1]
    return a < end < b and b - a == 2 and lexicon.is_common_word(folded[a:b], lexicon.WORD)


def before_addressed(person: tuple[int, int], start: int, end: int, folded: str) -> bool:
    """The tagger's ``person`` is the rule's name (``start``, ``end``) without its first character, and
    reads as a surname and a one-character address (时|陈伯, 跟|王姐): the first character ends the word
    before; nobody is called by a surname, a surname and an address."""
    s, e = person
    return (s, e) == (start + 1, end) and e - s == 2 and folded[s] in SURNAMES and folded[s + 1] in _ADDRESS_CHARS


def run_on_person(person: tuple[int, int], start: int, end: int, folded: str) -> bool:
    """The rule's name (``start``, ``end``) is the word before run on into the tagger's ``person``: a
    surname and an address (时|陈伯), or a name it ends inside of (运费由|周女士承担: no name ends inside another)."""
    return before_addressed(person, start, end, folded) or start < person[0] < end < person[1]


def given_shared(folded: str, forms: set[str]) -> set[str]:
    """死党|志豪, 祝|志豪: two forms or more of three characters that share a two-character given name under
    different first characters, that given name written alone as often as all of them together or more
    (认识志豪, 是志豪的伴郎): the text calls one man by his given name, and each first character is the
    word before it (a friend, a toast), no surname; two men of one given name are not both called so."""
    by_given: dict[str, list[str]] = {}
    for form in forms:
        if len(form) == 3 and form[0] in SURNAMES and all("\u4e00" <= c <= "\u9fff" for c in form):
            by_given.setdefault(form[1:], []).append(form)
    shared = {given: group for given, group in by_given.items() if len(group) >= 2}
    if not shared:
        return set()
    run_ons: set[str] = set()
    for given, group in shared.items():
        together = sum(folded.count(form) for form in group)
        if folded.count(given) - together >= together and not _coordinated(folded, group):
            run_ons.update(group)
    return run_ons


# (what joins two people named side by side: 马尚志与赵尚志同名)
_JOINS = "与和、及跟同與"


def _coordinated(folded: str, group: list[str]) -> bool:
    """Two of the forms joined as two people (马尚志与赵尚志): both are names, whatever else the given
    name is alone in the text (尚志, a city named after one of them)."""
    return any(a + join + b in folded for a in group for b in group if a != b for join in _JOINS)
