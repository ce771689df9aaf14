"""Which source, author, date and credits an article gets, from every
candidate its page offers: the metadata lines (a 来源 field, a reporter's
outlet, a name beside a date), the page's markup (og:site_name, the
``<title>``'s suffix, the author meta) and the site's own name where the
page starts (its masthead) and ends (its © line).

The candidates are weighed the way the headline is chosen: a field that
names the source (来源：…) and the markup win; a name beside a date is
weak, since a community page writes its poster's nickname there (阿澄去旅行
2025-11-03 发布). When the masthead and the © line (or the markup) agree on
the site's name and the name beside the date is another one, not shaped
like an outlet, it is the poster's: the author, and a credit.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core import masthead as heads
from reader.core import poster_names as posters
from reader.core import publisher_names as publishers
from reader.core.box_sources import without_box_bylines, without_box_sources
from reader.core.credit_lines import line_credits
from reader.core.credit_roles import SHAPED_ROLE_FIRSTS
from reader.core.footer_sites import foot_contact, footer_site, host_site
from reader.core.han import HAN, HAN_RUN
from reader.core.head_dates import head_date, under_headline
from reader.core.head_foot_names import head_or_foot, issuer_in_foot, placed_foot
from reader.core.issuing_offices import issuing_desk, office_of
from reader.core.line_passes import Line
from reader.core.masthead import masthead_names, welcome_site
from reader.core.meta_lines import outlets_below_body
from reader.core.meta_records import Hints, MetaLine, lone_editor
from reader.core.metadata import merge
from reader.core.outlet_names import OUTLET_END
from reader.core.pair_lines import issuing_unit
from reader.core.person_values import fold_text, han_name_shaped, is_unit
from reader.core.publisher_names import (
    department,
    full_name,
    own_board,
    place_of,
    placed_unit,
    publisher_shaped,
    same_site,
    section_label,
    signed_by,
    signed_in_full,
    site_named,
)
from reader.core.reporter_lines import reporters_named

Credits = tuple[tuple[str, str], ...]

_LATIN: Final = re.compile(r"[A-Za-z]")
_HAN_ANY: Final = HAN


def _named_after(name: str, site: str) -> bool:
    """Whether ``site`` is named after the person ``name``: 鄺家明議員辦事處, 林小滿工作室 (their site)."""
    fn, fs = fold_text(name), fold_text(site)
    return han_name_shaped(name) and fs.startswith(fn) and len(fs) > len(fn) + 1


def _recurs(name: str | None, lines: list[Line]) -> bool:
    """Whether ``name`` is written on two lines of the page or more."""
    return name is not None and sum(name in line.text for line in lines) >= 2


def _agreed_site(hints: Hints, head: str | None, foot: str | None) -> str | None:
    """The site's name when two of the page's own places name it alike."""
    named = [n for n in (hints.source, head, foot) if n]
    for k, a in enumerate(named):
        if any(same_site(a, b) for b in named[k + 1 :]):
            return a
    return None


_HEAD: Final = 16  # (the head's lines, where a site names itself)


# What a paper's website adds to the paper's name: 某某晚报网, 某某日报客户端.
_SITE_OF: Final = re.compile(r"(?:网|網|网站|網站|新闻网|新聞網|客户端|客戶端|在线|在線|官网|官網|app)$", re.IGNORECASE)


def _paper_of_site(field: str, site: str | None) -> bool:
    """Whether the 来源 field names the paper whose website ``site`` is
    (来源：龙城晚报 on 龙城晚报网): the paper, not its website, is the source; or
    the company in full whose short name the site is (安禾人寿保险股份有限公司 on 安禾人寿)."""
    if publishers.company_of_site(field, site):
        return True
    if not site or not site.startswith(field) or len(site) == len(field):
        return False
    return _SITE_OF.fullmatch(site[len(field) :].strip()) is not None and not _SITE_OF.search(field)


_NAME_CHARS: Final = 3
_DESK_END: Final = re.compile(r"(?:部|组|中心|工作室|团队|小组)$")


# A link to a profile: [林靜岑](https://mojian.io/@jingcen)
_PROFILE_LINK: Final = re.compile(r"\[(?P<name>[^\[\]@]{2,20})\]\((?P<url>https?://[^)\s]+)\)")


def _shown_name(lines: list[Line], handle: str) -> str | None:
    """The name a link to ``handle``'s profile shows among the page's head lines."""
    for line in lines[:_HEAD]:
        if (
            handle in line.text
            and (m := _PROFILE_LINK.fullmatch(line.text.strip()))
            and m.group("url").rstrip("/").endswith("/" + handle)
        ):
            return m.group("name").strip()
    return None


def _line_wins(line: str, markup: str, source: str | None, roles: dict[str, str]) -> bool:
    """Whether a line's byline beats the markup's author: it is that and more, or the rest are correspondents."""
    if markup == source:  # (or the markup names the site itself: a person, 郑慧玲 over 明灯教育中心)
        return han_name_shaped(line)
    if markup.isascii() and markup.replace(" ", "").replace("-", "").isalpha() and han_name_shaped(line):
        # (the markup's Latin words are the account's handle, Peishan, or the name romanised,
        # Kwong Cheuk-yin; the page shows 林佩珊, 鄺卓賢)
        return True
    if len(rest := markup.split()) > len(ours := line.split()) and rest[: len(ours)] == ours:  # (记者 X 通讯员 Y)
        return all(fold_text(roles.get(name, "")) == "通讯员" for name in rest[len(ours) :])
    return len(names := line.split()) > 1 and names[0] == markup and all(han_name_shaped(n) for n in names)


def _desk_of(author: str, source: str) -> str | None:
    """The desk an outlet's byline names after the outlet's name (南岛日报体育组: 体育组)."""
    if not author.startswith(source) or len(author) <= len(source) + 1:
        return None
    desk = author[len(source) :].strip()
    return desk if _DESK_END.search(fold_text(desk)) and " " not in desk else None


def settle(
    metas: list[MetaLine], hints: Hints, lines: list[Line]
) -> tuple[str | None, str | None, str | None, Credits]:
    """(source, author, date, credits) from the metadata lines ``metas``, the markup (``hints``)
    and the page's ``lines``; a source not shaped like a publisher's name (a cut bracket, a
    reporter's line, a code, an issue's date, a counter) gives way to the site's name the page
    states elsewhere, or to none; the title's label beside the date (新酒上架 · 2026年11月20日) is
    no author; the author's blog under its platform's bar (阿彬的雞蛋糕日記 on 筆記島) the source."""
    source, author, date, credits = _settle(*without_box_sources(metas, hints, lines), lines)
    if author is not None and (author == hints.label or heads.title_label(author, lines)):
        credits = tuple(c for c in credits if c[1] != author)
        author = None
    if author and source and (own := heads.own_site(lines, author)) and not _named_after(author, source):
        source = own
    unit = source is not None and _dated_unit(source, metas)
    if source is not None and (unit or not publisher_shaped(source)):
        # (the © line's name before the masthead's: a first line's words may be a menu's)
        head, more = masthead_names(lines)
        others = (hints.source, publishers.without_legal_form(footer_site(lines), lines), head, *more)
        site = next((n for n in others if n and n != source and publisher_shaped(n)), None)
        # (a unit beside the date, 校团委 宣传组 2025-11-26, gives way to the site only when one is named)
        source = site or (source if unit else None)
    elif source and len(source) > _UNIT_CHARS and is_unit(source[-3:]) and (head := masthead_names(lines)[0]):
        # (the masthead's name and a desk glued beside the date, 某某棋社赛务组 under 某某棋社: the site)
        source = head if source.startswith(head) and _dated_unit(source, metas, source[len(head) :]) else source
    if source is None and not hints.source:  # (no name for the site but the issuer's, signing the foot too)
        source = issuer_in_foot(lines)
    # (or the office of the name the site shares, 發佈：翠瀾苑管理處 on 翠瀾苑住戶通訊; the site's desk, a credit)
    source = _issuer(source, metas, lines) or (source and office_of(source, lines[:_HEAD])) or source
    return source, author, date, credits or issuing_desk(source, lines[:_HEAD])


def _issuer(site: str | None, metas: list[MetaLine], lines: list[Line]) -> str | None:
    """The unit a meta line labels as the issuer when it is the site's own name and a body of it
    (发出单位：明渊斗母宫理事会 under the masthead 明渊斗母宫): the page's own word on who issues it;
    a desk, with the site's name before it or not (票务中心, 推廣股), leaves the site."""
    # (the unit's line reads as a date's with no outlet: a page with none has no such field)
    if not site or not any(m.kind == "date" and m.source is None for m in metas) or not _HAN_ANY.match(site):
        return None
    place = place_of(site)
    for line in lines[:_HEAD]:
        # (a meta line that writes the site's name or its place: the few, asked before any split)
        if line.meta is None or (place or site) not in line.text:
            continue
        if unit := issuing_unit(line.text, line.folded or fold_text(line.text)):
            rest = unit[len(site) :] if unit.startswith(site) else ""
            # (the site's name and a desk: the site's desk where its © line names the site, else the issuer whole)
            desk = is_unit(rest) and footer_site(lines) == site
            if _BODY_CHARS[0] <= len(rest) <= _BODY_CHARS[1] and HAN_RUN.fullmatch(rest) and not desk:
                return unit
            # (a unit of its own that shares only the place, 某某镇文化旅游服务中心 under 某某镇人民政府:
            # not the site's name and a desk, the issuer itself)
            own = unit[len(place) :] if place and unit.startswith(place) and not rest else ""
            if _OWN_CHARS[0] <= len(own) <= _OWN_CHARS[1] and HAN_RUN.fullmatch(own) and not site.endswith(own):
                return unit
    return None


