"""What reader mode knows of an article's metadata, as plain records: what
a line states (MetaLine), what came from outside the text (Hints), and
what was settled (Metadata); and how several lines' statements merge."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Final

from reader.core.person_values import fold_text, tidy_author


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str
    source: str | None = None
    author: str | None = None
    date: str | None = None
    # (role, name) for every person a byline or credit line names, in order:
    # ("作者", "张三"), ("责任编辑", "李四"), ("译者", "陳思妤").
    credits: tuple[tuple[str, str], ...] = ()
    # The metadata lines as written, for whoever wants the raw byline.
    bylines: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Hints:
    """Metadata known from outside the text: a web page's DOM or a Markdown
    file's front matter, and the file's name."""

    title: str | None = None
    source: str | None = None
    author: str | None = None
    date: str | None = None
    name: str | None = None
    # (role, name) the page's markup shows outside its extracted text: a
    # caption's photographer, a byline block the extractor dropped.
    credits: tuple[tuple[str, str], ...] = ()
    # The source a field of the article's blocks names (信息来源：县水利局)
    # when the extractor dropped the block.
    field_source: str | None = None
    # The channel's label the markup's title writes before the headline
    # (新酒上架 in 新酒上架｜桂花乌龙酸艾尔): no one's name.
    label: str | None = None
    # The short blocks the markup sets as a picture's caption (a figure's, or
    # the block right after one holding only an image), their spaces squashed.
    captions: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class MetaLine:
    """A line that states metadata rather than telling the story."""

    kind: str  # "byline", "editor", "credit" (a role the tables do not know), "date" or "source"
    source: str | None = None
    author: str | None = None
    date: str | None = None
    credits: tuple[tuple[str, str], ...] = ()
    # Whether a field names the source (来源：湘楚日报): the paper a story
    # comes from, surer than the site's own name when the two differ.
    fielded: bool = field(default=False, compare=False)
    # Whether the name is the author by its place alone, no role naming it (an
    # account row: 濠江日報　｜　澳聞　｜　2026-05-25, where it may be the section's).
    unlabelled: bool = field(default=False, compare=False)


_DESK_EDITOR: Final = re.compile(r"^(?:责任编辑|责编)$")


def merge(lines: list[MetaLine]) -> tuple[str | None, str | None, str | None]:
    """Source, author and date from metadata lines, first statement wins; an
    editor counts as the author only if no line names an author and its own
    line stands alone (:func:`lone_editor`)."""
    source = next((m.source for m in lines if m.source), None)
    # (a name another line states as the source is the outlet, not a person:
    # 硬核消费观察 · 2025-04-28 under 本文来自微信公众号“硬核消费观察”)
    outlets = {m.source for m in lines if m.source}
    named = [m for m in lines if m.author and m.author not in outlets]
    author = date = None
    if named:  # (no line names anyone, as under a bare date line: none of the walks below could find one)
        # (a byline that states its role beats a name beside a date, which may be
        # the column's label: 2026年11月25日 · 升學資訊 over 撰文：導師 何俊傑)
        # (and one that labels its writer beats a name an account row sets beside the outlet and the date, which
        # may be the section's: 臺東在地報 ｜ 農業 ｜ 2024年12月09日 over 記者田園／臺東報導)
        author = next((m.author for m in named if m.kind == "byline" and not m.unlabelled), None)
        author = author or next((m.author for m in named if m.kind == "byline"), None)
        author = author or next((m.author for m in named if m.kind not in ("editor", "credit")), None)
        author = author or next((m.author for m in named if m.kind != "editor"), None)
        # (an editor's line is the author's only when no line names one and it
        # stands alone: see lone_editor)
        # (not when a byline names the outlet itself as its writer, 原创 栖湖街道 栖湖街道 2028年12月22日:
        # the account wrote it, and the editor under it only posted it)
        if not author and not any(m.kind == "byline" and m.author in outlets for m in lines):
            author = next((m.author for m in named if lone_editor(m)), None)
        # (the byline's own date wins over a date alone above it, such as a
        # clipper's save date: > 保存于 2025-11-28 21:14 over **周小满** · 2025-11-19)
        date = next((m.date for m in named if m.date and m.author == author), None)
        if author and (writer := _set_down_by(lines, author)):
            author = writer
    date = date or next((m.date for m in lines if m.date), None)
    return source, tidy_author(author), date


def _set_down_by(lines: list[MetaLine], author: str) -> str | None:
    """Who wrote an account down when ``author`` only told it (口述／陳婆婆 over
    整理／何嘉欣): the one its lines credit with setting it down; else None."""
    credits = [(fold_text(role), name) for m in lines for role, name in m.credits]
    if (_TOLD, author) not in credits:
        return None
    return next((name for role, name in credits if role.endswith(_SET_DOWN) and name != author), None)


_TOLD, _SET_DOWN = "口述", "整理"  # (folded: the narrator's role, the writer's who wrote it up)


def lone_editor(meta: MetaLine) -> bool:
    """Whether an editor's line may name the writer: it credits no one else and
    names no source (編輯:編輯部 HYZ under the outlet's name; a forum's 本帖最后由
    X 编辑). Beside a 来源 or a reviewer (来源：X　编辑：Y　审核：Z) the editor is
    the site's, who posted it, and a responsible editor (责任编辑：王超) never wrote it."""
    roles = [fold_text(role) for role, _ in meta.credits]
    return (
        not meta.source
        and all(name == meta.author for _, name in meta.credits)
        and not any(_DESK_EDITOR.search(role) for role in roles)
    )


# -- a forum's floor labels on a post's header row: 楼主 (the thread's first post) and 2楼, #3
# (a reply's place). The label is the row's place, never a name: on the first post's row it is
# no source; a row led by a reply's floor is a reply's header, whose name and time are not the
# page's. (Here, not in a module of their own: each import costs every process.)
_POSTER_FLOOR: Final = frozenset(("楼主", "樓主"))


def off_the_floor(meta: MetaLine) -> MetaLine | None:
    """``meta`` without a floor label taken for a name; None for a reply's header."""
    author = meta.author
    if author and ("楼" in author or "樓" in author or "#" in author) and is_reply_floor(author):
        return None
    if meta.source in _POSTER_FLOOR:
        return replace(meta, source=None)
    if author in _POSTER_FLOOR:
        # (楼主　X　发表于 …: the label stood where a name goes, and the name beside it, read as
        # the outlet, is the poster's: a poster writes the post, no outlet publishes it)
        poster = meta.source
        credits = tuple((role, poster) for role, name in meta.credits if name == author and poster)
        others = tuple(credit for credit in meta.credits if credit[1] != author)
        return replace(meta, author=poster, source=None, credits=credits + others, fielded=False)
    return meta


def is_reply_floor(word: str) -> bool:
    """A floor's number and its mark: 2楼, 12 樓, #3, 3# (string tests: a regex costs its compile)."""
    word = word.replace(" ", "")
    digits = word[1:] if word[:1] == "#" else word[:-1] if word[-1:] in "楼樓#" else ""
    return 0 < len(digits) <= 4 and digits.isdigit()


def reply_head(text: str) -> bool:
    """A row led by a reply's floor, its emphasis aside: **2楼** 某某 · 发表于 …"""
    first = text.lstrip("*_ ").partition(" ")[0].rstrip("*_")
    return is_reply_floor(first)


__all__ = ["Hints", "MetaLine", "Metadata", "is_reply_floor", "lone_editor", "merge", "off_the_floor", "reply_head"]
