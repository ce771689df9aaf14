"""Make text safe to put on a terminal.

Article text comes from files nobody vetted. Escape sequences (ANSI CSI, OSC,
DCS, bare ESC), C0/C1 control characters and bidi overrides could move the
cursor, retitle the window or disguise the text, so they never survive.
"""

from __future__ import annotations

import re

# ESC-introduced sequences, 7-bit and their 8-bit C1 twins:
#   CSI  ESC [ ... final     / 0x9B ... final
#   OSC, DCS, SOS, PM, APC   ESC ] ... (BEL | ESC \)  / 0x9D ... 0x9C
#   any other two-byte ESC sequence (ESC 7, ESC c, ...)
_ESCAPES = re.compile(
    r"""
    (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?
    | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?
    | \x1b[ -/]*[0-~]?
    """,
    re.VERBOSE,
)

# Controls that remain after the sequences are gone. \n is kept; \t is handled
# separately. Bidi embeddings/overrides/isolates can reorder what is shown,
# and U+FEFF inside text is a stray BOM.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_C1 = re.compile("[\x80-\x9f]")


def sanitize(text: str) -> str:
    """``text`` without escape sequences or control characters.

    Line ends become ``\\n`` (including CR, NEL and the Unicode separators);
    a tab becomes a space, because tab stops mean nothing once text is
    re-wrapped.
    """
    text = _NEWLINES.sub("\n", text)
    if "\x1b" in text or _C1.search(text):
        text = _ESCAPES.sub("", text)
    text = text.replace("\t", " ")
    return _CONTROLS.sub("", text)


__all__ = ["sanitize"]
