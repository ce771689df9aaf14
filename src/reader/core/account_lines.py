"""Metadata lines built around something other than a role: an account's
timestamped line (原创 老周 城市记忆馆 2023年11月12日 20:30) and a repost's
statement (本文来自微信公众号“X”…，作者：Y). Also what names an outlet
beside a date, and a match's group as written."""

from __future__ import annotations

import itertools
import re
from typing import Final

from reader.core.credit_lines import is_credit_role
from reader.core.credit_roles import ROLES
from reader.core.date_lines import BYLINE_DOTS, DATE_IN_LINE, format_date, published_past_event
from reader.core.han import HAN
from reader.core.meta_records import MetaLine
from reader.core.outlet_names import LEVEL, OUTLET_END
from reader.core.pair_lines import UNIT_ROLE, role_pairs, slashed_credits
from reader.core.person_values import (
    WRITES,
    dotted_credit,
    fold_text,
    han_name_shaped,
    holds_title,
    is_category_label,
    job_titled,
    name_then_role,
    person_value,
    role_and_name,
    titles_listed,
)
from reader.core.surnames import COMPOUND_SURNAMES, SURNAMES

# (a Han character right before a date and another right after it: the date is inside words)
_HAN_CHAR: Final = HAN
_VALUE_BAD: Final = re.compile(r"[。!?！？，,;；]")
_TOKENS: Final = re.compile(r"[\s・·|｜]+")
_LABELS: Final = frozenset({"原创", "转载", "发布于", "ip"})
# The last character of a word for who someone is (社区居民, 店长, 主理人, 网友)
# (a job title with a word before it, 門市經理: no surname and a title, 王老师)
_QUALIFIED_TITLE: Final = 4
_ROLE_NAME_VERB: Final = 3  # (a byline's words at most: role, name, what they did)
_WHO_WORD: Final = re.compile(r"[\u3400-\u9fff][主长者人师员东民友]$")
_SCHOOL: Final = re.compile(r"(?:大学|学院|中学|小学|高中)$")  # (folded: a school the writer is of)


# A repost's statement: 本文来自微信公众号“硬核消费观察”（ID：…），作者：蒋一宁，编辑：吕方
_REPOST: Final = re.compile(
    r"^(?:本文|本篇|文章|原文)(?:来自|转载自|转自|来源于?|原载于?|首发于)[:：]?\s*"
    r"(?:微信公众号|公众号|微博|知乎|头条号|网站)?\s*"
    # (a publication's name in its title marks, then the sentence goes on: 本文轉載自《山海誌》，原作者：…)
    r"(?:《(?P<book>[^《》，,。]{2,20})》(?=[，,。\s]|$)|[“\"「『]?(?P<source>[^”\"」』（()，,。:：\s]{2,20})[”\"」』]?)"
)
_REPOST_ROLE: Final = re.compile(r"(?P<role>作者|编辑|责编|责任编辑)[:：]\s*(?P<name>[^，,。；;（()）\s]{2,12})")
_REPOST_LINE: Final = 160


def parse_repost_line(line: str, folded: str) -> MetaLine | None:
    """A repost's statement of where the article comes from and who wrote
    it: the source, then ROLE：name pairs inside the sentence."""
    if len(line) > _REPOST_LINE or not (m := _REPOST.match(folded)):
        return None
    group = "book" if m.group("book") else "source"
    source = line[m.start(group) : m.end(group)]
    credits = tuple(
        (line[r.start("role") : r.end("role")], person)
        for r in _REPOST_ROLE.finditer(folded)
        if (person := person_value(line[r.start("name") : r.end("name")]))
    )
    author = next((name for role, name in credits if fold_text(role) == "作者"), None)
    return MetaLine("byline" if author else "source", source=source, author=author, credits=credits)


_LATIN_NAME_WORD: Final = re.compile(r"[A-Z][a-z]+")
_SIGN_DASHES: Final = "—–―─"  # (a signature's dash: no letter of a name)
_INITIAL: Final = re.compile(r"[A-Z]\.")  # (a surname's initial: Lina T.)
_THOUSANDS: Final = re.compile(r"(?<=\d),(?=\d{3})")


