"""A related headline set as a Markdown quote amid the body (> 延伸阅读：…):
the quote's mark hides the headline's shape from the line's own rules, which
judge the line as written. ``clean`` runs it where a line starts with ``>``."""

from __future__ import annotations

from reader.core.folding import fold
from reader.core.junk_rules import Reason
from reader.core.line_features import junk_rule
from reader.core.line_passes import Line


def mark_quoted_headlines(led: list[Line]) -> None:
    """Each kept line of ``led`` (the lines led by a callout's first character)
    that is a quote whose words, past the mark, are a related headline by the
    line rules: the site's pointer to another page, not the writer's quote
    (> 延伸阅读这本书的第三章，你会发现… is a sentence, and stays)."""
    for line in led:
        text = line.text
        # (a headline's label and its colon or bar lead it, and it is short: string tests before the rules)
        if text[:1] != ">" or len(text) > _LINE or line.reason is not None or line.meta is not None:
            continue
        bare = text[1:].lstrip(" >")
        if any(mark in bare[:_LABEL] for mark in _MARKS) and junk_rule(bare, fold(bare))[0] is Reason.RELATED:
            line.reason = Reason.RELATED


_LINE, _LABEL, _MARKS = 60, 10, ("：", ":", "|", "｜")  # (a label of a few words, a headline of forty at most)
