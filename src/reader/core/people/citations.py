"""The authors of a reference list's entries: ``[1] 田永超, 朱艳, 曹卫星. 利用
冠层反射光谱估测…[J]. 作物学报, 2004`` (the GB/T 7714 shape every Chinese
journal uses). An entry is a numbered line whose first sentence is its
authors, separated by commas, and that names its kind of work in brackets
([J] a journal article, [M] a book, [D] a thesis …); the shape, not any one
name, says that each Han item before the first full stop is a person."""

from __future__ import annotations

import re

from reader.core.people.names import CJK

# [n] or n. at the line's start, the author list up to the first full stop,
# then the title and its kind of work: [J], [M], [C], [D], [N], [R], [S], [P],
# [Z], [EB/OL], [J/OL]; the text is folded, so in lower case.
_ENTRY_RE = re.compile(
    r"(?m)^[ \t\u3000]*(?:[\[［]\d{1,3}[\]］]|\d{1,3}[.．])[ \t\u3000]*(?P<authors>[^\n.。．\[]{2,80})[.。．]"
    r"[^\n]{1,200}?\[(?:[jmcdnrspz]|eb)(?:/ol)?\]"
)
_AUTHOR_RE = re.compile(rf"[{CJK}]{{2,4}}")
_SEPARATORS = re.compile(r"[ \t\u3000]*[,，、][ \t\u3000]*")


def cited_authors(folded: str) -> list[list[tuple[int, int, str]]]:
    """Each reference entry's Han authors, as (start, end, form)."""
    if "[" not in folded and "［" not in folded:
        return []
    runs = []
    for m in _ENTRY_RE.finditer(folded):
        items = []
        pos = m.start("authors")
        for part in _SEPARATORS.split(m.group("authors")):
            start = folded.index(part, pos) if part else pos
            if _AUTHOR_RE.fullmatch(part):
                items.append((start, start + len(part), part))
            pos = start + len(part)
        if items:
            runs.append(items)
    return runs
