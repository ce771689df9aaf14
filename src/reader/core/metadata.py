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

from reader.core.account_lines import account_line, parse_repost_line, span
from reader.core.account_lines import outlet as outlet_of
from reader.core.date_lines import (
    BYLINE_DOTS,
    DATE_IN_LINE,
    DATE_LINES,
    DATE_THEN_NAME,
    DATED,
    FLOOR,
    LABELLED,
    NAME_FIRST,
    TIME,
    fold_digits,
    format_date,
    split_date,
)
from reader.core.headline import is_headline_shaped, lead_title
from reader.core.meta_records import Hints, Metadata, MetaLine
from reader.core.person_values import (
    AUTHOR_ROLES,
    EDITOR_ROLES,
    OTHER_ROLES,
    clean_hint_author,
    fold_text,
    han_name_shaped,
    person_value,
    tidy_author,
)

# Roles of a credit line, and what each role says.
_SOURCE_ROLES = ("来源", "出品", "出处", "原文", "文章来源", "本文来源", "消息来源", "新闻来源")
_ROLES = sorted(AUTHOR_ROLES + EDITOR_ROLES + OTHER_ROLES + _SOURCE_ROLES, key=len, reverse=True)
# A role and its separator (作者：, 文｜, 攝影／, 编辑 |); the role must start
# the line or follow a space or a bracket.
_ROLE = re.compile(
    r"(?:^|(?<=[\s(（【\[〔]))(?P<role>" + "|".join(_ROLES) + r")(?:\s*[:：|｜丨/／]\s*|(?<=^作者)\s+(?=\S))"
)
_BRACKETS = "()（）【】[]〔〕「」"
_VALUE_BAD = re.compile(r"[。!?！？，,;；]")
# 记者王小明／台北报导, 〔記者蔡清華／台北報導〕
_REPORTER_LINE = re.compile(r"^记者\s*(?P<value>[^\s/／|｜,，:：]{2,10})\s*(?:[/／|｜]\s*\S{1,8}?)?\s*(?:报道|报导)?$")
# By Jane Doe / By Jane Doe, Reuters: matched on the original line, since a
# name is capitalised ("By the end of the year" is a sentence).
_ENGLISH_BYLINE = re.compile(r"^By\s+(?P<value>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})(?:\s*(?:,|and|\|)\s*.{0,40})?$")
# by 阿寶媽的小廚房, By 林小满: "by" and a name in Han (a user's or a kitchen's)
_BY_HAN_NAME = re.compile(r"^by\s+(?P<value>(?=[^\s,，。:：!！?？|｜/]*[\u3400-\u9fff])[^\s,，。:：!！?？|｜/]{2,16})$")
# (本文作者饭统戴老板，财经自媒体)
_AUTHOR_NOTE = re.compile(r"^[(（]\s*本文作者[:：]?\s*(?P<value>[^,，。)）]{1,20})[^)）]{0,40}[)）]$")
# 新智元报道 / 记者 X 报道: an outlet (or reporter) line.
_REPORT_LINE = re.compile(r"^(?P<value>[^\s,，。:：]{2,12})\s*(?:报道|报导|(?<!资|通)讯)$")

# Labels on an account line that name no one (原创 marks the post as original).


# A thread's poster: 楼主 街坊老王, 發帖人：阿明
_POSTER = re.compile(
    r"^(?:楼主|发帖人|发文者|原po)\s*[:：]?\s*(?P<name>[^\s:：,，。]{2,16})$"
    # (or the name first: 江边钓鱼的老K · 楼主)
    r"|^(?P<first>[^\s:：,，。·・•|]{2,16})\s*[·・•|｜]\s*(?:楼主|发帖人|原po)$"
)
# Every metadata line has a digit, a role or a report word: most lines of
# text have none, and one search rules them out.
_MAY_BE_META = re.compile(
    r"\d|by |本文作者|报道|报导|讯|楼主|发帖人|发文者|原po|[:：]|" + "|".join(_ROLES), re.IGNORECASE
)


# A day, a month and a year: 28/11/2025 (the day first when it can be no month
# or the month can be no day; a month-first 11/28/2025 is left alone)
_DAY_FIRST = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")


