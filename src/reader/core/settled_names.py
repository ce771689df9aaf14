"""The settled source and author, each cut to the name it stands for:

- a bilingual name (慢慢走 Slow Walk, 城隅誌 Corner Journal) is the site's
  Chinese part, wherever the page wrote it and however often;
- a channel with its programme's title after it (某某新闻广播《晚间评论》),
  a 来源 naming the show, gives way to the masthead's name, the body that
  publishes the show (or, with none, to the channel);
- a desk before a writer (权益部 张可欣, from 文：权益部 张可欣) is the person;
- with no author, a broadcast commentary's commentator (评论员：周启明), who
  writes it, is its author, and a show's one host (主持｜X), who speaks it;
- the name beside a date that a line over the headline writes with one
  character more (心情・date under 心情板) is the post's board, no writer;
- with no source, the name beside the date that is the author's own
  (藍雨的慢慢寫 by 藍雨) is their blog: the source;
- the app the text says it was exported from (從「備忘錄」匯出, its folder
  path 備忘錄 › 家事 read as a masthead) is a tool, no publisher: no source;
  and the export's stamp beside its date names no writer;
- with no source named anywhere, the publication an appeal names in title
  marks (訂閱《山城生活誌》紙本) that a page's line at the top leads with;
- with no source named anywhere, the first word of a menu's row over the
  headline a promotion rule took for its app's link (素笺  首页 … 下载App);
- with no source named anywhere, a masthead of a slogan and a website's
  name (才聚桐江 · 桐江人才网) above the headline names the site;
- a repost's statement a notice rule dropped names the outlet it came from
  and its writer, when no line names one;
- a name with no letter or character in it (the dash of a signature, ——)
  names no one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from reader.core import meta_choice
from reader.core.account_lines import parse_repost_line
from reader.core.bar_bylines import chinese_name
from reader.core.body_sign_offs import body_sign_off
from reader.core.control_words import ui_word
from reader.core.han import is_han_char
from reader.core.junk_rules import Reason
from reader.core.line_passes import Line
from reader.core.masthead import masthead_names
from reader.core.meta_choice import Credits
from reader.core.meta_records import Hints, MetaLine
from reader.core.note_asides import EXPORT_FROM, EXPORT_VERBS, EXPORTED_FROM
from reader.core.pair_lines import issuing_unit
from reader.core.person_values import fold_text, han_name_shaped, is_unit
from reader.core.publisher_names import publisher_shaped


def settle(
    metas: list[MetaLine], hints: Hints, lines: list[Line]
) -> tuple[str | None, str | None, str | None, Credits]:
    """:func:`meta_choice.settle`, its source and author cut to their names."""
    if hints.author is not None and not _WORD(hints.author):
        hints = replace(hints, author=None)  # (a page's markup may give a signature's dash too)
    elif hints.author is not None and hints.author == hints.source and any(m.author for m in metas):
        # (the markup's author the site itself, a clip's author field holding the blog's name: it names
        # no writer, and the byline's does: 文 / 阿May under a blog whose clip gives the blog as author)
        hints = replace(hints, author=None)
    elif hints.author is not None and _beside_writer(lines, hints.author):
        # (the markup's author a part of a byline row that names another writer, 陈亚福｜2029年3月8日｜走廊花事
        # under a clip whose author field is 走廊花事: the blog's name, the site; the row's writer wrote it)
        hints = replace(hints, author=None, source=hints.source or hints.author)
    elif hints.author is not None and _title_site(hints) and any(m.author and m.author != hints.author for m in metas):
        # (the markup's author the name its title ends with, 标题 - 榴莲树下, under a byline of another
        # writer: a clip's author field holding the site's name, which the title gives as the site)
        hints = replace(hints, author=None, source=hints.source or hints.author)
    if hints.source and " " in hints.source and (han := _bilingual_site(hints.source)):
        # (the markup's bilingual site name, 竹塘童軍第二十七團 Zhutang Scout Group 27: the whole is
        # no publisher's shape, and a label over the headline would win over it; its Chinese part is)
        hints = replace(hints, source=han)
    if any(m.kind == "date" and m.author for m in metas):
        metas = _boards_off(metas, lines)
    if not any(m.author for m in metas) and (repost := _noticed_repost(lines)):
        metas = [*metas, repost]
    source, author, date, credits = meta_choice.settle(metas, hints, lines)
    if not _all_worded(source, author, credits):  # (rare: chosen again from the lines' names that have a word)
        source, author, date, credits = meta_choice.settle([_worded(meta) for meta in metas], hints, lines)
    if source is not None:
        source = None if _exported_from(source, lines) else _site_name(source, lines)
    if source is not None and (issuer := _release_issuer(lines, source)):
        source = issuer
    if source is None and (site := _slogan_site(lines) or _appealed_head(lines) or _menu_site(lines)):
        source = site
    if author is not None and _export_stamp(author):
        # (a tool's stamp, no writer; its time is the export's, not the text's: the note's own stamp
        # dates it, 最後修改：… over 由「備忘錄」匯出 · …)
        stamped = {m.date for m in metas if m.author == author}
        if date in stamped and (own := next((m.date for m in metas if m.date and m.author != author), None)):
            date = own
        credits = tuple(c for c in credits if c[1] != author)
        author = None  # (apart: compiled, a name the generator above reads can't be set in its statement)
    if author is not None and " " in author:
        author = _person(author)
        # (the credit the author came from names the desk too: 撰文 果樹研究室 賴俊宏)
        credits = tuple((role, _person(name) if " " in name else name) for role, name in credits)
    elif author is None:
        author = next((name for role, name in credits if role in _COMMENTATORS), None) or _lone_host(credits)
    if source is None and author and (blog := _own_blog(metas, author)):
        source, credits = blog, tuple(c for c in credits if c[1] != blog)
    elif author is not None and author == source:
        # (the site itself as the writer, a clip's author field holding the church's or the firm's
        # name: no one wrote it but the publisher, which is the source already)
        author, credits = None, tuple(c for c in credits if c[1] != source)
    if author is not None and (signed := body_sign_off(lines)) is not None and author not in signed[0]:
        # (a notice posted by someone, signed off by its body under its last sentence, 某物业服务中心 /
        # 2029.11.08: the body's, dated so; the poster relays it. A site's own notice keeps the site's name)
        source, date = signed[0], date or signed[1]
        credits = tuple(c for c in credits if c[1] != author)
        author = None
    return source, author, date, credits


def _release_issuer(lines: list[Line], site: str) -> str | None:
    """The issuer a release's dated row labels (發佈機構：X｜發佈日期：…) when the
    body's first paragraph opens with it, after its dateline ((澳門訊)X宣佈，…),
    and it shares no name with the ``site``: a wire that carries others'
    releases. A site's own desk (學務處衛生組) opens no lead as its subject."""
    for line in lines[:_HEAD_ROWS]:
        if line.meta is not None and (unit := issuing_unit(line.text, line.folded or fold_text(line.text))):
            break
    else:
        return None  # (most pages: no unit labelled)
    if len(unit) < _ISSUER or unit in site or site in unit:
        return None
    lead = next((x.text for x in lines if x.kept and not x.short), "")
    if lead[:1] in "（(" and (close := lead.find("）" if lead[0] == "（" else ")")) > 0:
        lead = lead[close + 1 :]
    return unit if lead.startswith(unit) else None