_OWN_CHARS: Final = (4, 10)  # (a unit's own name after the place: 文化旅游服务中心)


_BODY_CHARS: Final = (2, 6)  # (a body's word after the site's name: 理事会, 管理委員會)


def _dated_unit(source: str, metas: list[MetaLine], last: str = "") -> bool:
    """Whether ``source`` is a unit's name (宣传组, 校团委 宣传组; or ``last``, its part after
    the site's name) that only a date's line states: the desk that posted it, of the site."""
    last = last or source.split()[-1]
    return (
        3 <= len(last) <= _DESK_CHARS
        and is_unit(last)
        and any(m.source == source for m in metas)
        and all(m.kind == "date" and not m.fielded for m in metas if m.source == source)
    )


_UNIT_CHARS, _DESK_CHARS = 4, 5  # (a desk beside a date may name whose it is: 堂區辦事處)


def _own_unit(field: str, lines: list[Line]) -> bool:
    """Whether the 来源 field names a unit (品牌部) that the page's foot gives as
    its contact (媒体联系：品牌部 press@…): the site's own department, not a
    ministry the story comes from (商务部). The body the foot's 主办 field
    names (主办：南湖街道办事处　电话：…) runs the site: it is no department."""
    return is_unit(field) and foot_contact(lines, field) and field != host_site(lines)