def _day_first(m: re.Match[str]) -> bool:
    return int(m.group(2)) <= 12


def parse_meta_line(line: str, folded: str) -> MetaLine | None:
    """What metadata ``line`` states, or None if it is not a metadata line."""
    if len(line) > 60 or not _MAY_BE_META.search(folded):
        return None
    if m := _AUTHOR_NOTE.match(folded):
        author = span(line, m, "value")
        return MetaLine("byline", author=author, credits=(("作者", author),) if author else ())
    if "/" in folded and (dmy := _DAY_FIRST.search(folded)) and _day_first(dmy):
        # A day-first date (28/11/2025, as Hong Kong, Singapore and Malaysia
        # write it) in year-first order: the same length, so spans still align.
        iso = f"{dmy.group(3)}-{dmy.group(2)}-{dmy.group(1)}"
        line = line[: dmy.start()] + iso + line[dmy.end() :]
        folded = folded[: dmy.start()] + iso + folded[dmy.end() :]
    if line.startswith("> "):  # a Markdown quote's marker: > 作者：王小明
        line, folded = line[2:].lstrip(), folded[2:].lstrip()
    if m := _POSTER.match(folded):
        group = "name" if m.group("name") else "first"
        name = line[m.start(group) : m.end(group)]
        return MetaLine("byline", author=name, credits=(("作者", name),))
    if line[:1] in _BRACKETS and line[-1:] in _BRACKETS and len(line) > 2:
        line, folded = line[1:-1].strip(), folded[1:-1].strip()
    roles = list(_ROLE.finditer(folded))
    if roles and roles[0].start() == 0 and (meta := _credit_line(line, folded, roles)):
        return meta  # a credit before a date: 文｜钟小满 2024-10-18
    if "lv" in folded and (m := _BADGE_NAME.match(folded)):
        # A user and their level (灰色鸚鵡 Lv.27 攻略達人): whoever posted this.
        name = line[m.start("name") : m.end("name")]
        return MetaLine("byline", author=name, credits=(("作者", name),))
    if (m := DATE_THEN_NAME.match(folded)) and (date := format_date(m)):
        # 2024-06-26 14:02·经济观察者小陈, 发表于 2023年10月8日 由 山居老林
        name = line[m.start("name") : m.end("name")]
        return MetaLine("date", author=name, date=date, credits=(("作者", name),))
    if (
        (m := _LEADING_DATE.match(folded))
        and (date := format_date(m))
        # a date, then the reporters: 2024-02-27 18:32 聯合報／ 記者王小明／新北即時報導
        and (by := _reporter_line(line[m.end() :], folded[m.end() :]))
    ):
        return MetaLine(by.kind, source=by.source, author=by.author, date=date, credits=by.credits)
    for k, pattern in enumerate(DATE_LINES):
        if (m := pattern.match(folded)) and (date := format_date(m)):
            # After a label (编辑于 10-15 浙江) the word is a place, not an outlet.
            outlet = None if LABELLED.match(folded) else outlet_of(span(line, m, "outlet"))
            raw = (span(line, m, "outlet") or "").strip()
            if _CODE.search(raw):
                outlet = None  # a reference number (通告編號 HB/MO/2025/214) names no outlet and no one
            if k == NAME_FIRST and outlet and (raw.endswith(BYLINE_DOTS) or FLOOR.match(raw)):
                # A name and a dot before the date, or a forum floor's poster, is who wrote it
                # (廚房裡的小萱 · 2024-01-21, #1 阿明 2024-06-03); "Interconnects 10月26日" is an outlet.
                name = FLOOR.sub("", outlet)
                if " " not in name:
                    return MetaLine("date", author=name, date=date, credits=(("作者", name),))
            return MetaLine("date", source=outlet, date=date)
    if roles and (meta := _credit_line(line, folded, roles)):
        return meta
    if m := _REPORTER_LINE.match(folded):
        author = span(line, m, "value")
        return MetaLine("byline", author=author, credits=(("记者", author),) if author else ())
    if meta := _reporter_line(line, folded):
        return meta
    if m := _ENGLISH_BYLINE.match(line):
        author = span(line, m, "value")
        return MetaLine("byline", author=author, credits=(("by", author),) if author else ())
    if m := _BY_HAN_NAME.match(folded):
        name = line[m.start("value") : m.end("value")]
        return MetaLine("byline", author=name, credits=(("by", name),))
    if m := _REPORT_LINE.match(folded):
        return MetaLine("source", source=span(line, m, "value"))
    if meta := _role_pairs(line):
        return meta
    if (m := _LABELLED_DATE_ROW.match(folded)) and (date := format_date(m)):
        return MetaLine("date", date=date)  # 发布时间：2025年06月10日  浏览次数：4871  字号：[大 中 小]
    if m := _YEAR_MONTH.fullmatch(folded):
        # a month of a year alone on its line (2025年10月): a report's or a letter's date
        month = int(m.group(2))
        return MetaLine("date", date=f"{m.group(1)}-{month:02d}") if 1 <= month <= 12 else None
    return account_line(line, folded) or _parts_line(line, folded)


