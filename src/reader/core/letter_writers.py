"""Who writes a letter that names its writer in its first lines and signs
with the same name at its end.

A shop's or a club's letter to its members opens with whom it greets
(各位老朋友：), often has the writer say who they are right under it (我係何安東，…,
我是林美華。) and signs off under its last paragraph with the name alone, or
with the short form friends call them by (阿東, 小華). The two together name
the writer: the name said in full is the letter's author. Unsigned, the
name said is still the writer's, unless another signs under the letter (an
office); a signature with no name said is left to the signature rules.
"""

from __future__ import annotations

from itertools import islice, pairwise
from typing import Final

from reader.core.han import HAN_RUN, is_han_char
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import Line
from reader.core.person_values import han_name_shaped, is_unit

# The writer says who they are, at a paragraph's start: 我係何安東，…, 我是林美華。, 我叫陳大文，
_SAYS: Final = ("我係", "我是", "我叫")
_NAME_ENDS: Final = frozenset("，。,！!、；")
NAME_MIN, NAME_MAX = 2, 4  # (a letter's signer: Han characters of the name)
_SALUTATION: Final = 20  # (the letter's first line, whom it greets, is no longer)
_OPENING: Final = 2  # (the writer says who they are in the letter's first paragraphs)
SIGNED_WITHIN: Final = 4  # (the signature sits this close under the last paragraph)
_NICK_LEADS: Final = frozenset("阿亞亚小老")  # (a familiar form's lead: 阿東, 小華, 老陳)


def introduced_writer(lines: list[Line]) -> str | None:
    """The name a letter's writer gives in its first paragraphs, when a
    line under its last paragraph signs with that name (or its familiar
    form); None for any other text."""
    if (opened := salutation(lines)) is None:
        return None
    name = None
    for x in islice((x for x in lines[opened + 1 :] if x.kept), _OPENING):
        if x.text.startswith(_SAYS):
            name = _said_name(x.text)
            break
    if name is None:
        # (no name said: a name alone signing under the last paragraph, nothing of the letter's under it)
        signed = lone_signer(lines)
        return lines[signed].text if signed is not None and not any(x.kept for x in lines[signed + 1 :]) else None
    if not han_name_shaped(name) or is_unit(name):
        return None
    last = max((i for i, x in enumerate(lines) if x.kept and not x.short), default=-1)
    if last <= opened:
        return None
    for x in lines[last + 1 : last + 1 + SIGNED_WITHIN]:
        if not x.meta and _signs(x.text.strip(), name):
            return name
    # (the page's own notes kept under the letter, an offer and its terms: the name alone right under a paragraph signs)
    for above, x in pairwise(lines[opened + 1 : last]):
        if above.kept and not above.short and not x.meta and _signs(x.text.strip(), name):
            return name
    # (unsigned, the writer who said who they are still wrote it, unless someone else signs under it: an office)
    under = lines[last + 1 : last + 1 + SIGNED_WITHIN]
    return None if any(x.kept and not x.meta and not x.text.endswith(SENTENCE_END) for x in under) else name


_SIGNER_TAIL: Final = 10  # (the signature is among the text's last lines: the page's own notes may follow)
_CLOSED: Final = ("。", "！", "!")


def lone_signer(lines: list[Line]) -> int | None:
    """Where a name alone signs a letter opened by a salutation (各位讀者： … 美萍):
    two to four Han characters, no office's, right under a paragraph's close
    near the text's end; a full name by its surname, or one the page's header
    names too, as such or in a familiar form (寄件者：阿萍的加州筆記 for 美萍).
    A word alone there that no one is named by (再見, 保重) signs nothing."""
    opened = salutation(lines)
    if opened is None:
        return None
    for i in range(len(lines) - 1, max(opened + 1, len(lines) - _SIGNER_TAIL) - 1, -1):
        x, above = lines[i], lines[i - 1]
        text = x.text
        if not (NAME_MIN <= len(text) <= NAME_MAX) or not x.kept or x.meta or not all(map(is_han_char, text)):
            continue
        if not above.kept or above.short or not above.text.endswith(_CLOSED) or is_unit(text):
            continue
        if han_name_shaped(text) or _header_names(lines, text):
            return i
    return None


def _header_names(lines: list[Line], name: str) -> bool:
    """A metadata line of the page (its sender, its byline) names ``name`` or a familiar form of it."""
    forms = (name, *(lead + name[-1] for lead in _NICK_LEADS))
    return any(x.meta is not None and any(form in x.text for form in forms) for x in lines)


def salutation(lines: list[Line]) -> int | None:
    """Where a letter's salutation is: the text's first kept line, when it is
    short and ends with a colon (各位熟客、各位朋友：); else None."""
    opened = next((i for i, x in enumerate(lines) if x.kept), None)
    if opened is None:
        return None
    text = lines[opened].text
    return opened if len(text) <= _SALUTATION and text.endswith(("：", ":")) else None


def _said_name(text: str) -> str | None:
    """The run of two to four characters after 我係 that ends its clause; or
    of a longer run (a role said first: 我是教練何嘉欣。) its last three when
    they are shaped as a name (the signature under the letter still decides)."""
    if (m := HAN_RUN.match(text, 2)) is None or not NAME_MIN <= len(m[0]) <= _ROLE_AND_NAME:
        return None
    if m.end() != len(text) and text[m.end()] not in _NAME_ENDS:
        return None
    if len(m[0]) <= NAME_MAX:
        return m[0]
    return name if han_name_shaped(name := m[0][-_FULL_NAME:]) else None


_ROLE_AND_NAME: Final = 8  # (a role of a few characters, then the name: 教練何嘉欣, 龍舟會教練何嘉欣)
_FULL_NAME: Final = 3  # (a surname and a given name of two, the common full name)


def _signs(text: str, name: str) -> bool:
    """``text`` alone is ``name``, its given name, or a familiar form of it
    (a lead of 阿 or 小 before the name's last character or two)."""
    if not NAME_MIN <= len(text) <= len(name) or not all(map(is_han_char, text)):
        return False
    if text == name or name.endswith(text):
        return True
    return text[0] in _NICK_LEADS and name.endswith(text[1:])


__all__ = ["introduced_writer", "lone_signer", "salutation"]
