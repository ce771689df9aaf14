"""A section's one-word head over the field rows it names: 開幕 over
開幕禮：6月15日…, 報名 over 報名方法：…. The row under it takes the head's
word into its own label, so the head is the heading of that field, the
body's, not a lone word left between junk (a page's notes or boxes may
follow the fields, and so judge the head by its neighbour below)."""

from __future__ import annotations

from typing import Final

_LABEL_TAIL: Final = 4  # (the label's characters past the head's word: 開幕禮, 報名方法)


def heads_own_field(head: str, below: str) -> bool:
    """``below`` is a label and its value whose label starts with ``head``, a bare word."""
    n = len(head)
    if not n or not below.startswith(head) or "：" in head or ":" in head:
        return False
    colon = next((k for k in range(n, min(len(below), n + _LABEL_TAIL + 1)) if below[k] in "：:"), -1)
    return colon >= n and colon + 1 < len(below) and not below[colon + 1 :].isspace()
