"""The page's own heading against the title its markup gives (<title>, og:title):
which one the reader shows. The markup's title may be a shortened or reworded
copy of the heading, carry a column's label or tag before it, or a nested
item's headline; the page's heading (its one <h1>, or on a page with no <h1>
its one <h2> or a labelled row that words the headline) is what the reader
sees. :mod:`reader.core.html_reader` asks :func:`heading_title`.
"""

from __future__ import annotations

import re
from collections import Counter

from reader.core.ld_headline import markup_headlines
from reader.core.markup_sites import page_title as _page_title


def heading_title(title: str | None, html: str) -> tuple[str | None, str | None]:
    """(label, title): the extractor's ``title`` or the page's heading over it, and
    the channel's label a <title> writes before the headline."""
    if not title:
        return None, title
    if under := _headline_under_label(title, html):
        return under
    if (under := _headline_under_label(_page_title(html), html)) and under[1] == title:
        return under[0], title  # (the extractor took the <h1>; the <title> writes the label before it)
    h1 = (
        _h1_afresh(title, html)
        or _h1_over(title, html)
        or _h1_as_headline(title, html)
        or _h1_fuller(title, html)
        or _h1_under_tag(title, html)
        or _labelled_headline(title, html)
        or _episode_h1(title, html)
        or _h1_in_title(title, html)
    )
    return None, h1 or title


# A programme's episode as its catalogue names it: the series in 《》, its number, then the
# topic after a colon (《銀髮熱線》第112集：預防夜間跌倒); or a periodical's issue and its
# column (校訊第42期：校長的話)
_EPISODE = re.compile(r"(?:《[^》]{1,20}》|[\u3400-\u9fff]{2,8})\s*第\s*\d+\s*[集期回讲講]\S{0,4}?\s*[：:]\s*\S")
_EPISODE_H1 = 6  # (a headline, not the series' name alone)


def _episode_h1(title: str, html: str) -> str | None:
    """The page's one <h1> under a markup title that names a programme's episode
    (series, number, topic): the episode's own headline, however it words the topic
    (半夜起身跌親，唔係老咗就冇得避), unless it is the series' or the site's name."""
    if "第" not in title or not _EPISODE.match(title) or (h1 := one_h1(html)) is None:
        return None
    if len(h1) < _EPISODE_H1 or h1 in title or any(bar in h1 for bar in _SITE_BARS) or site_named(h1, html):
        return None
    return h1


def _h1_in_title(title: str, html: str) -> str | None:
    """The page's one <h1> when the <title> writes it whole as one of its parts
    (TWM 621894 可調式竹製曬衣架 - 專利摘要 | 專利快查網: a code before it, the
    page's kind and the site after it) and the extractor's title, no part of the
    <title>, words the same thing afresh, a run of two letters in common
    (竹製曬衣架新型專利摘要（M621894）): the markup's own words agree on the <h1>."""
    if (h1 := one_h1(html)) is None or len(h1) < _MIN_H1 or h1 in title or site_named(h1, html):
        return None
    page = " ".join(_page_title(html).split())
    parts = _TITLE_PARTS.split(page)
    if h1 not in parts[:-1] or title in page or not letter_pairs(h1) & letter_pairs(title):
        return None
    return h1


# The parts of a <title>: apart by spaces, bars, dashes or underscores
_TITLE_PARTS = re.compile(r"\s*[|｜_—–]\s*|\s+-\s+|\s+")


# A title of a channel's label and the headline (新酒上架｜桂花乌龙酸艾尔), and the page's one <h1>
_LABEL_BAR = re.compile(r"(?P<label>[^｜|]{2,8}?)\s*(?:｜|\s\|\s)\s*(?P<rest>\S.*)")
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


