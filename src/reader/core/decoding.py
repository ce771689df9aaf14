"""Bytes to text: the encodings Chinese articles come in, and what is not text.

Order of trust: a byte-order mark is certain; strict UTF-8 is cheap and
practically never decodes anything else by accident; BOM-less UTF-16 shows
itself by NUL bytes on one side of each code unit. Everything else (GB18030,
GBK, Big5, ...) goes to charset-normalizer, a statistical detector.

Nothing readable is dropped for a few bad bytes: UTF-8 text with a small
share of invalid bytes (a truncated download, a flipped bit) is decoded with
U+FFFD in their place, and :class:`Decoded` says how many were replaced.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from reader.core.plural import plural


class NotText(ValueError):
    """The bytes are not a readable text; ``str(exc)`` is a one-line reason."""


_BOMS = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# When the detector finds several encodings equally plausible (short texts),
# prefer the ones Chinese text is written in, GB18030 (a superset of GBK and
# GB2312) before Big5, since Simplified text is far more common.
_PREFERRED = ("gb18030", "big5", "big5hkscs", "utf_8")
# Its chaos scores run 0..1; candidates this close to the best are ties. A
# short text gives it little evidence (a 28-byte Big5 line scores 0.05 as
# Big5 and 0.0 as Korean cp949), so there the margin is wider.
_TIE = 0.02
_SHORT_TIE = 0.1
_SHORT_BYTES = 512
# BOM-less UTF-16/32 without NUL bytes cannot be told from GBK by statistics.
_NO_BOM_EXCLUDED = ["utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be", "utf_7"]

# UTF-16 is marked by NUL bytes in at least this share of the code units
# (the ASCII ones), nearly all of them on the same side.
_UTF16_NUL_SHARE = 0.01
_UTF16_NUL_SIDEDNESS = 4
# Text that is more than this share of non-printable characters is binary.
_MAX_UNPRINTABLE = 0.05
# Encoded data (base64, hex, a minified blob): printable ASCII with no word
# of any language this long between spaces. A file that is such runs
# (nearly all its characters, at least _MIN_DATA of them, with hardly any
# text beside) is not an article: cleaning a 5 MB one-line blob as one took
# minutes. (Prose without spaces, Chinese or Thai, is not ASCII.)
_DATA_RUN = re.compile(r"[!-~]{60,}")
_MIN_DATA = 2000
_DATA_SHARE = 0.9
_MAX_TEXT_BESIDE = 200
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\r")
# ESC and BEL are left out: terminal escape sequences in a text (coloured
# logs, a hostile title) do not make it binary; sanitizing removes them.
_UNPRINTABLE = re.compile(r"[\x00-\x06\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f]")


# Damaged UTF-8: invalid bytes under this share of the file (or this few,
# in a short one), and valid multi-byte characters at least this many times
# the places the invalid bytes stand in (text in GBK or Big5 is nearly all
# invalid UTF-8, so it never passes for damaged).
_MAX_REPLACED_SHARE = 0.01
_FEW_REPLACED = 8
_MIN_VALID_PER_BAD = 10
_ESCAPED = re.compile("[\udc80-\udcff]+")
_NON_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    # Invalid bytes that were replaced by U+FFFD (damaged UTF-8), if any.
    replaced: int = 0

    @property
    def note(self) -> str | None:
        """What a reader should know about the decoding, in one line."""
        return replaced_note(self.replaced)


def replaced_note(replaced: int) -> str | None:
    if not replaced:
        return None
    return f"read with {plural(replaced, 'byte')} replaced (invalid UTF-8)"


def decode(data: bytes) -> str:
    """Decode ``data`` or raise :class:`NotText` with a one-line reason."""
    return decode_bytes(data).text


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` (replacing a few bad bytes if it must) or raise
    :class:`NotText` with a one-line reason."""
    if not data:
        raise NotText("empty file")
    decoded = _decode(data)
    text = decoded.text
    if not text.strip():
        raise NotText("only whitespace")
    if len(_UNPRINTABLE.findall(text)) > _MAX_UNPRINTABLE * len(text):
        raise NotText("binary file (control characters)")
    encoded = _encoded_data(text)
    if encoded:
        raise NotText(
            f"encoded data, not text (base64, hex or the like): {encoded:,} characters of Latin letters, digits "
            "and signs with no spaces"
        )
    return decoded


