"""Whether a name may be a publisher's: no control's word, no open bracket,
no reporter's role, no code or counter (:func:`publisher_shaped`); whether
two names are one site's (:func:`same_site`); and whether a 来源 field names
a department of the site rather than the source (:func:`department`), or
the site's body short of its place, whose full name the page writes
(:func:`full_name`, :func:`signed_in_full`, :func:`placed_unit`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from reader.core.han import HAN_RUN, is_han_char
from reader.core.junk_rules import Reason
from reader.core.line_passes import Line
from reader.core.masthead import PROMO, ui_word
from reader.core.person_values import fold_text, is_unit, role_and_name
from reader.core.tail_prose import SIGN_OFF_DATE
from reader.core.wide_gaps import WIDE_GAP


def same_site(a: str | None, b: str | None) -> bool:
    """Two names of one site: one holds the other (置業地產網 and
    置業地產網 PropertyPulse Media Limited), compared folded."""
    if not a or not b:
        return False
    fa, fb = fold_text(a).lower(), fold_text(b).lower()
    return len(min(fa, fb, key=len)) >= 2 and (fa in fb or fb in fa)


# A publisher's department: a short word for what it does and a desk's ending,
# no name of a place or an organisation (品牌中心, 阅读推广部, 综合办公室); three
# characters are a ministry's as often (教育部, 商务部): an outlet.
_DEPARTMENT: Final = re.compile(r"[\u3400-\u9fff]{2,4}中心|[\u3400-\u9fff]{3,4}(?:部|室|处|科|组|股)")
# (a ministry's shape, 教育部, is a department's too when its work is in the site's
# name: 客运部 on 江淮铁路客运服务网's page; on another site it may be the ministry,
# 商务部 on a developer's page, and stays the source)
_SHORT_UNIT: Final = re.compile(r"(?P<work>[\u3400-\u9fff]{2})(?:部|室|处|科|组|股|办)")


# A unit's name after its parent's (…银行消费者权益保护部, …大学图书馆办公室)
_UNIT_AFTER: Final = re.compile(r"[\u3400-\u9fff]{2,10}(?:部|室|处|科|组|股|办|中心)")


# An office inside a body after its place's name (村镇建设办公室, 财务股): a body of its own
# (文化旅游服务中心, 市场监督管理局) is none of the site's offices.
_OFFICE_AFTER: Final = re.compile(r"(?:(?!中心)[^局委院所部厅处站\sA-Za-z0-9]){2,8}(?:办公室|科|股)")
# The names of places a body's name opens with (its place: 岚屿镇 of 岚屿镇人民政府)
PLACE_ENDS: Final = ("市", "区", "區", "县", "縣", "省", "镇", "鎮", "乡", "鄉", "州")


def place_of(site: str) -> str:
    """The place a site's name opens with (岚屿镇 of 岚屿镇人民政府), or ""."""
    k = next((i for i in range(2, min(len(site) - 2, 6)) if site[i] in PLACE_ENDS), 0)
    return site[: k + 1] if k else ""


def department(field: str, named: str, lines: Sequence[Line] = ()) -> bool:
    """Whether the 来源 field ``field`` names a department of the site ``named``
    (or its place's body, that one of the page's ``lines`` writes in full)."""
    if local_body(field, named, lines):
        return True
    folded = fold_text(field)
    site = fold_text(named)
    if len(site) >= 2 and folded.startswith(site) and _UNIT_AFTER.fullmatch(folded, len(site)):
        return True  # the site's name, then one of its units: 江淮农商银行消费者权益保护部
    if (place := place_of(site)) and folded.startswith(place) and _OFFICE_AFTER.fullmatch(folded, len(place)):
        return True  # the site's place, then an office of its body: 青岗镇村镇建设办公室 on 青岗镇人民政府's
    # (the place named, and the work two characters or more: 气象, 水利, 林业)
    if (
        place
        and len(site) > len(place) + 2
        and site[-1] in _BUREAU_ENDS
        and folded[len(site) - 1 :] in _ARM_ENDS
        and folded.startswith(site[:-1])
    ):
        return True  # the site's place and work, an arm's ending: 云岙县气象台 of 云岙县气象局, its station
    if folded[-1:] == "庭" and site.endswith("法院") and _DIVISION_CHARS[0] <= len(folded) <= _DIVISION_CHARS[1]:
        return HAN_RUN.fullmatch(folded) is not None  # a court's division on the court's page: 立案庭, 民一庭
    # (a lab of any length is a unit of the school or firm whose site it is on: 认知神经科学实验室)
    if _DEPARTMENT.fullmatch(folded) or _section(folded) or folded.endswith(_LABS):
        return not same_site(field, named)
    m = _SHORT_UNIT.fullmatch(folded)
    if m is None:
        return False
    # (an office's work with a desk's ending, 宣传科, 办公室; 宣传部 may be the party's, a source;
    # a 部 whose work no state's or party's ministry has, 竞赛部 on an angling association's
    # page, is the organisation's own)
    work = m.group("work")
    if folded.endswith("部"):
        return work in site or _MINISTRY_WORK.fullmatch(work) is None
    # (a 处, 科, 室, 股 or 组 of two characters is an office's, never a state's, whose
    # offices are 部, 局, 委 or 办: 政教处 on a school's page)
    return work in site or folded[-1] in _OFFICE_ENDS or _OFFICE_WORK.fullmatch(work) is not None