_YEAR_MONTH = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月")


# Parts of a byline row: set apart by a spaced dot or bar, or a wide gap.
_PART_GAP = re.compile(r"\s+[·‧・•|｜]\s+|\u3000+|\s{2,}")
_PART_MARKUP = "*_ "
_EVENT_LABEL = re.compile(r"(?:^|\s)(?:时间|日期|地点|地址)\s*[:：]")
_OUTLET_PART = re.compile(r"[^\s\d,，。.:：;；!！?？()（）]{2,12}")


def _parts_line(line: str, folded: str) -> MetaLine | None:
    """A row of parts each of which is metadata: an outlet, a credit, a
    date (**新城周刊** · 文 / 于小渡 · 2025-11-19; （记者 毛晓琳 通讯员
    吴卫东）　责任编辑：郑丽). One part must name a person."""
    cuts = [m.span() for m in _PART_GAP.finditer(line)]
    if not cuts or len(cuts) > 3:
        return None
    bounds = [0, *(x for c in cuts for x in c), len(line)]
    metas: list[MetaLine] = []
    outlet = None
    for k in range(0, len(bounds), 2):
        a, b = bounds[k], bounds[k + 1]
        part, fpart = line[a:b], folded[a:b]
        lead = len(part) - len(part.lstrip(_PART_MARKUP))
        trail = len(part.rstrip(_PART_MARKUP))
        part, fpart = part[lead:trail], fpart[lead:trail]
        if not part:
            return None
        meta = parse_meta_line(part, fpart)
        if meta is not None:
            metas.append(meta)
        elif outlet is None and not metas and _OUTLET_PART.fullmatch(part):
            outlet = part  # (an outlet leads the row)
        else:
            return None
    # (a known role or a reporter names the person: 主讲人：王大明　时间：12月6日
    # is an event's line, and its 时间 is when the event is)
    named = [m for m in metas if m.author and m.kind in ("byline", "editor")]
    if not named or any(m.kind == "credit" for m in metas) or _EVENT_LABEL.search(folded):
        return None
    byline = next((m for m in named if m.kind != "editor"), named[0])
    return MetaLine(
        "byline" if byline.kind != "editor" else "editor",
        source=outlet or next((m.source for m in metas if m.source), None),
        author=byline.author,
        date=next((m.date for m in metas if m.date), None),
        credits=tuple(c for m in metas for c in m.credits),
    )


# A date after its label, then other labelled values of the page (counts,
# controls) set apart by wide gaps.
_LABELLED_DATE_ROW = re.compile(
    rf"^(?:发布|发表|更新|首发)?(?:时间|日期)\s*[:：]\s*{DATED}(?:\s*{TIME})?"
    r"(?:(?:\s{2,}|\u3000+|\s*[|｜]\s*)[^\s:：]{1,6}[:：]\s*\S[^:：]{0,16}?)+\s*$"
)


