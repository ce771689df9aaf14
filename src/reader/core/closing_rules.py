"""The page's end matter under a Markdown rule: a thematic break (---)
right under the article's last paragraph, then a few lines, some of them
already the page's junk (a share row, the © line). The rule closes the
article; what stands under it is the site's (an appeal for gifts with its
bank account, the next event's notice), however prose-like."""

from __future__ import annotations

from typing import Final

from reader.core.junk_rules import Reason
from reader.core.line_passes import Line

_RULES: Final = ("---", "***", "___")
_END_MATTER: Final = 8  # (lines under the rule at most: a footer's, not a part of the article)


def mark_after_closing_rule(lines: list[Line]) -> None:
    """Mark the kept lines under the last rule as the page's, when the rule
    stands right under a kept paragraph and junk stands under it too."""
    # (only the last lines can hold it: a rule farther up has more than a footer under it)
    last = len(lines) - 1
    r = next((k for k in range(last, max(0, last - _END_MATTER - 1), -1) if lines[k].text in _RULES), None)
    if r is None:
        return
    below = lines[r + 1 :]
    above = lines[r - 1]
    if not (above.kept and not above.short) or not any(x.reason is not None and x.meta is None for x in below):
        return
    for line in below:
        if line.kept:
            line.reason = Reason.PAGE_FOOTER
