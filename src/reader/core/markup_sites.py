"""The site's name as a page's markup writes it: its og:site_name in the
page's own case, its Chinese part, or the full name the <title> spells out
(:func:`as_written`); and the page's <title> (:func:`page_title`)."""

from __future__ import annotations

import re
from unicodedata import combining, normalize

from reader.core.han import HAN

# og:site_name as the page writes it (trafilatura may change its case: Polyphony HK -> Hk)
_META_SITE = re.compile(
    r"<meta\s[^>]*?property=[\"']og:site_name[\"'][^>]*?content=[\"']([^\"'<>]{1,60})[\"']"
    r"|<meta\s[^>]*?content=[\"']([^\"'<>]{1,60})[\"'][^>]*?property=[\"']og:site_name[\"']",
    re.IGNORECASE,
)


def as_written(site: str | None, html: str) -> str | None:
    """trafilatura's site name, in the case the page's og:site_name writes it."""
    if not site:
        return site
    from html import unescape  # (here: the module's import costs a start that reads no page)

    m, site = _META_SITE.search(html[:100_000]), unescape(site)  # (an entity, &amp;, is its character)
    written = unescape(m.group(1) or m.group(2) or "").strip() if m else ""
    name = written if written.lower() == site.lower() else site
    if name is site and _HAN.search(written) and _HAN.search(site) and _said(written, html) > _said(site, html):
        # (two Han names, the page's og:site_name and another the extractor took
        # from its JSON-LD: the one the page writes more often as a name of its
        # own, in its <title>, logo and text: 安澜医疗 over 苏州安澜医疗科技股份有限公司)
        name = written
    if _HAN.search(written) and not _HAN.search(site):
        # (the page's own Chinese name over a Latin one the extractor took from
        # elsewhere, a JSON-LD publisher: 乐龄健康促进局 over Active Ageing Board)
        name = written
    # (a Chinese name and its English one after it: 灣區華聲報 Bay Area Hua Sheng Daily)
    # (or before it: St. James Primary School 聖雅各伯小學)
    # (the Latin part may be a romanisation with its tones, Koa-á-phō͘, Hà Nội: read without them)
    plain = name if name.isascii() else _untoned(name)
    both = _HAN_THEN_LATIN.fullmatch(plain) or _LATIN_THEN_HAN.fullmatch(plain)
    name = both.group(1) if both else name
    if (one := _HAN_THEN_WORD.fullmatch(plain if both is None else name)) and (
        f"《{one[1]}》" in (title := page_title(html))
        or _said(one[1], (rest := html.replace(title, "", 1))) > _said(name, rest) + rest.count(f"{one[2]} {one[1]}")
    ):
        # (or one English word, when the page names it by its Chinese name alone: 云途 Cloudway under 《云途》
        # 2025年11月刊 in the <title>; outside it, more than both in either order: 嶼泊停車 IslePark's JSON-LD)
        name = one.group(1)
    if (
        len(name) <= _SHORT_NAME
        and (full := _TITLE_SITE.search(page_title(html)))
        and (_abbreviates(name, full[1]) or _in_full(name, full[1], html))
    ):
        # (a short name the <title> spells out after the headline: 澄江一院 of …_澄江市第一人民医院)
        name = full[1]
    elif (
        (full := _TITLE_SITE.search(page_title(html)))
        and len(name) > len(full[1]) + 1
        and name.endswith(full[1])
        and _said(full[1], html) > _said(name, html)
    ):
        # (or a long name, its place before it, that the page writes only in its markup, while its
        # <title>, logo and footer write the short one: 鳳林里辦公處 of 高雄市鳳山區鳳林里辦公處)
        name = full[1]
    elif (
        " " in name
        and (full := _TITLE_SITE.search(page_title(html)))
        and name.partition(" ")[0] == full[1]
        and _said(full[1], html) > _said(name, html)
    ):
        # (or the name, then what the site does or where it is after a space, in og:site_name alone,
        # while its <title> and logo write the name: 弦外工作室 of 弦外工作室 鋼琴調音及維修)
        name = full[1]
    # (and a web address after it: 東方日報 On.cc)
    return _DOMAIN_AFTER.sub("", name) if re.search(r"[\u3400-\u9fff]", name) else name


