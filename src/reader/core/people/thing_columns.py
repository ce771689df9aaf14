"""Names of things in a table that says where its people are.

A register written with bars (攤號 | 攤名 | 負責人 | 備註) heads the column of
its people with a person's word (負責人, 讲解员, 姓名); its other columns hold
what those people run, make or work at: a stall named after a person or a
legend (周董珍奶, 濟公茶), a workplace. A whole cell of such a column, a
name's shape and mentioned nowhere else, is the thing's name, not a person.
"""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.counted_things import counted_things
from reader.core.people.names import CJK, NICKNAME_PREFIXES
from reader.core.people.pet_names import ANIMAL_KINDS, pet_names
from reader.core.people.spaced_tables import cells_among_times, things_beside_people
from reader.core.people.table_columns import headed_tables, person_heading
from reader.core.people.texts import DOT, Proposal, starts
from reader.core.round_brackets import before_note

_HEADING = re.compile(r"[^\s\d]{1,6}")
# A model's designation: a Latin word and a number (Mentor 7, Rush 6).
_MODEL_CELL = re.compile(r"([a-z][a-z\-]*) \d+")
_NUMBER_AFTER = re.compile(r" ?\d")
# A thing's name a part of which may read as a person's (孔明妙計): a few Han characters.
_THING_NAME = re.compile(rf"[{CJK}]{{3,6}}")


def _heading_shape(text: str) -> bool:
    """A column's heading: a short word, no number, no spaces (攤名, 負責人)."""
    return _HEADING.fullmatch(text) is not None


def things_in_columns(folded: str, forms: set[str]) -> set[str]:
    """The forms of ``forms`` met only as whole cells of a table's columns
    not headed for people, in a table with a column headed for people."""
    cells: dict[str, set[int]] = {}
    pets: set[str] = set()
    kinds: set[str] = set()  # (cells of a kind, whatever the table's other headings)
    for head, rows in headed_tables(folded):
        headings = [text for _, _, text in head]
        kinds |= _of_the_headings_kind(head, rows)
        for i, heading in enumerate(headings):
            if heading[:1] in ANIMAL_KINDS and _NAME in heading:  # (犬名: the dogs' names)
                pets |= {before_note(row[i][2]) for row in rows}
        if not any(map(person_heading, headings)) or not all(map(_heading_shape, headings)):
            continue
        if any(f in h for h in headings for f in forms):
            continue  # (a first row naming people, or a number, is a row: the heading is elsewhere)
        for i, heading in enumerate(headings):
            column = [row[i] for row in rows]
            if not person_heading(heading) and not _people_column(folded, forms, column):
                for start, _, text in column:
                    cells.setdefault(before_note(text), set()).add(start)  # (花木兰(华晟银行): the name)
    # (a mention outside the table may quote it as a thing's name: 亞軍「孫悟空」船上的)
    # (or a nickname's prefix on it: 她扮的小林黛玉, a little one dressed as the role)
    nicknamed = {form for form in forms if form[:1] in NICKNAME_PREFIXES and form[1:] in cells}
    # (a Latin form as the folded text writes it, lower case: a poem's Sea Fever in a column of works)
    listed = {
        form
        for form in forms
        if (key := form.lower()) in cells
        and all(
            s in cells[key] or _quoted(folded, s, key) or _nicknamed(folded, s, key) or _made_by(folded, s)
            for s in starts(folded, key)
        )
    }
    listed |= nicknamed | _inside_things(folded, forms, cells) | _models(folded, forms)
    listed |= forms & kinds
    listed |= counted_things(folded, forms)  # (扒艇行、鮮魚行、合心堂三間: a count of halls)
    return listed | things_beside_people(folded, forms) | cells_among_times(folded, forms) | _pets(folded, forms, pets)


def _of_the_headings_kind(head: list[tuple[int, int, str]], rows: list[list[tuple[int, int, str]]]) -> set[str]:
    """A column whose heading and every cell end in one character (放养点 over 满归点, 金林点,
    乌玛点): the cells are things of the kind the heading names, places or units, as no
    column of people's names is; such a cell is that thing wherever the text writes it."""
    kinds: set[str] = set()
    for i, (_, _, heading) in enumerate(head):
        texts = [before_note(row[i][2]) for row in rows if i < len(row)]
        kind = heading[-1:]
        if len(texts) >= _KIND_ROWS and kind and all(len(t) >= 2 and t[-1] == kind for t in texts):
            kinds.update(texts)
    return kinds


