"""The publishing date of a row of label：value fields, and the row that
names who posted or presents a post beside its date, the poster's level and
its counters; read for :func:`reader.core.metadata.parse_meta_line`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Final

from reader.core.compiled_reposts import compiler
from reader.core.credit_roles import CREDIT_HEADS, ROLE
from reader.core.date_lines import DATE_IN_LINE, format_date, revised_date
from reader.core.meta_records import MetaLine
from reader.core.person_values import WRITES, han_name_shaped, is_unit, name_then_role, person_value, role_and_name
from reader.core.reporter_lines import reporters_in, reporters_named

# A row of label：value fields apart by wide gaps, one the publishing date (發布單位：宮務組　　發布日期：114-11-21)
_FIELD_GAP: Final = re.compile(r"\s{2,}|\u3000+|\s*[|｜]\s*")
# (or one space, where the page's wide gaps came out narrow: before the next label and its colon)
_NARROW_GAP: Final = re.compile(r"\s{2,}|\u3000+|\s*[|｜]\s*|\s(?=[^\s\d:：]{2,6}[:：])")
_FIELD: Final = re.compile(r"(?P<label>[\u3400-\u9fff]{2,6})\s*[:：]\s*(?P<value>\S.*)")
_ROW_FIELDS: Final = 3  # (three labelled fields: a row, not a label and its sentence)
_PUBLISHED: Final = re.compile(r"^(?:发布|发表|刊登|首发|公告|发文|公开|留言|发帖|提问)?(?:日期|时间)$")
# A date of the Republic of China's calendar (114年11月20日, 114-11-21, 民國116年4月12日), kept as written.
ROC_DATE: Final = re.compile(
    r"(?:(?:中华)?民国\s*)?(?<!\d)1[01]\d\s*([-/.年])\s*(\d{1,2})\s*(?:\1|月)\s*(\d{1,2})\s*日?(?!\d)"
)


# The labels of a row's source and author fields.
_SOURCE_FIELD: Final = re.compile(r"^(?:信息|稿件|文章|资料)?(?:来源|稿源|出处)$")
_AUTHOR_FIELD: Final = re.compile(r"^(?:作者|撰稿|撰稿人|撰文)$")
# (or who posted the notice, a name after its holder's office: 發布者：總務 X)
_POSTED_BY: Final = ("发布者", "发布人")
# A creation's label (no publishing one): a revision's date after it dates the text (date_lines.revised_date)
_CREATED: Final = ("建立", "创建")
# The bare verb as a date's label (发布：2027-02-10 16:45), in a row naming its source.
_PUBLISHED_BARE: Final = ("发布", "发表")


def _bare_published(fields: list[re.Match[str]], m: re.Match[str]) -> bool:
    """The bare verb before a date (发布：2027-02-10 16:45) labels the
    publishing date in a row whose fields name its source (来源：…): alone,
    发布： also leads a poster's name."""
    if DATE_IN_LINE.match(m.group("value")) is None:
        return False
    return any(_SOURCE_FIELD.match(f.group("label")) for f in fields)


