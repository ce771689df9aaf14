"""A box of the site's sidebar under the article: an unnumbered short head
that names an item of the site's own menu (主日彌撒時間 under a menu with
彌撒時間), a few short rows under it (星期六　下午6時), then only the page's
junk. The article above numbers its sections (一、 二、 三、); a head outside
its numbering, on a page the menu names, is the site's standing box,
repeated on every page, however much its rows look like the article's."""

from __future__ import annotations

from typing import Final

from reader.core.date_lines import DATE_IN_LINE
from reader.core.junk_rules import Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import Line, last_kept
from reader.core.section_numbers import section_number
from reader.core.tail_prose import SIGN_OFF_DATE

_ROWS: Final = 4  # (a box's rows at most)
_HEAD: Final = 10  # (a box's head: a few words)
_ROW: Final = 30
_MENU_ITEM: Final = 3  # (a menu item this long at least: a word of its own)
_MENU: Final = 3  # (items of a menu's row at least)
_SECTIONS: Final = 2  # (the article's numbered heads at least)
_GAPS: Final = ("\u3000", " ", "|", "｜")


def mark_sidebar_boxes(lines: list[Line]) -> None:
    """Mark the box under the article's numbered sections whose head names a menu item."""
    end = last_kept(lines) + 1
    if end == len(lines):  # (most texts: a kept last line, no junk under a box)
        return
    start = end
    while start > 0 and lines[start - 1].kept and end - start <= _ROWS:
        start -= 1
    # (the head: the first kept line of the run with rows under it; the cheap tests first)
    heads = [h for h in range(start, end - 1) if _head(lines[h].text) and _rows(lines[h + 1 : end])]
    if not heads:
        return
    items = [w for w in _menu_items(lines) if len(w) >= _MENU_ITEM]
    for h in heads:
        if any(w in lines[h].text for w in items) and _sections(lines[:h]):
            for line in lines[h:end]:
                line.reason = Reason.WIDGET
            return


def _head(text: str) -> bool:
    return len(text) <= _HEAD and not text.endswith(SENTENCE_END) and "：" not in text and section_number(text) is None


def _rows(rows: list[Line]) -> bool:
    if any(len(r.text) > _ROW or r.text.endswith(SENTENCE_END) for r in rows):
        return False
    # (a signer and the date under it: the notice's sign-off, 某某服务中心 / 2027年1月4日)
    # (its date perhaps in Chinese numerals: 二〇二七年十二月十日)
    return not any(DATE_IN_LINE.fullmatch(r.text) or SIGN_OFF_DATE.fullmatch(r.text) for r in rows)


def _sections(above: list[Line]) -> bool:
    return sum(section_number(x.text) is not None for x in above if x.kept) >= _SECTIONS


def _menu_items(lines: list[Line]) -> list[str]:
    """The items of the menus above the article's first kept line."""
    items: list[str] = []
    for line in lines:
        if line.kept:
            break
        if line.reason is Reason.NAVIGATION:
            text = line.text
            for gap in _GAPS[1:]:
                text = text.replace(gap, _GAPS[0])
            words = [w for w in text.split(_GAPS[0]) if w and not w.isascii()]
            if len(words) >= _MENU:  # (a menu's row, not a masthead's name)
                items += words
    return items
