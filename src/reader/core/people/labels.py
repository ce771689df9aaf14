"""Latin words that label rather than name: the English gloss of a page's
bilingual headings (實驗室成員 Members, 博士後研究員 Postdoc, 畢業成員
Alumni), and the firms on a sponsors' line (金贊助：Octopus 八達通、Wilson
Parking). Each looks like a name (a capitalised word or two) where nothing
else says what it is; the page's shape does. So does a Chinese word that
heads one line before a colon and is named nowhere else (高铁站：从市区出发…,
石榴红：今年流行的颜色): an entry's label, unless its words speak (王建国：我觉得…)."""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.names import BEFORE_CUES, CJK, is_han

# A heading line: Han words, a space, and Latin words to the line's end.
_HEADING_RE = re.compile(rf"(?m)^[ \t\u3000]*[{CJK}]{{2,12}}[ \t\u3000]+(?P<gloss>[a-z][a-z.&' ]{{1,40}}?)[ \t]*$")
# Two such headings make a page of bilingual headings; one may be a name.
_MIN_HEADINGS = 2
# A line whose label is a sponsor's or partner's: its items are firms.
_FIRM_LINE_RE = re.compile(rf"(?m)^[^\n:：]{{0,12}}(?:赞助|伙伴|协办|主办|合办)[{CJK}]{{0,2}}[:：](?P<items>[^\n]*)$")


def label_words(folded: str, forms: set[str]) -> set[str]:
    """The Latin ``forms`` that only ever stand as a bilingual heading's
    gloss or as an item of a sponsors' line, and the Chinese ones that only head a line as its label."""
    out = _head_labels(folded, forms) if ":" in folded else set()
    if "\n" not in folded:
        return out
    glosses = [m.group("gloss").strip() for m in _HEADING_RE.finditer(folded)]
    labels = set(glosses) if len(glosses) >= _MIN_HEADINGS else set()
    items = " ".join(m.group("items") for m in _FIRM_LINE_RE.finditer(folded))
    for form in forms:
        if not form.isascii():
            continue
        low = form.lower()  # a Latin form keeps its case; ``folded`` has none
        if low in labels or (items and low in items and _only_in(folded, low, items)):
            out.add(form)
    return out


def _only_in(folded: str, form: str, items: str) -> bool:
    """``form`` is named nowhere but on the sponsors' lines."""
    return folded.count(form) == items.count(form)


# A line's words in the first or second person: a speaker's (王建国：我觉得…), not an entry's; nor
# a person's entry: a sex, an age, a birth year, a title (王国华：男，1970年生，高级工程师).
_SPEECH = frozenset("我咱你您")
_PERSON_VALUE_RE = re.compile("^[男女][,，、 ]|岁|年生|出生|" + "|".join(c for c in BEFORE_CUES if len(c) >= 2))


# A transcript's line opened by its host, its reporter or a question or answer mark.
_TRANSCRIPT_RE = re.compile(r"(?:^|\n)(?:主持人?|记者|问|答|Q|A)\s*:")


def _head_labels(folded: str, forms: set[str]) -> set[str]:
    """Chinese forms named once, at a line's head before a colon, that are words: the dictionary lists
    the form, or its first two characters as a word people use (高铁|站, 石榴|红, 安居|乐), as no name;
    and the line's value says nothing in the first or second person; or that end in the agent suffix
    者 before a value a found name opens (張貼者： 梁國棟); never in a transcript, whose lines open with
    their speakers (主持人：, 问：)."""
    out: set[str] = set()
    if _TRANSCRIPT_RE.search(folded):
        return out
    # (every line's head before its first colon, once: not a search of the text per form)
    heads = {line.partition(":")[0] for line in folded.split("\n") if ":" in line}
    for form in forms:
        label = form + ":"
        if form not in heads or not all(map(is_han, form)):
            continue  # (a line-head label first: the cheap test for most forms)
        word = _word(form)
        if folded.count(form) > 1 or not (word or form[-1] == _AGENT):
            continue
        at = folded.find(label) + len(label)
        end = folded.find("\n", at)
        value = folded[at : end if end >= 0 else len(folded)]
        if not word:
            # (an agent noun over the person the value names: 張貼者： 梁國棟 於 下午4:18)
            if value.lstrip().startswith(tuple(f for f in forms if f != form and not f.isascii())):
                out.add(form)
        elif not _SPEECH.intersection(value) and not _PERSON_VALUE_RE.search(value.strip()):
            out.add(form)
    return out


# The agent suffix (张贴者, 发布者: the one who posts): no given name ends in it.
_AGENT = "者"


def _word(form: str) -> bool:
    whole = lexicon.lookup(form)
    if whole is not None:
        return not whole.is_name
    head = lexicon.lookup(form[:2]) if len(form) == 3 else None
    return head is not None and not head.is_name and head.freq >= lexicon.WORD