def field_row(line: str, folded: str, gaps: re.Pattern[str] = _FIELD_GAP, narrow: bool = False) -> MetaLine | None:
    """The publishing date of a row of fields, in any calendar (a year of
    the Republic of China stays as written), with the source and the author
    its fields name (来源：云溪县融媒体中心　作者：融媒记者 X 通讯员 Y　发布时间：…).
    ``narrow``: a row of three fields or more one space apart is one too,
    where the page's gaps came out narrow (發布單位：民政課 發布日期：117-03-06 點閱次數：1,482)."""
    if "：" not in folded and ":" not in folded:
        return None
    if narrow and " " in line and folded.count(":") >= _ROW_FIELDS:
        return field_row(line, folded) or field_row(line, folded, _NARROW_GAP)
    # (the gaps as the line writes them: folding makes a wide space narrow)
    cuts = [0, *(x for g in gaps.finditer(line) for x in g.span()), len(line)]
    spans = [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=True) if b > a]
    fields = [m for a, b in spans if (m := _FIELD.fullmatch(folded, a, b))]
    # (or the row's last part unlabelled, the reporter who compiled it: 記者蔡明芳整理)
    reviewed = compiler(line[spans[-1][0] : spans[-1][1]]) if len(fields) == len(spans) - 1 else ()
    if not fields or len(fields) + bool(reviewed) != len(spans):
        return None
    date = source = author = None
    for m in fields:
        label, at = m.group("label"), m.start("value")
        value = line[at : m.end("value")].strip()
        if _PUBLISHED.match(label) or (label in _PUBLISHED_BARE and _bare_published(fields, m)):
            if (d := DATE_IN_LINE.match(m.group("value"))) and (when := format_date(d)):
                date = when
            elif (
                (roc := ROC_DATE.match(m.group("value")))
                and 1 <= int(roc.group(2)) <= 12
                and 1 <= int(roc.group(3)) <= 31
            ):
                date = line[at : at + roc.end()].strip()
            else:
                return None
        elif _SOURCE_FIELD.match(label):
            source = source or value
        elif _AUTHOR_FIELD.match(label):
            if not author and (named := reporters_in(value)):
                # (作者：融媒记者 X 通讯员 Y: the reporter wrote it; a correspondent is credited)
                author = reporters_named(named)
                reviewed += tuple(pair for pair in named if pair[1] not in author.split())
            author = author or person_value(value)
        elif label in _POSTED_BY and (name := pair[1] if (pair := role_and_name(value)) else value):
            author = author or (name if han_name_shaped(name) else None)
        elif ROLE.match(part := folded[m.start() : m.end()]):
            # (a field crediting someone who did not write it: 審閱：院長 X 醫師)
            from reader.core.credit_lines import line_credits  # (here: its import costs a start that meets no such row)

            credits = line_credits(line[m.start() : m.end()], part)
            if not credits and han_name_shaped(value):
                credits = ((line[m.start() : m.start() + len(label)], value),)  # (编辑：周晓燕, a table's role)
            reviewed += credits
    if author:
        names = [author] if author.isascii() else author.split()  # (a Latin name whole; and 审核：X after)
        credits = (*(("作者", n) for n in names), *reviewed)
        return MetaLine("byline", source=source, author=author, date=date, credits=credits, fielded=source is not None)
    return MetaLine("date", source=source, date=date, credits=reviewed, fielded=source is not None) if date else None


# Markdown emphasis wrapped around a name alone: **周小满**, __Mia__, *林一*
_EMPHASIS: Final = re.compile(r"^([*_]{1,2})(?P<name>[^*_\s][^*_]*?)\1$")


def without_emphasis(meta: MetaLine) -> MetaLine:
    """``meta`` with the names on it bare of Markdown emphasis markers
    (**周小满** · 2025-11-19: the bold is the page's styling, not the name)."""

    def bare(name: str) -> str:
        m = _EMPHASIS.match(name)
        return m.group("name") if m else name

    return replace(
        meta,
        author=bare(meta.author) if meta.author else meta.author,
        credits=tuple((role, bare(name)) for role, name in meta.credits),
    )


# A byline row's parts, set apart by a spaced bar, dot or slash
# (现场报道 ｜ 2026.11.25 ｜ 文：苏小满　摄影：阿郁, 主人手记 / 2026年11月22日 / 院主 老柏).
_ROW_PART_GAP: Final = re.compile(r"\s+[·‧・•|｜/／]\s+")
# A role word, then a name (院主 老柏, 店长 阿木, 负责人：林振发): two words of Han.
_ROLE_THEN_NAME: Final = re.compile(r"[\u3400-\u9fff]{2,4}(?:\s*[:：]\s*|\s+)(?P<name>[\u3400-\u9fff]{2,4})")
_ROW_LABEL: Final = 12
# The last character of a word for someone who does something (院主, 店长,
# 主理人, 摄影师, 作者): a role word before a name, not a place's (北京 晴天).
_AGENT: Final = re.compile(r"(?:[主长者人师员东]|主任)\s*[:：]?\s*$")


def _role_word_name(part: str, fpart: str) -> MetaLine | None:
    """The byline a role word and a name make (院主 老柏, 负责人：林振发): the
    word ends as an agent's or an office's does, and is no name itself."""
    if (
        (pair := _ROLE_THEN_NAME.fullmatch(fpart))
        and _AGENT.search(fpart, 0, pair.start("name"))
        and not han_name_shaped(fpart[: pair.start("name")].strip().rstrip(":：").strip())
        and (name := person_value(part[pair.start("name") :]))
    ):
        return MetaLine(
            "byline", author=name, credits=((part[: pair.start("name")].strip().rstrip(":：").strip(), name),)
        )
    return None


def _by_name(part: str, fpart: str, credit: Callable[[str, str], MetaLine | None]) -> MetaLine | None:
    """The byline "by" and a name make (by 麥芽糖, or a role word and a name: by 修復站義工 阮嘉敏):
    a blog's writer, as a role and a name."""
    if not fpart.startswith("by "):
        return None
    if (meta := credit(part, fpart)) and meta.kind == "byline" and meta.author:
        return meta
    person = role_and_name(part[3:].strip())
    return MetaLine("byline", author=person[1], credits=(person,)) if person else None


