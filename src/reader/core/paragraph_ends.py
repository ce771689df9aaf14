"""Whether a line ends as a paragraph of the body does: a Han sentence's end
or a quote's close, or an English sentence's full stop (a notice's line for
readers of English under its Chinese, …may call the secretary for an English
copy of this notice.). A menu's or a footer's words end in no stop."""

from __future__ import annotations

from typing import Final

from reader.core.line_features import SENTENCE_END

_ENDS: Final = (*SENTENCE_END, "」", "”")
_WORDS: Final = 5  # (an English sentence has a few words at least: 'Tel. 2345.' is none)


def ends_paragraph(text: str) -> bool:
    """``text`` ends a paragraph: see the module's note."""
    if text.endswith(_ENDS):
        return True
    return (
        text[-1:] == "."
        and text[-2:-1].isalpha()
        and text[:1].isascii()
        and text.count(" ") >= _WORDS - 1
        and any(w.isalpha() and w.islower() for w in text.split())
    )


__all__ = ["ends_paragraph"]