# A reference code: an ASCII token of five or more with digits and letters
# or slashes (GE21076, HB/MO/2025/214, LCZC2025-G187).
_CODE = re.compile(r"(?<![A-Za-z0-9])(?=[A-Za-z0-9/-]*\d)(?=[A-Za-z0-9/-]*[A-Za-z/])[A-Za-z0-9][A-Za-z0-9/-]{4,}")
_LEADING_DATE = re.compile(rf"^{DATED}(?:\s*{TIME})?\s+(?=\S)")
# Any "ROLE：name" pair, the role a short word the tables may not know
# (报道：黄慧玲, 评测：陆一鸣 摄影：林家豪): a name is two to four Han
# characters or a few capitalised Latin words, never a clause.
_PAIR = re.compile(
    r"(?P<role>[\u3400-\u9fff]{1,4})\s*[:：]\s*"
    r"(?P<name>[\u3400-\u9fff·]{2,4}|[A-Z][\w.'@-]*(?: [A-Z][\w.'@-]*){0,2})(?=\s|\u3000|[|｜]|$)"
)
_ROLE_SET = frozenset(_ROLES) | frozenset(("报道", "评测", "审订", "审定", "口述", "文案", "插画", "设计", "出镜"))
_UNIT_ROLE = re.compile(r".(?:单位|机构|机关|部门)$")  # (发布单位; a bare 单位：万元 is a unit of measure)
_HAN_NAME = re.compile(r"[\u3400-\u9fff·]+")
# A user's name before their level: 灰色鸚鵡 Lv.27 攻略達人, 阿明 LV5
_BADGE_NAME = re.compile(r"^(?P<name>[^\s\d]{2,16})\s+lv\.?\s?\d{1,3}(?!\d)(?:\s+\S{1,8})?$")
_PAIR_GAP = re.compile(r"[\s\u3000|｜·]*")


def _role_pairs(line: str) -> MetaLine | None:
    """A line made only of ROLE：name pairs is a credit line. Whether it
    sits where credits sit (the head or the tail) the cleaning decides:
    between paragraphs, "解法一：互斥锁" is a heading."""
    pairs: list[tuple[str, str]] = []
    pos, date, source = 0, None, None
    while pos < len(line):
        m = _PAIR.match(line, pos)
        if not m:
            # (a date may end the line: 评测：陆一鸣 图：韩冰 2024-09-05 10:00)
            if not pairs:
                return None
            d = DATE_IN_LINE.fullmatch(fold_digits(line[pos:]))
            if not d or not (date := format_date(d)):
                return None
            break
        role, name = m.group("role"), m.group("name")
        if any(c.isdigit() for c in name) or (fold_text(role) not in _ROLE_SET and name.count(" ") >= 2):
            # a code (课程编号：GE21076) or an unknown label's Latin words
            # (汉语拼音：Buluofen Huanshi Jiaonang) is no one's name
            return None
        if _UNIT_ROLE.search(fold_text(role)):
            # 發布單位：農糧署, 发布机构：…: the publisher, not a person
            source = source or name
        elif fold_text(role) not in _ROLE_SET and _HAN_NAME.fullmatch(name) and not han_name_shaped(name):
            return None  # a label the tables do not know needs a name after it (票價：免費參觀 is none)
        elif person_value(name):
            pairs.append((role, name))
        pos = _PAIR_GAP.match(line, m.end()).end()  # type: ignore[union-attr]
    if not pairs:
        return MetaLine("source", source=source, date=date) if source else None
    return MetaLine("credit", source=source, author=pairs[0][1], date=date, credits=tuple(pairs))


_SUB_OUTLET = re.compile(r"(?<=[\u3400-\u9fff])\s*[－—–-]\s*(?=[\u3400-\u9fff])")
# A label after an outlet's name: 驰评汽车原创, 某某网独家
_SOURCE_LABEL = re.compile(r"\s*(?:原创|原創|独家|獨家|首发|首發|综合|綜合)$")
# A date's label before it: 发布时间：2025-01-17 15:42:09
_LEAD_LABEL = re.compile(r"^(?:发布|发表|更新|首发)?(?:时间|日期)\s*[:：]\s*")


