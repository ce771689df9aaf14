"""Latin words that label rather than name: the English gloss of a page's
bilingual headings (實驗室成員 Members, 博士後研究員 Postdoc, 畢業成員
Alumni), and the firms on a sponsors' line (金贊助：Octopus 八達通、Wilson
Parking). Each looks like a name (a capitalised word or two) where nothing
else says what it is; the page's shape does."""

from __future__ import annotations

import re

from reader.core.people.names import CJK

# A heading line: Han words, a space, and Latin words to the line's end.
_HEADING_RE = re.compile(rf"(?m)^[ \t\u3000]*[{CJK}]{{2,12}}[ \t\u3000]+(?P<gloss>[a-z][a-z.&' ]{{1,40}}?)[ \t]*$")
# Two such headings make a page of bilingual headings; one may be a name.
_MIN_HEADINGS = 2
# A line whose label is a sponsor's or partner's: its items are firms.
_FIRM_LINE_RE = re.compile(rf"(?m)^[^\n:：]{{0,12}}(?:赞助|伙伴|协办|主办|合办)[{CJK}]{{0,2}}[:：](?P<items>[^\n]*)$")


def label_words(folded: str, forms: set[str]) -> set[str]:
    """The Latin ``forms`` that only ever stand as a bilingual heading's
    gloss or as an item of a sponsors' line."""
    if "\n" not in folded:
        return set()
    glosses = [m.group("gloss").strip() for m in _HEADING_RE.finditer(folded)]
    labels = set(glosses) if len(glosses) >= _MIN_HEADINGS else set()
    items = " ".join(m.group("items") for m in _FIRM_LINE_RE.finditer(folded))
    out = set()
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