_ISSUER: Final = 4  # (a body's full name, no desk's word)


def _beside_writer(lines: list[Line], name: str) -> bool:
    """A byline row among the head's lines names a writer other than ``name``
    and gives both as parts of their own, set apart by bars or dots."""
    for line in lines[:_HEAD_ROWS]:
        if (meta := line.meta) is None or not meta.author or name in meta.author or name not in line.text:
            continue  # (the writer's name with their title, 麥家樂｜註冊鋼琴調律師, is the markup's person)
        parts = [p.strip() for p in line.text.strip("*_ ").replace("|", "｜").replace("·", "｜").split("｜")]
        if name in parts and meta.author in parts:
            return True
    return False


_HEAD_ROWS: Final = 30  # (a byline row sits near the top)

# (a title's last part after a separator: 标题 - 站名, 标题｜站名, 标题_站名)
_TITLE_SEPARATORS: Final = ("-", "–", "—", "｜", "|", "_")


def _title_site(hints: Hints) -> bool:
    """The markup's title ends with its author's name as a part of its own,
    after the headline and a separator: the place a title gives the site."""
    title, name = hints.title, hints.author
    if not title or not name or not title.endswith(name) or len(title) <= len(name):
        return False
    return title[: -len(name)].rstrip().endswith(_TITLE_SEPARATORS)


