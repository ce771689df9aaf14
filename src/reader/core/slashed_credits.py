"""A row of credits whose roles the tables do not hold, each a short word
and a name set apart by a slash (文稿／邱詠晴 口述錄音／黃德明 更新日期：…): the
shape says they are roles and names, never an author and an outlet. A role
that opens with a writer's role word (文稿: 文; 口述錄音: 口述) names the author,
the first such; the others are credits."""

from __future__ import annotations

import re

from reader.core.credit_roles import WRITER_ROLES
from reader.core.person_values import fold_text, han_name_shaped

# A role's word, a slash, a name (no other slash)
_PAIR = re.compile(r"([\u3400-\u9fff]{1,4})[/／]([^/／]{2,8})")
_PAIRS = 2  # (one pair alone may be a place's or a topic's: 地點／台北)
_WRITER_WORDS = tuple(sorted(WRITER_ROLES, key=len, reverse=True))


def slashed_credits(tokens: list[str]) -> tuple[str | None, tuple[tuple[str, str], ...]] | None:
    """The author and the (role, name) credits of ``tokens`` when every one is
    such a pair and each name a person's shape, or None."""
    if len(tokens) < _PAIRS:
        return None
    pairs = [(m.group(1), m.group(2)) for t in tokens if (m := _PAIR.fullmatch(t))]
    if len(pairs) < len(tokens) or not all(han_name_shaped(name) for _, name in pairs):
        return None
    author = next((name for role, name in pairs if fold_text(role).startswith(_WRITER_WORDS)), None)
    return author, tuple(pairs)


__all__ = ["slashed_credits"]
