"""Reader mode on the shapes the thirtieth held-out set showed: an item's
label/value row under each head of a list."""

from __future__ import annotations

from reader.core.cleaning import clean
from reader.core.metadata import Hints

_TITLE = "今年讀過最好的三本書"


def _same(line: str) -> str:
    return "".join(line.split())


def _kept(text: str, title: str = _TITLE) -> list[str]:
    return [_same(p) for p in clean(text, hints=Hints(title=title)).paragraphs]


_HEAD = ["首頁 ｜ 書評 ｜ 書單 ｜ 關於我", _TITLE, "今年一共讀了四十本書，挑出三本最想推薦的，排名不分先後。"]
_BOOKS = [
    "1.《海邊的信》／林小文",
    "出版：北風文化 ｜ 頁數：212",
    "寫一個漁村郵差的十年，文字平淡卻很耐讀，讀完會想寫一封信給老朋友。",
    "2.《夜班》／陳大同",
    "出版：遠山出版 ｜ 頁數：318",
    "一個夜班護理師的手記，每一章都是一個病房裡的晚上，讀來很沉重也很溫暖。",
    "3.《老街的貓》／王小芸",
    "出版：小巷書房 ｜ 頁數：150",
    "輕鬆的散文集，寫作者和幾隻街貓的一年，適合睡前讀幾頁。",
]
_TAIL = ["分享 ｜ 列印 ｜ 回到頂部", "© 2026 書頁邊 版權所有"]


def test_a_label_row_under_each_item_of_a_list_is_the_items_data() -> None:
    kept = _kept("\n".join([*_HEAD, *_BOOKS, *_TAIL]))
    rows = [_same(line) for line in _BOOKS if line.startswith("出版")]
    assert [row for row in rows if row not in kept] == []
    assert _same(_TAIL[0]) not in kept


def test_one_label_row_alone_is_no_list() -> None:
    # (a single row of labels between a head and a sentence is left to the other rules)
    from reader.core.item_rows import _labels

    assert _labels("出版：北風文化 ｜ 頁數：212") == ("出版", "頁數")
    assert _labels("首頁 ｜ 書評 ｜ 書單") is None
