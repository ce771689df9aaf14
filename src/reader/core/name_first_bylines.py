"""Bylines that name the writer first and say who they are after it: a
reporter's role after the name (林佩仪 ● 记者), an account's handle in
brackets and a title (林小满（@小满看城市）· 社区规划师) or bare (張以寧 @slowreadtw);
a note in brackets that names the writer, then who they are (（作者郑慧玲是自由撰稿人）); and the
writer's name under the headline, bare or with who they are (林间小律（律师）), by its place alone."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from reader.core.control_words import ui_word
from reader.core.meta_records import MetaLine
from reader.core.outlet_names import OUTLET_END
from reader.core.person_values import LAYOUT_MARKS, han_name_shaped, holds_title, is_unit, person_value

if TYPE_CHECKING:
    from reader.core.line_passes import Line

# A name, a mark or a space, a reporter's role (folded): 林佩仪 ● 记者, 陈大文 | 特约记者
_NAME_ROLE: Final = re.compile(
    r"^(?P<name>[\u3400-\u9fff·]{2,4})\s*(?:[●•·・|｜/]\s*|\s)(?P<role>(?:特约|实习|见习|驻站|首席)?记者|通讯员)$"
)
# A shown name, its handle in brackets, perhaps a title after a dot: 林小满（@小满看城市）· 社区规划师
# (or bare after a space, perhaps the writer's school or firm first: 國立成功大學　小米粥 @xiaomizhou_0412)
_HANDLE: Final = re.compile(
    r"^(?:(?P<unit>[^\s@]{2,16})\s+)?(?P<name>[^\s(@]{2,12})\s*(?:\(\s*@[^()\s]{1,24}\s*\)|\s@[a-z0-9_.]{2,24})"
    r"(?:\s*[·・•|｜]\s*[^\s·・•|｜]{2,16})?$"
)


# A name, perhaps its counts (粉丝 2.3万, 6,208 人追蹤), then the button to follow it: the account's row
_FOLLOW: Final = re.compile(
    r"^[*_]*(?P<name>[^\s*_·•|｜@\[][^*_·•|｜@\[]{0,30}?)[*_]*(?P<counts>(?:\s*[·•|｜]\s*[^·•|｜\[\]]{1,16}?)*?)"
    r"(?:\s*[·•|｜]\s*|\s+)\[?\+?\s*(?:关注|追踪)\]?(?:\([^()\s]*\))?$"
)


# A reviewer's line: the name, the verb, the work, its stars (晚风不识字 评论 江边的雨季 ★★★★☆)
_RATED: Final = re.compile(
    r"^(?P<name>[^\s★☆]{2,16})\s+(?:评论|评价|看过|读过|听过|玩过)\s+\S[^★☆]{0,30}?\s*[★☆]{1,5}$"
)


# (本文作者饭统戴老板，财经自媒体; not 本文作者为…，…。: a sentence about the writer, body)
_AUTHOR_NOTE: Final = re.compile(r"^[(（]\s*本文作者[:：]?\s*(?![为是])(?P<name>[^,，。)）]{1,20})[^)）]{0,40}[)）]$")
# (作者郑慧玲是自由撰稿人): a column's note on its writer under the text, the name, then who they are
_WRITER_NOTE: Final = re.compile(
    r"^\(\s*(?:本文)?作者\s*(?P<name>[\u3400-\u9fff·]{2,4}?)\s*(?:是|为|系|现为|现任)[^()]{2,40}\)$"
)


def author_note(line: str, folded: str) -> MetaLine | None:
    """The writer a note in brackets names (folded: its brackets half-width)."""
    if m := _AUTHOR_NOTE.match(folded):
        author = span(line, m).strip() or None
        return MetaLine("byline", author=author, credits=(("作者", author),) if author else ())
    if (m := _WRITER_NOTE.match(folded)) and han_name_shaped(name := span(line, m)):
        return MetaLine("byline", author=name, credits=(("作者", name),))
    return None


# A name under the headline, then who its bearer is: after a spaced dot (**陆沉舟** · 城乡规划从业者，写写县城和人)
# or a title in brackets (林间小律（律师）); the name perhaps in bold
_DESCRIBED: Final = re.compile(
    r"(?:\*\*(?P<bold>[^*\s]{2,12})\*\*|(?P<name>[^*\s·・•(（]{2,12}))"
    r"(?:\s*[·・•]\s*(?P<bio>[^\d]{2,40})|\s*[(（](?P<title>[^()（）]{2,8})[)）])"
)
_SELF_DESCRIBED: Final = 40  # (a writer's line on who they are: short, no sentence of the story)


def described_name(text: str) -> str | None:
    """The name of a line that gives a writer's name and who they are (a Q&A
    platform's writer row: 林间小律（律师）, **陆沉舟** · 城乡规划从业者); else None."""
    if (m := _DESCRIBED.fullmatch(text)) is None or (m.group("title") and not holds_title(m.group("title"))):
        return None
    return m.group("bold") or m.group("name")


