"""Fixing a line in place: HTML debris, entities and pinyin annotations that
converters leave in scraped text."""

from __future__ import annotations

import html
import re
import unicodedata
from typing import Final

from reader.core.sanitize import UNSAFE, sanitize

_ENTITY: Final = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});")
_TAGS: Final = (
    r"p|br|div|span|a|b|i|u|em|strong|img|h[1-6]|li|ul|ol|section|article|figure|figcaption|"
    r"blockquote|table|tr|td|th|tbody|thead|font|center|small|sup|sub|hr|iframe|script|style|"
    r"html|body|head|meta|link|title|nav|header|footer|aside|button|input|form|label|svg|source|video"
)
# Attributes in HTML syntax only, so "a<b 且 c>d" is left alone.
_ATTRIBUTE: Final = r"""\s+[A-Za-z_:][A-Za-z0-9_:.-]*(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>]+))?"""
_HTML_TAG: Final = re.compile(rf"</?(?:{_TAGS})(?:{_ATTRIBUTE}){{0,20}}\s*/?>", re.IGNORECASE)
# The end of a closing tag whose "<" a broken converter swallowed: 了?!?/p>
# (the slash first, then what stands before it: a pattern led by a
# lookbehind is tried at every position of the line)
_HTML_TAIL: Final = re.compile(rf"/(?<!</)(?:{_TAGS})>", re.IGNORECASE)

# Pinyin annotations a converter inserted after characters: 現(xiàn),
# F(xiàn)elix. One syllable, lowercase, with a tone mark or ü.
_TONE_MARKED: Final = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
_TONE: Final = re.compile(f"[{_TONE_MARKED}]")
# (the bracket first, then what stands before it: a pattern led by a lookbehind
# is tried at every position of the text)
_ANNOTATION: Final = re.compile(
    rf"[(（](?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffA-Za-z][(（])([a-z{_TONE_MARKED}]{{1,6}})[)）]"
)
# A pinyin syllable: an initial (or none) and a final. As a set: a look-up, not a match, per annotation.
_SYLLABLES: Final = frozenset(
    initial + final
    for initial in ("", "zh", "ch", "sh", *"bpmfdtnlgkhjqxrzcsyw")
    for final in (
        "iang iong uang ueng ang eng ing ong iao ian uai uan ai ei ao ou an en er ia ie iu in ua uo ui un ue a o e i u"
    ).split()
)


# Each tone-marked letter to its base letters (NFD without the combining
# marks), in one translate instead of a normalization per match.
_TONELESS: Final = str.maketrans(
    {c: "".join(x for x in unicodedata.normalize("NFD", c) if not unicodedata.combining(x)) for c in _TONE_MARKED}
)


def _drop_annotation(m: re.Match[str]) -> str:
    syllable = m.group(1)
    base = syllable.translate(_TONELESS)
    if base == syllable:  # (no tone mark: every marked letter has a base of its own)
        return m.group(0)
    return "" if base in _SYLLABLES else m.group(0)


# Every character sanitize() would change (line ends, tabs, escapes and
# controls, stray BOMs): a text without any is its own sanitized form.
_TO_SANITIZE: Final = re.compile(f"[\r\t\u2028\u2029\x85\x1b\x80-\x9f\ufeff{UNSAFE}]")


def sanitized(text: str) -> str:
    """``sanitize(text)``, found in one scan when there is nothing to
    change (sanitize makes four)."""
    return text if _TO_SANITIZE.search(text) is None else sanitize(text)


# The last text fixed (up to this size) and its lines: cleaning a file
# fixes its lines, and a cold load then asks for the same text's lines (the
# keys it stores for the folder's template, ``template_keys.probed_keys``).
_MEMO_CHARS: Final = 1 << 20
_last: tuple[str, tuple[str, ...]] | None = None


def fix_lines(text: str) -> list[str]:
    """The non-empty lines of ``text`` (sanitized), each fixed. A text
    without tags, entities or tone marks has nothing to fix but the ends
    of its lines."""
    global _last
    last = _last
    if last is not None and last[0] is text:
        return list(last[1])
    lines = _fix_lines(text)
    if len(text) <= _MEMO_CHARS:
        _last = (text, tuple(lines))
    return lines


def _fix_lines(text: str) -> list[str]:
    lines = text.split("\n")
    # (a text whose every line prints holds nothing sanitize() changes, as none of that prints:
    # a test per line in C, some half the cost of the pattern's scan; else the scan decides)
    if not all(map(str.isprintable, lines)) and (clean := sanitized(text)) is not text:
        text, lines = clean, clean.split("\n")
    # (the empty lines between paragraphs, some half of them, left out in C: each would fix to nothing)
    raws = filter(None, lines)
    if "<" in text or ">" in text or "&" in text:
        return [fixed for raw in raws if (fixed := fix_line(raw))]
    # (an annotation never spans a line end and goes only with a tone mark:
    # only a line with a bracket is searched, as fix_line does; a scan of
    # the whole text for a bracket's pattern is slower than a line's `in`)
    return [
        stripped
        for raw in raws
        if (
            stripped := (
                _ANNOTATION.sub(_drop_annotation, raw) if ("(" in raw or "（" in raw) and _TONE.search(raw) else raw
            ).strip()
        )
    ]


def fix_line(line: str) -> str:
    """One line with HTML debris and pinyin annotations removed, entities
    decoded, trimmed."""
    if "<" in line or ">" in line:
        line = _HTML_TAG.sub("", line)
        line = _HTML_TAIL.sub("", line)
    if "&" in line:
        # After the tags: an escaped "&lt;b&gt;" is text that shows "<b>".
        # An entity may spell a control character (&#27;), so sanitize again.
        line = sanitize(_ENTITY.sub(lambda m: html.unescape(m.group(0)), line))
    if ("(" in line or "（" in line) and _TONE.search(line):
        # (an annotation goes only with a tone mark in it: most lines have none)
        line = _ANNOTATION.sub(_drop_annotation, line)
    return line.strip()


__all__ = ["fix_line", "fix_lines", "sanitized"]
