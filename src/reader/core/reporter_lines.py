"""Reporters' lines: 记者 赵琳 通讯员 杨晓雯, 聯合報／記者王小明／新北即時報導,
（新华社记者 张三 摄）, and a wire story's dateline (新华社北京3月5日电（记者 张三）).
Patterns see folded lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.credit_roles import ROLE, ROLES, SELF_NAME, VALUE_BAD, WRITER_ROLES
from reader.core.meta_records import MetaLine
from reader.core.person_values import fold_text, han_name_shaped, person_value

# 健康时报网 记者 赵琳 通讯员 杨晓雯 / 聯合報／記者王小明／新北即時報導 /
# 中央社記者汪淑芬台北5日電: an outlet, then reporters, then where from.
_REPORTER = re.compile(
    r"(?P<role>实习记者|特约记者|本报记者|记者|通讯员|实习生)\s*(?P<name>[\u3400-\u9fff·]{2,4}?)"
    r"(?=\s|[/／|｜、,，)）]|$|报道|报导|[\u3400-\u9fff]{2}(?:\d{1,2}日)?(?:电|讯|报道|报导|即时报导|综合报导))"
)
# (the same, sent from a longer place, 記者鄺志遠新州海伊報道: asked only when the first finds no one, so
# that a four-character name from a two-character place, 记者欧阳明德北京报道, keeps its whole name)
_REPORTER_FAR = re.compile(
    r"(?P<role>实习记者|特约记者|本报记者|记者|通讯员|实习生)\s*(?P<name>[\u3400-\u9fff·]{2,4}?)"
    r"(?=[\u3400-\u9fff]{3,4}(?:\d{1,2}日)?(?:电|讯|报道|报导|即时报导|综合报导))"
)
_BYLINE_MAX = 30
_OUTLET_BEFORE = re.compile(
    r"^[(（〔【\[]?\s*(?P<outlet>[^\s/／|｜,，。:：()（）〔〕【】\[\]]{2,12}?)\s*[)）〕】\]]?\s*[/／|｜]?\s*$"
)


def may_name_reporters(folded: str) -> bool:
    """Whether ``folded`` (or any part of it) may be a reporter_line: every
    role _REPORTER and _REPORTER_FAR know holds 记 or is 通讯员 or 实习生,
    three scans in C where the patterns try every position."""
    return "记" in folded or "通讯员" in folded or "实习生" in folded


def reporter_line(line: str, folded: str) -> MetaLine | None:
    """A line that names reporters (记者 X), perhaps after the outlet."""
    if not may_name_reporters(folded):
        return None  # (most lines)
    found = list(_REPORTER.finditer(folded))
    if not found:
        # (most lines name no reporter: the second search skipped; a dateline byline is short)
        if "记者" not in folded or len(folded) > _BYLINE_MAX:
            return None
        found = list(_REPORTER_FAR.finditer(folded))
    if not found or VALUE_BAD.search(folded.rstrip("。")):
        return None
    prefix = folded[: found[0].start()]
    outlet = _OUTLET_BEFORE.match(prefix) if prefix.strip(" (（〔【[") else None
    if prefix.strip(" (（〔【[") and not outlet:
        return None
    credits = tuple((line[m.start("role") : m.end("role")], name) for m in found for name in _names_from(line, m))
    source = line[outlet.start("outlet") : outlet.end("outlet")] if outlet else None
    if outlet and SELF_NAME.fullmatch(_DISPATCH.sub("", outlet.group("outlet"))):
        source = None  # (the paper's word for itself: 【本報訊】記者X報道)
    if _PHOTO_END.search(folded):
        # a photo's credit (（新华社记者 张三 摄）): the photographer, no byline, no outlet
        return MetaLine("byline", credits=tuple(("摄影", name) for _, name in credits))
    author = reporters_named(credits)  # (通讯员 Y 记者 X on a line of its own: X)
    if "摄" in folded or "图" in folded:
        credits += _credits_after(line, folded, found[-1].end())
    return MetaLine("byline", source=source, author=author, credits=credits)


# A name right after a role's separator: 攝影 梁子健, 图／林一
_NAME_AT = re.compile(r"[\u3400-\u9fff·]{2,4}(?=[\s/／|｜、,，)）]|$)")


def _credits_after(line: str, folded: str, start: int) -> tuple[tuple[str, str], ...]:
    """The credits of other roles after the reporters: 記者 何穎嵐　攝影 梁子健."""
    out = []
    for m in ROLE.finditer(folded, start):
        if m.group("role") in WRITER_ROLES or not (n := _NAME_AT.match(line, m.end())):
            continue
        if (person := person_value(n.group())) is not None:
            out.append((line[m.start("role") : m.end("role")], person))
    if not out:  # (the gaps collapsed to single spaces, 記者 梁嘉欣 攝影 區志豪 2028-01-12: a role word, then a name)
        words, said = line[start:].split(), folded[start:].split()
        for k in range(len(said) - 1):
            if (
                said[k] in _ROLE_WORDS
                and said[k] not in WRITER_ROLES
                and _NAME_AT.fullmatch(words[k + 1])
                and (person := person_value(words[k + 1])) is not None
            ):
                out.append((words[k], person))
    return tuple(out)


_ROLE_WORDS = frozenset(ROLES)


_DISPATCH = re.compile(r"(?:专讯|特讯|讯)$")
_PHOTO_END = re.compile(r"摄影?\s*[)）]?\s*$")
# More names after a reporter's, set apart by spaces: 记者 潘思远 郑嘉禾
_NEXT_NAME = re.compile(r"[ \t]+(?P<name>[\u3400-\u9fff·]{2,4})(?=[\s/／|｜、,，)）]|$)")


def _names_from(line: str, m: re.Match[str]) -> list[str]:
    """The name a reporter match names, and the names right after it."""
    names = [line[m.start("name") : m.end("name")]]
    pos = m.end("name")
    while (n := _NEXT_NAME.match(line, pos)) and han_name_shaped(n.group("name")):
        names.append(n.group("name"))
        pos = n.end()
    return names


def reporters_in(value: str) -> list[tuple[str, str]]:
    """(role, name) for every reporter a value names (记者 赵琳 通讯员 杨晓雯)."""
    from reader.core.folding import fold

    return [
        (value[m.start("role") : m.end("role")], name)
        for m in _REPORTER.finditer(fold(value))
        for name in _names_from(value, m)
    ]


def reporters_named(named: Sequence[tuple[str, str]]) -> str:
    """The writers among ``named`` (role, name) pairs: the names under the first reporter's role, in
    whatever order the roles come (通讯员 Y 记者 X: X; a correspondent is credited), else the first role's."""
    first = next((role for role, _ in named if "记者" in fold_text(role)), named[0][0])
    return " ".join(name for role, name in named if role == first)


