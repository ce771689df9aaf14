"""A bar of the page's controls set in one line, its parts apart by spaces or
bars, each of which is junk on its own: a counter, a share list, a font control,
a download, a back link (阅读 3.6万 分享到：微信 微博 QQ空间 字号 A+ A-; 下載新聞稿 PDF｜返回列表).
The line as a whole meets no rule, the rules reading one part each; read part by
part, it is the bar."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from reader.core.folding import fold
from reader.core.junk_rules import Reason

_BAR: Final = 60  # (a bar is one short line)
_TOKENS: Final = (3, 12)  # (words apart by gaps: two parts at least, a few words each)
_STAMP: Final = re.compile(r"\d[:\-/]\d")
_PART: Final = 5  # (a part's words: a few, 分享到：微信 微博 QQ空间)
_GAPS: Final = re.compile(r"\s*[｜|]\s*|\s+")  # (a bar's parts apart by spaces or by a bar: 下載新聞稿 PDF｜返回列表)
_SENTENCE: Final = frozenset("，。！？；,!?;")  # (a sentence's marks: no bar's)

Rule = Callable[[str, str], "tuple[Reason | None, bool]"]


def bar_of_parts(line: str, rule: Rule) -> bool:
    """Whether ``line`` splits into two parts or more at its spaces, each junk by
    ``rule`` (``line_features.junk_rule``) and none by a phrase alone."""
    if len(line) > _BAR or not _SENTENCE.isdisjoint(line) or _STAMP.search(line):
        return False  # (a bar states no date nor time: a dated row is a byline's, a post's)
    words = _GAPS.split(line.strip())
    n = len(words)
    if not _TOKENS[0] <= n <= _TOKENS[1]:
        return False
    # (kinds[k]: the kinds of the parts the words before k make, each a bar's, or None; the
    # first part may not be the whole line)
    kinds: list[frozenset[Reason] | None] = [frozenset()] + [None] * n
    for k in range(1, n + 1):
        for j in range(k - 1, max(0, k - _PART) - 1, -1):
            if (before := kinds[j]) is not None and (j or k < n) and (kind := _part(" ".join(words[j:k]), rule)):
                kinds[k] = before | {kind}
                break
        if k >= _PART and not any(kinds[k - _PART + 1 : k + 1]):
            return False  # (no part ends in the last few words: none can start after them)
    # (parts of two kinds at least: a row of figures is counters all, a table's)
    return (last := kinds[n]) is not None and len(last) > 1


_HAN: Final = re.compile(r"[\u3400-\u9fff]{2}")
# (a bar's parts: a counter, a share list, a font control, a download, a back link)
_PARTS: Final = frozenset((Reason.COUNTER, Reason.SHARE_BAR, Reason.CONTROLS, Reason.ATTACHMENT, Reason.WIDGET))


def _part(part: str, rule: Rule) -> Reason | None:
    if _HAN.search(part) is None:
        return None  # (a part names what it does: a bare figure or mark is a table's cell)
    reason, weak = rule(part, fold(part))
    if reason is Reason.CONTROLS and any(c.isdigit() for c in part):
        return None  # (controls name no figure: a date spaced out is of its kind, 註冊時間 2027-11-02)
    return reason if reason in _PARTS and not weak else None


__all__ = ["bar_of_parts"]
