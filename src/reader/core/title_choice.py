"""The headline chosen among the head's candidates: each headline-shaped
line scored by where it sits and what surrounds it (a Markdown ``#``, a
byline or a date under it, a copy in the page's ``<title>`` with the site's
name, the body's first sentence opening with it), the best one kept if it
scores well enough. The line shapes it asks are ``headline``'s.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Final

from reader.core.han import is_han_char
from reader.core.head_buttons import is_control_row
from reader.core.headline import (
    MARKDOWN_HEADING,
    TITLE_LABEL,
    heading_text,
    is_figure_row,
    is_furniture_shaped,
    is_headline_shaped,
    strip_site,
)
from reader.core.person_values import AUTHOR_ROLES, EDITOR_ROLES, OTHER_ROLES
from reader.core.title_shapes import (
    FURNITURE_MARK,
    RANK,
    is_date_header,
    is_date_widget,
    is_issue_line,
    is_notice_headline,
    is_page_furniture,
    is_price_banner,
    is_registration,
    is_stats_row,
    is_year_led_name,
    shape_points,
)

_DATED_OVER: Final = 8  # (a headline over a report's dated name: this long at least)
_CREDIT_ROLES: Final = frozenset(
    AUTHOR_ROLES + EDITOR_ROLES + OTHER_ROLES + ("原作者", "报道", "审订", "文案", "插画", "设计")
)


# Points a candidate needs to be the headline without help.
_GOOD_ENOUGH: Final = 3
# What a field among fields loses.
_FIELD_POINTS: Final = 8
# A line over a standfirst this long, with a clause, is a headline over its deck.
_DECK_HEAD: Final = 12


_MARKDOWN_TITLE: Final = re.compile(r"^#\s+(.+?)(?:\s+#+)?$")


def choose_title(
    lines: Sequence[str],
    candidate: Sequence[bool],
    meta: Sequence[bool],
    kept: Sequence[bool],
    head_end: int,
    hint: str | None = None,
    first_wins: bool = False,
    recurring: Sequence[bool] = (),
    opens_body: bool = False,
    lead: Sequence[str] = (),
    over_menu: Sequence[bool] = (),
    fields: Sequence[bool] = (),
    item_names: Collection[int] = (),
) -> tuple[str | None, list[int]]:
    """The headline among the first ``head_end`` lines, and the lines that
    carry it (a ``<title>``-style copy with the site name goes too).

    ``candidate`` marks lines no junk rule rejected, ``meta`` the metadata
    lines, ``kept`` the lines that survive cleaning, ``hint`` a title known
    from outside the text (a web page's ``<title>``). ``opens_body``: the
    text's first line stands right above its first paragraph of prose (a
    plain file's "title, blank line, body"). ``item_names``: the lines that
    are an item's name under its breadcrumb, whose words the body names.
    None when nothing in the head scores as a headline.
    """
    if head_end <= 0:
        return None, []  # (no line above the body: no candidate)
    # (an official notice's headline with a date inside, 关于2025年12月10日起…的公告, is no date line)
    meta = (
        [m and not (lines[k].startswith(("关于", "關於")) and is_notice_headline(lines[k])) for k, m in enumerate(meta)]
        if True in meta
        else meta
    )
    # (a breadcrumb, a menu row, a ticker: no headline, and junk between a headline and its byline)
    # (a metadata line is none, however it is set apart: 文 / 李明　图 / 王刚)
    candidate = list(candidate)
    # (the head's lines first, one scan of them before any line's: a line with no mark is no furniture)
    _no_furniture(lines, candidate, meta, range(head_end) if FURNITURE_MARK.search("\n".join(lines[:head_end])) else ())
    head = [
        i
        for i in range(head_end)
        if candidate[i] and not meta[i] and is_headline_shaped(lines[i]) and not is_furniture_shaped(lines[i])
    ]
    if not head:
        return None, []
    # (then the two lines under the head, the candidates' neighbours: asked only when a candidate is)
    _no_furniture(lines, candidate, meta, range(head_end, min(len(lines), head_end + 2)))
    around = range(min(head_end, len(lines)))
    stems = {i: strip_site(lines[i]) for i in head}
    hint_stem = strip_site(hint) if hint else None
    scores: dict[int, float] = {}
    words = {i: heading_text(lines[i]) for i in head}
    longest = max((len(words[i]) for i in head if len(lines[i]) <= 48), default=0)
    # (a candidate's words on another line of the head: its own line holds them once)
    joined = "\n".join(lines[: len(around)])
    # (a breadcrumb's last step names the page: 首页 > 止痛退热 > 布洛芬缓释胶囊)
    # (searched before it is split: most lines have no separator, most heads none)
    crumbs = (
        [c for j in around if _CRUMB.search(lines[j]) and len(c := _CRUMB.split(lines[j])[-1].strip()) >= 4]
        if ">" in joined or "›" in joined or "»" in joined
        else []
    )
    # (both lazy sequences: their length asked once, not per candidate)
    has_fields, has_menu, count = len(fields) > 0, len(over_menu) > 0, len(lines)
    over_byline: dict[int, int] = {}  # (a byline's first line: the candidate right over it)
    under_byline: dict[int, int] = {}  # (a label-led candidate: the metadata line right over it)
    deck = -1  # (the standfirst under a headline-long candidate; an int: no list made per page)
    for rank, i in enumerate(head):
        text = words[i]
        n = len(text)
        score = (1.0 + 10 * first_wins) if rank == 0 else 0.0
        score += 3 if i == 0 and opens_body else 0  # title, then the body: even 春晓 or 甲文
        if _MARKDOWN_TITLE.match(lines[i]) or (
            TITLE_LABEL.match(lines[i]) and not _over_heading(i, lines, stems, candidate, meta)
        ):
            score += 10
        if hint and text in (hint, hint_stem):
            score += 10
        # repeated in a <title>-style copy with the site's name, even one a junk rule caught
        # (not in a metadata line: 来源：某某区教育局 names the site, and the line is its masthead)
        if joined.count(text) > 1 and any(
            j != i and text in lines[j] and not meta[j] and (len(text) >= 6 or strip_site(lines[j]) == text)
            for j in around
        ):
            score += 4
        score -= 6 if _is_credit(text) else 0  # 原作者：X  译者：Y, 报道：X
        after, before = _neighbour(i, 1, candidate, count), _neighbour(i, -1, candidate, count)
        bylined = after is not None and meta[after] and not is_date_header(lines[after])  # (a blog's: over the post)
        if (
            bylined
            and after is not None
            and after > i + 1
            and has_menu
            and over_menu[i]
            and is_date_widget(lines[after])
        ):
            # (the site's menu, then its date widget, 2028年4月18日 星期二　天氣…: no byline of the
            # name above them, the masthead)
            bylined = False
        if bylined and after is not None:
            score += 4
            over_byline[after] = i
        # a heading of the author's right over a byline or a date: the post's own
        # headline, not the site's name in an H1 above it
        score += 6 if bylined and MARKDOWN_HEADING.match(lines[i]) else 0
        if after is not None and not bylined and _BARE_NAME.fullmatch(lines[after]) and len(lines[after]) < n:
            # followed by a bare name and then a date: the byline under the headline
            after2 = _neighbour(after, 1, candidate, count)
            score += 3 if after2 is not None and meta[after2] else 0
        if (
            after is not None
            and not bylined
            and after in stems
            # (a clause, or the issue's line: 云岙县农业气象专报　2029年第6期 under a bulletin's headline)
            and (any(ch in lines[after] for ch in "，,；;") or len(lines[after]) > n or is_issue_line(lines[after]))
        ):
            # followed by a standfirst (a longer line, or one with a clause) and then the byline
            after2 = _neighbour(after, 1, candidate, count)
            # (not a labelled teaser, 热帖推荐：… or 【热帖推荐】…: the line under it, over the byline,
            # is the post's own headline, no standfirst)
            # (nor a label's teaser over a headline with no clause, 熱門：… over the notice's own: no deck)
            teased = _teaser(text, lead) or _over_headline(text, lines[after]) or twins(text, words[after])
            if after2 is not None and meta[after2] and not teased:
                score += 4
                # (a headline-long line with a clause of its own: no site's name or column tag over it)
                if n >= _DECK_HEAD and ("，" in text or "," in text or "；" in text):
                    deck = after
        if before is not None and meta[before]:
            score += 2
            if _label_led(text):
                under_byline[i] = before
        score += 3 if crumbs and any(text.startswith(c) and text != c for c in crumbs) else 0
        if crumbs and text in crumbs and after is not None and after in stems and not bylined:
            # (the breadcrumb's last step as a banner, another headline right over the byline under it:
            # the column's name, 專欄 › 南半球家書 / 南半球家書 / 七十歲，第一次落水 / 2029年1月18日　文／…)
            after2 = _neighbour(after, 1, candidate, count)
            score -= 5 if after2 is not None and meta[after2] else 0
        # (led by the breadcrumb's last step in brackets: the column's banner, 【租務法律信箱】逢星期四刊出)
        score -= 4 if crumbs and text[:1] == "【" and any(text.startswith(f"【{c}】") for c in crumbs) else 0
        score += 3 if 12 <= n <= 48 else 1 if n >= 8 else 0 if n >= 4 else -2
        score += 1 if n == longest else 0
        score += 2 if kept[i] else 0
        # the body's first sentences start with it: 西湖龙井是中国十大名茶之一…
        score += 5 if n >= 2 and lead and any(p.startswith(text) and len(p) > n for p in lead) else 0
        score -= 1 if "，" in text or "," in text or "、" in text else 0
        score -= 4 if "。" in text else 0  # a sentence inside: a caption or a lead
        score -= 2 if _is_word_row(text) else 0  # a row of keywords or a menu
        score -= 3 if recurring and recurring[i] else 0  # in other files too: the site's
        named = i in item_names
        score += 4 if named else 0  # the item's name under its breadcrumb, the body's words
        # right above the site's menu: the site's name (not over a breadcrumb and then its byline)
        score -= 3 if has_menu and not bylined and over_menu[i] else 0
        score -= 6 if is_figure_row(text) and not named else 0  # a countdown, a status: 下一場：沙田　11月30日
        score -= 6 if _PICTOGRAPH.match(text) else 0  # led by an icon: a status bar or a widget (🔴 LIVE)
        # a post's stamp, its date and clock (评论 《…》 ★★★★☆ 2029-08-23 22:51:07)
        score -= 6 if ":" in text and _STAMP.search(text) else 0
        # a short label right under a poster's stats (主题 12　帖子 386 / 中级会员): the rank
        if n <= RANK and i and is_stats_row(lines[i - 1]):
            score -= 6
        # a shop's banner with no byline under it: 免运费｜满99元包邮
        score -= 6 if is_price_banner(text) and not bylined else 0
        # a site's name with its domain: 香港討論區 discuss.com.hk (a dot first: the search tries every position)
        score -= 4 if "." in text and _DOMAIN.search(text) else 0
        score -= 6 if text.startswith(("——", "—", "--")) else 0  # a subtitle under the headline: ——赣南石门村蹲点记
        # (or the report's dated name between a headline-long line and the byline: 二〇二九年清明集体祭祖记)
        if bylined and before is not None and len(lines[before]) >= _DATED_OVER and is_year_led_name(text):
            score -= 6
        # a periodical's registration numbers, or its name right under them (ISSN 1002-1234 / 中国教育研究)
        score -= 6 if i > 0 and is_registration(lines[i - 1]) else 0
        score -= 4 if _SITE_SELF.search(text) else 0  # the site's notice: 本站将于12月1日凌晨进行系统维护
        # a note wholly in round brackets: the authors' affiliations, (此件公开发布)
        # (or a column's tag wholly in one pair of brackets: 【講道文字稿｜詩篇系列】 over the headline)
        # (not a post's headline in brackets right over its body: 【大埔墟街市熟食中心 七月起重開夜市】)
        if text[:1] in "（(【" and text[-1:] in "）)】":
            tag = text[0] == "【"
            over_body = tag and i == head_end - 1
            score -= 6 if (text[-1] == "】") == tag and (not tag or text.count("【") == 1) and not over_body else 0
        score -= 6 if "\u3000" in text and is_control_row(text) else 0  # a post's buttons: 讚好　追蹤
        # promo rows, search boxes, numbers to call, counters, date widgets, issue lines; notices' headlines
        score += shape_points(text)
        # (another candidate inside it: none when it is the only one, as on most pages)
        if len(head) > 1 and any(
            j != i and len(lines[j]) >= 6 and lines[j] in lines[i] and _copy_of(lines[i], lines[j]) for j in head
        ):
            score = -100.0  # the <title> copy: the headline is inside it
        scores[i] = score
    for i, k in under_byline.items():
        # a field under the byline (經文：詩篇七十八篇17至20節) when a candidate stands right over the
        # byline: the body's first row, the headline the line the byline is under
        while k > 0 and meta[k - 1]:
            k -= 1
        if over_byline.get(k, i) != i:
            scores[i] -= 4
    if deck >= 0:
        scores[deck] -= 2  # the deck under such a headline, the byline right under it: never over its headline
    # one of a run of label：value fields (英文名称：…): asked last, of a lone candidate only when its
    # points decide (the costliest test, and it only takes points away)
    for i in head if has_fields else ():
        if (len(head) > 1 or _GOOD_ENOUGH <= scores[i] < _GOOD_ENOUGH + _FIELD_POINTS) and fields[i]:
            scores[i] -= _FIELD_POINTS
    best = head[0] if len(head) == 1 else max(head, key=lambda i: (scores[i], -i))
    if scores[best] < _GOOD_ENOUGH:
        return None, []
    title = words[best]
    used = [j for j in head if lines[j] == lines[best] or stems[j] == title or title in lines[j]]
    return title, used


def _no_furniture(lines: Sequence[str], candidate: list[bool], meta: Sequence[bool], ks: Sequence[int]) -> None:
    """Lines ``ks`` that are page furniture (a breadcrumb, a menu row, a ticker) are no candidates."""
    for k in ks:
        if candidate[k] and not meta[k] and FURNITURE_MARK.search(lines[k]) is not None and is_page_furniture(lines[k]):
            candidate[k] = False


def _label_led(text: str) -> bool:
    """A short label of one to four Han characters and its colon lead the line: 經文：…, 地點：…"""
    k = text.find("：", 1, 5)
    return k > 0 and all("\u3400" <= c <= "\u9fff" for c in text[:k])


def _over_headline(text: str, under: str) -> bool:
    """A label and its colon lead ``text`` (熱門：…) over ``under``, a line with no clause: a headline, no deck."""
    return _label_led(text) and not any(ch in under for ch in "，,；;")


_BRACKETS: Final = {"【": "】", "〖": "〗", "[": "]"}
_SHARED: Final = 3  # (a story's headline shares a third of its words' character pairs with its first lines at least)


def _teaser(text: str, lead: Sequence[str]) -> bool:
    """A short label leads the line, with its colon or in brackets (热帖推荐：…, 【热帖推荐】…), and
    the body's first lines share few of its words: a teaser for another page (a tagged headline,
    【独家】…, shares its story's words)."""
    if (close := _BRACKETS.get(text[:1])) is not None:
        k = text.find(close, 2, 8)
        if k < 0 or k == len(text) - 1 or not all("\u3400" <= c <= "\u9fff" for c in text[1:k]):
            return False
    elif not _label_led(text):
        return False
    else:
        k = text.find("：")
    rest, body = text[k + 1 :], "".join(lead)
    pairs = [rest[j : j + 2] for j in range(len(rest) - 1) if is_han_char(rest[j]) and is_han_char(rest[j + 1])]
    return not body or sum(pair in body for pair in pairs) * _SHARED < len(pairs)


_TWIN_START: Final = 6  # (a deck never opens with so many of its headline's first characters)


def twins(text: str, under: str) -> bool:
    """``under`` opens as ``text`` does past a bracketed tag each ([熱] …, [分享] …), or with
    no tag (高雄輕軌大順路段通車首日… over 高雄輕軌大順段今通車…): another headline, its
    near twin, not a deck that words the story on."""
    if text[:1] not in _BRACKETS or under[:1] != text[:1]:
        return (
            text[:1] not in _BRACKETS
            and text != under
            and len(text) >= _TWIN_START <= len(under)
            and (text[:_TWIN_START] == under[:_TWIN_START])
        )
    a, b = text[text.find(_BRACKETS[text[0]]) + 1 :].lstrip(), under[under.find(_BRACKETS[under[0]]) + 1 :].lstrip()
    return len(a) >= _TWIN_START and a[:_TWIN_START] == b[:_TWIN_START]


_CRUMB: Final = re.compile(r"\s+(?:>|›|»)\s+")
_COPY_SEPARATORS: Final = "_-–—|｜·"


def _copy_of(line: str, inner: str) -> bool:
    """Whether ``line`` is a <title>-style copy of ``inner`` with more names
    set apart by a separator (标题 - 站名, 站名｜标题), not a longer headline
    that starts with a site's name (临江市人民政府办公室关于…的通知)."""
    rest = line.replace(inner, "", 1).strip()
    return line != inner and rest != "" and (rest[0] in _COPY_SEPARATORS or rest[-1] in _COPY_SEPARATORS)


# The site speaking of itself: a notice of the site's, never a story's headline.
_SITE_SELF: Final = re.compile(r"本站|本网站|本網站|本平台")


# A credit line: ROLE：name, perhaps several (原作者：X  译者：Y  审校：Z).
# (a role may give its word in another language too before the colon, and the name its Latin
# form after it: 記者 Repórter：黎曉雯 Lai Hio Man;
# or set its name after an equals sign, 撰文＝王筱涵　攝影＝李承恩)
_CREDIT: Final = re.compile(
    r"^[\u3400-\u9fff]{1,5}(?:\s+[A-Za-zÀ-ÿ]{2,12})?\s*[:：/／＝]\s*"
    r"(?:\S{1,8}(?:\s+[A-Za-z][A-Za-z' .-]{1,30})?$|\S{1,24}(?:\s+[\u3400-\u9fff]{1,5}\s*[:：/／＝]\s*\S{1,24})+$)"
)
# One label and a value that is no name: a headline's topic and its words
# (将临期：在等待中预备), unless the label is a credit's role.
_TOPIC_PAIR: Final = re.compile(r"^(?P<label>[\u3400-\u9fff]{1,4})\s*[:：]\s*[\u3400-\u9fff]{5,8}$")
_TRAD_ROLE: Final = str.maketrans(
    "譯編輯記攝圖製審責訊員報筆採寫劃對視頻監導", "译编辑记摄图制审责讯员报笔采写划对视频监导"
)


def _is_credit(text: str) -> bool:
    if not _CREDIT.match(text):
        return False
    m = _TOPIC_PAIR.match(text)
    return m is None or m.group("label").translate(_TRAD_ROLE) in _CREDIT_ROLES


# A bare name (an author, a desk): a few characters without punctuation.
_BARE_NAME: Final = re.compile(r"[^\s\d,，。.:：;；!！?？|｜/()（）【】\[\]#@]{2,12}")
_DOMAIN: Final = re.compile(
    r"(?<![\w.])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|cn|hk|tw|sg|my|io|co)(?:\.[a-z]{2})?\b"
)
# Emoji and pictographs: page furniture's icons, not a headline's words.
_PICTOGRAPH: Final = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b50\u2b55]")
_STAMP: Final = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}")


def _is_word_row(text: str) -> bool:
    words = text.split()
    return len(words) >= 3 and all(len(w) <= 8 for w in words)


def _over_heading(
    i: int, lines: Sequence[str], stems: Collection[int], candidate: Sequence[bool], meta: Sequence[bool]
) -> bool:
    """Whether the labelled title on line ``i`` (a thread's 标题：【会后整理】…) stands right over a
    heading worded afresh right over the byline: the post's own headline, which the label names not."""
    n = len(candidate)
    under = _neighbour(i, 1, candidate, n)
    byline = _neighbour(under, 1, candidate, n) if under is not None and under in stems else None
    return byline is not None and bool(meta[byline]) and under is not None and heading_text(lines[i]) != lines[under]


def _neighbour(i: int, step: int, candidate: Sequence[bool], n: int) -> int | None:
    """The nearest line from ``i`` in direction ``step`` that is not junk,
    past at most one junk line (a share bar between headline and byline)."""
    j = i + step
    if 0 <= j < n and not candidate[j]:
        j += step
    return j if 0 <= j < n and candidate[j] else None


__all__ = ["choose_title"]