def _encoded_data(text: str) -> int:
    """How many characters of ``text`` are in runs of encoded data, if
    that is nearly all of it; else 0."""
    if len(text) < _MIN_DATA:
        return 0
    ascii = len(text.encode("ascii", "ignore"))
    # (the runs are ASCII: too few ASCII characters for them, at C speed,
    # before the runs are scanned for: most long texts stop here)
    if ascii < _MIN_DATA or ascii < _DATA_SHARE * (visible := _visible(text)):
        return 0
    runs = sum(map(len, _DATA_RUN.findall(text)))
    if runs < _MIN_DATA or runs < _DATA_SHARE * visible:
        return 0
    beside = _visible(_DATA_RUN.sub("", text))
    return runs if beside <= _MAX_TEXT_BESIDE else 0


def _visible(text: str) -> int:
    """The characters of ``text`` that are not whitespace."""
    return len("".join(text.split()))


def _decode(data: bytes) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                return Decoded(body.decode(encoding))
            except UnicodeDecodeError as exc:
                damaged = _damaged_utf8(body) if encoding == "utf-8" else None
                if damaged is not None:
                    return damaged
                raise NotText(f"invalid {encoding.upper()} after its byte-order mark at byte {exc.start}") from None
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return damaged
    if b"\x00" in data:
        return Decoded(_decode_utf16_without_bom(data))
    return Decoded(_detect(data))


def _damaged_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few invalid bytes, decoded with U+FFFD for them; None
    when the bad bytes are too many to call it damaged UTF-8."""
    escaped = data.decode("utf-8", "surrogateescape")
    # (a run of invalid bytes is one place: a character cut or garbled)
    places = _ESCAPED.findall(escaped)
    bad = sum(map(len, places))
    if not bad or (bad >= _MAX_REPLACED_SHARE * len(data) and bad > _FEW_REPLACED):
        return None
    if len(_NON_ASCII.findall(escaped)) < _MIN_VALID_PER_BAD * len(places):
        return None
    return Decoded(data.decode("utf-8", "replace"), bad)


def _decode_utf16_without_bom(data: bytes) -> str:
    """UTF-16 text with ASCII in it has NULs in every ASCII code unit, all on
    one side (odd bytes for little-endian); binary files scatter them. Pure
    CJK UTF-16 without a BOM has no such sign and is left to the detector."""
    if len(data) % 2 == 0:
        even, odd = data[0::2], data[1::2]
        half = len(data) // 2
        for zeros, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
            # A few NULs on the other side are code points like U+4E00 (一).
            nuls, stray = zeros.count(0), other.count(0)
            if nuls >= _UTF16_NUL_SHARE * half and stray * _UTF16_NUL_SIDEDNESS <= nuls:
                try:
                    text = data.decode(encoding)
                except UnicodeDecodeError:
                    break
                # (UTF-8 with a stray NUL read as UTF-16 is mojibake full of private-use code points)
                if len(_PRIVATE_USE.findall(text)) <= _MAX_PRIVATE_SHARE * len(text):
                    return text
                break
    raise NotText("binary file (NUL bytes)")


_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
# Real text has next to no private-use characters; bytes read two by two as
# UTF-16 that were not UTF-16 land on them about one time in ten.
_MAX_PRIVATE_SHARE = 0.02


def _detect(data: bytes) -> str:
    # Control bytes (a stray escape sequence) count as chaos and can make the
    # detector give up on a short text. In the multi-byte encodings left to
    # detect they are never part of a character, so the detector gets the
    # text without them; the whole text is then decoded with its verdict.
    sample = data.translate(None, _CONTROL_BYTES)
    results = from_bytes(sample, cp_exclusion=_NO_BOM_EXCLUDED)
    best = results.best()
    if best is None:
        raise NotText("not text in any known encoding")
    margin = _SHORT_TIE if len(sample) < _SHORT_BYTES else _TIE
    tied = [r for r in results if r.chaos <= best.chaos + margin]
    chosen = next((m for name in _PREFERRED for m in tied if m.encoding == name), best)
    try:
        return data.decode(chosen.encoding)
    except (UnicodeDecodeError, LookupError):
        raise NotText(f"not valid {chosen.encoding}") from None


__all__ = ["Decoded", "NotText", "decode", "decode_bytes", "replaced_note"]
