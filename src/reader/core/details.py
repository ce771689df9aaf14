"""An article's details line (source, author, date, script, size): one source
for the article list and the reading pane, so both say the same thing; and
file paths as a list of them shows them (below the folder they share).

The source, author and date are data and are shown in the script view like
the title; the script's label (简体, 繁體) is the name of the script the file
is written in and is never converted. A view that converts the text says so
after it (繁體→简体), so a Traditional article read in Simplified never
reads as if it were shown in Traditional.
"""

from __future__ import annotations

import os
from pathlib import Path

from reader.core.conversion import convert, view_for
from reader.core.model import Article
from reader.core.script import Script
from reader.core.views import View


def detail_parts(article: Article, view: View, *, author: bool = True, size: bool = True) -> list[str]:
    """The non-empty details of ``article``, in order, for ``view``."""
    fields = [article.source, article.author if author else None, article.date]
    parts = [" ".join(convert(f, view).split()) for f in fields if f and f.strip()]
    label = script_label(article.script, view)
    if label:
        parts.append(label)
    if size:
        # A no-break space: the number never ends a line without its unit.
        parts.append(f"{article.chars:,}\u00a0chars")
    return parts


def script_label(script: Script, view: View) -> str:
    """The script a text is written in, then the one ``view`` shows it in
    when that converts it (繁體→简体); empty for a text with no script."""
    shown = view_for(view, script)
    if not script.label or shown is View.ORIGINAL:
        return script.label
    return f"{script.label}→{shown.label}"


def below_common_folder(paths: list[Path]) -> tuple[str, list[str]]:
    """The folder ``paths`` share ("" if none, or only the root) and each
    path below it: a list of files from one folder names it once, not on
    every row, and a row keeps its room for the file's own name."""
    folders = [str(path.parent) for path in paths]
    try:
        common = os.path.commonpath(folders) if folders else ""
    except ValueError:  # absolute and relative paths mixed
        common = ""
    if common in ("", os.sep, "."):
        return "", [str(path) for path in paths]
    return common, [os.path.relpath(path, common) for path in paths]


__all__ = ["below_common_folder", "detail_parts", "script_label"]