def self_description(text: str) -> bool:
    """Whether ``text`` may be a writer's line on who they are (执业律师，专注房屋租赁与物业纠纷):
    short, no digit, not a sentence (the story's first paragraph ends as one)."""
    return len(text) <= _SELF_DESCRIBED and text[-1] not in "。！？!?" and not any(c.isdigit() for c in text)


NAME: Final = re.compile(r"[^\s\d〇,，。.:：;；!！?？|｜/()（）【】\[\]#@—]{2,12}")


_MIN_NAME: Final = 2


def mark_name_line(lines: list[Line], i: int) -> None:
    """A bare name right under the headline, or a name with who its bearer is (林间小律（律师）), before
    the date or the page's buttons rather than the story ("小鹿爱旅行" / "关注"; perhaps a line on who
    they are between), is the author."""
    if i + 1 >= len(lines) or lines[i].meta or lines[i].own_rule:
        return
    bare = NAME.fullmatch(lines[i].text) is not None
    if not (name := lines[i].text if bare else described_name(lines[i].text)):
        return
    after, below = lines[i + 1], lines[i + 2] if i + 2 < len(lines) else None
    if (after.meta is not None or after.own_rule) or (
        not bare and below and (below.meta is not None or below.own_rule) and self_description(after.text)
    ):
        if name[0] in LAYOUT_MARKS or name[-1] in LAYOUT_MARKS:  # (a layout's mark is no part of it: ◎施淑華)
            name = name.strip(LAYOUT_MARKS)
            if len(name) < _MIN_NAME:
                return
        # (by its place alone: a byline that labels its writer, （作者X是…） under the text, wins)
        lines[i].meta = MetaLine("byline", author=name, credits=(("作者", name),), unlabelled=True)
        lines[i].reason = None


def name_first_byline(line: str, folded: str) -> MetaLine | None:
    """A byline that names the writer, then their role or their handle (both rare: a look in C first)."""
    if folded.endswith(("记者", "通讯员")):
        return _role_after_name(line, folded)
    if folded.endswith(("★", "☆")) and (m := _RATED.match(folded)) and (name := person_value(span(line, m))):
        return MetaLine("byline", author=name, credits=(("作者", name),))
    if folded.endswith(("关注", "追踪", ")", "]")) and ("关注" in folded or "追踪" in folded):
        return _followed(line, folded)
    return _handle_byline(line, folded) if "(@" in folded or " @" in folded else None


def _role_after_name(line: str, folded: str) -> MetaLine | None:
    m = _NAME_ROLE.match(folded)
    if m is None or not han_name_shaped(name := line[m.start("name") : m.end("name")]):
        return None
    return MetaLine("byline", author=name, credits=((line[m.start("role") : m.end("role")], name),))


def _followed(line: str, folded: str) -> MetaLine | None:
    """The account a follow button's row names (林晓雯  关注, **慢牛老周** · 粉丝 2.3万 · [+ 关注](…)): a
    person's name is the writer; a page's, a shop's or a body's (福隆涼茶 Fook Lung Herbal Tea), the source."""
    m = _FOLLOW.match(folded)
    if m is None or any(not _DIGIT.search(c) for c in re.split(r"[·•|｜]", m.group("counts"))[1:]):
        return None  # (every part between the name and the button a count)
    raw = line[m.start("name") : m.end("name")].strip()
    if ui_word(raw):
        return None  # (a row of buttons: 讚好　追蹤)
    if (name := person_value(raw)) and " " not in name and not OUTLET_END.search(m.group("name")):
        return MetaLine("byline", author=name, credits=(("作者", name),))
    return MetaLine("source", source=raw) if m.group("counts") and not is_unit(raw) else None


_DIGIT: Final = re.compile(r"\d")


def span(line: str, m: re.Match[str], group: str = "name") -> str:
    return line[m.start(group) : m.end(group)]


def _handle_byline(line: str, folded: str) -> MetaLine | None:
    # (folded: its brackets half-width)
    m = _HANDLE.match(folded)
    if m is None or (name := person_value(line[m.start("name") : m.end("name")])) is None:
        return None
    unit = m.group("unit")  # (folded: an outlet's end in Simplified)
    if unit and not (is_unit(line[m.start("unit") : m.end("unit")]) or OUTLET_END.search(unit)):
        return None  # (two words before the handle: a unit's, then the name, or no byline)
    return MetaLine("byline", author=name, credits=(("作者", name),))


__all__ = ["NAME", "author_note", "mark_name_line", "name_first_byline"]
