"""Names that only ever head a firm's name: 梁祝婚纱 of 梁祝婚纱摄影, a shop
named after a legend's lovers. The tagger reads the whole as a place or an
organisation at least once; where the text writes the "name" every time with
that same rest after it, it is no person but the firm's name cut short.
A department's name ends one (樂齡部 of 大會堂樂齡部): see :func:`departments`."""

from __future__ import annotations

from reader.core.people import lexicon
from reader.core.people.tagger import Spans
from reader.core.people.texts import Proposal


def org_heads(folded: str, proposals: list[Proposal], places: list[tuple[int, int]]) -> set[str]:
    """Forms proposed at the start of a place the tagger reads, which the text
    always follows with that place's rest (never written alone)."""
    starts: dict[int, int] = {}
    for s, e in places:
        starts[s] = max(e, starts.get(s, 0))
    rests: dict[str, str] = {}
    for p in proposals:
        end = starts.get(p.start, 0)
        if not p.latin and p.end < end:
            rests.setdefault(p.form, folded[p.end : end])
    heads = set()
    for form, rest in rests.items():
        at = folded.find(form)
        while at != -1 and folded.startswith(rest, at + len(form)):
            at = folded.find(form, at + 1)
        if at == -1:
            heads.add(form)
    return heads


def departments(folded: str, proposals: list[Proposal], spans: Spans) -> set[str]:
    """樂齡部主任 葉清蓮 … 主辦：大會堂樂齡部: forms the rules propose that the
    tagger reads, somewhere, as the end of a longer place or organisation
    (a department, a branch), and never as a person; and office words (麻醉科)."""
    tails = {folded[e - n : e] for s, e in spans.places for n in range(2, e - s)}
    read = {folded[s:e] for s, e in spans.people}
    cut = {p.form for p in proposals if not p.latin and p.form in tails and p.form not in read}
    return cut | {p.form for p in proposals if not p.latin and office_word(p.form)}


# The last character of an office's name (麻醉科, 宣传处, 教务室, 总务组).
_OFFICE_ENDS = frozenset("科处處室组組")


def office_word(form: str) -> bool:
    """麻醉科, 宣传科: a word in common use (麻醉, 宣传) and an office's last
    character make a department, not a surname and a given name (田玉科: 田玉
    is no such word)."""
    if len(form) != 3 or form[-1] not in _OFFICE_ENDS:
        return False
    entry = lexicon.lookup(form[:2])
    return entry is not None and entry.freq >= lexicon.WORD
