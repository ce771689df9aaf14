"""parse_meta_line's entry gate: which lines may state metadata, told by a
few scans in C before any of its forms is tried (most short lines state none).
tests/test_fast_paths.py holds parse_meta_line to it."""

from __future__ import annotations

import re

from reader.core.credit_roles import ROLES, SHAPED_ROLE

# Every metadata line has a digit, a role or a report word: most lines have none, and one search rules them out.
_META_WORDS = ("by ", "本文作者", "报道", "报导", "讯", "楼主", "发帖人", "发文者", "原po", *ROLES)
# (led by a look at the first character, which every alternative must start with: a search of the
# alternation alone tries each of its words at every position of the line. SHAPED_ROLE is optional
# desk words then head words, all Han, so its matches start with one of the words it names.)
_META_STARTS = "".join(sorted({word[0] for word in (*_META_WORDS, *re.findall(r"[\u3400-\u9fff]+", SHAPED_ROLE))}))
MAY_BE_META = re.compile(
    rf"(?=[\d:：{re.escape(_META_STARTS)}])(?:\d|[:：]|"
    + "|".join(re.escape(word) for word in _META_WORDS)
    + "|"
    + SHAPED_ROLE
    + ")",
    re.IGNORECASE,
)
# A role word alone (文, 图, 数据 amid a sentence) makes no metadata line: every form that reads a
# role needs it set apart from its name (a colon, a space, a bar, a slash: credits, pairs, a poster's
# row, a byline's parts); the other forms need a digit (a date), a colon (a field) or their own words
# (a reporter's, a poster's, a report's, an author's note).
_OWN_WORDS = re.compile(r"\d|本文作者|报道|报导|讯|楼主|发帖人|发文者|原po|记者|通讯员|实习生", re.IGNORECASE)
_SET_APART = re.compile(r"[\s|｜丨/／]")
# A colon before a sentence's end mark (甲小姐：你怎么看？) is a speaker's, no label's: a field's or a
# pair's value runs to the line's end, and no name, no source ends in a sentence's mark; only a role
# word's credit may still read it (作者：…).
_SENTENCE_ENDS = ("。", "?", "!")  # (folded: ？ and ！ are half-width)
_WORDS = re.compile("|".join(re.escape(word) for word in _META_WORDS) + "|" + SHAPED_ROLE, re.IGNORECASE)


def may_be_meta(folded: str) -> bool:
    """Whether the folded line may state metadata (if not, parse_meta_line finds none)."""
    if MAY_BE_META.search(folded) is None:
        return False
    if _OWN_WORDS.search(folded) is not None or _SET_APART.search(folded) is not None:
        return True
    if ":" not in folded and "：" not in folded:
        return False  # (a role word alone)
    return not folded.endswith(_SENTENCE_ENDS) or _WORDS.search(folded) is not None


__all__ = ["MAY_BE_META", "may_be_meta"]