_OFFICE_ENDS: Final = frozenset("处科室股组")
# (a bureau's ending, and the endings of the arms it runs under its own work's name: 气象局's 气象台)
_BUREAU_ENDS: Final = frozenset("局委厅")
_ARM_ENDS: Final = frozenset({"台", "站", "中心", "所", "队"})
_LABS: Final = ("实验室", "研究室")
_DIVISION_CHARS: Final = (3, 7)  # (a court's division: 立案庭, 刑事审判庭, 行政审判第二庭)


def company_of_site(field: str, site: str | None) -> bool:
    """Whether the 来源 field is the company's full name that the site's
    short name starts (安禾人寿保险股份有限公司 on 安禾人寿's page): the
    company that states the page as its own, named in full; or the body
    incorporated under the place's name, 怡峰苑業主立案法團 on 怡峰苑's page)."""
    return (
        bool(site)
        and field.startswith(site or "")
        and len(field) > len(site or "")
        and fold_text(field).endswith(_LEGAL_BODIES)
    )


# A body's legal form that ends its full name: a company, an owners' corporation, an association
_LEGAL_BODIES: Final = ("公司", "法团", "协会", "公会")


def _section(folded: str) -> bool:
    """A 科 or a 股 of any length is a bureau's section, never a publisher
    (事业单位人事管理科): asked by string tests, no pattern to compile."""
    return (
        folded[-1:] in _SECTION_ENDS
        and _SECTION_CHARS[0] <= len(folded) <= _SECTION_CHARS[1]
        and all(is_han_char(ch) for ch in folded)
    )


_SECTION_ENDS: Final = frozenset("科股")
_SECTION_CHARS: Final = (6, 11)  # (shorter ones _DEPARTMENT tells)


# The work of an organisation's own office, no ministry's (宣传科, 办公室, 综合处,
# 党政办): a unit of whoever publishes the page.
_OFFICE_WORK: Final = re.compile(r"宣传|办公|综合|党政|政工|党建|宣教|人事|组织|后勤|保卫|采编|通联|网信|融媒|秘书")


# The work of a state's or a party's ministry (教育部, 商务部, 宣传部), compared folded
# (法務部, 數位部): a 部 of that work may be the story's source on any site.
_MINISTRY_WORK: Final = re.compile(
    r"外交|国防|教育|科技|工信|公安|国安|安全|民政|司法|财政|人社|劳动|人事|自然|国土|环境|环保|生态|住建|建设|"
    r"交通|铁道|水利|农业|农村|商务|文化|文旅|旅游|卫生|卫健|应急|审计|监察|宣传|组织|统战|外联|中联|联络|"
    r"国务|内政|经济|经贸|贸易|能源|电力|信息|邮电|广电|体育|海关|工业|林业|渔业|粮食|民航|航天|兵器|"
    r"法务|数位|中宣|中组|卫福|侨务"
)


