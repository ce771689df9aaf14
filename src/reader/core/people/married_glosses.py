"""A married form glossed with what people call her: the husband's surname
and 太 in brackets right after the four characters (李黃秀枝（李太）,
曾羅淑儀（曾太）), or 阿 and her name's last character (鄭洪月娥（阿娥）).
Or her own three restated after 即係 ('that is': 黎陳月好，即係陳月好), or written alone
beside the married form her address with 太 opens (余太余黃綺文 … 黃綺文說).
The gloss says the first character is a husband's surname, so the four
are one name wherever the tagger cut them (李黃|秀枝).
Used by :mod:`reader.core.people.married_names`.
"""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.names import HARD_NOT_IN_GIVEN_NAME, PARTICLES
from reader.core.people.texts import Proposal
from reader.core.surnames import SURNAMES

# (or what friends call her, 阿 and her last character: 鄭洪月娥（阿娥）)
_GLOSSED_RE = re.compile(
    r"([\u3400-\u9fff])([\u3400-\u9fff])([\u3400-\u9fff])([\u3400-\u9fff])(?=[（(](?:\1太{1,2}|阿\4)[）)])"
)


# (or her own name restated right after, 黎陳月好，即係陳月好: the first character is what she married into)
_RESTATED_RE = re.compile(
    r"([\u3400-\u9fff])([\u3400-\u9fff])([\u3400-\u9fff])([\u3400-\u9fff])(?=[，,]?(?:即系|即是|亦即|也就是)\2\3\4)"
)


def restated_own(married: list[Proposal], folded: str) -> list[tuple[str, str]]:
    """(married form, own name) for each married name read whose own name the text restates after it: one
    woman by both (黎陳月好，即係陳月好); or after her address by the husband's surname and 太, where the
    text writes her own name alone elsewhere (余太余黃綺文負責帳目，黃綺文說)."""
    restated = {m.start() for m in _RESTATED_RE.finditer(folded)} if "即" in folded else set()
    return [
        (p.form, p.form[1:])
        for p in married
        if p.start in restated
        or (folded[p.start - 2 : p.start] == p.form[0] + "太" and folded.count(p.form[1:]) > folded.count(p.form))
    ]


def glossed_married(folded: str) -> list[Proposal]:
    """Two surnames and a given name that is no word, before (X太) or her own name restated."""
    found = []
    for m in [*_GLOSSED_RE.finditer(folded), *_RESTATED_RE.finditer(folded)]:
        husband, own, first, last = m.groups()
        given = first + last
        # (a particle is no husband's surname: 向陳美玲（阿玲）)
        if husband == own or husband not in SURNAMES or husband in PARTICLES or own not in SURNAMES:
            continue
        if any(c in HARD_NOT_IN_GIVEN_NAME for c in given) or lexicon.is_common_word(given):
            continue
        found.append(Proposal(m.start(), m.end(), m.group(), True))
    return found
