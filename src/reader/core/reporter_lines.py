"""Reporters' lines: 记者 赵琳 通讯员 杨晓雯, 聯合報／記者王小明／新北即時報導,
（新华社记者 张三 摄）, names before the role marks that credit them (记者 X　通讯员 Y　文　　Z 摄),
and a wire story's dateline (新华社北京3月5日电（记者 张三）).
Patterns see folded lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from reader.core.credit_roles import ROLE, ROLES, SELF_NAME, VALUE_BAD, WRITER_ROLES
from reader.core.meta_records import MetaLine
from reader.core.person_values import fold_text, han_name_shaped, person_value

# 健康时报网 记者 赵琳 通讯员 杨晓雯 / 聯合報／記者王小明／新北即時報導 /
# 中央社記者汪淑芬台北5日電: an outlet, then reporters, then where from.
# (a desk word before 记者 is the role's: 文字記者 X　攝影記者 Y, 某报全媒体记者 X: no outlet 文字, 某报全媒体)
_REPORTER_ROLES: Final = (
    "实习记者|特约记者|本报记者|文字记者|摄影记者|摄像记者|视频记者|全媒体记者|融媒体记者|记者|通讯员|实习生"
)
_REPORTER: Final = re.compile(
    rf"(?P<role>{_REPORTER_ROLES})\s*(?P<name>[\u3400-\u9fff·]{{2,4}}?)"
    r"(?=\s|[/／|｜、,，)）]|$|报道|报导|[\u3400-\u9fff]{2}(?:\d{1,2}日)?(?:电|讯|报道|报导|即时报导|综合报导))"
)
# (the same, sent from a longer place, 記者鄺志遠新州海伊報道: asked only when the first finds no one, so
# that a four-character name from a two-character place, 记者欧阳明德北京报道, keeps its whole name)
_REPORTER_FAR: Final = re.compile(
    rf"(?P<role>{_REPORTER_ROLES})\s*(?P<name>[\u3400-\u9fff·]{{2,4}}?)"
    r"(?=[\u3400-\u9fff]{3,4}(?:\d{1,2}日)?(?:电|讯|报道|报导|即时报导|综合报导))"
)
_BYLINE_MAX: Final = 30
_OUTLET_BEFORE: Final = re.compile(
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
    if "摄" in folded or "图" in folded or "编" in folded:  # (a photographer's, an editor's after the date)
        credits += _credits_after(line, folded, found[-1].end())
    return MetaLine("byline", source=source, author=author, credits=credits)


# A name right after a role's separator: 攝影 梁子健, 图／林一
_NAME_AT: Final = re.compile(r"[\u3400-\u9fff·]{2,4}(?=[\s/／|｜、,，)）]|$)")


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


_ROLE_WORDS: Final = frozenset(ROLES)


_DISPATCH: Final = re.compile(r"(?:专讯|特讯|讯)$")
_PHOTO_END: Final = re.compile(r"摄影?\s*[)）]?\s*$")
# More names after a reporter's, set apart by spaces: 记者 潘思远 郑嘉禾
_NEXT_NAME: Final = re.compile(r"[ \t]+(?P<name>[\u3400-\u9fff·]{2,4})(?=[\s/／|｜、,，)）]|$)")


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
    # (a camera's reporter, 攝影記者 Y after 文字記者 X, took the pictures: credited)
    first = next((role for role, _ in named if "记者" in (r := fold_text(role)) and r[:2] not in _CAMERA), named[0][0])
    return " ".join(name for role, name in named if role == first)


_CAMERA: Final = ("摄影", "摄像", "视频")


# A role's mark after the names it credits, a token of its own (folded): 记者 X 通讯员 Y 文　Z 摄
_MARKS: Final = {
    "文": "文",
    "图文": "图文",
    "文/图": "文",
    "图/文": "文",
    "文/摄": "文",
    "图": "图",
    "摄": "摄影",
    "摄影": "摄影",
    "报道": "报道",  # (李慧敏 报道 | 黄伟强 摄: who reported it, who took the pictures)
    "报导": "报导",
}
_WRITER_MARKS: Final = frozenset(("文", "图文", "文/图", "图/文", "文/摄", "报道", "报导"))
MARK_LASTS: Final = frozenset(
    mark[-1] for mark in _MARKS
)  # (a marked byline's last character: most lines end in another)
_WRITER_MARK: Final = re.compile(r"(?:^|\s)(?:" + "|".join(sorted(_WRITER_MARKS, key=len, reverse=True)) + r")(?=\s|$)")
# A reporter's role, perhaps after the outlet (桂林晚报记者), perhaps with the name joined (记者莫江雨)
_ROLE_TOKEN: Final = re.compile(
    rf"[\u3400-\u9fff]{{0,8}}?(?P<role>{_REPORTER_ROLES})(?P<name>[\u3400-\u9fff·]{{2,4}})?"
)


_BARS: Final = frozenset("|｜")


def writers_marked(folded: str) -> bool:
    """Whether a (short) line may be :func:`marked_byline`'s: a writer's mark (文, 文/图, 图文) a token of its own."""
    return ("文" in folded or "报" in folded) and _WRITER_MARK.search(folded) is not None


def marked_byline(line: str, folded: str) -> MetaLine | None:
    """A byline whose role marks follow the names they credit, each back to the mark before:
    桂林晚报记者 莫江雨　通讯员 覃晓春　文　　唐舟 摄 (the first two wrote it, the third took the
    pictures). A reporter's role names its own; a bare name takes its mark's. One writer's mark
    at least (记者 X 摄 alone is a photo's credit), and a role word or two marks (no two words
    and 文 alone)."""
    if folded[-1:] not in MARK_LASTS or not writers_marked(folded):
        return None
    credits: list[tuple[str, str]] = []
    writers: list[tuple[str, str]] = []
    role: str | None = None  # (a reporter's role, until the next mark)
    names = marks = 0
    worded = False
    for m in re.finditer(r"\S+", folded):
        token, raw = m.group(), line[m.start() : m.end()]
        if token in _BARS:
            continue  # (a bar between one name's mark and the next name: 李慧敏 报道 | 黄伟强 摄)
        if (mark := _MARKS.get(token)) is not None:
            if not names:
                return None  # (a mark credits the names before it: none, or two marks running)
            writes = token in _WRITER_MARKS
            for k in range(len(credits) - names, len(credits)):
                given, name = credits[k]
                credits[k] = (given if writes and given else mark, name)
                if writes:
                    writers.append(credits[k])
            names, role, marks = 0, None, marks + 1
            continue
        if (r := _ROLE_TOKEN.fullmatch(token)) is not None:
            role, worded = raw[r.start("role") : r.end("role")], True
            if r.group("name") is None:
                continue
            raw = raw[r.start("name") :]
        for name in raw.split("、"):
            if not han_name_shaped(name) or person_value(name) != name:
                return None
            credits.append((role or "", name))
            names += 1
    if names or not writers or not (worded or marks > 1):
        return None  # (names after the last mark: no role for them)
    return MetaLine("byline", author=reporters_named(writers), credits=tuple(credits))


# A wire story's dateline, opening its first paragraph: 新华社北京3月5日电（记者 张三 李四）
_DATELINE: Final = re.compile(
    r"^[^，。,\s]{2,24}?\d{1,2}月\d{1,2}日(?:电|讯)\s*[(（]\s*"
    r"(?P<role>实习记者|特约记者|本报记者|记者)\s*(?P<names>[\u3400-\u9fff·]{2,4}(?:[\s、][\u3400-\u9fff·]{2,4}){0,3})\s*[)）]"
)

# A paper's undated lead, its reporters in brackets: 本报讯（记者 X 通讯员 Y）, 本報訊（記者 X）
_LEAD: Final = re.compile(r"^[^，。,\s(（]{1,6}[讯訊]\s*[(（](?P<inner>[^()（）]{4,40})[)）]")
_LEAD_BY: Final = 8  # (the outlet's word of at most 6 characters, 讯, room for a space)
_MONTH_BY: Final = 27  # (a place of 2 to 24 characters, a day's one or two digits, then 月)


def dateline_reporters(paragraph: str, known: str | None = None) -> MetaLine | None:
    """The reporters a wire story's dateline names (its first paragraph
    stays the body's; the names are the story's bylines). ``known``: the
    writer the page's markup names, which tells where a name run into the
    place after it ends (【本報記者黃啟明舊金山報導】: 黃啟明, not 黃啟明舊)."""
    # (its 月 comes within the first 27 characters: most paragraphs have none there, and no match is tried)
    m = _DATELINE.match(paragraph) if "月" in paragraph[:_MONTH_BY] else None
    if m is None and paragraph[:1] in "(（〔【[":
        found = _bracketed_dateline(paragraph)
        return _ending_at(found, known) if found is not None and known else found
    if m is None:
        return _lead_reporters(paragraph) if "讯" in paragraph[:_LEAD_BY] or "訊" in paragraph[:_LEAD_BY] else None
    names = m.group("names").replace("、", " ").split()
    role = m.group("role")
    return MetaLine("byline", author=" ".join(names), credits=tuple((role, name) for name in names))


_BRACKETED_BY: Final = 32  # (a dateline in brackets: the outlet, 记者, a name, a place and a day)


def _bracketed_dateline(paragraph: str) -> MetaLine | None:
    """The reporters a dateline in brackets opening the paragraph names: （寶島社記者郭姿妤屏東2日電）今年…,
    〔記者黃詠晴／高雄報導〕… (the outlet left: the wire is not always the page's source)."""
    close = next((k for k, c in enumerate(paragraph[:_BRACKETED_BY]) if c in ")）〕】]"), 0)
    if close < 4 or paragraph[close - 1] not in "电電讯訊导導道" or close + 1 == len(paragraph):
        return None
    from reader.core.folding import fold

    inner = paragraph[1:close]
    found = reporter_line(inner, fold(inner))
    return MetaLine("byline", author=found.author, credits=found.credits) if found and found.author else None


def _ending_at(found: MetaLine, known: str) -> MetaLine:
    """``found`` with a name that runs on past ``known`` (黃啟明舊 of 黃啟明舊金山報導) cut back to it."""
    if not any(n != known and n.startswith(known) for _, n in found.credits):
        return found

    def cut(name: str) -> str:
        return known if name.startswith(known) else name

    credits = tuple((role, cut(name)) for role, name in found.credits)
    return replace(found, author=found.author and cut(found.author), credits=credits)


def _lead_reporters(paragraph: str) -> MetaLine | None:
    m = _LEAD.match(paragraph)
    named = reporters_in(m.group("inner")) if m else []
    if not named:
        return None
    return MetaLine("byline", author=reporters_named(named), credits=tuple(named))


__all__ = ["dateline_reporters", "may_name_reporters", "reporter_line", "reporters_in", "reporters_named"]