def _all_worded(source: str | None, author: str | None, credits: Credits) -> bool:
    """Every name given has a letter, a digit or a character."""
    if (source is not None and not _WORD(source)) or (author is not None and not _WORD(author)):
        return False
    return all(_WORD(name) for _, name in credits) if credits else True


def _worded(meta: MetaLine) -> MetaLine:
    """``meta`` without the names in it that have no letter or character
    (a signature's dash read as a name: —— 陳宥廷｜2029/03/15)."""
    source, author = meta.source, meta.author
    if _all_worded(source, author, meta.credits):
        return meta
    return replace(
        meta,
        source=source if source is None or _WORD(source) else None,
        author=author if author is None or _WORD(author) else None,
        credits=tuple(credit for credit in meta.credits if _WORD(credit[1])),
    )


_WORD: Final = re.compile(r"[^\W_]").search  # (a letter, a digit or a character, in C)


def _exported_from(source: str, lines: list[Line]) -> bool:
    """The text's first or last line says it was exported from ``source`` (從「備忘錄」匯出, 导出自 X)."""
    return bool(lines) and (_says_exported(source, lines[-1].text) or _says_exported(source, lines[0].text))


def _says_exported(source: str, text: str) -> bool:
    # (string tests first, the one character before the name: most lines name no source, and say no 出)
    if "出" not in text or (k := text.find(source)) < 0:
        return False
    before, after = text[:k].rstrip(_OPENS), text[k + len(source) :].lstrip(_CLOSES)
    return (before.endswith(EXPORT_FROM) and after.startswith(EXPORT_VERBS)) or before.endswith(EXPORTED_FROM)


def _export_stamp(author: str) -> bool:
    """An export's stamp read as the name beside its date: 從「筆記」匯出, 导出自印象笔记."""
    if author.startswith(EXPORTED_FROM):
        return True
    return author.startswith(EXPORT_FROM) and author.rstrip().endswith(EXPORT_VERBS)


_EDGE: Final = 5  # (a masthead's lines)
_OPENS, _CLOSES = ' 「『“"', ' 」』”"'


def _slogan_site(lines: list[Line]) -> str | None:
    """A line above the headline, gone as the page's, of two parts apart by a dot or a bar,
    the second a website's name and the first no such name (才聚桐江 · 桐江人才网): the site."""
    for line in lines[:_EDGE]:
        if line.reason is Reason.HEADLINE:
            break
        if line.reason is None or not ("·" in (text := line.text) or "|" in text or "｜" in text):
            continue
        parts = [part.strip() for part in text.replace("｜", "·").replace("|", "·").split("·")]
        if len(parts) == 2 and _website(parts[1]) and not _website(parts[0]):
            return parts[1]
    return None


def _appealed_head(lines: list[Line]) -> str | None:
    """The name in title marks a promotion asks the reader to subscribe to or buy
    (訂閱《山城生活誌》紙本) that a page's line at the top leads with (山城生活誌　人物
    PEOPLE under the headline of a copy that put the title first): the publication."""
    named = [m.group(1) for line in lines if line.reason is _PROMOTION for m in _TITLED.finditer(line.text)]
    if not named:
        return None  # (most pages: no publication named in an appeal)
    for line in lines[:_EDGE]:
        if line.reason is None or line.reason is _PROMOTION or line.meta is not None:
            continue
        for name in named:
            if line.text.startswith(name) and line.text[len(name) : len(name) + 1] in _AFTER_NAME:
                return name
    return None


_TITLED: Final = re.compile(r"《([^《》]{2,12})》")
_AFTER_NAME: Final = ("", " ", "\u3000", "｜", "|", "·")