def _credit_line(line: str, folded: str, roles: list[re.Match[str]]) -> MetaLine | None:
    """A line of role: value pairs, perhaps after a date: "2023年07月15日
    09:32  来源：新华网  作者：张晓峰", "文／陳宥廷　攝影／林柏宇"."""
    prefix = _LEAD_LABEL.sub("", folded[: roles[0].start()].strip(" ·‧・•|｜"))
    date = None
    if prefix:
        m = DATE_IN_LINE.fullmatch(prefix)
        if not m or not (date := format_date(m)):
            return None
    source = author = editor = None
    credits: list[tuple[str, str]] = []
    for k, m in enumerate(roles):
        end = roles[k + 1].start() if k + 1 < len(roles) else len(line)
        # A value ends at a bar or a wide gap: 作者：X | 更新时间：2024-01-08 20:00
        # (or at the next label: 来源：市应急管理局 浏览次数：1523)
        value, *rest = _VALUE_END.split(line[m.end() : end])
        value = _NEXT_LABEL.split(value)[0]
        if rest and _POSITION.search(fold_text(value)) and _PERSON_AFTER.fullmatch(rest[0]):
            # a position, a wide gap, the name: 撰文：家長教師會主席　麥淑儀女士
            value, rest = f"{value} {rest[0]}", rest[1:]
        value, when = split_date(value)
        for part in rest:
            if not when and (d := DATE_IN_LINE.search(fold_digits(part))):
                when = format_date(d)
        role = m.group("role")
        if not value or _VALUE_BAD.search(value) or len(value) > (60 if role == "原文" else 30):
            return None
        date = date or when
        if reporters := _reporters_in(value):
            # 来源：健康时报网 记者 赵琳 通讯员 杨晓雯, 作者：本报记者 闻人晓燕 通讯员 戚家豪
            outlet = value[: value.index(reporters[0][0])].strip(" /／|｜")
            credits.extend(reporters)
            if role in _SOURCE_ROLES:
                source = source or outlet or None
            author = author or " ".join(name for r, name in reporters if r == reporters[0][0])
            continue
        if role in _SOURCE_ROLES:
            # (人民网－人民日报: the site, then the paper it took the story from)
            outlet = _SUB_OUTLET.split(_SOURCE_LABEL.sub("", value) or value)[0]
            source = source or (outlet if role != "原文" else None)
            continue
        if (
            (words := value.split())
            and len(words) == 2
            and _HAN_NAME.fullmatch(words[1])
            # (or any words too long for a name before a name: 第三代店主 鄧嘉欣)
            and (
                _HELD_POSITION.search(fold_text(words[0]))
                or (len(words[0]) > _LONGEST_NAME and not _BODY_WORD.search(words[0]) and han_name_shaped(words[1]))
            )
        ):
            value = words[1]  # the name after its holder's position: 文：總幹事 何詠詩
        credits.extend(
            (line[m.start("role") : m.end("role")], person)
            for name in _names(tidy_author(value) or value)
            if (person := person_value(name))
        )
        if role in AUTHOR_ROLES:
            author = author or person_value(value)
        elif role in EDITOR_ROLES:
            editor = editor or person_value(value)
    kind = "editor" if editor and not author else "byline"
    return MetaLine(kind, source=source, author=author or editor, date=date, credits=tuple(credits))


# 健康时报网 记者 赵琳 通讯员 杨晓雯 / 聯合報／記者王小明／新北即時報導 /
# 中央社記者汪淑芬台北5日電: an outlet, then reporters, then where from.
_REPORTER = re.compile(
    r"(?P<role>实习记者|特约记者|本报记者|记者|通讯员)\s*(?P<name>[\u3400-\u9fff·]{2,4}?)"
    r"(?=\s|[/／|｜、,，)）]|$|报道|报导|[\u3400-\u9fff]{2}(?:\d{1,2}日)?(?:电|讯|报道|报导|即时报导|综合报导))"
)
_OUTLET_BEFORE = re.compile(
    r"^[(（〔【\[]?\s*(?P<outlet>[^\s/／|｜,，。:：()（）〔〕【】\[\]]{2,12}?)\s*[)）〕】\]]?\s*[/／|｜]?\s*$"
)


def _reporter_line(line: str, folded: str) -> MetaLine | None:
    """A line that names reporters (记者 X), perhaps after the outlet."""
    found = list(_REPORTER.finditer(folded))
    if not found or _VALUE_BAD.search(folded.rstrip("。")):
        return None
    prefix = folded[: found[0].start()]
    outlet = _OUTLET_BEFORE.match(prefix) if prefix.strip(" (（〔【[") else None
    if prefix.strip(" (（〔【[") and not outlet:
        return None
    credits = tuple((line[m.start("role") : m.end("role")], name) for m in found for name in _names_from(line, m))
    source = line[outlet.start("outlet") : outlet.end("outlet")] if outlet else None
    first = found[0].group("role")
    author = " ".join(name for m in found if m.group("role") == first for name in _names_from(line, m))
    return MetaLine("byline", source=source, author=author, credits=credits)


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


