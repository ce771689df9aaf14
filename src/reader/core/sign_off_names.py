"""A letter's sign-off under its last paragraph: the writer's name on a line
of its own, then their title (區穎珊 / 立法會議員). The name alone is a lone
word, which context drops beside the page's junk; the title under it is
longer and stays, and the name stays with it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from reader.core.han import is_han_char
from reader.core.junk_rules import Reason
from reader.core.person_values import han_name_shaped

if TYPE_CHECKING:
    from reader.core.line_passes import Line

# A lone word: a line this short beside the page's junk goes with it (line_passes.resolve_short).
LONE_WORD: Final = 3
# A paragraph closes with a statement; a headline over a thread's poster (…怎么办？ / 楼主) does not.
_CLOSED: Final = ("。", "！", "!")
_SIGN_OFF_MAX: Final = 20
_COUNTER: Final = Reason.COUNTER


def signed_name(lines: list[Line], i: int) -> bool:
    """Line ``i`` is shaped like a name, right under a kept paragraph's close and over a
    kept short line longer than a lone word (the signer's title) that ends the
    text or stands over the page's junk."""
    if not 0 < i < len(lines) - 1 or not han_name_shaped(lines[i].text):
        return False
    above, below = lines[i - 1], lines[i + 1]
    if i + 2 < len(lines) and not lines[i + 2].bad:
        return False  # (more of the body under it: a list's head, 优点 over its items)
    return (
        above.kept
        and not above.short
        and above.text.endswith(_CLOSED)
        and below.kept
        and below.short
        and len(below.text) > LONE_WORD
        and not below.meta
    )


__all__ = ["LONE_WORD", "signed_name"]


# A sign-off with its date: a name, the full date, a word of when (晓岚 2027.9.18 夜); or the date and where.
# (told by string tests: a pattern with Han classes costs milliseconds to compile in every process)
_NAME: Final = (2, 4)  # (Han characters of a name)
_WHEN: Final = 2  # (Han characters after the date at most: 夜, 清晨)
_WHERE: Final = 6  # (or, the date first, of where it was written: 記於馬公, 写于台北家中)
_DATE_MARKS: Final = ("-", "/", ".")


def rescue_dated_sign_off(lines: list[Line]) -> None:
    """A name and a date gone as a counter, in the lower half of the text,
    right under a kept paragraph's close, is the writer signing off, once:
    a comment thread heads every comment so (the shape recurs there)."""
    # (the lines gone as counters in the lower half first: most texts have none of this shape)
    if not any([_signs_dated(x.text) for x in lines[len(lines) // 2 :] if x.reason is _COUNTER]):
        return
    found = [i for i, line in enumerate(lines) if _signs_dated(line.text)]
    if len(found) != 1 or (i := found[0]) * 2 < len(lines) or i == 0:
        return
    line, above = lines[i], lines[i - 1]
    if line.reason is _COUNTER and line.meta is None and above.kept and above.text.endswith(_CLOSED):
        line.restore()


def _signs_dated(text: str) -> bool:
    """A name, one space, a date as 2027.9.18, then a word of when, perhaps one space apart;
    or the date first, then a gap and a few Han characters of where (2028.01.09　記於馬公)."""
    if len(text) > _SIGN_OFF_MAX or (" " not in text and "\u3000" not in text):
        return False
    name, _, rest = text.replace("\u3000", " ").partition(" ")
    if name[:1].isdecimal():
        return 0 < len(rest) <= _WHERE and all(is_han_char(c) for c in rest) and _full_date(name)
    if not _NAME[0] <= len(name) <= _NAME[1] or not all(is_han_char(c) for c in name):
        return False
    end = len(rest)
    while end > 0 and is_han_char(rest[end - 1]):
        end -= 1
    if len(rest) - end > _WHEN:
        return False
    date = rest[: end - 1] if end < len(rest) and rest[end - 1 : end] == " " else rest[:end]
    return _full_date(date)


def _full_date(date: str) -> bool:
    """Four digits of the year, then month and day of one or two digits, each after a mark."""
    if not date[:4].isdecimal() or date[4:5] not in _DATE_MARKS:
        return False
    rest = date[5:]
    return any(
        rest[:k].isdecimal()
        and rest[k : k + 1] in _DATE_MARKS
        and 1 <= len(rest) - k - 1 <= 2
        and rest[k + 1 :].isdecimal()
        for k in (1, 2)
    )
