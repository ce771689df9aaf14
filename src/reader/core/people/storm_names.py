"""A storm named like a person (颱風瑪莉亞, 台风“海葵”): what the text says of the name, not the name's
shape, tells it from a woman's. A form the text writes right after a word for a tropical storm, or
whose mention a storm's landfall, eye, wind or circulation follows in a text about a storm
(瑪莉亞登陸時, 瑪莉亞的暴風圈), is the storm's at every mention."""

from __future__ import annotations

import re

from reader.core.people.alternation import longest_first
from reader.core.people.names import is_han

# Words for a tropical storm (folded: 颱風 is 台风; 中颱, 強颱 say a typhoon's strength).
_STORMS = "台风|飓风|热带风暴|热带气旋|强台|中台|轻台"
# 舞台风格: 台风 inside a stage's word; the name may stand in quotes (第27号台风“海葵”).
_STORM_BEFORE = f"(?<!舞)(?:{_STORMS})[“「『\"']?"
# What a storm does or has (its landfall, its eye, its wind circle, its outer circulation).
_STORM_SAID = "(?:的)?(?:登陆|风眼|暴风圈|七级风圈|外围环流|近中心)"
_STORM_IN_TEXT = re.compile(_STORMS)


def storm_names(folded: str, forms: set[str]) -> set[str]:
    """The forms the text names as a storm's."""
    han = [f for f in forms if f and all(map(is_han, f))]  # (the trie tries the longest first: no sort)
    if not han or _STORM_IN_TEXT.search(folded) is None:
        return set()
    alternation = longest_first(han)
    named = re.finditer(f"{_STORM_BEFORE}({alternation})|({alternation}){_STORM_SAID}", folded)
    return {m.group(1) or m.group(2) for m in named}
