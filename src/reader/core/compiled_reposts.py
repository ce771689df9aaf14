"""A repost's compiler: a meta row that names the body a notice comes from
(來源：某業主聯會, 發布：某居民网络, 資料來源：某里辦公處) and, beside it, only
who compiled it for the site (整理：X, 記者X整理): the notice is the body's, the
compiler is credited, and no one is its author. Who compiles a page with no
body named (整理：X　更新於 date) wrote it up: the author."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from reader.core.meta_records import MetaLine
from reader.core.reporter_lines import reporters_in

_COMPILED: Final = "整理"


def compiled_repost(meta: MetaLine) -> MetaLine:
    """``meta`` with no author where its only writer compiled the body's notice (see the module's note)."""
    if meta.source is None or meta.author is None:
        return meta
    roles = [role for role, name in meta.credits if name == meta.author]
    return replace(meta, author=None) if roles and all(r == _COMPILED for r in roles) else meta


def compiler(part: str) -> tuple[tuple[str, str], ...]:
    """A row's part naming, unlabelled, the reporter who compiled the piece
    (記者蔡明芳整理): credited as its compiler; () for any other part."""
    if not part.endswith(_COMPILED):
        return ()
    return tuple((_COMPILED, name) for _, name in reporters_in(part[: -len(_COMPILED)]))


__all__ = ["compiled_repost", "compiler"]
