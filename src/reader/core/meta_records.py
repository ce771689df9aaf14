"""What reader mode knows of an article's metadata, as plain records: what
a line states (MetaLine), what came from outside the text (Hints), and
what was settled (Metadata)."""

from __future__ import annotations

from dataclasses import dataclass, field


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


__all__ = ["Hints", "MetaLine", "Metadata"]