def _nick_credit(author: str, credits: Credits) -> tuple[str, str, str] | None:
    """(nickname, full name, credit) when the author's credit writes the
    nickname with the full name in brackets (小鱼（陈诗涵）); else None."""
    for _, name in credits:
        if name.startswith(author) and name[-1:] in "）)" and (pair := posters.full_name(name)) and pair[0] == author:
            return (*pair, name)
    return None


def _settle(
    metas: list[MetaLine], hints: Hints, lines: list[Line]
) -> tuple[str | None, str | None, str | None, Credits]:
    """(source, author, date, credits) from the metadata lines ``metas``,
    the markup (``hints``) and the page's ``lines`` (the site's name at its
    head and foot, the credits its other lines give)."""
    source, author, date = merge(without_box_bylines(metas, lines))
    credits: Credits = tuple(c for m in metas for c in m.credits)
    last_resort = None
    if source and (below := outlets_below_body(lines)) and source in below:
        last_resort = source
        # (a name beside a date below the article's first paragraph is an
        # event's or a listed story's, weaker than the site's own name: the
        # source only when nothing else names one)
        source = next((m.source for m in metas if m.source and m.source not in below), None)
    # (a caption's photographer, a credit line of roles the tables do not
    # know: no metadata line, but their names are credits; long lines are prose)
    # (a plain loop, no generator: it walks every line of every page)
    for line in lines:
        # (the folded form first: a long line has none)
        if (
            (folded := line.folded) is not None
            and line.meta is None
            # (line_credits' first tests asked here: most lines start with no role, have no bracket nor 摄)
            and (folded[:1] in SHAPED_ROLE_FIRSTS or ")" in folded or "）" in folded or "摄" in folded)
        ):
            # (a Markdown caption in italics: *何錦添和他的三輪車。（攝影：陳浩文）*)
            credits += line_credits(line.text.strip("*_"), folded.strip("*_"))
    if hints.credits:  # (the markup's credits: most pages' markup gives none)
        credits += tuple(c for c in hints.credits if not any(c[1] == name for _, name in credits))
    (head, more), foot = masthead_names(lines), footer_site(lines)
    head = head or welcome_site(lines) or (foot and placed_foot(foot, lines))  # (欢迎来到江南茶叶协会官方网站！)
    if more and not (same_site(head, foot) or same_site(head, hints.source)):
        # (a lone name over the menu that the foot (its ©, its 主办) or the markup
        # names too beats the first line's: 云州市图书馆 under 无障碍浏览 | 长者模式)
        namers = (foot, hints.source, host_site(lines))
        agreed = next((h for h in more if any(same_site(h, n) for n in namers)), None)
        # (or, when the first line's words occur nowhere else on the page (a skip
        # link: 跳到主要內容區塊; or none, a weather bar, over a © in Latin only), the
        # lone name the page repeats: a site names itself (訂閱灣區華聲網每週電子報)
        latin_foot = not head and foot is not None and not _HAN_ANY.search(foot)
        if not agreed and ((head and not _recurs(head, lines)) or latin_foot):
            agreed = next((h for h in more if _recurs(h, lines)), None)
        head = agreed or head
    head = head_or_foot(head, foot, lines)  # (where one extends the other: 海濱花園 over © 海濱花園業主立案法團)
    site = _agreed_site(hints, head, foot)
    fielded = next((m.source for m in metas if m.source and m.kind != "date"), None)
    other = site or (
        # (one place names the site, and the name beside the date is a person's:
        # 王小明　2025-11-27 over © 2025 江南周末)
        (hints.source or head or foot) if source and len(source) <= _NAME_CHARS and han_name_shaped(source) else None
    )
    # (nothing names a site, and the name beside the date is shaped like a
    # person's full name of three characters or fewer, as an outlet's of four
    # may be (江南周末): 王小明　2025-11-27 under the headline is its byline)
    unnamed = not (other or hints.source or head or foot)
    alone = unnamed and source is not None and len(source) <= _NAME_CHARS and han_name_shaped(source)
    if source and not fielded and not author and (nicked := posters.full_name(source)):
        # (a nickname and the poster's full name in brackets beside the date, 老松（鄭文雄）:
        # a person, the author; the blog named after the nickname over the headline, the source)
        author, source = nicked[1], posters.nick_blog(lines, nicked[0])
        credits = (*credits, ("作者", author))
    elif author and not fielded and (pair := _nick_credit(author, credits)):
        # (the same pair as the byline's poster, 小鱼（陈诗涵） 发表于 …: the full name the author, the
        # blog named after the nickname the source, over its platform's bar)
        credits = tuple((role, pair[1] if name == pair[2] else name) for role, name in credits)
        author, source = pair[1], source or posters.nick_blog(lines, pair[0])
    if (
        (other or alone)
        and source
        and not fielded
        and not author
        and (not other or not same_site(source, other) or _named_after(source, other))
    ):
        # (only a name beside a date names a source, and the site is another:
        # it is the poster's nickname)
        poster = posters.poster(source)
        if poster:
            author, source = poster, None
            credits = (*credits, ("作者", poster))
    if not author and not hints.author and (nick := posters.nickname(lines, site or head or foot)):
        author = nick
        credits = (*credits, ("作者", nick))
    if (
        source
        and not fielded
        and hints.source is None
        and (head or foot)
        and any(m.source == source and m.kind == "date" for m in metas)
        and section_label(source, [line.text for line in lines[:_HEAD]])
    ):
        # (a word beside the date that stands alone as a line too is the
        # section's label, 專題 over the headline: the site names the source)
        source = None
    source = source or hints.source or head or foot or host_site(lines) or last_resort
    if not author and not hints.author and any("记者" in fold_text(role) for role, _ in hints.credits):
        # (the reporters a block the extractor dropped names: （记者 X 通讯员 Y）)
        author = reporters_named(hints.credits)
    # (the markup's author, unless a line names them and more (记者 潘思远 郑嘉禾) or as the site's editor)
    if hints.author:  # (only a markup's author to weigh: no sets built for a page with none)
        posted = {m.author for m in metas if m.kind == "editor" and not lone_editor(m)}
        roles = {name: role for m in metas for role, name in m.credits}
        if not (author and _line_wins(author, hints.author, source, roles)):
            author = hints.author if hints.author not in posted else author
    if author and author.startswith("@") and (shown := _shown_name(lines, author)):
        author = shown  # (the name a profile link shows for the handle: [林靜岑](https://site/@jingcen))
    if author and source and (desk := _desk_of(author, source)):
        author = desk  # (the outlet's desk that wrote it: 南岛日报体育组 on 南岛日报's page)
    date = under_headline(date, lines) or hints.date or head_date(lines)
    if author and not any(name == author for _, name in credits):
        # (the byline the markup states is a credit like any other)
        names = author.split()
        if (len(names) > 1 and not all(han_name_shaped(n) for n in names)) or _LATIN.search(author):
            names = [author]
        credits = (*credits, *(("作者", n) for n in names if not any(n == c for _, c in credits)))
    field_source = next((m.source for m in metas if m.fielded and m.source), None) or hints.field_source
    named = site_named(field_source, (hints.source, head, foot), lines)
    if (
        field_source
        and named
        and (department(field_source, named, lines) or _own_unit(field_source, lines) or signed_by(named, lines))
    ):
        # (a department of the publisher, 来源：品牌中心 on 华屿地产's page, 阅读推广部 on a
        # library's; or any unit, when the site itself signs the notice off over its date: the
        # site the page names is the source)
        return named, author, date, credits
    if field_source and (board := own_board(field_source, [line.text for line in lines[:_HEAD]])):
        # (the committee that runs the place's board, 桃源村村民委员会 under 桃源村村务公开网)
        return board, author, date, credits
    # (the notice's signer writes the 来源's form, 桂苑街道办事处 over its date, and the site's
    # fuller name only puts its place before it, 澄江市: that name; a university's office is the university's)
    signed = field_source is not None and placed_unit(field_source, hints.source, lines)
    if field_source and not signed and (full := full_name(field_source, (hints.source, head, foot, host_site(lines)))):
        # (the 来源 field gives the site's name without its place, 白鹭区档案馆 under
        # 南京市白鹭区档案馆 that the masthead and the 主办 line both write: the full name)
        return full, author, date, credits
    if field_source and not signed and (full := signed_in_full(field_source, (hints.source, head, foot), lines)):
        # (the 来源 field drops the place its level word stands for, 区园林绿化服务中心, and the
        # notice's signer writes it whole under the site's place, 泉溪区园林绿化服务中心: that name)
        return full, author, date, credits
    if field_source and (
        signed or not same_site(field_source, hints.source) or _paper_of_site(field_source, hints.source)
    ):
        # (来源：湘楚日报 on 湘楚网's page: the paper the story comes from; 来源：贝禾儿童用品
        # on 宁波贝禾儿童用品有限公司's page names the site, as its markup does)
        return field_source, author, date, credits
    if source and hints.source and _reporters_paper(source, metas) and not same_site(source, hints.source):
        return source, author, date, credits  # (大墩日報 記者X／台中報導 on an aggregator's page: the paper's story)
    return hints.source or source, author, date, credits


def _reporters_paper(source: str, metas: list[MetaLine]) -> bool:
    """Whether ``source`` is a paper a byline names with its own reporter (大墩日報 記者林映彤／台中報導)."""
    return OUTLET_END.search(fold_text(source)) is not None and any(
        m.source == source and m.kind == "byline" and any("记者" in fold_text(role) for role, _ in m.credits)
        for m in metas
    )


__all__ = ["publisher_shaped", "same_site", "settle"]
