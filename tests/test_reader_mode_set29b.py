"""Reader mode on the shapes the twenty-ninth held-out set showed in its
second pass: a reviewer's score beside their name and date."""

from __future__ import annotations

from reader.core.folding import fold
from reader.core.metadata import parse_meta_line


def _meta(line: str):  # type: ignore[no-untyped-def]
    return parse_meta_line(line, fold(line))


def test_a_score_beside_a_users_name_names_no_outlet() -> None:
    # (a number with a unit, 4.4分, is a rating: the row is a user's, dated)
    for line in ("山野行者　4.4分　2026-11-25", "林间小鹿　3.85　2025-10-02", "阿明 4.6/5 2024-05-01"):
        meta = _meta(line)
        assert meta is not None and meta.source is None, line
        assert meta.date is not None and meta.author == line.split()[0], line

