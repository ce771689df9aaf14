"""A large JSON document decoded in pieces, so that no one call holds the GIL long.

``json.loads`` is one C call: on the 9 MB listing of 20,000 articles it held
the GIL ~50 ms, the longest stall of the UI thread in a warm start at that
size (Python hands the GIL to another thread only between bytecodes).
:func:`loads` gives what ``json.loads`` gives, decoding the bytes a chunk at a
time and, in a top-level object, each array value an element at a time;
anything else, or a document it cannot read, goes to ``json.loads`` (which
then says what is wrong, as it always would).
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable
from typing import Any

# Bytes decoded per call (~0.3 ms each).
CHUNK = 1 << 18

_DECODER = json.JSONDecoder()
# The decoder's own scanner (C): raw_decode without its Python frame, ~20%
# of the time per element.
_SCAN: Callable[[str, int], tuple[Any, int]] = _DECODER.scan_once  # type: ignore[attr-defined]
_SPACE = re.compile(r"[ \t\n\r]*")
_SPACES = " \t\n\r"


def loads(data: bytes | str) -> Any:
    """``json.loads(data)``, in pieces."""
    if isinstance(data, bytes):
        if json.detect_encoding(data) != "utf-8":  # (UTF-16, UTF-32, a BOM: as json.loads does)
            return json.loads(data)
        text = _decoded(data)
    else:
        text = data
    try:
        return _object(text)
    except (ValueError, IndexError, StopIteration):  # (not an object, or not valid: json.loads says which)
        return json.loads(text)


def _decoded(data: bytes) -> str:
    """``data.decode("utf-8", "surrogatepass")`` (what json.loads does with
    bytes), a chunk at a time."""
    decoder = codecs.getincrementaldecoder("utf-8")("surrogatepass")
    view = memoryview(data)
    pieces = [decoder.decode(view[at : at + CHUNK]) for at in range(0, len(data), CHUNK)]
    pieces.append(decoder.decode(b"", final=True))
    return "".join(pieces)


def _space(text: str, at: int) -> int:
    if at < len(text) and text[at] in _SPACES:
        match = _SPACE.match(text, at)
        assert match is not None  # (it matches the empty string too)
        return match.end()
    return at


def _object(text: str) -> dict[str, Any]:
    at = _space(text, 0)
    if text[at] != "{":
        raise ValueError("not an object")
    result: dict[str, Any] = {}
    at = _space(text, at + 1)
    if text[at] == "}":
        at += 1
    else:
        while True:
            if text[at] != '"':
                raise ValueError("expected a key")
            key, at = _DECODER.raw_decode(text, at)
            at = _space(text, at)
            if text[at] != ":":
                raise ValueError("expected ':'")
            at = _space(text, at + 1)
            if text[at] == "[":
                result[key], at = _array(text, at)
            else:
                result[key], at = _DECODER.raw_decode(text, at)
            at = _space(text, at)
            if text[at] == "}":
                at += 1
                break
            if text[at] != ",":
                raise ValueError("expected ',' or '}'")
            at = _space(text, at + 1)
    if _space(text, at) != len(text):
        raise ValueError("extra data")
    return result


def _array(text: str, at: int) -> tuple[list[Any], int]:
    """The array that starts at ``at``, an element per call, and where it ends."""
    items: list[Any] = []
    at = _space(text, at + 1)
    if text[at] == "]":
        return items, at + 1
    scan = _SCAN
    while True:
        item, at = scan(text, at)
        items.append(item)
        if text[at] in _SPACES:
            at = _space(text, at)
        if text[at] == ",":
            at += 1
            if text[at] in _SPACES:
                at = _space(text, at)
        elif text[at] == "]":
            return items, at + 1
        else:
            raise ValueError("expected ',' or ']'")


__all__ = ["CHUNK", "loads"]