def credited_row(meta: MetaLine, line: str, folded: str, credit: Callable[[str, str], MetaLine | None]) -> MetaLine:
    """``meta``, a dated line's, or the writer its row credits when it names
    another: a row of three parts or more, one the date, one crediting the
    writer (文：X, 文/X, read by ``credit``) or a role word and a name (院主
    老柏); the short labels beside them (a section's 现场报道, a club's
    committee) name no one, and what else a misread label gave goes."""
    row = _credited(line, folded, credit) or _desk_signed(meta, line)
    if row is None or row.author == meta.author:
        return meta
    return replace(row, source=None if meta.author else meta.source)


def _desk_signed(meta: MetaLine, line: str) -> MetaLine | None:
    """A date line's last part after a bar: the desk that posted it and who there (日期：… ｜ 學生事務處 梁詠詩)."""
    *_, part = _ROW_PART_GAP.split(line)
    if meta.author or len(words := part.split()) != 2 or not is_unit(words[0]) or not han_name_shaped(words[1]):
        return None
    return MetaLine("byline", author=words[1], date=meta.date, credits=(("作者", words[1]),))


def slash_row(line: str, folded: str, credit: Callable[[str, str], MetaLine | None]) -> MetaLine | None:
    """The writer and date a row of parts set apart by slashes or bars credits
    (2026年11月23日 / 文：小黑（林冠宇） / 分類：社團活動), when no other reading took it."""
    if not (d := DATE_IN_LINE.search(folded)) or not (when := format_date(d)):
        return None
    row = credited_row(MetaLine("date", date=when), line, folded, credit)
    return row if row.author else None


def _credited(line: str, folded: str, credit: Callable[[str, str], MetaLine | None]) -> MetaLine | None:
    cuts = [0, *(x for g in _ROW_PART_GAP.finditer(line) for x in g.span()), len(line)]
    if len(cuts) >= 4 and line[0].isdigit() and "\u3000" in line[: cuts[1]] and (d := DATE_IN_LINE.match(folded)):
        # (a leading date set apart by a wide space, the others by bars: 2028年3月12日　by X　｜　分類：…)
        end = len(folded[: d.end()].rstrip())
        gap = len(line[: cuts[1]]) - len(line[end : cuts[1]].lstrip("\u3000"))
        if gap > end:
            cuts[1:1] = [end, gap]
    if len(cuts) < 6:
        return None
    date = named = None
    named_part = ""
    editors: tuple[tuple[str, str], ...] = ()
    for a, b in zip(cuts[::2], cuts[1::2], strict=True):
        part, fpart = line[a:b].strip(), folded[a:b].strip()
        # (or the date and the bare word for publishing it: 2028年6月16日 發佈)
        if (d := DATE_IN_LINE.fullmatch(fpart) or _published_on(fpart)) and (when := format_date(d)):
            if date:
                return None
            date = when
        elif (
            (role := ROLE.match(fpart)) and (meta := credit(part, fpart)) and meta.kind == "byline" and meta.author
        ) or (not role and (meta := _by_name(part, fpart, credit) or _role_word_name(part, fpart))):
            if named:
                return None
            named, named_part = meta, part
        elif (after := name_then_role(part)) and not named and after[0] in WRITES:
            named, named_part = MetaLine("byline", author=after[1], credits=(after,)), part
        elif after:  # (the photographer beside the writer: 黄慧玲 报道 | 刘俊杰 摄影 | date)
            editors += (after,)
        elif role and meta is not None and (meta.kind == "editor" or (meta.author is None and meta.credits)):
            # (the row's editor or photographer beside its writer: 文：X ｜ 責任編輯：Y ｜ date, 攝影：Z)
            editors += meta.credits
        elif len(part) > _ROW_LABEL or not part:
            return None
    if not (date and named):
        return None
    author, credits = named.author, named.credits + editors
    if (real := _NICK_THEN_NAME.search(named_part)) and han_name_shaped(real.group("name")):
        # (a nickname, then the writer's name in brackets: 文：小黑（林冠宇）)
        author = real.group("name")
        credits = tuple((role, author) for role, _ in credits) or (("作者", author),)
    return MetaLine("byline", author=author, date=date, credits=credits)


def _published_on(fpart: str) -> re.Match[str] | None:
    """The date of a part that is a date and the bare word for publishing it (2028年6月16日 发布)."""
    d = DATE_IN_LINE.match(fpart)
    return d if d is not None and fpart[d.end() :].strip() in _PUBLISHED_BARE else None


_FIELDS: Final = 4  # (a date's colon, a time's, and two fields' more)
_DATE_LABEL: Final = 6  # (a publishing label before the date: 發布於, 发布时间：)
_DOTS: Final = "·•|｜"
_BARS: Final = ("|", "｜")
_CREDITS: Final = 2  # (a speaker and who wrote the talk down)
_NICK_THEN_NAME: Final = re.compile(r"[:：/／]\s*[^\s(（)）:：]{1,8}\s*[(（](?P<name>[\u3400-\u9fff]{2,4})[)）]$")


