"""Names a word marks as names: the real name after 本名 or 原名 (DM小鹿（本名
鹿鸣）, 写手“半夏”，本名许微), and a Latin nickname after 阿 or 細 (阿May,
學徒細Ken), the way Hong Kong and Taiwan write them."""

from __future__ import annotations

import re

from reader.core.people.names import CJK, NOT_IN_GIVEN_NAME, PARTICLES
from reader.core.people.texts import Proposal, Texts

_REAL_NAME_RE = re.compile(
    rf"(?:本名|原名|真名|全名)(?:是|叫|为|為)?([{CJK}]{{2,4}}?)(?=[,.;:!?，。、；）)」”\s]|$)"
)
_LATIN_NICKNAME_RE = re.compile(r"(?<![A-Za-z])[阿细][a-z]{2,8}(?![A-Za-z])")


def cued_names(t: Texts) -> list[Proposal]:
    """Proposals for the names 本名 or a nickname prefix marks."""
    folded = t.folded
    found = []
    if "名" in folded:
        for m in _REAL_NAME_RE.finditer(folded):
            if not any(c in PARTICLES for c in m.group(1)):
                found.append(Proposal(m.start(1), m.end(1), m.group(1), True))
    for m in _LATIN_NICKNAME_RE.finditer(folded):
        # Capitalised as written (阿May): a name, not a word (阿mode).
        if t.plain[m.start() + 1].isupper():
            found.append(Proposal(m.start(), m.end(), m.group(), True))
    return found


def function_word_glued(forms: set[str]) -> set[str]:
    """复盘时鹿鸣说 read as 时鹿鸣 where the text names 鹿鸣 too: a surname
    that is also a function word (时, 向, 于) before a two-character name
    the text gives is the word before the name, not its surname."""
    return {f for f in forms if len(f) == 3 and f[0] in NOT_IN_GIVEN_NAME and f[1:] in forms}