_HAN = HAN


def _untoned(name: str) -> str:
    """``name`` with its Latin letters' accents and tone marks dropped (Koa-á-phō͘: Koa-a-pho)."""
    return "".join(
        part for c in name for part in (normalize("NFD", c) if "\u00c0" <= c <= "\u1eff" else c) if not combining(part)
    )


_SHORT_NAME = 6
# The site's name that ends a <title>, after the headline's separator (_, |, -)
_TITLE_SITE = re.compile(r"[_|｜\-–—]\s*([\u3400-\u9fff]{4,24})\s*$")


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is an abbreviation of ``name``: its first and last
    characters, all its characters in order, more between (新浪 is the first
    word of 新浪网, no abbreviation)."""
    if len(name) <= len(short) or name[0] != short[0] or name[-1] != short[-1] or name.startswith(short):
        return False
    chars = iter(name)
    return all(c in chars for c in short)


def _in_full(short: str, name: str, html: str) -> bool:
    """Whether ``name`` is ``short`` with its legal form after it (汐州海峡客运有限公司), or with
    its legal form and place before it (社團法人臺中市 + 弈心圍棋協會), the name the page writes
    more often whole (in its logo, its signature, its © line)."""
    grown = name.startswith(short) and name[len(short) :] in _LEGAL_FORMS
    return (grown or (name.endswith(short) and len(name) > len(short) + 1)) and _said(name, html) > _said(short, html)


def grown_name(short: str, html: str) -> str | None:
    """The longer name ending in ``short`` (its place before it: 桃園市 + 觀音區農會) that
    the page writes whole most often, when more often than ``short`` alone; else None."""
    names = {m[0][k:] for m in re.finditer(rf"[\u3400-\u9fff]{{2,6}}{re.escape(short)}", html) for k in range(3)}
    best = max(names, key=lambda x: (_said(x, html), len(x)), default=None)
    return best if best and _in_full(short, best, html) else None


_LEGAL_FORMS = frozenset({"有限公司", "股份有限公司", "有限责任公司", "有限責任公司", "集团有限公司", "集團有限公司"})


def _said(name: str, html: str) -> int:
    """How often ``html`` writes ``name`` as a whole name (no Han character
    right before or after it: not inside a longer name or a sentence's words)."""
    count, start = 0, html.find(name)
    while start != -1:
        end = start + len(name)
        if not (start and _HAN.match(html, start - 1)) and not _HAN.match(html, end):
            count += 1
        start = html.find(name, end)
    return count


_HAN_THEN_WORD = re.compile(r"([\u3400-\u9fff]{2,20})\s+([A-Za-z][A-Za-z.&'-]*)")
_TITLE_TAG = re.compile(r"<title[^>]*>([^<]{0,300})</title>", re.IGNORECASE)


def page_title(html: str) -> str:
    m = _TITLE_TAG.search(html[:100_000])
    return m.group(1) if m else ""


_DOMAIN_AFTER = re.compile(r"\s+[A-Za-z][\w-]*(?:\.[A-Za-z]{2,})+$")
_HAN_THEN_LATIN = re.compile(r"([\u3400-\u9fff]{2,20})\s+[A-Za-z][A-Za-z.&'-]*(?:\s+[A-Za-z.&'-]+)+")
# (a name of three characters or more, not the site's language or edition: BBC News 中文, … 中文網)
_LATIN_THEN_HAN = re.compile(
    r"[A-Za-z][A-Za-z.&'-]*(?:\s+[A-Za-z.&'-]+)+\s+((?!中文|華文|华文|繁體|繁体|簡體|简体)[\u3400-\u9fff]{3,20})"
)


__all__ = ["as_written", "grown_name", "page_title"]
