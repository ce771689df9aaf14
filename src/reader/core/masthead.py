"""The site's name where a page starts: its masthead (a name and a
slogan, a menu or its English name), or its logo linking home. Used by
:func:`reader.core.cleaning.clean` when no line or markup names the source."""

from __future__ import annotations

import re
from typing import Final

from reader.core.control_words import button_row, ui_word
from reader.core.date_lines import DATE_IN_LINE
from reader.core.footer_sites import footer_site
from reader.core.junk_rules import Reason
from reader.core.line_features import without_markdown
from reader.core.line_passes import Line
from reader.core.person_values import is_unit

# (bound once: Reason.X goes through the enum type's attribute hook, ~80 ns a look-up)
_IS_HEADLINE: Final = Reason.HEADLINE

# A masthead's separators: 南岛日报 NANDAO DAILY ｜ 马来西亚华文新闻网, 译窗 — 把世界的好文章带回来
_MASTHEAD_SPLIT: Final = re.compile(r"\s*(?:[|｜›>»·‧•/]|\s[-–—]\s|\s+(?=[A-Za-z]))\s*|\s+")
_LONE_SITE_NAME: Final = re.compile(r"[\u3400-\u9fff][\u3400-\u9fffA-Za-z]{2,19}(?:[(（][\u3400-\u9fff]{2,8}[)）])?")
# What a site's name may say after the name: its website (全球資訊網, 官方网站), an e-paper (某某日報電子版).
_WEBSITE: Final = re.compile(r"(?:全球资讯网|资讯网|门户网站|官方网站|网站|官网|电子报|数字报|电子版|数字版)$")
# (the last character of those words, asked before folding the name)
_WEBSITE_LAST: Final = frozenset("网網站报報版")
_SITE_NAME: Final = re.compile(r"[\u3400-\u9fff][\u3400-\u9fffA-Za-z]{1,11}")
_ROW_WORDS: Final = re.compile(r"[\s\u3000|｜·•/／]+")
_MENU_WORDS: Final = 4
_ICONS: Final = re.compile("^[\\W\U0001f000-\U0001faff\u2600-\u27bf]+")


# What a masthead looks like to the rules: a menu, the site's template, a short line among junk.
_MASTHEAD_REASONS: Final = (
    Reason.NAVIGATION,
    Reason.LINKS,
    Reason.SITE_TEMPLATE,
    Reason.BETWEEN_BOILERPLATE,
    Reason.CONTROLS,
    Reason.WIDGET,
    Reason.ABOVE_HEADLINE,
    Reason.CONTACT,  # (a name and its hotline: 乐途假期　全国客服热线 400-826-7700)
)


# A logo that links to the site's home: [![慢半拍的周报](…/logo.png)](https://site.example/)
_HOME_LOGO: Final = re.compile(r"^\[!\[(?P<alt>[^\]]{2,24})\]\([^)]*\)\]\(https?://[^/)\s]+/?\)$")


def masthead(lines: list[Line]) -> str | None:
    """The site's name where a page starts: the first words of one of its
    first lines above the headline, when that line is the page's (a
    masthead or a menu), not the story's. The first line's name, unless it
    is no masthead or a lone name and a line below gives a name with its
    English name (臺南市議會 Tainan City Council under a skip link,
    溫城華人新聞網　Vancity Chinese News under a weather strip)."""
    return masthead_names(lines)[0]