def account_byline(name: str, account: str, date: str | None = None) -> MetaLine:
    """A writer and the account that publishes them, as a post's header names
    the two (原创 豆妈 豆包成长记, the date beside them or on the line under)."""
    return MetaLine(
        "byline", author=name, source=account, date=date, credits=(("作者", name),), fielded=True, unlabelled=True
    )


def account_line(line: str, folded: str) -> MetaLine | None:
    """A short line around a dated timestamp: "原创 老周 城市记忆馆
    2023年11月12日 20:30 上海", "编辑于 2024-03-09 22:14・IP 属地北京".
    Words before the date are the author and the account (or the source)."""
    m = DATE_IN_LINE.search(folded)
    if not m or not m.group("y") or not (date := format_date(m)):
        return None
    if m.start() > 2 and folded[m.start() - 1] in ":： ":
        # (an event's day, then the page's: 崇拜日期：2029年3月11日｜上載：2029年3月14日)
        date = published_past_event(folded, m) or date
    if m.start() == 0 and _DATE_LABEL_AFTER.match(folded, m.end()):
        # (the date, its label, the counters: 2025-11-20 更新 · 时长 12:36 · 已学 3.4万)
        return MetaLine("date", date=date)
    if _VALUE_BAD.search(_THOUSANDS.sub("", folded)):
        return None
    if _HAN_CHAR.match(folded, max(m.start() - 1, 0), m.start()) and _HAN_CHAR.match(folded, m.end()):
        return None  # a date inside a headline's or a sentence's words: 关于2025年12月10日起调整…的公告
    head = line[: m.start()]
    if sum(head.count(c) for c in _OPENING) > sum(head.count(c) for c in _CLOSING):
        return None  # a note in a headline's brackets: 路線調整（2025年12月7日起生效）
    before = [t for t in _TOKENS.split(head) if t]
    if before and head[:1] in _SIGN_DASHES and not before[0].strip(_SIGN_DASHES):
        # (a dash run before the name and its stamp, —— 陳宥廷｜2029/03/15 22:41: a message's
        # signature under the message, its writer's, no byline of the page)
        return None
    if any(_CODE.fullmatch(t) or _split_quote(t) for t in before):
        # (a number's label and its code, 通告編號 PN-2025-1187; a quotation
        # cut by a dot, 本词条由“知源百科·专家组”认证: no name nor outlet)
        return MetaLine("date", date=date)
    by = next((k for k, t in enumerate(before[:-1]) if t.endswith("由")), None)
    if by is not None:
        # 本帖最後由 山頂小松鼠 於 …: the name after 由 ("by") is who wrote it; 由 某街坊會 提供, no one
        name = before[by + 1]
        if before[by + 2 : by + 3] == ["提供"] and OUTLET_END.search(fold_text(name)):  # (supplied by a body)
            return MetaLine("date", source=name, date=date)
        if _EDITED.match(folded, m.end()):
            return MetaLine("editor", author=name)  # (本帖最后由 X 于 … 编辑: who last edited it, not when posted)
        return MetaLine("date", author=name, date=date, credits=(("作者", name),))
    if _SPAN_TO.match(folded, m.end()):
        # A period (专案期间 2025/11/10 – 2025/12/12): the word before it is its label, no outlet.
        return MetaLine("date", date=date)
    if _PUBLISHED_LABEL.fullmatch(folded, 0, m.start()) and folded.count(":", m.end()) <= 1:
        # (the page's own date after its label leads the row; one field of the page's follows,
        # however long: 發佈：2026年11月26日　適用門市：Alhambra、Arcadia; a row of credits is
        # left to the rules that read them)
        return MetaLine("date", date=date)
    after = [t for t in _TOKENS.split(folded[m.end() :]) if t and not t.replace(",", "").isdigit()]
    if len(before) > _ROLE_NAME_VERB and not after and ("|" in head or "｜" in head):
        # (the writer's part, then credits' parts, apart by bars: 團長 X 記｜照片：副團長 Y｜date)
        from reader.core.deed_rows import deed_row  # (here: a rare line; a module's load costs)

        if credits := deed_row(head):
            return MetaLine("byline", author=credits[0][1], date=date, credits=credits)
    if len(before) > 3 or len(after) > 3 or any(len(t) > 16 for t in before + after):
        return None
    # (a user's level beside a name, 阿明　LV.7　2025-11-26: the name is a user's, who posted it)
    # (or a score, 山野行者　4.4分　2026-11-25: a number with a unit names no account)
    leveled = [t for t in before if not LEVEL.fullmatch(t) and not SCORE.fullmatch(t)]
    if len(leveled) == 1 < len(before) and (user := person_value(leveled[0])):
        return MetaLine("byline", author=user, date=date, credits=(("作者", user),))
    if len(before) == 2 and (poster := posted_by(" ".join(before))):
        return MetaLine("byline", author=poster, date=date, credits=(("作者", poster),))
    # (a unit's label and its name, then its desk: 發布單位：某捷運公司 遺失物中心; the unit publishes it)
    # (a unit alone may be the desk itself, 發布單位：讀者服務組: the site's name stands)
    unit = next((v for t, desk in itertools.pairwise(before) if "：" not in desk and (v := _unit_value(t))), None)
    labelled = before  # (the cells with their labels, for the last test below)
    before = [
        t
        for t in before
        if t.lower() not in _LABELS
        and not t.endswith(("于", "於", "：", ":"))
        and "：" not in t
        and not _ISSUE_NO.fullmatch(t)
    ]
    if any(_REF_CODE.fullmatch(t) for t in before):
        # a reference number and its label (通告編號 HB/MO/2025/214): no one, no outlet
        return MetaLine("date", date=date)
    if 1 < len(before) <= _ROLE_NAME_VERB and before[-1] in WRITES and (writer := name_then_role(" ".join(before))):
        # the writer and what they did, maybe under their role (家長義工 鄭慧心 撰文｜2029年9月10日): no outlet
        return MetaLine("byline", author=writer[1], date=date, credits=(writer,))
    if (
        len(before) == 1
        and line[: m.start()].rstrip().endswith(BYLINE_DOTS)
        and " " not in before[0]
        and not OUTLET_END.search(fold_text(before[0]))  # (國立中興大學 · 10月14日: a school)
    ):
        # A name and a dot before the date is who wrote it: 柯以宁 · 2025年2月9日 · 阅读约 5 分钟
        author, credits = dotted_credit(before[0])  # (or a desk that issues it, or no one: 本网讯｜date)
        return MetaLine("date", author=author, date=date, credits=credits)
    if len(before) > 1 and (credited := slashed_credits(before)):
        return MetaLine("byline", author=credited[0], date=date, credits=credited[1])
    if len(before) == 2 and _LATIN_NAME_WORD.fullmatch(before[0]) and _INITIAL.fullmatch(before[1]):
        # a given name and the surname's initial, Lina T.　2029年8月16日: one person by the date, no
        # outlet (a reader's name as sites print it; their place alone says whose)
        name = " ".join(before)
        return MetaLine("date", author=name, date=date, credits=(("作者", name),))
    if len(before) == 2 and (
        all(_LATIN_NAME_WORD.fullmatch(t) for t in before)
        # (or a Latin given name and a Han surname, Jess 陳 · 2028年11月2日: one name as written, no outlet)
        or (
            _LATIN_NAME_WORD.fullmatch(before[0])
            and ((surname := fold_text(before[1])) in SURNAMES or surname in COMPOUND_SURNAMES)
        )
    ):
        name = " ".join(before)  # one Western name: Amy Lin｜2023-11-20
        return MetaLine("byline", author=name, date=date, credits=(("作者", name),))
    if len(before) == 2:
        name, account = before
        dots = line[: m.start()].rstrip().endswith(BYLINE_DOTS)
        if is_category_label(name) and (person := _qualified_name(account)):
            # a column's label, then the writer with a qualification: 税务专栏　黄俊豪（特许会计师）
            return MetaLine("byline", author=person, date=date, credits=(("作者", person),))
        if (
            (_WHO_WORD.search(fold_text(name)) or job_titled(name))
            and han_name_shaped(account)
            # (a name's shape may be a title's with a word before it: 門市經理, 高級經理)
            and (
                not han_name_shaped(name)
                or (len(name) >= _QUALIFIED_TITLE and job_titled(name) and not job_titled(account))
            )
        ):
            # a role label, then the person: 社区居民 汪秀英 2026年11月28日 (the person wrote it;
            # or a unit and a job title, 某某地產研究部高級經理 溫家樂)
            return MetaLine("byline", author=account, date=date, credits=(("作者", account),))
        if han_name_shaped(name) and (titles_listed(account) or holds_title(account)):
            # the writer, then the titles they hold: 许丽珍｜店长、资深美容师｜2026年12月19日,
            # 戴明远　急诊科主治医师　2027-01-18 (a title is no outlet)
            return MetaLine("byline", author=name, date=date, credits=(("作者", name),))
        if dots and _SCHOOL.search(fold_text(account)) and not OUTLET_END.search(fold_text(name)):
            # (a poster, then their school, dotted apart: 南大貓咪工程師 · 國立臺南大學 · date; no outlet)
            return MetaLine("byline", author=name, date=date, credits=(("作者", name),))
        if (OUTLET_END.search(fold_text(name)) and not OUTLET_END.search(fold_text(account))) or (
            dots
            and han_name_shaped(account)
            and not han_name_shaped(name)
            and all("\u3400" <= c <= "\u9fff" for c in name)
        ):
            # the outlet first: 房小筑成都站 苗可 2025-11-25 10:20; or a blog's name, then its
            # writer's, dotted apart (小站日志 · 陈志远 · 2028年11月26日): the name's shape says who
            name, account = account, name
        # (the account a post's own header names beside its author publishes it,
        # surer than the platform's name in the markup: 原创 豆妈 豆包成长记 2025年11月25日)
        # (unless a writer sits under a credit's label in the row, 副刊・書架一隅　文：X　date: the pair a column's)
        if account in WRITES:  # (what the name did, 老許 整理｜date, as 撰文 after it: no outlet's word)
            return MetaLine("byline", author=name, date=date, credits=((account, name),))
        if not any(is_credit_role(fold_text(t.partition("：")[0])) for t in labelled if "：" in t):
            return account_byline(name, account, date)
        return None
    if (
        not before
        and len(labelled) > 1
        and (pairs := role_pairs(" ".join(t for t in labelled if t[-1] not in "：:")))
        and all(fold_text(role).endswith(_ROLE_WORDS) for role, _ in pairs.credits)
    ):
        # (role：name pairs before the date's label: 路线整理：X　摄影：Y　｜　发布：…, the makers and the day;
        # every label a maker's, 場地：修頓球場 is a place)
        return MetaLine("byline", source=unit, author=pairs.author, date=date, credits=pairs.credits)
    return MetaLine("date", source=unit or (before[0] if len(before) == 1 else None), date=date)