def _headline_under_label(title: str, html: str) -> tuple[str, str] | None:
    """The page's <h1> when the markup's title is a label, a bar and the
    start of the <h1>'s headline (新酒上架｜桂花乌龙酸艾尔 over the <h1>
    桂花乌龙酸艾尔 Osmanthus Oolong Sour): the label is the channel's, the
    headline is the page's own; an <h1> that writes the label too keeps it.
    (label, headline)."""
    m = _LABEL_BAR.fullmatch(title)
    if m is None or (h1 := one_h1(html)) is None:
        return None
    rest = " ".join(m.group("rest").split())
    label = m.group("label").strip()
    # (or the title's rest is the <h1> and the site's name: 新酒上架｜桂花乌龙酸艾尔 — 野岸精酿)
    under = h1.startswith(rest) or (len(h1) >= _MIN_H1 and rest.startswith(h1) and not rest[len(h1) :][:1].isalnum())
    return (label, h1) if h1 != rest and under and label not in h1 else None


_MIN_H1 = 4


def _h1_over(title: str, html: str) -> str | None:
    """The page's one <h1> when the <title> starts with it and does not
    hold the extractor's title: that was a nested item's headline (a live
    blog's latest update in its JSON-LD), not the page's."""
    if (h1 := one_h1(html)) is None:
        return None
    page = " ".join(_page_title(html).split())
    if len(h1) < _MIN_H1 or not page.startswith(h1):
        return None
    short = " ".join(title.split())
    # (or the extractor's title is the <h1>'s last part, a session's or a series' name before it:
    # 第20屆第4次定期大會縣政總質詢　林某議員質詢紀錄摘要, the whole <h1> the <title> gives)
    if short in page and not (len(h1) > len(short) and h1.endswith(" " + short)):
        return None
    return h1


def _h1_afresh(title: str, html: str) -> str | None:
    """The page's one and only <h1> when it words the markup's headline afresh: it
    differs from the <title> and the og:title, names no site, shares a run of two
    letters with them (烏魚子, 彈珠機) but not the start of both (在工廈七樓，打一局三十年前的
    彈珠機 under 觀塘工廈裡的彈珠機樂園; 海鳶颱風後本鄉道路搶修… under the og:title
    海鳶颱風道路通阻一覽 and the <title> 道路通阻一覽｜…), and is no shorter than the og:title
    the markup cut. An <h1> that starts as both the markup's titles do and then goes
    elsewhere (…划船賽花絮, …另一場音樂會的筆記) is another story's, and the
    same-start rules below judge it; a shorter one is a section's heading
    (觀鳥比賽專頁); one that is a board's tag and the markup's title is the tag's.
    On a page with no <h1>, its one <h2> is its heading (an old CMS's detail title:
    关于…临时交通管制的通告 under the og:title teaser 无车日当天中山路步行体验…)."""
    if (h1 := _page_heading(html)) is None:
        return None
    short, page = " ".join(title.split()), " ".join(_page_title(html).split())
    if not _may_reword(short, h1) or h1 in (short, page) or site_named(h1, html):
        return None
    if (m := _LEAD_TAG.match(h1)) and h1[m.end() :] in (short, page):
        return None
    # (a tag before the markup's title is no start of its own: 【樂評】弦與笙之間; the guard asks both
    # titles: a <title> that names the page's standing slot (道路通阻一覽｜某鄉公所) under an og:title
    # that puts the subject before it (海鳶颱風道路通阻一覽) is no one headline the <h1> leaves)
    start = _letters(h1)[:2]
    if all(_letters(_LEAD_TAG.sub("", mark, 1)).startswith(start) for mark in (short, page)):
        return None
    # (the run is the headline's, not the site's name the <title> ends with, which the <h1> may not hold)
    cut = max(page.rfind(bar) for bar in _SITE_BARS)
    head, site = (page[:cut], page[cut:].strip(" -|｜—_")) if cut > 0 else (page, "")
    if site and site in h1:
        return None
    return h1 if letter_pairs(h1) & (letter_pairs(short) | letter_pairs(head)) else None


