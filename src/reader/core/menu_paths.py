"""A path through an app's menus, written in the article's prose: 设定 > 显示 >
字体大小. Alone it has a breadcrumb's shape; amid the body, with a kept line
right above it and a paragraph of the story right under it, it is the step
the writer tells the reader to take. A site's breadcrumb stands over the
headline or among the page's junk, never between the story's paragraphs."""

from __future__ import annotations

import re
from typing import Final

from reader.core.junk_rules import Reason
from reader.core.line_passes import Line
from reader.core.row_runs import story_line
from reader.core.title_shapes import is_navigation_path

_NAV: Final = Reason.NAVIGATION  # (bound once: Reason.X is a slow lookup)
_STEPS: Final = frozenset(">›»＞")  # (a path's separators: a menu's | or · joins items, no steps)
_PATH: Final = 40  # (a menu path is short)
_TOLD: Final = 2  # (paragraphs of the story above it, at least)
_SEPARATOR: Final = re.compile(r"\s*[>›»＞]+\s*")
_STEP: Final = 2  # (a step's name: one character names no page)
_HEAD: Final = 8  # (the page's head: its masthead, menu and headline)


def menu_path_at(lines: list[Line], i: int) -> bool:
    """Line ``i`` is a menu path gone as a breadcrumb between the body's kept lines."""
    line = lines[i]
    text = line.text
    if line.reason is not _NAV or line.meta is not None or len(text) > _PATH or not 0 < i < len(lines) - 1:
        return False
    if not any(ch in _STEPS for ch in text) or ":" in text or "：" in text:  # (no location prompt: 当前位置：)
        return False
    return (
        lines[i - 1].kept
        and story_line(lines[i + 1])
        and is_navigation_path(text)
        and sum(map(story_line, lines[: i - 1])) >= _TOLD  # (the story told above it: no head's crumb)
        and not _site_steps(lines, i)
    )


def _site_steps(lines: list[Line], i: int) -> bool:
    """A step of path ``i`` is named by the page's junk or its head too (主頁 › 價目表 under
    the headline 驗眼及眼鏡價目表, or the menu 主頁　驗眼服務　價目表): the site's own
    pages, a breadcrumb's steps, the last of them the page itself."""
    steps = [step for step in _SEPARATOR.split(lines[i].text) if len(step) >= _STEP]
    return any((k < _HEAD or x.bad) and any(step in x.text for step in steps) for k, x in enumerate(lines) if k != i)


def rescue_menu_paths(lines: list[Line]) -> None:
    """Take back a menu path in the story's prose (see the module's note)."""
    for i in [i for i, line in enumerate(lines) if line.reason is _NAV]:
        if menu_path_at(lines, i):
            lines[i].restore()


__all__ = ["menu_path_at", "rescue_menu_paths"]