def masthead_names(lines: list[Line]) -> tuple[str | None, list[str]]:
    """The name the first lines above the headline state as the site's
    (:func:`masthead`'s choice), and the lone names over a menu on the
    lines below the first: one of them may be the one the page's foot or
    markup names too (云州市图书馆 under 无障碍浏览 | 长者模式), and the names
    with a slogan there that the © line names (毛孩子之家 · 流浪动物救助站 under
    我要领养　我要捐助)."""
    first = lines[0] if lines else None
    if first is not None and (logo := _HOME_LOGO.match(first.text)) and _SITE_NAME.fullmatch(logo.group("alt")):
        return logo.group("alt"), []  # the site's logo, linking to its home page
    best: tuple[int, str] | None = None
    more: list[str] = []
    plain: str | None = None
    for k, line in enumerate(lines[:_HEAD_LINES]):
        if line.reason is _IS_HEADLINE:
            break
        if line.meta is not None or line.reason not in _MASTHEAD_REASONS:
            continue  # (the story's lines and the metadata lines: asked before any pattern)
        found = _line_name(lines, k)
        if found is None:
            continue
        # (below the first line only a name with its English name, over a first
        # line that is no masthead or a lone name: the others there are a menu's
        # or a channel's words, 關於我們｜…, 星穹牧场 | 关注 12.4万)
        # (or the line under a first row of buttons, 讚好專頁　追蹤　分享, no masthead: read as the first)
        if (
            k == 0
            or (found[0] == _BILINGUAL and (best is None or best[0] == _ALONE))
            or (k == 1 and _buttons(best, lines))
        ):
            best = found
        elif found[0] == _ALONE:
            more.append(found[1])
            if plain is None and not _LIST_ITEM.match(line.text):
                plain = found[1]
        elif found[0] == _WITH_MORE and found[1] in (footer_site(lines) or ""):
            # (a name and its slogan below a row of buttons, that the © line names:
            # 毛孩子之家 · 流浪动物救助站; a menu's first word is no name, 新聞 | 本地 | …)
            more.append(found[1])
    if best is None and plain is not None:
        # (the first line names no site, a row of controls or a bar, 登入｜註冊｜English,
        # 字級：小 中 大　高對比, 服务热线：…　在线报名: the lone name over the menu names
        # the site; a menu's own item, a link in a list, is none)
        return plain, [name for name in more if name != plain]
    return (best[1] if best else None), more


def _buttons(best: tuple[int, str] | None, lines: list[Line]) -> bool:
    """Whether the first line, which named ``best``, is a row of buttons (its name one more button's label)."""
    return best is not None and best[0] == _WITH_MORE and button_row(_MASTHEAD_SPLIT.split(lines[0].text))


# A menu's item: a list item or a link (* [關於我們](https://…/about))
_LIST_ITEM: Final = re.compile(r"^\s*(?:[-*+•·]\s|\d+[.)]\s|\[)|\]\(")


_HEAD_LINES: Final = 5
# A shop's promo words (folded): free shipping, a discount, a sale, a spend threshold.
PROMO: Final = re.compile(
    r"免运|包邮|优惠|折扣|特价|促销|限时|秒杀|清仓|热卖|新品上市|满[\d千百万]|[\d一二三四五六七八九]折"
)


# A welcome bar that names the site: 欢迎来到江南茶叶协会官方网站！, 歡迎光臨某某
_WELCOME: Final = re.compile(
    r"(?:欢迎|歡迎)(?:来到|來到|访问|訪問|光临|光臨|进入|進入|浏览|瀏覽)(?:本站[:：]?)?\s*"
    r"(?P<name>[\u3400-\u9fff]{2,20}?)(?:官方网站|官方網站|门户网站|入口網站|官网|官網|网站|網站)?\s*[！!，,。.～~]"
)


def welcome_site(lines: list[Line]) -> str | None:
    """The site's name a welcome bar over the headline states (欢迎来到江南茶叶协会官方网站！)."""
    for line in lines[:_OWN_LINES]:
        if line.reason is _IS_HEADLINE:
            return None
        if "迎" in line.text and ("欢迎" in line.text or "歡迎" in line.text) and (m := _WELCOME.search(line.text)):
            return m.group("name")
    return None