# What no publisher's name holds: a bracket or a quotation mark left open (路線及班次調整（),
# a reporter's role (記者彭郁珊／竹東報導; a 記者站 is a bureau, an outlet), a year or an issue
# (《江城校友》2025年第4期, 《远帆》第96期), a reference code (HB/MO/2025/214), a counter (回复 赞 2561),
# a label's verb (回答於), a sign (=).
_NOT_PUBLISHER: Final = re.compile(
    r"记者(?!站)|通讯员|(?:19|20)\d{2}\s*年|第\d{1,4}期|[a-z]{1,4}[-/][a-z0-9/-]*\d|\s\d[\d,.]*[万k]?$|[于於]$|[=<>。！？!?，,；;]|^\W*$"
)
_BRACKET: Final = re.compile(r"[（）()《》【】「」“”『』]")
_PAIRS: Final = (("（", "）"), ("(", ")"), ("《", "》"), ("【", "】"), ("「", "」"), ("“", "”"), ("『", "』"))


def publisher_shaped(name: str) -> bool:
    """Whether ``name`` may be a publisher's: no open bracket, no reporter's
    role, no year, code or counter, no label's verb, no promo's words."""
    folded = fold_text(name)
    if _NOT_PUBLISHER.search(folded) or ui_word(name, folded) or role_and_name(name) or PROMO.search(folded):
        return False  # (a promo's words: 滿千免運)
    # (brackets are counted only in a name that has one)
    return not _BRACKET.search(folded) or all(folded.count(a) == folded.count(b) for a, b in _PAIRS)


def section_label(source: str, head: list[str]) -> bool:
    """Whether ``source``, a word beside a date, is a line of its own in the
    page's ``head`` lines, the last step of its breadcrumb (部落格 / 婚禮小知識)
    or one item of its menu's row (首頁　鏡片介紹　配鏡知識　門市據點): the
    section's label, not the outlet."""
    return any(
        _CRUMB.split(text.strip())[-1] == source
        or (source in text and len(items := text.split()) >= _MENU_ITEMS and source in items)
        for text in head
    )


_MENU_ITEMS: Final = 4
_CRUMB: Final = re.compile(r"\s+(?:/|>|＞|›|»|>>)\s+")


def own_board(field: str, head: list[str]) -> str | None:
    """The website a line of the page's ``head`` names alone, when the 来源
    field names the committee or the office of the same place or body and
    the site is named after it too (桃源村村民委员会 and 桃源村村务公开网):
    the body's own board, which the page is on."""
    m = _ORGAN.fullmatch(fold_text(field))
    if m is None:
        return None
    stem = field[: len(m.group("body"))]
    for text in head:
        name = text.strip()
        if name.startswith(stem) and name != field and _BOARD.fullmatch(name, len(stem)):
            return name
    return None


# A body's governing organ after its name: 桃源村村民委员会, 幸福里社区居委会, 高新区管委会
_ORGAN: Final = re.compile(r"(?P<body>[\u3400-\u9fff]{2,10}?)(?:村民委员会|居民委员会|村委会|居委会|管委会|委员会)")
# A website's name after the body's: 村务公开网, 政务网, 官网
_BOARD: Final = re.compile(r"[\u3400-\u9fff]{0,6}(?:网|網|网站|網站)")


def site_named(field: str | None, names: tuple[str | None, ...], lines: list[Line]) -> str | None:
    """The site the page names (markup, masthead, ©) apart from its 来源 field;
    or else the organisation a line writes right before the unit the field
    names (澜江市第二人民医院护理部 signing the notice under 来源：护理部): the
    publisher whose department the unit is."""
    if named := next((n for n in names if n and n != field), None):
        return named
    if not field or not is_unit(field):
        return None
    for line in reversed(lines):  # (a sign-off is at the foot)
        owner = (text := line.text.strip()).removesuffix(field)
        if owner != text and _OWNER_MIN <= len(owner) <= _OWNER_MAX and " " not in owner:
            return owner
    return None


_OWNER_MIN, _OWNER_MAX = 4, 24  # (an organisation's full name, as a sign-off writes it)


def local_body(field: str, named: str, lines: Sequence[Line]) -> bool:
    """Whether the 来源 field is the tail of a name a line writes in full
    whose head is the site's own place (区市场监督管理局, signed 江城市青石区
    市场监督管理局 on 江城市青石区人民政府's site): the place's own body
    on its government's site, which is the source. The site's own name
    written in full (白沙区档案馆 under 临江市白沙区档案馆) is no other body."""
    for line in reversed(lines):  # (a sign-off is at the foot)
        place = (text := line.text.strip()).removesuffix(field)
        if place != text and _PLACE_MIN <= len(place) < len(named) and named.startswith(place) and " " not in text:
            return len(text) <= _OWNER_MAX and text != named
    return False


