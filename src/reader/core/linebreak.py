"""Line breaking for Chinese text in a terminal: cell widths and kinsoku.

:func:`wrap` splits one paragraph into lines that fit a number of terminal
cells. Han characters and other wide forms take two cells, combining marks
none. The widths are Rich's (``rich.cells``), the table Textual draws with,
so a line the core says fits does fit on screen.

Chinese typesetting rules (禁則, kinsoku):

* a line never starts with closing punctuation (，。、；：？！）」』》… and
  their ASCII forms), nor with the second half of ——, …… or a grapheme;
* a line never ends with opening punctuation (「『（《【“ …);
* Latin words are not split unless longer than a line;
* Han characters may break between any two characters.

A break that would violate a rule moves back, pulling the last characters of
the line down to the next one (the line ends short; nothing hangs past the
edge). Only when no allowed break fits at all, e.g. a URL longer than the
line, does the line break hard at the edge. Spaces at a break are dropped
from the start of the next line; a newline is a forced break and is dropped.

Speed: widths and breaking classes come from one ``str.translate`` pass and
the fitting point of each line from a few C-level sums, so the work done in
Python is per line, not per character.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rich.cells import cell_len as rich_cell_len
from rich.cells import get_character_cell_size

# Closing punctuation: never at the start of a line. Includes the ASCII and
# full-width forms, ellipses and dashes (which also must not be split), the
# interpunct of transliterated names (伊利亚·苏茨克维), and units that belong
# to the number before them.
NO_START = frozenset(
    "!),.:;?]}%"
    "、。，．：；？！）］｝〕〉》」』】〙〗〟’”｠»›"
    "｡｣､･ﾞﾟ"
    "…‥⋯—―–‐~〜～"
    "·・‧"
    "°′″℃℉‰％"
    "ー々〻ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"
    "﹐﹑﹒﹔﹕﹖﹗﹚﹜﹞︰︱︲︳︴︶︸︺︼︾﹀﹂﹄"
)

# Opening punctuation: never at the end of a line. Currency signs belong to
# the number after them.
NO_END = frozenset(
    "([{"  # ASCII
    "（［｛〔〈《「『【〘〖〝‘“｟«‹"  # full-width and CJK brackets, quotes
    "｢"  # half-width
    "﹙﹛﹝︵︷︹︻︽︿﹁﹃"  # small and vertical forms
    "$£¥€＄￡￥"  # currency
)

# Dropped when a line breaks at them. Other spaces (NBSP, ideographic space)
# are kept: they are content, often indentation.
BREAK_SPACES = frozenset(" \t")

_ZWJ = "\u200d"
_VS16 = "\ufe0f"
# Characters a line must not start with because they join to what precedes.
_JOINERS = frozenset("\u200d\ufe0e\ufe0f\u20e3")


def cell_width(char: str) -> int:
    """Terminal cells one character takes on its own: 0, 1 or 2.

    Rich's table, the one Textual draws with (``UNICODE_VERSION`` picks the
    Unicode version for both). Looked up once per character: see _CodeTable.
    """
    return get_character_cell_size(char)


@lru_cache(maxsize=1024)
def _widened_by_vs16(char: str) -> bool:
    """Whether VS16 turns ``char`` from one cell into a two-cell emoji
    (Rich's "narrow to wide" set, asked through its public cell_len)."""
    return rich_cell_len(char + _VS16) > rich_cell_len(char)


# Each character gets one code byte that says both how wide it is and how it
# breaks. One str.translate pass codes a whole paragraph; bytes.translate
# turns codes into widths.
_JOIN = 0  # takes no cell and joins to the character before it
_WORD = 1  # narrow, part of a Latin word (also NBSP and narrow punctuation)
_WIDE = 2  # two cells; a line may break on either side
_SPACE = 3  # a break space, one cell
_TAB = 4  # a break space that takes no cell (like any control character)
_WIDE_JOIN = 5  # VS16 after a narrow emoji: one more cell, joins
_CODE_WIDTHS = bytes([0, 1, 2, 1, 0, 1]).ljust(256, b"\0")
# Codes that continue a Latin word.
_WORDISH = frozenset((_JOIN, _WORD, _WIDE_JOIN))
_WORD_ENDS = (bytes([_WIDE]), bytes([_SPACE]), bytes([_TAB]))


def _code(char: str) -> str:
    width = cell_width(char)
    if char in BREAK_SPACES:
        code = _SPACE if width else _TAB
    elif width == 0 or char in _JOINERS:
        code = _JOIN
    else:
        code = _WIDE if width == 2 else _WORD
    return chr(code)


class _CodeTable(dict[int, str]):
    """translate() table that learns characters it has not met yet."""

    def __missing__(self, code_point: int) -> str:
        code = self[code_point] = _code(chr(code_point))
        return code


_codes_table = _CodeTable()


def _codes(text: str) -> bytearray:
    """One code per character; joined emoji sequences fixed as Rich's
    cell_len does: the character after a ZWJ takes no cell (the sequence
    shows as one emoji), and VS16 widens a narrow emoji base to two cells."""
    codes = bytearray(text.translate(_codes_table), "latin-1")
    # Characters right after a ZWJ: Rich skips them unmeasured.
    swallowed: set[int] = set()
    if _ZWJ in text:
        pos = text.find(_ZWJ)
        while pos != -1 and pos + 1 < len(text):
            codes[pos + 1] = _JOIN
            swallowed.add(pos + 1)
            pos = text.find(_ZWJ, pos + 2)
    if _VS16 in text:
        pos = text.find(_VS16, 1)
        while pos != -1:
            if pos not in swallowed and _vs16_widens(text, codes, pos, swallowed):
                codes[pos] = _WIDE_JOIN
            pos = text.find(_VS16, pos + 1)
    return codes


def _vs16_widens(text: str, codes: bytearray, pos: int, swallowed: set[int]) -> bool:
    """Whether the VS16 at ``pos`` adds a cell: the last character that took
    cells before it (none since an earlier VS16) is a narrow emoji base."""
    for j in range(pos - 1, -1, -1):
        if j in swallowed:
            continue
        if text[j] == _VS16:
            return False
        if _CODE_WIDTHS[codes[j]]:
            return _widened_by_vs16(text[j])
    return False


def cell_widths(text: str) -> bytes:
    """The cells each character of ``text`` takes on screen, in context."""
    return bytes(_codes(text)).translate(_CODE_WIDTHS)


def cell_len(text: str) -> int:
    """Terminal cells ``text`` takes on one line."""
    return sum(cell_widths(text))


def truncate(text: str, cells: int) -> str:
    """``text`` cut to at most ``cells`` terminal cells, ending in an ellipsis
    when it had to be cut."""
    if cell_len(text) <= cells:
        return text
    if cells <= 1:
        return "…"[:cells]
    widths = cell_widths(text)
    used, end = 0, 0
    while used + widths[end] <= cells - 1:  # ends: text is wider than cells
        used += widths[end]
        end += 1
    return text[:end] + "…"


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Split one paragraph into lines of at most ``width`` cells.

    Returns ``(start, end)`` spans into ``text``; every character belongs to
    exactly one span except spaces and newlines dropped at a break. An empty
    text is one empty line. A single unbreakable run (a long URL, or a wide
    character when ``width`` is 1) is the only thing that may exceed
    ``width``.
    """
    if width < 1:
        raise ValueError(f"width must be at least 1, not {width}")
    if "\n" not in text:
        return _wrap_line(text, 0, width)
    lines: list[tuple[int, int]] = []
    start = 0
    for part in text.split("\n"):
        lines.extend(_wrap_line(part, start, width))
        start += len(part) + 1
    return lines


def wrap_parts(text: str, width: int, sep: str = " · ") -> list[tuple[int, int]]:
    """Lines of ``text`` that break only between its parts joined by ``sep``
    (a details line: 新智元 · 2024-05-28 · 繁體→简体), the separator dropped at
    a break, so that no part (a script label, a date) is cut; a part wider
    than a line is wrapped on its own, as :func:`wrap` does."""
    spans: list[tuple[int, int]] = []
    line: tuple[int, int] | None = None
    pos = 0
    for part in text.split(sep):
        start, end = pos, pos + len(part)
        pos = end + len(sep)
        if line is not None and cell_len(text[line[0] : end]) <= width:
            line = (line[0], end)
            continue
        if line is not None:
            spans.append(line)
        pieces = [(start + a, start + b) for a, b in wrap(part, width)]
        spans.extend(pieces[:-1])
        line = pieces[-1]
    assert line is not None  # (split gives at least one part)
    spans.append(line)
    return spans


_CLOCK = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?$")
# A conversion's label (繁體→简体) and its short form (繁→简).
_CONVERSION = re.compile(r"^(\S)\S*→(\S)\S*$")
# What a source keeps before the line's end gives way: three Han characters.
_SOURCE_KEEPS = 6


def fit_parts(text: str, width: int, sep: str = " · ") -> str:
    """A details line (新智元 · 10月26日 23:27 · 繁體→简体) on one line of
    ``width`` cells, giving way from its least telling detail: first the
    clock times of its dates, then a conversion's label shortens (繁→简 says
    as much), then the first part (the source) is cut, so that the date and
    the script label stay whole; but the source keeps its first few cells
    (a short one, 第一財經, whole when it can): past that the line is cut at
    its end."""
    if cell_len(text) <= width:
        return text
    parts = [_CLOCK.sub("", part) for part in text.split(sep)]
    shorter = sep.join(parts)
    if cell_len(shorter) > width:
        parts = [_CONVERSION.sub(r"\1→\2", part) for part in parts]
        shorter = sep.join(parts)
    if cell_len(shorter) <= width or len(parts) < 2:
        return fit(shorter, width)
    rest = sep.join(parts[1:])
    room = width - cell_len(sep + rest)
    keep = min(cell_len(parts[0]), _SOURCE_KEEPS)
    if room >= keep:
        return fit(parts[0], room) + sep + rest
    cut = fit(fit(parts[0], keep) + sep + rest, width)
    if cut.endswith("…"):  # (no separator before the ellipsis, and one ellipsis)
        cut = cut[:-1].rstrip(sep)
        cut = cut if cut.endswith("…") else cut + "…"
    return cut


def fit(text: str, cells: int) -> str:
    """``text`` cut to ``cells`` with an ellipsis right after the last
    character kept (never after a space): a list row's line."""
    cut = truncate(text, cells)
    return cut[:-1].rstrip() + "…" if cut != text and cut.endswith("…") else cut


