"""parse_meta_line's entry gate: which lines may state metadata, told by a
few scans in C before any of its forms is tried (most short lines state none).
tests/test_fast_paths.py holds parse_meta_line to it."""

from __future__ import annotations

import re
from typing import Final

from reader.core.credit_roles import CREDIT_HEADS, ROLES, SHAPED_ROLE
from reader.core.rule_alphabet import any_search

# Every metadata line has a digit, a role or a report word: most lines have none, and one search rules them out.
# (and an account's handle after its shown name: 林小满（@小满看城市）, 張以寧 @slowreadtw; a follow
# button, 林晓雯  关注; a reviewer's stars, X 评论 某片 ★★★★☆; a post's originality mark, 原创 X 某号)
_ACCOUNT_WORDS: Final = ("@", "关注", "追踪", "★", "☆", "原创")
_META_WORDS: Final = (
    "by ",
    "本文作者",
    "报道",
    "报导",
    "讯",
    "楼主",
    "发帖人",
    "发文者",
    "原po",
    *_ACCOUNT_WORDS,
    *ROLES,
)
# (led by a look at the first character, which every alternative must start with: a search of the
# alternation alone tries each of its words at every position of the line. SHAPED_ROLE is optional
# desk words then head words, all Han, so its matches start with one of the words it names.)
_META_STARTS: Final = "".join(
    sorted({word[0] for word in (*_META_WORDS, *re.findall(r"[\u3400-\u9fff]+", SHAPED_ROLE))})
)
MAY_BE_META: Final = re.compile(
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
_OWN_WORDS: Final = re.compile(r"本文作者|报道|报导|讯|楼主|发帖人|发文者|原po|记者|通讯员|实习生|\(@", re.IGNORECASE)
# (and a dot, which sets a date apart from a name or a label: 2025-11-19 · 周小满, 2025-11-20 更新 · …;
# an equals sign, a role's from its name: 撰文＝X)
_SET_APART: Final = re.compile(r"[\s|｜丨/／·・•‧=]")
_DIGIT: Final = re.compile(r"\d")
# A sentence's end mark closes no metadata line but a dated field's (发布时间：2025年6月3日。) or a
# role's credit after its colon (作者：…): a date line ends with its date, its time, its outlet or a
# note in brackets, a pair's or a field's name with the name, and a line of an account's stops at
# its first 。 or comma. So a colon there is a speaker's (甲小姐：你怎么看？) and a digit a sentence's
# (2005年的一个周日，…。).
_SENTENCE_ENDS: Final = ("。", "?", "!")  # (folded: ？ and ！ are half-width)
# (only whether one is there, in the folded line: lower case, so searched without IGNORECASE, with which
# the literals are tried at every position, ~10 µs a line against ~0.3; folding leaves no other form of
# their letters, b, y, p, o, tests/test_fast_paths.py; a SHAPED_ROLE match holds one of its head words)
_WORDS: Final = any_search([*map(re.escape, _META_WORDS), *CREDIT_HEADS])


def may_be_meta(folded: str) -> bool:
    """Whether the folded line may state metadata (if not, parse_meta_line finds none)."""
    sentence = folded.endswith(_SENTENCE_ENDS)
    # (a sentence with no colon, nothing set apart and none of the forms' own words is turned away below
    # whatever the search finds: two scans in C with a character to look for, cheaper than that search)
    if sentence and ":" not in folded and "：" not in folded and _SET_APART.search(folded) is None:
        return _OWN_WORDS.search(folded) is not None and MAY_BE_META.search(folded) is not None
    # (MAY_BE_META's search is a colon, a digit or a word, asked apart: two scans in C for a character, then
    # two searches the engine can skip ahead in, where its case-blind lookahead tries every position;
    # tests/test_fast_paths.py holds the two to the same answer)
    colon = ":" in folded or "：" in folded
    if not colon and _DIGIT.search(folded) is None and _WORDS(folded) is None:
        return False
    if _SET_APART.search(folded) is not None or _OWN_WORDS.search(folded) is not None:
        return True
    if folded.startswith("(作者"):
        return True  # (a note on the writer: (作者郑慧玲是自由撰稿人))
    # (left: a digit, a colon or a role word, nothing set apart)
    if not sentence:
        return colon or _DIGIT.search(folded) is not None  # (a role word alone: none)
    return colon and (_DIGIT.search(folded) is not None or _WORDS(folded) is not None)


__all__ = ["MAY_BE_META", "may_be_meta"]
