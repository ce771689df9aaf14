"""The thirty-second people fix pass (tests/data/people/fresh32): a table's
first row whose cells are one series' labels (冠軍 | 亞軍 | 季軍: three or more
end with the same character) is its heading, not a row of people; a Japanese
name the tagger reads (a surname of the Japanese table and a short given name)
heading a list's item with a gloss in brackets after it (7. 中島健（1999年日本
交換生）) is a name on one mention, as one after a role is; a four- or
five-character cell under a 姓名 heading is a person without a Chinese surname
(哈斯其其格, a Mongolian name)."""

from __future__ import annotations

from people_support import names_in


def test_a_series_heading_row_is_no_row_of_people() -> None:
    text = "\n".join(
        [
            "武術邀請賽成績公佈如下。",
            "項目｜冠軍｜亞軍｜季軍",
            "男子長拳｜梁國威（香港）｜阮文雄（越南）｜常勝（澳門）",
            "女子南拳｜譚詠欣（香港）｜金恩熙（韓國）｜林嘉慧（馬來西亞）",
            "太極劍｜小林美穗（日本）｜何家駿（新加坡）｜陳太極（台灣）",
        ]
    )
    names = names_in(text)
    assert "季軍" not in names
    assert {"梁國威", "譚詠欣", "林嘉慧"} <= names


def test_a_japanese_name_heading_a_glossed_item() -> None:
    text = "\n".join(
        [
            "百年校慶校友分享嘉賓名單如下。",
            "1. 彭冠華（1975年畢業，退休警司）",
            "2. 阿尼爾·古隆（Anil Gurung，2001年畢業，尼泊爾裔社工）",
            "3. 中島健（1999年日本交換生）",
            "歡迎各位校友回校參與。",
        ]
    )
    assert "中島健" in names_in(text)


def test_a_long_cell_under_a_names_heading() -> None:
    text = "\n".join(
        [
            "年度阅读之星名单公布。",
            "姓名｜年级｜年度借阅量",
            "王子涵｜四年级｜132册",
            "哈斯其其格｜三年级｜97册",
            "陈可馨｜五年级｜118册",
        ]
    )
    assert "哈斯其其格" in names_in(text)
