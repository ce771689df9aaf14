"""Credit lines: ROLE：name pairs (文｜王小明, 作者：X  来源：Y,
评测：陆一鸣 摄影：林家豪) and the credits a caption or a last paragraph
ends with. Used by :func:`reader.core.metadata.parse_meta_line`; patterns
see folded lines.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.credit_roles import (
    ROLE,
    ROLES,
    SELF_NAME,
    SHAPED_ROLE,
    SHAPED_ROLE_FIRSTS,
    SOURCE_ROLES,
    VALUE_BAD,
    WRITER_ROLES,
)
from reader.core.date_lines import DATE_IN_LINE, fold_digits, format_date, split_date
from reader.core.meta_records import MetaLine
from reader.core.pair_lines import END_NOTE, HAN_NAME, LONGEST_NAME, PAIR, UNIT_ROLE
from reader.core.person_values import (
    EDITOR_ROLES,
    fold_text,
    han_name_shaped,
    holds_title,
    is_unit,
    person_value,
    role_and_name,
    tidy_author,
)
from reader.core.reporter_lines import reporters_in, reporters_named
from reader.core.round_brackets import CLOSERS, last_open

_BRACKETS: Final = "()（）【】[]〔〕「」"
# A staff number after an editor's name: 赵一鸣_NT5921, 贾晓彤 PN151
_STAFF_ID: Final = re.compile(r"(?<=[\u3400-\u9fff])(?:_|\s+)[A-Za-z]{1,4}\d{2,6}$")

# The same pair after a wide gap in a credit line, where a slash is a colon too: 照片／林冠廷
_GAP_PAIR: Final = re.compile(PAIR.pattern.replace("[:：]", "[:：/／]", 1))


_COLUMN: Final = re.compile(r"[^\s,，。.!！?？:：;；\d]{2,16}(?:栏目|专栏|》)")
_SUB_OUTLET: Final = re.compile(r"(?<=[\u3400-\u9fff])\s*[－—–-]\s*(?=[\u3400-\u9fff])")
# A label after an outlet's name: 驰评汽车原创, 某某网独家
_SOURCE_LABEL: Final = re.compile(r"\s*(?:原创|原創|独家|獨家|首发|首發|综合|綜合)$")
# A date's label before it: 发布时间：2025-01-17 15:42:09
_LEAD_LABEL: Final = re.compile(r"^(?:(?:发布|发表|更新|首发)?(?:时间|日期)|最后(?:更新|修改|修订))\s*[:：]\s*")


def credit_first(folded: str, role: re.Match[str]) -> bool:
    """``role`` leads the line, or only a column's label and a bar do (小贩人物｜文：林慧敏｜…,
    a slash as the colon: 街角筆記｜文／何卓麟｜…)."""
    return role.start() == 0 or (
        role.group("role") in WRITER_ROLES
        and (":" in (mark := role.group()) or "/" in mark)
        and bool(_BAR_LABEL(folded, 0, role.start()))
    )


_BAR_LABEL: Final = re.compile(r"[\u3400-\u9fff]{2,8}\s*[|｜]\s*").fullmatch


def credit_line(line: str, folded: str, roles: list[re.Match[str]], shaped: bool = False) -> MetaLine | None:
    """A line of role: value pairs, perhaps after a date: "2023年07月15日
    09:32  来源：新华网  作者：张晓峰", "文／陳宥廷　攝影／林柏宇". A line
    of roles the tables do not know only (策展人：溫郁婷) is read when
    ``shaped`` asks for it: it is no byline, but its names are credits."""
    if not shaped and not any(m.group("role") in ROLES for m in roles):
        return None
    prefix = _LEAD_LABEL.sub("", folded[: roles[0].start()].strip(" ·‧・•|｜"))
    date = None
    if prefix:
        m = DATE_IN_LINE.fullmatch(prefix)
        if m is not None:
            if not (date := format_date(m)):
                return None
        elif not (
            credit_first(folded, roles[0]) or (roles[0].group("role") in WRITER_ROLES and _COLUMN.fullmatch(prefix))
        ):
            return None  # (but a column's name may lead the writer's: 网易科技《态度》栏目 作者：陈默)
    source = author = editor = None
    staff = False
    fielded = False
    credits: list[tuple[str, str]] = []
    extra: list[tuple[str, str]] = []  # (the pairs of roles the tables do not know, after the known ones)
    for k, m in enumerate(roles):
        end = roles[k + 1].start() if k + 1 < len(roles) else len(line)
        # A value ends at a bar or a wide gap: 作者：X | 更新时间：2024-01-08 20:00
        # (or at the next label: 来源：市应急管理局 浏览次数：1523)
        value, *rest = _VALUE_END.split(line[m.end() : end])
        value = _NEXT_LABEL.split(value)[0]
        if ("：" in value or ":" in value) and (joint := ROLE.match(fold_text(value))) and _colon_after(joint):
            # (a second role joined to the first by its slash, then the colon: 圖／編輯：X, one person in both)
            value = value[joint.end() :]
        if ("：" in value or ":" in value) and (one := _ONE_CHAR_LABEL.search(value)):
            # (a one-character role after one space, 文：X 攝：Y: a credit of its own)
            value, rest = value[: one.start()], [value[one.end() :], *rest]
        if rest and _POSITION.search(fold_text(value)) and _PERSON_AFTER.fullmatch(rest[0]):
            # a position, a wide gap, the name: 撰文：家長教師會主席　麥淑儀女士
            value, rest = f"{value} {rest[0]}", rest[1:]
        value = _STAFF_ID.sub("", value)
        if ("，" in value or "," in value) and (titled := _titled_after_comma(value)):
            value = titled  # (a title after a comma: 梁家俊（Kelvin Leung），首席投資策略師)
        if (
            value.endswith(CLOSERS)
            and 0 < (note_at := last_open(value)) >= len(value) - 6
            and value[note_at + 1] == "已"
        ):
            value = value[:note_at].rstrip()  # a status after the name: 李明（已核實）, May Lee（已認證）
        if (
            value.endswith(CLOSERS)
            and m.group("role") not in SOURCE_ROLES
            and (note := _NAME_NOTE.match(value))
            and han_name_shaped(note.group("name"))
            and not reporters_in(value)
        ):
            # a name, then who they are in brackets: 鍾立衡（某大學某系兼任研究員，…）
            value = note.group("name")
        if (d := DATE_IN_LINE.search(fold_digits(value))) and d.start() > 0 and not value[: d.start()].endswith(":"):
            # a date, then what the page says of the article: 鄧卓謙 2025/11/23 閱讀時間約 8 分鐘
            value, when = value[: d.start()].strip() or None, format_date(d)
        else:
            value, when = split_date(value)
        cowriters: list[str] = []
        if rest and k + 1 < len(roles) and m.group("role") in WRITER_ROLES and value and han_name_shaped(value):
            # writers a wide gap sets apart before the next role: 文：贾明远　宁筱　摄影：邵其东
            named = [p for p in rest if p]
            cowriters = named if 0 < len(named) <= 3 and all(map(han_name_shaped, named)) else []
        for part in rest:
            if not when and (d := DATE_IN_LINE.search(fold_digits(part))):
                when = format_date(d)
            if "记" in fold_text(part) and (after := reporters_in(part)):
                # reporters after a gap, no role of the tables before them:
                # 来源：法治前沿网　记者 宁若涵 通讯员 汤维
                credits.extend(after)
                author = author or reporters_named(after)
            elif (other := _gap_pair(part)) and _named_credit(other):
                # a role the tables do not know after a wide gap, then a person's
                # name: 撰文：X　數據整理：何詠詩, 文：X　手語影片：黃素梅
                extra.append((other.group("role"), other.group("name")))
        role = m.group("role")
        if not value or VALUE_BAD.search(value) or len(value) > (60 if role == "原文" else 30):
            return None
        date = date or when
        if reporters := reporters_in(value):
            # 来源：健康时报网 记者 赵琳 通讯员 杨晓雯, 作者：本报记者 闻人晓燕 通讯员 戚家豪
            outlet = value[: value.index(reporters[0][0])].strip(" /／|｜")
            credits.extend(reporters)
            if role in SOURCE_ROLES:
                source = source or outlet or None
                fielded = fielded or source is not None  # (a 来源 field, reporters after it or not)
            author = author or reporters_named(reporters)
            continue
        if role in SOURCE_ROLES:
            # (人民网－人民日报: the site, then the paper it took the story from)
            outlet = _SUB_OUTLET.split(_SOURCE_LABEL.sub("", value) or value)[0]
            if len(words := outlet.split()) > 1 and any(c.isdigit() for w in words[1:] for c in w):
                outlet = words[0]  # (a counter after the name: 荆沙广播电视台 播放量 1.3万)
            if SELF_NAME.fullmatch(fold_text(outlet)):
                continue  # (the site itself, by no name: 来源：本站)
            source = source or (outlet if role != "原文" else None)
            fielded = fielded or source is not None
            continue
        if (
            (words := value.split())
            and len(words) == 2
            and HAN_NAME.fullmatch(words[1])
            # (or any words too long for a name before a name: 第三代店主 鄧嘉欣;
            # or two characters no name is shaped like before a name: 店主 阿棠;
            # a pen name of three is a person's: 甲小姐 刘杨楠)
            and (
                _HELD_POSITION.search(fold_text(words[0]))
                or (
                    (len(words[0]) > LONGEST_NAME or (len(words[0]) == 2 and not han_name_shaped(words[0])))
                    and not _BODY_WORD.search(words[0])
                    and han_name_shaped(words[1])
                )
            )
        ):
            value = words[1]  # the name after its holder's position: 文：總幹事 何詠詩
        elif (pair := role_and_name(value)) is not None:
            value = pair[1]  # a role and a name, either way round: 文／新娘秘書 Ivy, 何宗翰 律師
        credits.extend(
            (line[m.start("role") : m.end("role")], person)
            for name in _names(tidy_author(value) or value)
            if (person := person_value(name))
        )
        if role in WRITER_ROLES and not author:
            listed = _names(value) if "记者" in role and _LIST_MARK.search(value) else []
            if len(listed) > 1 and all(han_name_shaped(n) for n in listed):
                # reporters' names a list gives (记者：陳樂詩、曾梓軒) are bylines
                # like any, space-joined as a reporters' line joins them
                author = " ".join(listed)
            elif (person := person_value(value)) is not None:
                author = " ".join([person, *cowriters])
                credits.extend((line[m.start("role") : m.end("role")], name) for name in cowriters)
            elif _ORG_BYLINE.fullmatch(value) and _DESK_END.search(fold_text(value)):
                # a desk or a team that wrote it, no person named (文：俱乐部媒体部):
                # the byline as written, and a credit
                author = value
                credits.append((line[m.start("role") : m.end("role")], value))
        elif role in EDITOR_ROLES:
            # (the site's desk, then the staff member who posted it, 編輯：校務處 鄭慧玲: a credit, no writer)
            staff = staff or (len(words := value.split()) == 2 and is_unit(words[0]) and han_name_shaped(words[1]))
            editor = editor or (None if staff else person_value(value))
    if date and author and is_unit(author):
        # (a unit under the writer's role in a page's info row beside its date, 发布时间：…　作者：
        # 饮食服务中心　审核：…: the desk that posted the notice, no one who wrote it)
        credits = [c for c in credits if c[1] != author]
        author = None
    if (
        date
        and not (author or editor)
        and credits
        and credits[0][0].endswith("整理")
        and not any(role.endswith("整理") for role, _ in credits[1:])
    ):
        # (the one person the dated line credits first with writing the text up, 2027年3月14日　｜　整理：X,
        # perhaps with who checked it after, 整理：X　審閱：Y: a transcript's or a digest's writer)
        author = credits[0][1]
    kind = "editor" if (editor or staff) and not author else "byline"
    credits.extend(c for c in extra if c not in credits)
    return MetaLine(kind, source=source, author=author or editor, date=date, credits=tuple(credits), fielded=fielded)


def _titled_after_comma(value: str) -> str | None:
    """The name before a comma when what follows it is only the title its
    bearer holds (梁家俊（Kelvin Leung），首席投資策略師); else None."""
    head, _, title = value.replace(",", "，").rpartition("，")
    return head.strip() if head.strip() and holds_title(title.strip()) else None


def _gap_pair(part: str) -> re.Match[str] | None:
    """A role and a name after a wide gap, perhaps with who they are in
    brackets after the name (審稿／林怡君（食品科學碩士）)."""
    if (pair := _GAP_PAIR.fullmatch(part)) is None and part[-1:] in "）)":
        pair = _GAP_PAIR.fullmatch(END_NOTE.sub("", part))
    return pair


def _named_credit(pair: re.Match[str]) -> bool:
    """Whether a ROLE：name pair names a person in a role (not a unit's label, 发布单位)."""
    name = pair.group("name")
    person = han_name_shaped(name) or _LATIN_NAME.fullmatch(name) is not None  # (相片：Jason Lau)
    return person and not UNIT_ROLE.search(fold_text(pair.group("role")))


# A person's Latin name: two or three capitalised words
_LATIN_NAME: Final = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")


_NAME: Final = r"[\u3400-\u9fff·]{2,4}|[a-z]{2,}(?: [a-z]{2,})?"  # (folded: Latin is lowercase)
_ANY_ROLE: Final = "|".join(ROLES)
# A photographer's or an editor's credit ending a line (a caption, the last
# paragraph): （记者 何志强 摄）, （海峡早讯/谢志伟摄）, （摄影/许文昊）, 摄影：曹一苇*,
# 记者 林晓舟 摄, （記者Kevin Lau／攝影）, （编辑：陈仁华）1130305, （首席预报员：郑晓）
_TRAILING_CREDIT: Final = re.compile(
    rf"(?:[(（]\s*(?:[^()（）/／]{{1,12}}[/／])?(?:记者\s*)?(?P<a>{_NAME})\s*摄影?\s*[)）]"
    rf"|[(（]\s*(?P<role>摄影|摄|图片?|{_ANY_ROLE}|{SHAPED_ROLE})\s*[:：/／]\s*(?P<b>{_NAME})\s*[)）]\d*"
    rf"|(?<![\u3400-\u9fff])摄影?\s*[:：/／]\s*(?P<c>{_NAME})\s*\**"
    rf"|记者\s*(?P<d>{_NAME})\s*摄"
    rf"|[(（]\s*记者\s*(?P<e>{_NAME})\s*[/／]\s*摄影?\s*[)）])\s*$"
)
_TAIL: Final = 40
_SHAPED_AT_START: Final = re.compile(SHAPED_ROLE)
_CREDIT_ROLE: Final = re.compile(rf"(?:{_ANY_ROLE}|{SHAPED_ROLE}|摄|图片?)")


def is_credit_role(role: str) -> bool:
    """Whether ``role`` (folded) is a credit's role, from the tables or by
    its shape, not any label (朝向：南北 is a flat's facing)."""
    return _CREDIT_ROLE.fullmatch(role) is not None


def line_credits(line: str, folded: str) -> tuple[tuple[str, str], ...]:
    """Credits a line that is no metadata line still gives: a line of
    roles the tables do not know (主持：阿凱、Lulu ｜ 來賓：陳欣怡), a credit
    ending a caption or the last paragraph. Cheap tests first: most lines
    start with no role and end with no bracket nor 摄."""
    if folded[:1] in SHAPED_ROLE_FIRSTS and _SHAPED_AT_START.match(folded):
        roles = list(ROLE.finditer(folded))
        if (
            roles
            and roles[0].start() == 0
            and not any(m.group("role") in ROLES for m in roles)  # (the table's roles make a metadata line)
            and (meta := credit_line(line, folded, roles, shaped=True))
        ):
            return meta.credits
    if ")" not in folded and "）" not in folded and "摄" not in folded:
        return ()  # (the tail test below needs one of them: three scans in C, no slices)
    tail = folded[-_TAIL:].rstrip("*0123456789 ")
    if not tail.endswith((")", "）", "摄", "摄影")) and "摄" not in tail[-12:]:
        return ()
    start = max(0, len(folded) - _TAIL)
    m = _TRAILING_CREDIT.search(folded, start)
    if m is None:
        return _spaced_photographer(line, folded)
    group = next(g for g in "abcde" if m.group(g))
    name = line[m.start(group) : m.end(group)]
    if not (han_name_shaped(name) or (name.isascii() and name[:1].isupper())):
        return ()
    role = line[m.start("role") : m.end("role")] if m.group("role") else "摄影"
    return ((role, name),)


def _spaced_photographer(line: str, folded: str) -> tuple[tuple[str, str], ...]:
    """A caption's photographer set apart from its sentence by spaces alone (…练习过马路。 摄影 何俊)."""
    k = folded.rfind(" 摄影 ")
    if k < 1 or folded[:k].rstrip()[-1:] not in _SENTENCE_ENDS:
        return ()
    name = line[k + 4 :].strip().rstrip("*")
    return (("摄影", name),) if han_name_shaped(name) else ()


_SENTENCE_ENDS: Final = ("。", ".", "!", "！")  # (folded text: ！ may stay or turn half-width)


# A position or a body before a name (家长教师会主席, 本会秘书处), and a name after it.
_POSITION: Final = re.compile(r"(?:主席|会长|校长|主任|秘书|干事|牧师|社长|理事长|处|部|组|会)$")
# A position a person holds (not a body: 编辑部 HYZ is the desk's name).
_HELD_POSITION: Final = re.compile(r"(?:主席|会长|校长|主任|秘书|干事|牧师|社长|理事长)$")
# A body's name ends in one of these (编辑部, 新闻中心): a desk, then its initials.
_BODY_WORD: Final = re.compile(r"[部处處组組会會社局所室中心台站]$")
_PERSON_AFTER: Final = re.compile(r"[\u3400-\u9fff·]{2,4}(?:女士|先生|小姐|牧師|牧师|博士|教授|老師|老师)?")
# A desk's or a team's name (媒体部, 体育组, 编辑部, 新闻中心, 工作室), not an
# outlet's (报, 网, 社 name the source).
_LIST_MARK: Final = re.compile(r"[、,，;；&]|\s")
_DESK_END: Final = re.compile(r"(?:部|组|中心|工作室|团队|小组)$")
_ORG_BYLINE: Final = re.compile(r"[\u3400-\u9fff]{3,12}")
_NAME_NOTE: Final = re.compile(r"(?P<name>[\u3400-\u9fff·]{2,4})\s*[(（][^()（）]{2,60}[)）]$")
_NEXT_LABEL: Final = re.compile(r"\s+(?=[^\s\d:：][^\s:：]{1,5}[:：])")  # (a time, 10:00, is no label)
_ONE_CHAR_LABEL: Final = re.compile(r"\s+(?=[\u3400-\u9fff][:：])")  # (攝：, 图：: a role of one character)
_VALUE_END: Final = re.compile(r"\s*[|｜]\s*|\s{2,}|\u3000|\s+[·‧・•/／]\s+")


def _colon_after(role: re.Match[str]) -> bool:
    """A role's match (credit_roles.ROLE) set off from what follows by a colon, a name after it:
    the second of two roles joined by a slash (圖／編輯：X; ROLE's compiled pattern, no second one)."""
    mark = role.group()[role.end("role") - role.start() :]
    return (":" in mark or "：" in mark) and role.end() < len(role.string)


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


__all__ = [
    "credit_first",
    "credit_line",
    "is_credit_role",
    "line_credits",
]