# (and a label naming a person by what they do, 講員, 講者: a maker's too; 場地 names a place)
_ROLE_WORDS: Final = (*ROLES, "员", "者")


def _unit_value(token: str) -> str | None:
    label, colon, value = token.replace(":", "：").partition("：")
    return value if colon and value and UNIT_ROLE.search(fold_text(label)) else None


# A publication date's label alone before it: 发布：, 發佈於, 更新时间：
_PUBLISHED_LABEL: Final = re.compile(r"\s*(?:发布|发表|更新)(?:时间|日期|于)?\s*[:：/／]?\s*")


def _qualified_name(word: str) -> str | None:
    """A person's name, perhaps with a qualification in brackets after it
    (黄俊豪（特许会计师）): the name; None for any other word."""
    name = word.partition("（")[0] if word.endswith("）") else word
    return name if han_name_shaped(name) else None


_DATE_LABEL_AFTER: Final = re.compile(
    r"\s*(?:更新|发布|发表|發佈|發布|發表|编辑|編輯|updated|posted)(?:\s*[·・•|｜]|\s*$)", re.I
)


# An edit's label after its date: … 于 2026-11-24 21:40 编辑
_EDITED: Final = re.compile(r"\s*(?:编辑|編輯|修改)\W*$")


def posted_by(words: str) -> str | None:
    """The name before a posting label (南山拾光　发布于 …): who posted it;
    None for an outlet's name (城南日报 发布于 …) or no such label. A role
    word may lead the name (教務主任 邱靜宜　發布於 …), the thread's first
    floor follow it (牛油仔　樓主　發表於 …): the name posted it. So does the
    name after the English label (By 林佳穎)."""
    parts = words.split()
    if len(parts) <= 2 and ("｜" in words or "|" in words):
        # (a bar set between the name and the label as a gap: 老闆 黃志賢｜發佈於 …, 阿彬｜發表於 …)
        parts = words.replace("｜", " ").replace("|", " ").split()
    if parts and parts[0].lower() == "by" and len(by := words.rstrip(" |｜").split()) == 2:
        return person_value(by[1])  # (the English label before the name: By 林佳穎 | 2025年3月2日)
    if len(parts) == 3 and parts[2] in _POSTED and (pair := role_and_name(f"{parts[0]} {parts[1]}")):
        return pair[1]
    if len(parts) == 3 and parts[2] in _POSTED and parts[1] in _FIRST_FLOOR:
        parts = [parts[0], parts[2]]  # (the first post's floor label after the name: 牛油仔　樓主　發表於 …)
    if len(parts) != 2 or parts[1] not in _POSTED or OUTLET_END.search(fold_text(parts[0])):
        return None
    return person_value(parts[0])