_KIND_ROWS = 3


def _models(folded: str, forms: set[str]) -> set[str]:
    """Latin forms that a table's column writes with a number in two rows or more
    (Mentor 7 of two pilots' gliders): one person is not in two rows, a product is;
    so wherever the text writes the word, a number follows it."""
    words: set[str] = set()
    for _, rows in headed_tables(folded):
        for i in range(len(rows[0]) if rows else 0):
            seen = [m.group(1) for row in rows if (m := _MODEL_CELL.fullmatch(row[i][2]))]
            words |= {w for w in seen if seen.count(w) >= 2}
    return {
        form
        for form in forms
        if (word := form.lower()) in words
        and all(_NUMBER_AFTER.match(folded, s + len(word)) for s in starts(folded, word))
    }


def _inside_things(folded: str, forms: set[str], cells: dict[str, set[int]]) -> set[str]:
    """The forms met only inside a longer thing's name of such a column (孔明 of
    a horse's 孔明妙計), there or where a mention quotes it: a part of its name."""
    names = [text for text in cells if _THING_NAME.fullmatch(text)]
    spans = [(s, s + len(text)) for text in names for s in cells[text]]
    if not spans:
        return set()
    spans += [(s - 1, s + len(text) + 1) for text in names for s in starts(folded, text) if _quoted(folded, s, text)]
    return {
        form
        for form in forms
        if form not in cells
        and (at := starts(folded, form))
        and all(any(a <= s and s + len(form) <= b for a, b in spans) for s in at)
    }


def _people_column(folded: str, forms: set[str], column: list[tuple[int, int, str]]) -> bool:
    """A column under a duty's heading (派飯, 外送 in a rota) holds people when one
    of its cells is a person the text names outside the column too (歐陳麗珠 in a
    note under the rota) or a transliterated name (卡洛斯·蘇沙): no stall or
    workplace is either."""
    at = {start for start, _, _ in column}
    for _, _, text in column:
        name = before_note(text)
        if name in forms and (
            DOT in name
            or any(
                s not in at
                and not _quoted(folded, s, name)
                and not _inside_longer(folded, forms, s, name)
                and not _made_by(folded, s)
                for s in starts(folded, name)
            )
        ):
            return True
    return False


_NAME = "名"


def _inside_longer(folded: str, forms: set[str], start: int, form: str) -> bool:
    """A mention that is the end of a longer form (秀眉 of 张秀眉, 林黛玉 of 小林黛玉):
    that one's mention, not this one's."""
    return _nicknamed(folded, start, form) or any(
        folded[start - k : start + len(form)] in forms for k in (1, 2) if start >= k
    )


def _nicknamed(folded: str, start: int, form: str) -> bool:
    """A full name's mention under a nickname's prefix (小林黛玉): a little one
    called after it, no mention of one with that name."""
    return len(form) >= 3 and start > 0 and folded[start - 1] in NICKNAME_PREFIXES


# Pronouns that open a relative clause of one verb before a mention (她编的竹丝扇).
_PRONOUNS = frozenset("我你他她它")


def _made_by(folded: str, start: int) -> bool:
    """她编的竹丝扇: a pronoun, one character making no word with it (a verb) and 的 right before a
    mention: what that one made or did, the object of a relative clause; a cell's craft written in
    the prose (not 她们的, 他家的: a plural or a home, words of their own)."""
    return (
        start >= 3
        and folded[start - 1] == "的"
        and folded[start - 3] in _PRONOUNS
        and folded[start - 2] not in _PRONOUNS
        and not lexicon.is_common_word(folded[start - 3 : start - 1])
    )


def _quoted(folded: str, start: int, form: str) -> bool:
    return start > 0 and folded[start - 1] in "「“『" and folded[start + len(form) : start + len(form) + 1] in "」”』"


def _pets(folded: str, forms: set[str], column: set[str]) -> set[str]:
    """Pets named like people: the names under an animal's name heading (犬名 |
    品種 | 犬主), and the forms some mention writes after an animal's kind
    (柴犬阿福), as :func:`pet_names` reads them."""
    kinds = forms & column
    if any(kind in folded for kind in ANIMAL_KINDS):
        mentions = [Proposal(s, s + len(f), f, False) for f in forms - kinds for s in starts(folded, f)]
        kinds |= pet_names(mentions, folded)
    return kinds


__all__ = ["things_in_columns"]