def words_afresh(short: str, heading: str) -> bool:
    """``heading`` words the title ``short`` afresh: no shorter, another start,
    a run of two letters in common (开了四十一年快船… over 诗巫快船船长江永福：最后一班船)."""
    if not _may_reword(short, heading):
        return False
    return _letters(heading)[:2] != _letters(short)[:2] and bool(letter_pairs(heading) & letter_pairs(short))


def subtitled(short: str, heading: str, site: str) -> bool:
    """``heading`` sets a subtitle off after its bar (…citywalk路线｜附地铁站+人均花费),
    not the ``site`` the clipped title names after its own bar (… - 小橙书), and its
    head shares a run of two letters with the title ``short``: the page's headline,
    the clip's title a teaser worded apart."""
    if not any(bar in heading for bar in _SITE_BARS) or site in heading:
        return False
    head = min((heading.find(bar) for bar in _SITE_BARS if bar in heading), default=0)
    return head >= _MIN_H1 and bool(letter_pairs(heading[:head]) & letter_pairs(short))


def _may_reword(short: str, heading: str) -> bool:
    """A heading long enough to be the headline the title ``short`` was cut from (no
    shorter than it, a date the title adds aside: 2029年6月24日主日週報 over 主日週報（第1125期）)
    and naming no site after a bar: the shape both rewording tests ask."""
    if any(bar in heading for bar in _SITE_BARS):
        return False
    return len(heading) >= max(_MIN_H1, len(short) - (len(m.group()) if (m := _DAY.search(short)) else 0))


# A day in full (2029年6月24日, 2029-06-24): the day a dated title names, no words of its headline
_DAY = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")


def _letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalpha())


def letter_pairs(text: str) -> set[str]:
    """Two letters or Han characters side by side in ``text``."""
    return {text[k : k + 2] for k in range(len(text) - 1) if text[k].isalpha() and text[k + 1].isalpha()}


def _h1_as_headline(title: str, html: str) -> str | None:
    """The page's own heading (its one <h1>, or on a page with no <h1> its one <h2>: an old
    CMS's detail title) when another mark of the markup writes the same (its JSON-LD
    headline, the name its JSON-LD gives the page itself, an ArticleTitle meta tag) and the
    extractor's title (the og:title, cut or reworded) differs: two marks to one."""
    if not ('"headline"' in html or '"name"' in html or "ArticleTitle" in html):
        return None
    if (h1 := _page_heading(html)) is None or h1 == " ".join(title.split()) or site_named(h1, html):
        return None
    return h1 if h1 in markup_headlines(html) else None


_H2 = re.compile(r"<h2\b[^>]*>(.*?)</h2\s*>", re.DOTALL | re.IGNORECASE)


def _page_heading(html: str) -> str | None:
    """The page's own heading: its one <h1>, or on a page with no <h1> its
    one <h2> (an old template's post title, the site's name a logo image),
    as on one whose <h1> is the site's name the <title> ends with."""
    found = _H1.findall(html) if "<h1" in html else []
    if len(found) == 1 and (h1 := _text(found[0])) and not site_named(h1, html):
        return h1
    if found and len(found) != 1:
        return None
    found = _H2.findall(html) if "<h2" in html else []
    return _text(found[0]) if len(found) == 1 else None


def _text(block: str) -> str:
    return " ".join(_TAG.sub("", block).split())


def one_h1(html: str) -> str | None:
    """The text of the page's one <h1>; None when it has none or several."""
    if "<h1" not in html or len(found := _H1.findall(html)) != 1:
        return None
    return _text(found[0])


def site_named(h1: str, html: str) -> bool:
    """``h1`` is the site's name after the <title>'s bar (… | 某某同好會)."""
    page = " ".join(_page_title(html).split())
    return page != h1 and any(page.endswith(bar + h1) for bar in _SITE_BARS)