def _menu_site(lines: list[Line]) -> str | None:
    """The first word of a menu's row over the headline that a promotion rule took
    for its app's link (素笺  首页  发现  专题  写文章  下载App): a row of short words,
    the site's name first, one of them its app."""
    for line in lines[:_EDGE]:
        if line.reason is Reason.HEADLINE:
            break
        if line.reason is not _PROMOTION:
            continue
        words = _MENU_GAPS.split(line.text.strip())
        if len(words) > _MENU_WORDS and all(len(word) <= _MENU_WORD for word in words):
            return words[0] if all(map(is_han_char, words[0])) and not ui_word(words[0]) else None
    return None


_MENU_GAPS: Final = re.compile(r"[\s\u3000|｜·•/／]+")
_MENU_WORDS, _MENU_WORD = 4, 6  # (more words than a banner's; a menu's item: 首页, 写文章, 下载App)


def _boards_off(metas: list[MetaLine], lines: list[Line]) -> list[MetaLine]:
    """The metas without the name beside a date that a line of the page's over
    the headline writes with one character more, its board's word (心情・date
    under 心情板): the post's board, no writer."""
    boards = set()
    for line in lines[:_EDGE]:
        if line.reason is Reason.HEADLINE:
            break
        if line.reason is not None and line.meta is None and len(line.text) > 2:
            boards.add(line.text[:-1])
    return [
        replace(m, author=None, credits=tuple(c for c in m.credits if c[1] != m.author))
        if m.kind == "date" and m.author in boards
        else m
        for m in metas
    ]


def _website(name: str) -> bool:
    """A website's name: a few Han characters and its 网/網 (桐江人才网, 某某新聞網)."""
    return _SITE_CHARS[0] <= len(name) <= _SITE_CHARS[1] and name[-1] in "网網" and all(map(is_han_char, name))


_SITE_CHARS: Final = (3, 11)


def _person(name: str) -> str:
    """A desk before a writer (权益部 张可欣) cut to the person."""
    desk, _, person = name.rpartition(" ")
    return person if is_unit(desk) and han_name_shaped(person) else name


def _own_blog(metas: list[MetaLine], author: str) -> str | None:
    """The name beside the date that is the author's own thing (藍雨的慢慢寫
    under the markup's author 藍雨): their blog, which publishes the post."""
    mine = f"{author}的"
    return next((m.author for m in metas if m.author and m.author.startswith(mine) and m.author != mine), None)


# (bound once: an enum member's lookup is slow, and the walks below ask them of every line)
_PROMOTION: Final = Reason.PROMOTION
_DISCLAIMER: Final = Reason.DISCLAIMER
_COMMENTATORS: Final = ("评论员", "評論員", "特约评论员", "特約評論員")
_HOSTS: Final = ("主持", "主持人")


def _noticed_repost(lines: list[Line]) -> MetaLine | None:
    """The repost's statement a notice rule dropped (本文轉載自《山海誌》，原作者：林于晴，經授權刊登。):
    the outlet it came from and its writer, when no line names one."""
    for line in lines:
        if line.reason is _DISCLAIMER and line.text.startswith(_REPOST_START):
            repost = parse_repost_line(line.text, line.folded or fold_text(line.text))
            if repost is not None and repost.author:
                return repost
    return None


_REPOST_START: Final = ("本文", "本篇")


def _lone_host(credits: Credits) -> str | None:
    """A show's one host, who speaks it (主持｜X over a podcast's transcript); hosts
    with guests, 主持：X、Y｜嘉賓：Z, over show notes the show wrote: no one."""
    hosts = [name for role, name in credits if role in _HOSTS]
    return hosts[0] if len(hosts) == 1 and not any(fold_text(role) in _GUESTS for role, _ in credits) else None


_GUESTS: Final = ("嘉宾", "来宾")


def _bilingual_site(name: str) -> str | None:
    """The Chinese part of a bilingual site name the whole of which is no
    publisher's shape (a number in the Latin part), when the part is."""
    han = chinese_name(name)
    return han if han and publisher_shaped(han) and not publisher_shaped(name) else None


def _site_name(source: str, lines: list[Line]) -> str:
    # (a clipper's note, 保存于 Cubox, is no site's name in either part)
    if " " in source and (han := chinese_name(source)) and publisher_shaped(han):
        return han
    if source.endswith("》") and (at := source.find("《")) > 0:
        head = masthead_names(lines)[0]
        return head if head and head != source and publisher_shaped(head) else source[:at]
    return source