def _wrap_line(text: str, base: int, width: int) -> list[tuple[int, int]]:
    n = len(text)
    if n <= width // 2:
        # No character takes more than two cells: it fits, unmeasured.
        return [(base, base + n)]
    codes = _codes(text)
    widths = bytes(codes).translate(_CODE_WIDTHS)
    if sum(widths) <= width:
        return [(base, base + n)]
    lines: list[tuple[int, int]] = []
    start = 0
    while start < n:
        fit = _fit(widths, start, width)
        if fit >= n:
            lines.append((base + start, base + n))
            break
        end = _break_before(text, codes, start, fit)
        lines.append((base + start, base + end))
        start = end
        while start < n and codes[start] in (_SPACE, _TAB):
            start += 1
    return lines


def _fit(widths: bytes, start: int, width: int) -> int:
    """The largest end such that widths[start:end] sums to at most width.

    Every character takes at most two cells, so half the remaining cells in
    characters always fit: a few C-level sums per line instead of a loop
    over its characters.
    """
    n = len(widths)
    end, used = start, 0
    while (step := (width - used) // 2) > 0 and end < n:
        used += sum(widths[end : end + step])
        end += step
    while end < n and used + widths[end] <= width:
        used += widths[end]
        end += 1
    return min(end, n)


def _break_before(text: str, codes: bytearray, start: int, fit: int) -> int:
    """Where to end a line that could hold text[start:fit]: the last
    allowed break at or before ``fit``; a hard break if there is none."""
    end = fit
    while end > start:
        code = codes[end]
        if code in _WORDISH and codes[end - 1] in _WORDISH and not _after_dash(text, end):
            # Inside a Latin word (or a grapheme): go back to its start, or
            # to the end of a dash or ellipsis in it (字——|AIword).
            word = max(codes.rfind(mark, start, end) for mark in _WORD_ENDS) + 1
            end = max(word, _last_dash_end(text, word, end))
            continue
        if code in (_JOIN, _WIDE_JOIN) or text[end - 1] in NO_END:
            end -= 1
            continue
        nxt = end
        while nxt < len(codes) and codes[nxt] in (_SPACE, _TAB):
            nxt += 1
        if nxt < len(codes) and text[nxt] in NO_START and not _starts_word(text, codes, end, nxt):
            end -= 1
            continue
        return end
    return _hard_break(codes, start, fit)


def _starts_word(text: str, codes: bytearray, end: int, nxt: int) -> bool:
    """Whether the ASCII mark at ``nxt``, after a space, begins a Latin word
    (`.md`, `.NET`): it closes nothing, so the line may break at the space."""
    return nxt > end and text[nxt] < "\x80" and nxt + 1 < len(codes) and codes[nxt + 1] == _WORD


# Narrow dashes and ellipses: a line may break after a pair of them, also
# right before a Latin word, which is no part of it.
_DASHES = "—―–…‥⋯"


def _after_dash(text: str, end: int) -> bool:
    """Whether a line may end at ``end`` right after a dash or an ellipsis."""
    return text[end - 1] in _DASHES and text[end] not in NO_START


def _last_dash_end(text: str, lo: int, hi: int) -> int:
    """The last position in (lo, hi) right after a dash or an ellipsis that
    a line may end at; ``lo`` if none (a few C-level scans of one line)."""
    best = lo
    for dash in _DASHES:
        i = text.rfind(dash, lo, hi - 1)
        while i != -1 and not _after_dash(text, i + 1):
            i = text.rfind(dash, lo, i)
        if i != -1:
            best = max(best, i + 1)
    return best


def _hard_break(codes: bytearray, start: int, fit: int) -> int:
    """Break inside an unbreakable run at ``fit``, keeping graphemes whole;
    a line holds at least one grapheme even if it is wider than the line."""
    n = len(codes)
    end = max(fit, start + 1)
    while end > start + 1 and end < n and codes[end] in (_JOIN, _WIDE_JOIN):
        end -= 1
    while end < n and codes[end] in (_JOIN, _WIDE_JOIN):
        end += 1
    return end


__all__ = [
    "BREAK_SPACES",
    "NO_END",
    "NO_START",
    "cell_len",
    "cell_width",
    "cell_widths",
    "fit",
    "fit_parts",
    "truncate",
    "wrap",
    "wrap_parts",
]
