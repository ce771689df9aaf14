"""Source, author, date and credits, read from an article's lines.

Scraped articles carry their metadata as lines: a byline (作者：…), a date
line (2024-05-28 19:40 第一财经), a credit line (文／陳宥廷　攝影／林柏宇),
an account line (原创 老周 城市记忆馆 2023年11月12日 20:30 上海), an outlet
line (新智元報道). The rules here recognise those shapes; they never look at
file names. The headline is chosen in ``reader.core.headline``.

Every pattern is matched against the *folded* line (Simplified, lowercase,
half-width; see ``reader.core.folding.fold``), which has the same length as
the original, so values are sliced from the original line.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from reader.core.account_lines import account_byline, account_line, is_score_row, parse_repost_line, posted_by, span
from reader.core.credit_lines import credit_first, credit_line
from reader.core.credit_roles import ROLES, SELF_NAME, SHAPED_ROLE, WRITER_ROLES, role_matches
from reader.core.date_lines import (
    BYLINE_DOTS,
    DATE_IN_LINE,
    DATE_LINES,
    DATED,
    FLOOR,
    LABELLED,
    NAME_FIRST,
    TIME,
    dated_writer,
    day_first,
    event_label,
    format_date,
    han_dates,
    named_roc,
    published_after_edit,
    time_first,
)
from reader.core.desk_lines import desk_after_name
from reader.core.field_rows import credited_row, dated_row, field_row, slash_row, without_emphasis
from reader.core.headline import is_headline_shaped, lead_title
from reader.core.issue_lines import issue_line
from reader.core.meta_gate import may_be_meta
from reader.core.meta_records import Hints, Metadata, MetaLine, merge, off_the_floor
from reader.core.name_first_bylines import author_note, name_first_byline
from reader.core.outlet_names import OUTLET_END
from reader.core.outlet_names import outlet as outlet_of
from reader.core.pair_lines import role_pairs
from reader.core.part_rows import parts_line
from reader.core.person_values import (
    clean_hint_author,
    fold_text,
    han_name_shaped,
    is_board,
    is_category_label,
    is_unit,
    person_value,
    role_and_name,
    tidy_author,
)
from reader.core.poster_rows import poster_row
from reader.core.reporter_lines import MARK_LASTS, dateline_reporters, marked_byline, may_name_reporters, reporter_line

_BRACKETS: Final = "()（）【】[]〔〕「」"

# 记者王小明／台北报导, 〔記者蔡清華／台北報導〕
_REPORTER_LINE: Final = re.compile(
    r"^记者\s*(?P<value>[^\s/／|｜,，:：]{2,10})\s*(?:[/／|｜]\s*\S{1,8}?)?\s*(?:报道|报导)?$"
)
# By Jane Doe / By Jane Doe, Reuters: on the original line, a name capitalised ("By the end of the year": a sentence)
_ENGLISH_BYLINE: Final = re.compile(
    r"^By\s+(?P<value>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})(?:\s*(?:,|and|\|)\s*.{0,40})?$"
)
# by 阿寶媽的小廚房, By 林小满, By 區卓然 Au Cheuk-yin: "by", a name in Han (a user's, a kitchen's), its romanisation
_BY: Final = r"[^\s,，。:：!！?？|｜/]"
_BY_HAN_NAME: Final = re.compile(
    rf"^by\s+(?P<value>(?={_BY}*[\u3400-\u9fff]){_BY}{{2,16}})(?:\s+[a-z][a-z'-]+){{0,3}}$"
)
# 新智元报道 / 记者 X 报道: an outlet (or reporter) line.
_REPORT_LINE: Final = re.compile(r"^(?P<value>[^\s,，。:：]{2,12}?)\s*(?:专讯|特讯|报道|报导|(?<!资|通)讯)$")

# A Han role and its Latin translation before the colon: 記者 Repórter：, 攝影 Fotografia：
_LATIN_ROLE: Final = re.compile(r"^[\u3400-\u9fff]{1,4}\s+(?P<latin>[a-z\u00c0-\u024f]{3,16})\s*(?=:)")
_ROMANISED_END: Final = re.compile(r"(?<=[\u3400-\u9fff])\s+[A-Z][a-z]+(?:[ -][A-Za-z][a-z]*){0,3}$")
# A thread's poster: 楼主 街坊老王, 發帖人：阿明
_POSTER: Final = re.compile(
    r"^(?:楼主|发帖人|发文者|原po)\s*[:：]?\s*(?P<name>[^\s:：,，。]{2,16})$"
    # (or the name first: 江边钓鱼的老K · 楼主, 蕉赖老饕　楼主)
    r"|^(?P<first>[^\s:：,，。·・•|]{2,16})(?:\s*[·・•|｜]\s*|\s+)(?:楼主|发帖人|原po)$"
)
# The last characters of a column's label (升學資訊, 项目动态: person_values._CATEGORY), both scripts
_CATEGORY_LASTS: Final = frozenset("讯訊闻聞态態题題栏欄告略程南知")
# A blog's post footer: 由 X 發佈於 上午10:48 (who posted it, at what time)
_POSTED_AT: Final = re.compile(
    r"^由\s*(?P<name>[^\s:：,，。]{2,16}?)\s*(?:发布|发表|张贴)于\s*(?:[上下]午)?\s*\d{1,2}[:：]\d{2}$"
)


_FIELD_ROW: Final = 100


def parse_meta_line(line: str, folded: str) -> MetaLine | None:
    """What metadata ``line`` states, or None if it is not a metadata line."""
    if len(line) > 60:
        # (a row of label：value fields may be longer: 来源：…　作者：…　发布时间：…　浏览次数：…)
        row = field_row(line, folded) if len(line) <= _FIELD_ROW and folded.count(":") >= 3 else None
        return dated_row(row, line, folded, parse_meta_line) if row else None  # (its fields one space apart)
    if not may_be_meta(folded):
        return None
    if folded[0] in "编修更" and (cut := published_after_edit(folded)):
        line, folded = line[cut:], folded[cut:]  # (编辑于 … · 发布于 …: the date it was published)
    if ("〇" in folded or "零" in folded or "○" in folded) and ":" in folded and folded[-1:] not in "。?!":
        line, folded = han_dates(line), han_dates(folded)  # (日期：二〇二九年十月十五日 in digits; a sentence's, none)
    meta = _parse(line, folded) or (
        MetaLine("date", date=roc) if (roc := named_roc(line, folded, alone=True)) else None
    )
    if meta is not None and meta.kind == "date" and meta.source and is_score_row(folded):
        return None  # (a word and a score, 位置 4.5: no outlet and its month.day)
    if (
        meta is not None
        and (meta.kind == "byline" or (meta.kind == "editor" and meta.fielded))
        and meta.date is None
        and (date := format_date(m) if (m := DATE_IN_LINE.search(folded)) else named_roc(line, folded))
    ):
        # a byline's date is its first (【置業地產網】記者麥詠詩報道　2025年4月9日…), a sourced editor's row's too
        return replace(meta, date=date)
    if meta is not None and meta.kind == "date" and meta.date and not (meta.source or meta.author):
        d = DATE_IN_LINE.search(folded)
        if d and _PERIOD_TO.match(folded, d.end()):
            # a period's first day is no date of the page: 2025.11.29（六）－ 2026.05.31（日）｜第一特展室;
            # a period under its label (统计时段：…至…) is what the text reports on, a line of it
            return None if folded[: d.start()].rstrip().endswith(":") else replace(meta, date=None)
    meta = dated_row(meta, line, folded, parse_meta_line) if meta else field_row(line, folded, narrow=True)
    if meta is not None and meta.kind == "date" and not meta.credits and line[0] in "(（":  # (（文：X　摄影：Y）　date)
        from reader.core.bracketed_credits import bracketed_credits  # (here: a rare line; a module's load costs)

        meta = bracketed_credits(meta, line, folded, parse_meta_line) or meta
    if meta is None and ("/ " in line or "／ " in line or "｜" in line or "| " in line):  # (date / 文：X / 分類：…)
        meta = slash_row(line, folded, parse_meta_line)
    if meta is None and line[0] > "\u3400" and (sp := line.find(" ", 2, 7)) > 0 and folded.find(":", sp, sp + 7) > 0:
        from reader.core.column_bylines import column_byline  # (a rare line: 小熊猫馆 文：X 图：Y date)

        meta = column_byline(line, folded, parse_meta_line)
    if meta is not None and meta.date and (line.count(" ") >= 4 or "｜" in line):  # (a row's writer, not its label)
        meta = credited_row(meta, line, folded, parse_meta_line)
    if folded[:1].isdigit() and (
        meta is None or (meta.kind == "date" and not (meta.source or meta.author or meta.credits))
    ):
        meta = _dated_byline(line, folded) or meta  # (2029-03-05　某报　文/X　图/Y: the date, then a byline)
    if meta is not None and meta.author and meta.author[:1] in "*_":
        meta = without_emphasis(meta)
    return off_the_floor(desk_after_name(meta, line)) if meta is not None and meta.source else meta


# What follows a period's first day: maybe its weekday or hour (2日16时), a dash, the last day (its year or 12月3日).
_PERIOD_TO: Final = re.compile(
    r"\s*(?:[(（][^()（）]{1,3}[)）])?\s*(?:\d{1,2}(?:时|点|:\d{2}))?\s*(?:[-–—~～至到]|－)+\s*"
    r"(?:(?:19|20)\d{2}\s*[-/.年]|\d{1,2}月\d{1,2}日)"
)


def _parse(line: str, folded: str) -> MetaLine | None:
    if folded[0] in "(（" and (noted := author_note(line, folded)):
        return noted  # (（本文作者X，…）, （作者X是自由撰稿人）: a note on the writer)
    if (dmy := day_first(folded)) is not None:
        # (found in the folded text, whose digits and slashes are half-width: both put year first)
        start, end, iso = dmy
        line, folded = line[:start] + iso + line[end:], folded[:start] + iso + folded[end:]
    if ":" in folded and (hm := time_first(folded)) is not None:
        start, end, ordered = hm  # (15:30 2029/05/15, the clock first: as the day, then the clock)
        line, folded = line[:start] + ordered + line[end:], folded[:start] + ordered + folded[end:]
    if len(line) > 2 and line[0] in "*_" and line[-1] == line[0] and line[1] != line[0] and line[-2] != line[0]:
        # Markdown italics around a byline: *Mia ｜ 2024/04/22* (bold is a heading's: **时间：12月6日**)
        line, folded = line[1:-1].strip(), folded[1:-1].strip()
    if line.startswith("> "):  # a Markdown quote's marker: > 作者：王小明
        line, folded = line[2:].lstrip(), folded[2:].lstrip()
    # (the poster's labels: 楼主, 发帖人, 发文者, 原po; most lines have none of their first characters)
    if (m := _LATIN_ROLE.match(folded)) is not None:
        # (a role in two languages: 記者 Repórter：X, the Latin word blanked, line and folded aligned)
        a, b = m.span("latin")
        line, folded = line[:a] + " " * (b - a) + line[b:], folded[:a] + " " * (b - a) + folded[b:]
        if r := _ROMANISED_END.search(line):  # (and the name in two: 黎曉雯 Lai Hio Man, the Han name the writer's)
            line, folded = line[: r.start()], folded[: r.start()]
    if ("楼" in folded or "发" in folded or "原" in folded) and (m := _POSTER.match(folded)):
        group = "name" if m.group("name") else "first"
        name = line[m.start(group) : m.end(group)]
        return MetaLine("byline", author=name, credits=(("作者", name),))
    if folded[0] == "由" and (m := _POSTED_AT.match(folded)) and (poster := person_value(span(line, m, "name"))):
        return MetaLine("byline", author=poster, credits=(("作者", poster),))  # (由 肥叔 發佈於 上午10:48)
    if row := poster_row(line, folded):
        return row  # (楼主：X　LV.7　2025-11-26 21:14　浏览 3.8万)
    if line[:1] in _BRACKETS and line[-1:] in _BRACKETS and len(line) > 2:
        line, folded = line[1:-1].strip(), folded[1:-1].strip()
    if _JOIN_MARK.search(folded, 0, 8) and (joined := _JOINED_ROLES.match(folded)) is not None:
        line, folded = _one_role(line, folded, joined)
    if folded[-1:] in MARK_LASTS and (meta := marked_byline(line, folded)):
        return meta  # (names, then the role mark after them: 记者 X　通讯员 Y　文　　Z 摄)
    roles = role_matches(folded)
    if roles and credit_first(folded, roles[0]) and (meta := credit_line(line, folded, roles)):
        return meta  # a credit before a date: 文｜钟小满 2024-10-18
    if "lv" in folded and (m := _BADGE_NAME.match(folded)):
        # A user and their level (灰色鸚鵡 Lv.27 攻略達人): whoever posted this.
        name = line[m.start("name") : m.end("name")]
        return MetaLine("byline", author=name, credits=(("作者", name),))
    if (dated := _DIGIT.search(folded) is not None) and (m := dated_writer(folded)) and (date := format_date(m)):
        # 2024-06-26 14:02·经济观察者小陈, 发表于 2023年10月8日 由 山居老林
        name = line[m.start("name") : m.end("name")]
        if " " not in name:
            if is_unit(name) or is_board(name) or is_category_label(name):
                # (the unit or board that posted it, or the column's label: no one; 2025年10月30日 · 德育处, · 幹事會)
                return MetaLine("date", date=date)
            return MetaLine("date", author=name, date=date, credits=(("作者", name),))
        if person := role_and_name(name):
            # (a role and a name: 2025-12-01 · 店长 阿木; other words go on below, · IP 属地北京)
            return MetaLine("byline", author=person[1], date=date, credits=(person,))
    if (
        dated
        and may_name_reporters(folded)  # (of the line or of its end: asked first, in C)
        and (m := _LEADING_DATE.match(folded))
        # a date, then the reporters: 2024-02-27 18:32 聯合報／ 記者王小明／新北即時報導
        # (the reporters asked first: most dates have none, and the date's format costs more)
        and (by := reporter_line(line[m.end() :], folded[m.end() :]))
        and (date := format_date(m))
    ):
        return MetaLine(by.kind, source=by.source, author=by.author, date=date, credits=by.credits)
    if dated and "记者" in folded and DATE_IN_LINE.search(folded) and (by := reporter_line(line, folded)):
        return by  # (an outlet and its reporter before the date: 【置業地產網】記者麥詠詩報道　2025年4月9日…)
    for k, pattern in enumerate(DATE_LINES if dated else ()):
        if (m := pattern.match(folded)) and (date := format_date(m)):
            # After a label (编辑于 10-15 浙江) the word is a place, not an outlet.
            raw = span(line, m, "outlet") or ""  # (stripped)
            if raw and event_label(span(folded, m, "outlet") or ""):
                return None  # (a row of another day: 答辩日期 2026-05-28, no outlet's nor the page's)
            floored = k == NAME_FIRST and raw[:1] == "#" and FLOOR.match(raw) is not None
            raw = FLOOR.sub("", raw) if floored and raw[1:3].strip() == "1" else raw  # (#1　X: the post's poster)
            outlet = None if LABELLED.match(folded) else outlet_of(raw or None)
            if _CODE.search(raw):
                outlet = None  # a reference number (通告編號 HB/MO/2025/214) names no outlet and no one
            if k == NAME_FIRST and (poster := posted_by(raw)):
                # (a name and a posting label: 阿彬 發表於 2026-11-25 23:48 is who posted it)
                return MetaLine("date", author=poster, date=date, credits=(("作者", poster),))
            if k == NAME_FIRST and outlet and (raw.endswith(BYLINE_DOTS) or floored):
                # A name and a dot before the date, or a forum floor's poster, is who wrote it
                # (廚房裡的小萱 · 2024-01-21, #1 阿明 2024-06-03); "Interconnects 10月26日" is an outlet.
                name = FLOOR.sub("", outlet)
                if raw.endswith(("|", "｜")) and not _person_by_bar(name):
                    # (an outlet or a channel and a bar: 第一财经 | 2024-05-28, 科技｜2025-11-27)
                    return MetaLine("date", source=outlet, date=date)
                if OUTLET_END.search(fold_text(name)):  # (a school, a firm: 國立中興大學 · 10月14日)
                    return MetaLine("date", date=date)
                if is_category_label(name):
                    return MetaLine("date", date=date)  # (the column's label: 升學資訊 · 2026-11-25)
                if " " not in name and not is_unit(name) and not is_board(name):
                    return MetaLine("date", author=name, date=date, credits=(("作者", name),))
            if outlet and (person := role_and_name(outlet)):
                # (a role and a name on either side of the date: 志愿者 阿澄　2025.11.23, 2025-11-20　園藝師 阿蓉)
                return MetaLine("byline", author=person[1], date=date, credits=(person,))
            if outlet and outlet[-1] in _CATEGORY_LASTS and is_category_label(outlet):
                outlet = None  # (a column's label after the date: 2026.11.21　项目动态)
            return MetaLine("date", source=outlet, date=date)
    if roles and (meta := credit_line(line, folded, roles)):
        return meta
    if m := _REPORTER_LINE.match(folded):
        author = span(line, m, "value")
        names = author.split("、") if author else []
        if len(names) > 1 and all(han_name_shaped(n) for n in names):
            # reporters a list names: 記者 黃嘉文、陳志明／綜合報導
            return MetaLine("byline", author=" ".join(names), credits=tuple(("记者", n) for n in names))
        return MetaLine("byline", author=author, credits=(("记者", author),) if author else ())
    if meta := reporter_line(line, folded):
        return _with_credits_after(meta, line, folded)
    if m := _ENGLISH_BYLINE.match(line):
        author = span(line, m, "value")
        return MetaLine("byline", author=author, credits=(("by", author),) if author else ())
    if m := _BY_HAN_NAME.match(folded):
        name = line[m.start("value") : m.end("value")]
        return MetaLine("byline", author=name, credits=(("by", name),))
    if folded[-1:] in "讯道导" and (m := _REPORT_LINE.match(folded)):  # (its last words end the line)
        # (the paper's word for itself names no outlet: 本报讯)
        return MetaLine("source", source=None if SELF_NAME.fullmatch(m.group("value")) else span(line, m, "value"))
    if meta := role_pairs(line):
        return meta
    if dated and (m := _LABELLED_DATE_ROW.match(folded)) and (date := format_date(m)):
        return MetaLine("date", date=date)  # 发布时间：2025年06月10日  浏览次数：4871  字号：[大 中 小]
    if issued := issue_line(line, folded):  # (a paper's or a magazine's issue, perhaps with its day)
        return issued
    if dated and (m := _YEAR_MONTH.fullmatch(folded)):
        # a month of a year alone on its line (2025年10月): a report's or a letter's date
        month = int(m.group(2))
        return MetaLine("date", date=f"{m.group(1)}-{month:02d}") if 1 <= month <= 12 else None
    if folded[:1] == "原" and (own := _ORIGINAL_BY.fullmatch(folded)):
        # a post's originality mark, its writer and its account, the date on the line under it
        # (原创 林小禾 小芽育儿说), as account_line reads the three with the date beside them
        name, account = (line[own.start(group) : own.end(group)] for group in ("name", "account"))
        return account_byline(name, account)
    if meta := name_first_byline(line, folded):  # (林佩仪 ● 记者, 林小满（@小满看城市）· 社区规划师, 學校　X @x)
        return meta
    return (account_line(line, folded) if dated else None) or parts_line(line, folded, parse_meta_line)


def _dated_byline(line: str, folded: str) -> MetaLine | None:
    """A date, then a byline that names someone and no date of its own
    (2026-12-03 19:05　南京晨报　文/X　图/Y　实习生 Z): the byline, dated."""
    if not (m := _LEADING_DATE.match(folded)) or not (date := format_date(m)):
        return None
    rest = parse_meta_line(line[m.end() :], folded[m.end() :])
    if rest is None or rest.date or not rest.author or rest.kind != "byline":
        return None
    return replace(rest, date=date)


def _with_credits_after(meta: MetaLine, line: str, folded: str) -> MetaLine:
    """The reporters in brackets, then the credits after them: （记者 X 通讯员 Y） 责任编辑：Z."""
    close = max(folded.rfind(")"), folded.rfind("）")) + 1
    rest, frest = line[close:].lstrip(), folded[close:].lstrip()
    if not close or not rest:
        return meta
    roles = role_matches(frest)
    if roles and roles[0].start() == 0 and (after := credit_line(rest, frest, roles)):
        return replace(meta, credits=meta.credits + tuple(c for c in after.credits if c not in meta.credits))
    return meta


# Roles joined before one name (文．攝影：X, 採訪、撰文：X, 文・攝影｜X; after 、 any duty: 整理、註解／X).
_JOIN_MARK: Final = re.compile(_JOINS := "[．.・·‧、/／]")
_ONE_ROLE: Final = f"(?:{'|'.join(ROLES)}|{SHAPED_ROLE}|采访|摄)"
_JOINED_ROLES: Final = re.compile(
    rf"^{_ONE_ROLE}(?:\s*{_JOINS}\s*{_ONE_ROLE}|、[\u3400-\u9fff]{{2}})+(?=\s*[:：|｜/／])"
)


def _one_role(line: str, folded: str, joined: re.Match[str]) -> tuple[str, str]:
    """The line from one role of the joined ones on (the writer's if one
    is), the others blanked: line and folded stay aligned."""
    parts = list(re.finditer(_ONE_ROLE, joined.group()))
    keep = next((p for p in parts if p.group() in WRITER_ROLES), parts[0])
    a, b, end = keep.start(), keep.end(), joined.end()

    def one(text: str) -> str:
        return text[a:b] + " " * (end - b) + text[end:]

    return one(line), one(folded)


def _person_by_bar(name: str) -> bool:
    """Whether a name before a bar and the date is a person's: a Latin given
    name (Mia) or a full Han name (林小滿), not a channel's word (科技)."""
    if name.isascii():
        return name[:1].isupper() and name.isalpha()
    return len(name) >= 3 and han_name_shaped(name) and not OUTLET_END.search(fold_text(name))


