"""The twelfth fix pass's signals: a novel's chapter names characters, not
people; handles and given names of a forum post and an author's note."""

from __future__ import annotations

from reader.core.people import find_people

_CHAPTER = (
    "雪夜，沈砚推开书房的门，林晚晴正伏在案上抄账。\n“小桃呢？”他问。\n"
    "“让她去顾家送药了。”晚晴头也不抬，“顾长风那条腿就废了。”\n"
    "作者有话说：\n有读者问沈砚的原型是谁。其实是小时候看金庸先生的书。晚晴有点像我外婆陈淑贞。\n"
)


def _names(text: str, title: str = "") -> set[str]:
    return {a for p in find_people(text, title=title) for a in p.person.aliases}


def test_a_chapters_story_names_characters_and_its_authors_note_people() -> None:
    names = _names(_CHAPTER, title="第一百二十七章　雪夜问心")
    assert not {"沈砚", "林晚晴", "顾长风"} & names
    assert {"金庸", "陈淑贞"} <= names


def test_the_same_text_without_a_chapter_title_keeps_its_names() -> None:
    assert {"沈砚", "林晚晴"} <= _names(_CHAPTER, title="雪夜问心")


def test_a_memoirs_chapter_keeps_the_people_it_gives_a_role() -> None:
    text = "那年冬天，我跟着外公去县城。\n“冷不冷？”他问。\n“不冷。”我说。\n校长李国强在门口等我们。\n"
    assert "李国强" in _names(text, title="第三章 县城")
