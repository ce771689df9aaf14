"""What follows a name that says the person made, wrote or founded something: what a historical person is
named for in passing (鲁班造伞, 爱迪生发明电灯, 郑板桥写过“剃头”的对联, 路遥的《平凡的世界》). Neither a
place nor a thing makes paper or writes a book, so such an act dates a person as an era does (see
:func:`reader.core.people.name_shape.famous`, which asks it only of what the tagger and the dictionary both
read as a person's name)."""

from __future__ import annotations

import re

from reader.core.people.texts import WordTags

# The first character of a verb of making, writing or founding (造伞, 写过, 著有, 编纂, 画过, 创办).
_MAKING = frozenset("造写著编画创")
# Or a verb of two that says one made what was not there (发明电灯).
_INVENTING = "发明"
# A work cited: maybe a verb of writing or putting forward and its aspect, maybe 的, then the work's title
# or words in quotes (路遥的《平凡的世界》, 郑板桥写过“剃头”的对联, 新渡户稻造提出的《糖业改良意见书》).
_WORK_RE = re.compile(r"(?:[写著编画题作][过了下]?|提出)?的?[《“「]")


def made_next(folded: str, end: int, word_tag: WordTags | None) -> bool:
    """The tagger reads a verb of making right after the name, the subject's act (鲁班|造伞, 爱迪生|发明)."""
    word = word_tag.get(end) if word_tag is not None else None
    if word is None or word[1] != "v":
        return False
    return folded[end] in _MAKING or folded.startswith(_INVENTING, end)


def work_after(folded: str, end: int) -> bool:
    """A work cited right after the name, its own (路遥的《…》, 郑板桥写过“…”)."""
    return _WORK_RE.match(folded, end) is not None
