"""Web pages saved as one file: MHTML (``.mhtml``: Chrome's and Edge's
"Webpage, Single File"; ``.mht``: Internet Explorer's and Word's). The file
is a MIME message whose first HTML part is the page and whose other parts
are its pictures, styles and frames; that part, decoded from its transfer
encoding and its declared charset, is read as any saved web page is
(:func:`reader.core.html_reader.read_html`). The reader
:data:`reader.core.formats.FORMATS` names for both suffixes.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from reader.core.decoding import NotText, decode_bytes
from reader.core.html_reader import read_html
from reader.core.readers import Page


def read_mhtml(data: bytes, path: Path) -> Page:
    """The page inside an MHTML file, read as a saved web page; a file that
    is a page itself, no MIME message around it, as one (some tools save
    plain HTML under this name)."""
    page = html_part(data)
    if page is not None:
        return read_html(page, path)
    if _HTML_START.search(data[:_HEAD_BYTES]):
        return read_html(data, path)
    decode_bytes(data)  # (an empty or binary file: said so, as for any format)
    raise NotText("no web page inside (an MHTML file needs a text/html part)")


# A page's own start, in the first bytes of a file that is no MIME message.
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
_HEAD_BYTES = 4096


def html_part(data: bytes) -> bytes | None:
    """The first non-empty ``text/html`` part of the MIME message ``data``,
    as UTF-8 when its part declares a charset Python knows (the page's own
    <meta charset> may name the charset the browser read it in, not the
    one the part is in), else as its bytes; None if it has none."""
    from email import message_from_bytes

    message = message_from_bytes(data)
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes) or not payload.strip():
            continue
        charset = part.get_content_charset()
        if charset is None:
            return payload
        try:
            codecs.lookup(charset)
        except LookupError:
            return payload  # (an unknown name: the bytes are decoded as any page's)
        return payload.decode(charset, "replace").encode("utf-8")
    return None


__all__ = ["html_part", "read_mhtml"]