_PLACE_MIN: Final = 3  # (a place's name: 江城市, 江城市青石区)


# A company's legal form after its name: 有限公司, 股份有限公司, 有限责任公司
_LEGAL_SUFFIX: Final = re.compile(r"(?:股份)?有限(?:责任|責任)?公司|公司")
_OVER_HEADLINE: Final = 8  # (the masthead's lone line is among the page's first lines)


def without_legal_form(foot: str | None, lines: list[Line]) -> str | None:
    """The © line's company ``foot`` as a lone line over the headline names it,
    without its legal form (远帆物流集团 over © 远帆物流集团有限公司): the
    site's own name; else ``foot``."""
    if not foot:
        return foot
    for line in lines[:_OVER_HEADLINE]:
        if line.reason is _HEADLINE:
            break
        text = line.text.strip()
        if len(text) >= _NAME_MIN and foot.startswith(text) and _LEGAL_SUFFIX.fullmatch(foot, len(text)):
            return text
    return foot


_HEADLINE: Final = Reason.HEADLINE  # (bound once: an enum member's look-up is slow)
_NAME_MIN: Final = 2


def full_name(field: str, places: tuple[str | None, ...]) -> str | None:
    """The name two of the page's places (markup, masthead, ©, 主办) agree on,
    when it ends with the 来源 field's: the same body, its place written before
    it (南京市 + 白鹭区档案馆); a paper's website (龙城晚报网) or its publisher
    (…时报社) ends otherwise and is another."""
    for name in places:
        if name and name != field and name.endswith(field) and sum(p == name for p in places) >= 2:
            return name
    return None


def signed_in_full(field: str, sites: tuple[str | None, ...], lines: list[Line]) -> str | None:
    """A line of the page alone (or a cell of a sign-off's line) that writes the
    来源 field whole with the site's place before it (泉溪区 on 泉溪区人民政府门户网站's
    page, 区园林绿化服务中心 the field; or the district under the city, 溪北区 of
    青禾市溪北区人民政府): the signer's full name of the same body."""
    places = {p for site in sites if site for p in _places_of(site)}
    for line in lines:
        if field not in line.text:
            continue  # (most lines: the cells below are split only for a line that holds the field)
        # (or a cell of a sign-off of several bodies set apart by wide gaps: 溪北区农业农村局　　溪北区公安分局)
        for text in WIDE_GAP.split(line.text.strip()) if WIDE_GAP.search(line.text) else (line.text,):
            if len(field) < len(text) <= len(field) + _PLACE_CHARS and text.endswith(field):
                rest = text[: -len(field)]
                if HAN_RUN.fullmatch(rest) and rest + field[0] in places:
                    return text
    return None


def _places_of(site: str) -> tuple[str, ...]:
    """The place a site's name opens with, and the place under it when one
    follows (青禾市溪北区人民政府: 青禾市, 溪北区)."""
    if not (place := place_of(site)):
        return ()
    inner = place_of(site[len(place) :])
    return (place, inner) if inner else (place,)


_PLACE_CHARS: Final = 4  # (a place's name before its level word: 泉溪)


def signed_by(site: str, lines: list[Line]) -> bool:
    """The notice's sign-off is the ``site``'s own name on a line of its own, its
    day on the line under it (禾丰县农业农村局 / 2028年5月20日): the site issued it."""
    for k in range(len(lines) - 2, max(len(lines) - _FOOT, 0), -1):  # (a sign-off is at the foot)
        if lines[k].text == site and SIGN_OFF_DATE.fullmatch(lines[k + 1].text):
            return True
    return False


_FOOT: Final = 30  # (the sign-off under the body, the page's junk under it)


def placed_unit(field: str, site: str | None, lines: list[Line]) -> bool:
    """Whether the site's name is the 来源 field with a place before it
    (澄江市 + 桂苑街道办事处) and the notice's signer writes the field alone."""
    if not site or len(site) <= len(field) or not site.endswith(field) or not site[: -len(field)].endswith(PLACE_ENDS):
        return False
    return any(line.kept and line.text.strip() == field for line in lines)


__all__ = [
    "company_of_site",
    "department",
    "full_name",
    "own_board",
    "placed_unit",
    "publisher_shaped",
    "same_site",
    "section_label",
    "signed_by",
    "signed_in_full",
    "site_named",
    "without_legal_form",
]
