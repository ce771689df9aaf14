"""An activity a credit names (口述, 摄影, 翻译) glued to 史 or 展 makes a noun, its history or its
exhibition (口述史, 摄影展, 翻译史): the character is no surname there, so what the rules read from it
(口述史整理成果, 口述史展开幕) is no name. A credit gives its value after a separator (口述：史文), and
a person's role (记者, 作者) glued to a name is left alone."""

from __future__ import annotations

from collections.abc import Iterable

from reader.core.people.texts import Proposal

# Activities a credit names (folded), which a noun-forming 史 or 展 may follow.
_ACTIVITIES = ("口述", "口译", "摄影", "翻译", "编译", "整理", "撰文", "采访", "设计", "策划", "书法", "绘画")
# Characters that are surnames but after an activity make its history or its exhibition.
_NOUN_ENDS = frozenset("史展")


def activity_nouns(proposals: Iterable[Proposal], folded: str) -> set[str]:
    """The forms every mention of which opens with 史 or 展 right after an activity's word."""
    glued: dict[str, bool] = {}
    for p in proposals:
        hit = p.form[0] in _NOUN_ENDS and folded[max(0, p.start - 2) : p.start].endswith(_ACTIVITIES)
        glued[p.form] = glued.get(p.form, True) and hit
    return {f for f, g in glued.items() if g}
