"""A short plain line between a Markdown picture and the next heading,
picture or the page's end is the picture's caption; under a picture with
the story going on below it, or longer, it is the story's."""

from __future__ import annotations

from reader.core.cleaning import clean

BODY = "本教會上主日舉行浸禮，三位弟兄姊妹在會眾面前公開承認信仰，禮拜後大家一同在副堂用茶點，氣氛溫馨。"
MORE = "下主日崇拜照常於上午十一時舉行，當日由劉牧師證道，題目為〈在主裡同心〉，歡迎弟兄姊妹邀請親友出席。"
PICTURE = "![](https://example.org/uploads/baptism-group.jpg)"
CAPTION = "上主日浸禮後全體合照，恭喜三位弟兄姊妹歸入主名。"


def test_a_short_line_between_a_picture_and_a_heading_is_its_caption() -> None:
    cleaned = clean("\n".join(["# 主日週刊", BODY, PICTURE, CAPTION, "## 本週金句", MORE]))
    assert CAPTION not in cleaned.paragraphs
    assert BODY in cleaned.paragraphs and MORE in cleaned.paragraphs


def test_a_short_line_with_the_story_going_on_under_it_stays() -> None:
    cleaned = clean("\n".join(["# 主日週刊", BODY, PICTURE, CAPTION, MORE]))
    assert CAPTION in cleaned.paragraphs


def test_a_long_line_under_a_picture_stays_though_a_heading_follows() -> None:
    cleaned = clean("\n".join(["# 主日週刊", BODY, PICTURE, MORE, "## 本週金句", BODY]))
    assert MORE in cleaned.paragraphs