def _h1_fuller(title: str, html: str) -> str | None:
    """The page's heading (:func:`_page_heading`) when it writes the markup's title whole and more: its
    subtitle after a dash (…的黃昏——夕照口琴樂團冬季音樂會 under og:title …的黃昏),
    or a word inserted (2028秋季聯賽甲組第十週… under 2028秋季聯賽第十週…), or a
    colon and a word (…錦標賽：各組決賽成績出爐 under …錦標賽決賽成績出爐). The
    heading the reader sees is the page's own; the markup's is a shortened copy."""
    if (h1 := _page_heading(html)) is None:
        return None
    return h1 if writes_more(" ".join(title.split()), h1) else None


def writes_more(short: str, heading: str) -> bool:
    """The page's ``heading`` writes the markup's title ``short`` whole and more
    (:func:`_h1_fuller`'s cases), or a lead before a colon or a dash and then
    the title (向儿子拜师：五十岁学扭魔方 under 五十岁学扭魔方 | 某报): the
    markup kept only the part after the colon. Also asked of a Markdown page's
    ``#`` heading against its front matter's title."""
    if len(short) < _MIN_H1 or len(heading) <= len(short):
        return False
    if heading.startswith(short) and heading[len(short)] in _SUBTITLE_DASH:
        return True
    # (the lead is a phrase of its own, the colon or dash right before the title)
    if heading.endswith(short) and heading[-len(short) - 1] in _PART_MARKS and len(heading) - len(short) > _MIN_LEAD:
        return True
    k = next((k for k, (a, b) in enumerate(zip(heading, short, strict=False)) if a != b), len(short))
    extra = len(heading) - len(short)
    if extra <= _INSERTED and heading[k + extra :] == short[k:]:
        put = heading[k : k + extra]
        # (or a colon that sets the rest off as the subtitle, with its word: …錦標賽：各組決賽… under …錦標賽決賽…)
        if put.isalnum() or (put[0] in _COLONS and (len(put) == 1 or put[1:].isalnum())):
            return True
    return _reworded(short, heading, k) or _part_reworded(short, heading) or _thinned(short, heading, k)


def _part_reworded(short: str, h1: str) -> bool:
    """The heading is a head and a subtitle (a dash, a colon or one space between) and the
    markup's title words one part of it afresh: that part holds the title's start and most
    of the title's characters stand in the heading (…退休漁工用魚鱗拼出海港風景 under
    撿回被丟掉的魚鱗——八斗子退休漁工十年拼出百幅海港畫; …比赛成绩公布 under
    …比赛：启文中学夺冠…; 拔河錦標賽社會組成績出爐 under 2028全國社會組拔河錦標賽 各量級成績公告,
    the year and the scope before the event's name). A two-part headline is the page's own;
    the markup's is a short."""
    if (m := _TWO_PARTS.fullmatch(h1)) is None or any(bar in h1 for bar in _SITE_BARS):
        return False
    if not any(short[:_PART_START] in part for part in m.group(1, 2)):
        return False
    left = Counter(h1)
    kept = 0
    for ch in short:
        if left[ch] > 0:
            left[ch] -= 1
            kept += 1
    return kept * 3 >= 2 * len(short)


def _thinned(short: str, heading: str, same: int) -> bool:
    """The heading holds every character of the markup's title in order from the same start,
    and sets a subtitle off after a colon or a dash: the markup kept a few words of each part
    (外婆七十岁拿起球拍 of 外婆的乒乓球：七十岁那年，她在民众俱乐部拿起了球拍)."""
    if same < _THINNED_START or len(short) < _THINNED_MIN or not any(ch in _PART_MARKS for ch in heading):
        return False
    rest = iter(heading)
    return all(ch in rest for ch in short)


def _reworded(short: str, h1: str, same: int) -> bool:
    """The <h1> writes the markup's title in its own words, a few more of them: the same start, nearly
    every character of the title in order (…關廟順益冰菓室的枝仔冰 under …關廟「順益冰菓室」枝仔冰吃一回,
    …得獎名單 under …得獎名單公佈), and no bar or dash setting a site's name after it."""
    if same < _SAME_START or len(h1) > len(short) + _REWORDED or any(bar in h1 for bar in _SITE_BARS):
        return False
    return _kept_in(short, h1)