# A line's first Markdown link, and the path it leads to: [发现](https://example.fm/discover) · …
_FIRST_LINK: Final = re.compile(r"\s*(?:[-*+]\s+)?\[[^\]]*\]\(https?://[^/)\s]+(?P<path>/[^)\s]*)?\)\s*[·|｜•/]")
_BILINGUAL, _WITH_MORE, _ALONE = 3, 2, 1
# An organisation's unit after its name, as one masthead: 东川大学 新能源材料与器件实验室
_UNIT: Final = re.compile(
    r"[\u3400-\u9fff]{2,16}(?:实验室|研究所|研究院|研究中心|学院|学系|系|中心|办公室|办事处|分会|支部)"
)
_FIGURE: Final = re.compile(r"^[\d+\-−]")
# A brand's own store on a mall (folded): 山禾茶事官方旗舰店, 某某专卖店
_SHOP: Final = re.compile(r"(?:官方)?(?:旗舰店|专卖店|专营店)$")
# The last words of a contact's label (folded): 订货热线, 客服电话, 咨询专线
_CONTACT_LABELS: Final = ("热线", "电话", "专线", "客服")


def _line_name(lines: list[Line], k: int) -> tuple[int, str] | None:
    """The site's name line ``k`` states as a masthead, with how surely."""
    line = lines[k]
    if line.meta is not None or line.reason not in _MASTHEAD_REASONS:
        return None
    if line.text[:1] == ">":
        # (a quoted line over the headline is a clipper's note, > 剪藏自 site.example: no masthead is quoted)
        return None
    if "](" in line.text and (link := _FIRST_LINK.match(line.text)) and (link.group("path") or "").strip("/"):
        return None  # (a row of links, the first into the site, is a menu: [发现](https://x.fm/discover) · …)
    text = _ICONS.sub("", without_markdown(line.text))
    parts = [part for part in _MASTHEAD_SPLIT.split(text) if part]
    from reader.core.folding import fold

    if len(parts) < 2:
        # a masthead is a name and more (a slogan, a menu, its English name),
        # or a name alone right above the site's menu
        # (its English name may stand between: 基督教恩澤堂小學（將軍澳） / Grace Chapel … / 學校簡介｜…)
        # (a row of four words or more that goes is a menu too: 吹水台　時事台　財經台　…)
        menu = any(
            line.reason in (Reason.NAVIGATION, Reason.LINKS, Reason.CONTROLS)
            or (line.bad and len(_ROW_WORDS.split(line.text.strip())) >= _MENU_WORDS)
            for line in lines[k + 1 : k + 3]
        )
        if not menu or not _LONE_SITE_NAME.fullmatch(text):
            return None
        site = _WEBSITE.search(fold(text))
        return _ALONE, text[: site.start()] if site and site.start() >= 2 else text
    if _FIGURE.match(parts[1]):
        return None  # a place and its weather or rates, not a name: 溫哥華 6°C　加元兌人民幣 5.08
    name = parts[0]
    for part in parts[1:]:
        if part[-1:] == "店" and (shop := _SHOP.search(fold(part))) and shop.start() >= 2:
            return _WITH_MORE, part[: shop.start()]  # (a mall's name, then the brand's store: 优品汇 | X官方旗舰店)
    if len(parts) == 2 and text == f"{name} {parts[1]}" and _UNIT.fullmatch(fold(parts[1])):
        return _WITH_MORE, text  # (an organisation and its unit, one name: 东川大学 新能源材料与器件实验室)
    if name[-1:] in _WEBSITE_LAST and (site := _WEBSITE.search(fold(name))) and site.start() >= 2:
        name = name[: site.start()]  # the paper's name, not its website's: 某某電台網站 RTHK.HK
    if name.endswith("》") and "《" not in name[1:]:
        name = name.lstrip("《")[:-1]  # a publication's name in its title marks: 《破曉》｜某大學學生會編輯委員會
    if not _SITE_NAME.fullmatch(name) or name.endswith(("首页", "首頁", "主页", "主頁")):
        return None
    after = text[text.index(parts[0]) + len(parts[0]) :]
    english = _ENGLISH_NAME.match(after)
    # (a row of buttons or of the publisher's departments: 登录 | 注册, 信用部｜供銷部｜…; a
    # name with its English name is an organisation's own, 活力社區中心 Vibrant Community Centre)
    if ui_word(name) or (is_unit(name) and not english) or fold(name).endswith(_CONTACT_LABELS):
        return None  # (or a contact row's label: 订货热线 / WhatsApp：…, no site's name)
    if PROMO.search(fold(name)):
        return None  # (a shop's promo banner: 滿千免運｜每週二、五新鮮烘焙出貨)
    if english is None:
        # (a slogan, then the name the © line gives: 槟城吃什么 · 阿Ken食记 over © 阿Ken食记 Penang Food Diary)
        # (the foot asked only when a later part is in its last lines: most pages' are not)
        if len(parts) > 1 and any(p in x.text for x in lines[-3:] for p in parts[1:3]):
            foot = footer_site(lines) or ""
            own = next((p for p in parts[1:] if foot == p or foot.startswith(f"{p} ")), name)
            return _WITH_MORE, own if _SITE_NAME.fullmatch(own) else name
        return _WITH_MORE, name
    # (the page writes both names together again, in its foot or its shop's address line:
    # it goes by both, 溝槽閣樓 Groove Attic; else, or the English name alone in a © line, the Han name)
    both = f"{name} {english.group('english')}"
    again = any(j != k and both in other.text for j, other in enumerate(lines))
    return _BILINGUAL, both if again else name


