"""Evidence on the page that a four-character name is a married form
(羅陳美儀, 符陳秀英): the page calls the woman by the husband's surname and
太 (人稱羅太, 林太太), or another person bears that surname (her husband 林乐善,
her children 符家寶), or she married into that surname's family (嫁咗去何家,
嫁入羅家). With it, the married form stands where the shape checks alone would
not read it: after 的 or 夫人, or with a husband's surname the common list lacks.
Used by :mod:`reader.core.people.married_names`.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.people.cues import boundary_after
from reader.core.people.names import NICKNAME_PREFIXES, TRANSLIT_CHARS, is_han
from reader.core.surnames import SURNAMES


class MarriedEvidence:
    """Whether the husband's surname of a married form (``folded[start]``)
    names the woman with 太 elsewhere, or starts another person's name
    outside the form (``spans``: the people read). Indexed once per text
    by surname: asked for every candidate, a scan of the text each time made
    a long text's candidates quadratic (minutes on a 5 MB article)."""

    def __init__(self, folded: str, spans: Sequence[tuple[int, int]]) -> None:
        self._folded = folded
        # Where each surname stands before 太 (羅太, 林太太).
        self._tai: dict[str, list[int]] = {}
        at = folded.find("太", 1)
        while at >= 0:
            self._tai.setdefault(folded[at - 1], []).append(at - 1)
            at = folded.find("太", at + 1)
        # The surnames of the families married into: 嫁 and up to two characters
        # (咗去, 入, 到, 给), then a surname and 家.
        self._married_into: set[str] = set()
        at = folded.find("嫁")
        while at >= 0:
            for k in range(at + 1, at + 4):
                if folded[k + 1 : k + 2] == "家" and folded[k] in SURNAMES:
                    self._married_into.add(folded[k])
                    break
            at = folded.find("嫁", at + 1)
        # The three-character Chinese names read, by surname.
        self._names: dict[str, list[int]] = {}
        for s, e in spans:
            if _chinese_name(folded[s:e]):
                self._names.setdefault(folded[s], []).append(s)

    def __call__(self, start: int, end: int) -> bool:
        folded = self._folded
        husband = folded[start]
        if husband not in SURNAMES or husband in NICKNAME_PREFIXES:
            return False
        if husband in self._married_into:
            return True
        for at in self._tai.get(husband, ()):
            after = at + 2
            if at != start and (after >= len(folded) or folded[after] == "太" or boundary_after(folded, after)):
                return True
        return self.borne(husband, start, end)

    def borne(self, surname: str, start: int, end: int) -> bool:
        """Another person read outside the form bears ``surname``."""
        return any(not (start <= s < end) for s in self._names.get(surname, ()))


def _chinese_name(form: str) -> bool:
    """A surname and two given characters, no transliteration (阿莫迪, 伊利亚)."""
    return len(form) == 3 and all(is_han(c) for c in form) and not all(c in TRANSLIT_CHARS for c in form)