def _reporters_in(value: str) -> list[tuple[str, str]]:
    """(role, name) for every reporter a value names (记者 赵琳 通讯员 杨晓雯)."""
    from reader.core.folding import fold

    return [
        (value[m.start("role") : m.end("role")], name)
        for m in _REPORTER.finditer(fold(value))
        for name in _names_from(value, m)
    ]


# A wire story's dateline, opening its first paragraph: 新华社北京3月5日电（记者 张三 李四）
_DATELINE = re.compile(
    r"^[^，。,\s]{2,24}?\d{1,2}月\d{1,2}日(?:电|讯)\s*[(（]\s*"
    r"(?P<role>实习记者|特约记者|本报记者|记者)\s*(?P<names>[\u3400-\u9fff·]{2,4}(?:[\s、][\u3400-\u9fff·]{2,4}){0,3})\s*[)）]"
)


def dateline_reporters(paragraph: str) -> MetaLine | None:
    """The reporters a wire story's dateline names (its first paragraph
    stays the body's; the names are the story's bylines)."""
    m = _DATELINE.match(paragraph)
    if m is None:
        return None
    names = m.group("names").replace("、", " ").split()
    role = m.group("role")
    return MetaLine("byline", author=" ".join(names), credits=tuple((role, name) for name in names))


# A position or a body before a name (家长教师会主席, 本会秘书处), and a name after it.
_POSITION = re.compile(r"(?:主席|会长|校长|主任|秘书|干事|牧师|社长|理事长|处|部|组|会)$")
# A position a person holds (not a body: 编辑部 HYZ is the desk's name).
_HELD_POSITION = re.compile(r"(?:主席|会长|校长|主任|秘书|干事|牧师|社长|理事长)$")
_HAN_NAME = re.compile(r"[\u3400-\u9fff·]{2,4}")
_LONGEST_NAME = 4
# A body's name ends in one of these (编辑部, 新闻中心): a desk, then its initials.
_BODY_WORD = re.compile(r"[部处處组組会會社局所室中心台站]$")
_PERSON_AFTER = re.compile(r"[\u3400-\u9fff·]{2,4}(?:女士|先生|小姐|牧師|牧师|博士|教授|老師|老师)?")
_NEXT_LABEL = re.compile(r"\s+(?=[^\s:：]{2,6}[:：])")
_VALUE_END = re.compile(r"\s*[|｜]\s*|\s{2,}|\u3000|\s+[·‧・•]\s+")


def _names(value: str) -> list[str]:
    """The names in a credit's value: 张三、李四 / 张三 李四 (Chinese names
    separated by spaces), but "Oliver Burkeman" is one name."""
    parts = [p for p in re.split(r"[、,，;；&]|\s+和\s+|\s+and\s+", value) if p.strip()]
    names: list[str] = []
    for part in parts:
        words = part.split()
        if len(words) > 1 and all(re.fullmatch(r"[\u3400-\u9fff]{2,4}", w) for w in words):
            names.extend(words)
        else:
            names.append(part.strip())
    return names


def merge(lines: list[MetaLine]) -> tuple[str | None, str | None, str | None]:
    """Source, author and date from metadata lines, first statement wins; an
    editor counts as the author only if no line names an author."""
    source = next((m.source for m in lines if m.source), None)
    # (a name another line states as the source is the outlet, not a person:
    # 硬核消费观察 · 2025-04-28 under 本文来自微信公众号“硬核消费观察”)
    outlets = {m.source for m in lines if m.source}
    named = [m for m in lines if m.author and m.author not in outlets]
    author = next((m.author for m in named if m.kind not in ("editor", "credit")), None)
    author = author or next((m.author for m in named if m.kind != "editor"), None)
    author = author or next((m.author for m in named), None)
    date = next((m.date for m in lines if m.date), None)
    return source, tidy_author(author), date


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