def _kept_in(short: str, longer: str) -> bool:
    """Nearly every character of ``short`` stands in ``longer`` in order."""
    from difflib import SequenceMatcher

    kept = sum(block.size for block in SequenceMatcher(None, short, longer, autojunk=False).get_matching_blocks())
    return kept >= _KEPT_SHARE * len(short)


def _h1_under_tag(title: str, html: str) -> str | None:
    """The page's heading when the markup's title is a bracketed column tag
    and that heading (【劇評】… over the <h1> …): the tag is the column's
    label, not the headline's; an <h1> that writes the tag keeps it."""
    if title[:1] not in _TAG_OPEN or (m := _LEAD_TAG.match(title)) is None:
        return None
    h1 = _page_heading(html)
    return h1 if h1 is not None and len(h1) >= _MIN_H1 and " ".join(title[m.end() :].split()) == h1 else None


def _labelled_headline(title: str, html: str) -> str | None:
    """A row of the page that labels its value (主旨：…) where the value writes the
    <title>'s headline (its longest part) in its own words and more, from the same
    start (本所匹克球場3月起試營運，開放時段… over 某區公所 - 最新消息 -
    本所匹克球場試營運開放時段公告): the page's own wording of its headline, in a
    page with no <h1>, above its first paragraph (a related notice's row
    stands under it, its headline worded alike)."""
    if "<h1" in html:
        return None
    part = max(_PARTS.split(title), key=len)
    if len(part) < _LABELLED_START:
        return None
    # (in the page's head: above its first paragraph, where a related notice's row never stands)
    body = html[max(html.find("<body"), 0) :]
    head = body[: first.start()] if (first := _PARAGRAPH.search(body)) else body
    for m in _LABELLED_ROW.finditer(head):
        value = " ".join(m.group(1).split())
        if (
            len(part) < len(value) <= _LABELLED_MAX
            and value.startswith(part[:_SAME_START])
            and not value.endswith(("。", "：", ":"))
            and _kept_in(part, value)
        ):
            return value
    return None


# (a leaf block of a label of a word or two, its colon and the value: <td>主旨：…</td>)
_LABELLED_ROW = re.compile(
    r"<(?:td|p|div|li|span)\b[^>]*>\s*[\u3400-\u9fff]{1,4}\s*[：:]\s*([^<>]{6,})</(?:td|p|div|li|span)>"
)
_PARTS = re.compile(
    r"\s+[-|｜—]\s+|｜|(?<=[\u3400-\u9fff])-(?=[\u3400-\u9fff])"
)  # (spaced, or a bare hyphen between words)
_PARAGRAPH = re.compile(r">[^<>]{40,}<")
_LABELLED_START = 6  # (a headline, not a word)
_LABELLED_MAX = 64


_TAG_OPEN = frozenset("【[［")
_LEAD_TAG = re.compile(r"[【\[［][^】\]］\s]{1,8}[】\]］]\s*")


_SAME_START = 4
_REWORDED = 8  # (characters the heading may add)
_KEPT_SHARE = 0.85
_SITE_BARS = (" - ", " | ", "｜", " — ", "_")


_SUBTITLE_DASH = frozenset("—–―─")
_COLONS = frozenset("：:")
_PART_MARKS = _COLONS | _SUBTITLE_DASH
_MIN_LEAD = 2  # (a lead of a word or more before the colon: 向儿子拜师：)
_INSERTED = 4  # (a word put in: 甲組, the division)
_TWO_PARTS = re.compile(r"(.{4,}?)(?:[—–―─]{1,2}|[：:]|(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff]))(.{4,})")
_PART_START = 3
_THINNED_START = 2  # (a word in common at the start: 外婆)
_THINNED_MIN = 6  # (characters of the title: fewer may stand in order in any long heading)