# A site's English name after its Chinese one, set apart by a space alone: two words or more.
_ENGLISH_NAME: Final = re.compile(
    r"\s+(?P<english>[A-Za-z][A-Za-z.&'’-]*(?:\s[A-Za-z][A-Za-z.&'’-]*)+)\s*(?:$|[|｜·•/]|\s{2,}|\u3000)"
)


_OWN_LINES: Final = 8
# A blog's header: its name, a bar, its slogan (阿彬的雞蛋糕日記｜逢甲夜市第 9 年)
_OWN_NAME: Final = re.compile(r"(?P<name>[\u3400-\u9fff][\u3400-\u9fffA-Za-z0-9]{2,19})\s*(?:[|｜]|\s[-–—]\s)")


def own_site(lines: list[Line], author: str) -> str | None:
    """The name of the author's own site or blog, as a header over the
    headline writes it (阿彬的雞蛋糕日記｜逢甲夜市第 9 年 by 阿彬, under the
    bar of the platform that hosts it): the page's own name."""
    for line in lines[:_OWN_LINES]:
        if line.reason is _IS_HEADLINE:
            break
        if line.reason is not None and line.text.startswith(author) and (m := _OWN_NAME.match(line.text)):
            name = m.group("name")
            if len(name) > len(author) + 1 and name.startswith(author):
                return name
    return None


def title_label(name: str, lines: list[Line]) -> bool:
    """Whether ``name`` is a channel's label: before a headline's bar (新酒上架｜桂花乌龙酸艾尔), or an item
    of the site's menu (主頁　本會簡介　會務通告　…), which holds no date as a post's meta row does, nor
    a handle as the writer's card does (葉嘉欣 @yipkayan · 追蹤 · 412 位追蹤者)."""
    return any(
        (line.reason is _IS_HEADLINE and line.text[len(name) : len(name) + 1] in ("｜", "|"))
        or (
            line.reason is Reason.NAVIGATION
            and name in (items := _ROW_WORDS.split(line.text))
            and len(items) >= _MENU
            and not any(item[:1] == "@" for item in items)
        )
        for line in lines[:_OWN_LINES]
        if name in line.text and not (line.reason is Reason.NAVIGATION and DATE_IN_LINE.search(line.text))
    )


_MENU: Final = 5  # (a menu's items at least: a credit row's roles and names are fewer, 採訪撰文｜謝沛涵　攝影｜石承恩)


__all__ = [
    "PROMO",
    "masthead",
    "masthead_names",
    "own_site",
    "title_label",
    "ui_word",
    "welcome_site",
]