# A wire story's dateline, opening its first paragraph: 新华社北京3月5日电（记者 张三 李四）
_DATELINE = re.compile(
    r"^[^，。,\s]{2,24}?\d{1,2}月\d{1,2}日(?:电|讯)\s*[(（]\s*"
    r"(?P<role>实习记者|特约记者|本报记者|记者)\s*(?P<names>[\u3400-\u9fff·]{2,4}(?:[\s、][\u3400-\u9fff·]{2,4}){0,3})\s*[)）]"
)

_MONTH_BY = 27  # (a place of 2 to 24 characters, a day's one or two digits, then 月)


def dateline_reporters(paragraph: str) -> MetaLine | None:
    """The reporters a wire story's dateline names (its first paragraph
    stays the body's; the names are the story's bylines)."""
    # (its 月 comes within the first 27 characters: most paragraphs have none there, and no match is tried)
    m = _DATELINE.match(paragraph) if "月" in paragraph[:_MONTH_BY] else None
    if m is None:
        return None
    names = m.group("names").replace("、", " ").split()
    role = m.group("role")
    return MetaLine("byline", author=" ".join(names), credits=tuple((role, name) for name in names))


__all__ = ["dateline_reporters", "may_name_reporters", "reporter_line", "reporters_in", "reporters_named"]
