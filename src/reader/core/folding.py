"""Script-, width- and case-blind folding, for search and matching names.

Folding works per character through the code-point tables of
:mod:`reader.core.foldtable`, so it keeps the length of a text and is the
same for a query and a document.
"""

from __future__ import annotations


def fold(text: str) -> str:
    """Script-, width- and case-blind form of ``text``, of the same length.

    黃仁勛 -> 黄仁勋, ＡＩ -> ai, Scaling -> scaling. Offsets into the result
    are offsets into ``text``.
    """
    from reader.core.foldtable import fold_text

    return fold_text(text)