_YEAR_MONTH: Final = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月")
# An originality mark, then a writer and an account, nothing else: 原创 林小禾 小芽育儿说
_ORIGINAL_BY: Final = re.compile(r"原创\s+(?P<name>[^\s\d，。、:]{2,12})\s+(?P<account>[^\s\d，。、:]{2,16})")

# A date after its label, then other labelled values of the page (counts, controls) set apart by wide gaps.
_LABELLED_DATE_ROW: Final = re.compile(
    rf"^(?:发布|发表|更新|首发)?(?:时间|日期)\s*[:：]\s*{DATED}(?:\s*{TIME})?"
    r"(?:(?:\s{2,}|\u3000+|\s*[|｜]\s*)[^\s:：]{1,6}[:：]\s*\S[^:：]{0,16}?)+\s*$"
)

_DIGIT: Final = re.compile(r"\d")  # (every date has one: a line with none, most _parse sees, skips its tests of dates)
# A reference code, five or more ASCII with digits and letters or slashes: GE21076, HB/MO/2025/214, LCZC2025-G187
_CODE: Final = re.compile(
    r"(?<![A-Za-z0-9])(?=[A-Za-z0-9/-]*\d)(?=[A-Za-z0-9/-]*[A-Za-z/])[A-Za-z0-9][A-Za-z0-9/-]{4,}"
)
_LEADING_DATE: Final = re.compile(rf"^{DATED}(?:\s*{TIME})?(?:\s*[|｜·•]\s*|\s+)(?=\S)")
# A user's name before their level: 灰色鸚鵡 Lv.27 攻略達人, 阿明 LV5
_BADGE_NAME: Final = re.compile(r"^(?P<name>[^\s\d]{2,16})\s+lv\.?\s?\d{1,3}(?!\d)(?:\s+\S{1,8})?$")

__all__ = [
    "Hints",
    "MetaLine",
    "Metadata",
    "clean_hint_author",
    "dateline_reporters",
    "is_headline_shaped",
    "lead_title",
    "merge",
    "parse_meta_line",
    "parse_repost_line",
    "tidy_author",
]