_FIRST_FLOOR: Final = ("楼主", "樓主")
_POSTED: Final = frozenset({"发布于", "发表于", "發佈於", "發布於", "發表於", "发帖于"})
# A number with a fraction and maybe a short unit (4.4分, 98.5万, 4.6/5): a score
# or a count, never a name (an outlet with digits, 36氪, has none)
SCORE: Final = re.compile(r"\d{1,3}[.,]\d{1,2}\s*(?:/\s*\d{1,3}|\S{0,2})")
# A word and a number with one digit each side of the dot (位置 4.5, 卫生 4.7): a
# sub-score, no month.day (letters by category: a Han range costs ~12M to compile)
_SCORE_ROW: Final = re.compile(r"[^\W\d_]{1,6}\s*\d\.\d")


def is_score_row(folded: str) -> bool:
    # (its dot asked first, in C: a date line with its outlet, which asks this, mostly has none)
    return "." in folded and _SCORE_ROW.fullmatch(folded) is not None and not folded.isascii()


# An issue's number, no one's name: No.128, Vol.3, 第128期
_ISSUE_NO: Final = re.compile(r"(?:no|vol|issue|ep)\.?\s*\d{1,4}|第\s*\d{1,4}\s*[期号號]", re.IGNORECASE)
# A code of five or more ASCII characters with digits and letters or
# slashes (hb/mo/2025/214, ge21076).
_REF_CODE: Final = re.compile(r"(?=[a-z0-9/-]*\d)(?=[a-z0-9/-]*[a-z/])[a-z0-9][a-z0-9/-]{4,}", re.IGNORECASE)
_OPENING: Final = "（(【[「『“"
_CLOSING: Final = "）)】]」』”"
# A reference code: letters and digits in parts joined by hyphens (PN-2025-1187, LT-YN2511-06).
_CODE: Final = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+")


def _split_quote(token: str) -> bool:
    return any(token.count(a) != token.count(b) for a, b in zip(_OPENING, _CLOSING, strict=True))


# The rest of a span of dates: – 2025/12/12, 至 2025年12月12日
_SPAN_TO: Final = re.compile(r"\s*(?:[-–—~～至到]|－)+\s*\d{4}\s*[-/.年]")


def span(line: str, m: re.Match[str], group: str) -> str | None:
    # (the pattern's own group names, no dict of every group built)
    if group not in m.re.groupindex or m.group(group) is None:
        return None
    return line[m.start(group) : m.end(group)].strip() or None


__all__ = ["SCORE", "account_byline", "account_line", "is_score_row", "parse_repost_line", "posted_by", "span"]