def dated_row(meta: MetaLine, line: str, folded: str, credit: Callable[[str, str], MetaLine | None]) -> MetaLine:
    """What a date line says past its first date: the publication's day
    after an update's (更新：… 發佈日期：…, read as a row of fields: the first
    date is the page's only when no publishing label follows it), or the
    credits set apart after the date (2026.12.15　文／店長 X　攝影／Y; under a
    short label and past a dot: 發布於 2026年12月16日　·　文／X　攝影／Y)."""
    if meta.kind != "date":
        return meta
    if folded.startswith(("更新", "修改")) and "发布" in folded:
        return field_row(line, folded) or meta
    if folded.startswith(_CREATED) and (date := revised_date(folded)):
        return replace(meta, date=date)  # (a note's stamp, 建立：…｜修改：…: the day of the version it shows)
    if not (meta.author or meta.credits) and folded.count(":") >= _FIELDS and " " in line:
        # (a row of fields set apart by single spaces: 发布时间：… 发布者：… 审核：X 浏览次数：…)
        row = field_row(line, folded, _NARROW_GAP)
        if row is not None and row.date == meta.date and row.credits:
            return row
    if (
        not (meta.author or meta.credits)
        and "\u3000" in line
        and ("发布者" in folded or "发布人" in folded)  # (_POSTED_BY, without a generator's cost)
        and (row := field_row(line, folded))
        and row.author
    ):
        return row if row.date == meta.date else meta  # (fields apart by wide gaps: 發布日期：…　發布者：…　點閱：…)
    if (
        meta.author is None
        and ("\u3000" in line or " | " in line)
        and (d := DATE_IN_LINE.search(folded, 0, _DATE_LABEL + 24))
    ):
        # (or an outlet and a bar before it: 某協會｜2026年12月20日｜撰文：X)
        barred = folded[: d.start()].rstrip().endswith(_BARS)
        if (d.start() > _DATE_LABEL and not barred) or any(c.isdigit() for c in folded[: d.start()]):
            return meta
        end = len(folded[: d.end()].rstrip())  # (the date's match takes the space after it)
        rest, frest = line[end:].strip().lstrip(_DOTS).strip(), folded[end:].strip().lstrip(_DOTS).strip()
        # (set apart by a wide space or a bar; a role and its name, or a role word and a name: 教務主任 梁凱琳)
        if line[end : end + 1] == "\u3000" or folded[end:].lstrip()[:1] in _BARS:
            if ROLE.match(frest):
                row = credit(rest, frest)
                if row and row.kind == "byline" and row.author and not row.date:
                    # (the outlet the date line read is this role and name itself: no source, 文／X)
                    source = None if meta.source and meta.source in rest else meta.source
                    if is_unit(row.author):  # (a unit beside the date, 文／認養組: who posted it, no writer)
                        row = replace(row, author=None, credits=tuple(c for c in row.credits if c[1] != row.author))
                    return replace(row, date=meta.date, source=source)
            elif row := _role_word_name(rest, frest):
                return replace(row, date=meta.date, source=meta.source)
            elif line[end : end + 1] == "\u3000" and _credits_row(row := credit(rest, frest), 1, frest) and row:
                return replace(row, author=None, date=meta.date, source=meta.source)  # (credited, no writer)
            elif folded[end:].lstrip()[:1] in _BARS and _credits_row(row := credit(rest, frest)) and row:
                return replace(row, kind="byline", date=meta.date, source=meta.source)
            elif folded[end:].lstrip()[:1] in _BARS and (person := role_and_name(rest)):
                # (a job title and a name after the date and a bar: 更新于 date | 吧台主管 X)
                return MetaLine("byline", author=person[1], date=meta.date, source=meta.source, credits=(person,))
    return meta


def _credits_row(row: MetaLine | None, least: int = _CREDITS, role: str = "") -> bool:
    """Roles the tables do not know, after the post's date and a bar (某會｜date｜主講：X　文字整理：Y): they
    credit the piece, a talk's speaker its author; one label's value is a category's (類別：周年大會). After a
    wide gap one ``role`` (folded) ending in a credit's head is enough (date（星期五）　本期编辑：X)."""
    return (
        row is not None
        and (not role or role.partition(":")[0].endswith(CREDIT_HEADS))
        and row.kind == "credit"
        and row.author is not None
        and not row.date
        and len(row.credits) >= least
    )


__all__ = ["ROC_DATE", "credited_row", "dated_row", "field_row", "slash_row", "without_emphasis"]
