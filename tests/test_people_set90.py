"""People set 90's fix pass (tests/data/people/fresh90): each rule on a text of its own."""

from __future__ import annotations

from people_support import names_in
from reader.core.folding import fold


def _names(text: str) -> set[str]:
    return {fold(n) for n in names_in(text)}


def test_a_preposition_after_a_name_opens_what_the_person_does_not_a_streets_name() -> None:
    # 以街舞: 以 (by means of) starts the predicate; 街 is no street after the name
    assert "欧阳风" in _names("通過名單：陳添財、林布農、歐陽風。二十歲的歐陽風以街舞通過。")
