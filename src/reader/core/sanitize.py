"""Make text safe to put on a terminal: the one place that says what is unsafe.

Article text comes from files nobody vetted. Escape sequences (ANSI CSI, OSC,
DCS, bare ESC), C0/C1 control characters and bidi overrides could move the
cursor, retitle the window or disguise the text, so they never reach the
terminal. Two ways out, for two needs:

* :func:`sanitize` removes them (and whole escape sequences), for text that
  is stored or printed: article text, CLI output;
* :func:`visible` swaps each for a visible stand-in, one for one, so that
  offsets into the text stay valid: file names and messages in the UI.
"""

from __future__ import annotations

import re
from typing import Final

# Controls a terminal acts on: C0 but tab and newline (layout), DEL, C1.
_CONTROL_RANGES: Final = ((0x00, 0x08), (0x0B, 0x1F), (0x7F, 0x9F))
# Bidi embeddings, overrides and isolates: they reorder what is shown.
_BIDI_RANGES: Final = ((0x202A, 0x202E), (0x2066, 0x2069))


def _class(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in ranges)


# Regex class bodies, for modules that add characters of their own.
CONTROLS: Final = _class(_CONTROL_RANGES)
BIDI_CONTROLS: Final = _class(_BIDI_RANGES)
UNSAFE: Final = CONTROLS + BIDI_CONTROLS
UNSAFE_RE: Final = re.compile(f"[{UNSAFE}]")

# ESC-introduced sequences, 7-bit and their 8-bit C1 twins:
#   CSI  ESC [ ... final     / 0x9B ... final
#   OSC, DCS, SOS, PM, APC   ESC ] ... (BEL | ESC \)  / 0x9D ... 0x9C
#   any other two-byte ESC sequence (ESC 7, ESC c, ...)
ESCAPE_SEQUENCES: Final = re.compile(
    r"""
    (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?
    | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?
    | \x1b[ -/]*[0-~]?
    """,
    re.VERBOSE,
)

# What remains after the sequences are gone; U+FEFF inside text is a stray BOM.
_REMOVED: Final = re.compile(f"[{UNSAFE}\ufeff]")
_NEWLINES: Final = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_C1: Final = re.compile("[\x80-\x9f]")

# C0 controls and DEL show as Unicode "control pictures" (ESC -> ␛), C1 and
# bidi controls as a replacement character.
_VISIBLE: Final = {
    code: chr(0x2400 + code) if code < 0x20 else "\u2421" if code == 0x7F else "\ufffd"
    for lo, hi in _CONTROL_RANGES + _BIDI_RANGES
    for code in range(lo, hi + 1)
}


def sanitize(text: str) -> str:
    """``text`` without escape sequences or control characters.

    Line ends become ``\\n`` (including CR, NEL and the Unicode separators);
    a tab becomes a space, because tab stops mean nothing once text is
    re-wrapped.
    """
    text = _NEWLINES.sub("\n", text)
    if "\x1b" in text or _C1.search(text):
        text = ESCAPE_SEQUENCES.sub("", text)
    text = text.replace("\t", " ")
    return _REMOVED.sub("", text)


def visible(text: str) -> str:
    """``text`` with every unsafe character made visible; same length. Tab
    and newline are kept as layout."""
    return text.translate(_VISIBLE)


__all__ = ["BIDI_CONTROLS", "CONTROLS", "ESCAPE_SEQUENCES", "UNSAFE", "UNSAFE_RE", "sanitize", "visible"]
