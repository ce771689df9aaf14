"""Saved web pages (``.html``, ``.htm``): the page's main text, title,
author, date and site name, by trafilatura (imported on first use: it is
heavy), with the blocks of the article it left out restored from the DOM
and the metadata read as the page's markup writes it. The reader
:data:`reader.core.formats.FORMATS` names for both suffixes.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from reader.core.decoding import decode_bytes
from reader.core.metadata import Hints, clean_hint_author, parse_meta_line
from reader.core.readers import Page, file_name


def read_html(data: bytes, path: Path) -> Page:
    """A saved web page: trafilatura finds the main text and the metadata in
    the DOM. Comments and tables are left out."""
    import trafilatura  # heavy (lxml, jusText, dateparser helpers): load on first use

    decoded = decode_bytes(data)
    html = decoded.text
    try:
        doc = _extract(trafilatura, html)
    except Exception:
        doc = None
    if doc is None:
        return Page(_block_text(html), Hints(name=file_name(path)), plain=False, replaced=decoded.replaced)

    def get(key: str) -> Any:
        return doc.get(key) if isinstance(doc, dict) else getattr(doc, key, None)

    title = _spaced_parts(get("title") or None)
    hints = Hints(
        title=title,
        source=_as_written(get("sitename"), html) or _title_site(title),
        author=_hint_author(get("author") or _meta_author(html)),
        date=_with_time(get("date") or None, html),
        name=file_name(path),
    )
    # trafilatura marks list items with "- "; the reader shows them as lines.
    text = _LIST_ITEM.sub("", get("text") or "")
    if _collapsed(text):
        # Its fallback can return the whole page as one line; the page's own
        # blocks are better, and cleaning removes what is not the article.
        text = _block_text(html) or text
    text, (credits, field_source) = _restore_from_dom(html, text)
    hints = replace(hints, credits=credits, field_source=field_source)
    if hints.date is None and "<h1" in html:
        hints = replace(hints, date=_date_over_headline(html))
    return Page(text, hints, plain=False, replaced=decoded.replaced)


_DATE_LINE = 40


def _date_over_headline(html: str) -> str | None:
    """A date alone in a block just above the <h1> (a magazine's issue line,
    2025年11月刊 · 目的地), which the extractor drops with the page's head."""
    from lxml import html as lxml_html

    from reader.core.folding import fold

    try:
        h1 = next(lxml_html.fromstring(html).iter("h1"), None)
    except Exception:
        return None
    if h1 is None:
        return None
    for k, block in enumerate(h1.itersiblings(preceding=True)):
        if k >= 2:
            break
        text = _squash(block.text_content())
        if not text or len(text) > _DATE_LINE or not text[:1].isdigit():
            continue
        meta = parse_meta_line(text, fold(text))
        if meta is not None and meta.kind == "date" and meta.date and not (meta.source or meta.author):
            return meta.date
    return None


# An extraction that holds several paragraphs on one line.
_LONG_LINE = 100
_SENTENCE_ENDS = re.compile(r"[。！？!?][”」』\"]?\s+\S")


def _collapsed(text: str) -> bool:
    return any(len(line) > _LONG_LINE and len(_SENTENCE_ENDS.findall(line)) >= 2 for line in text.split("\n"))


_SKIP = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "select")
_TEXT_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dt", "dd", "figcaption")


def _block_text(html: str) -> str:
    """The text of the page's blocks, one per line, from its <article> or
    <main> (else <body>), without scripts, menus, headers and footers."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return ""
    for element in list(tree.iter(*_SKIP)):
        if element.getparent() is not None:
            element.drop_tree()
    root = next(iter(tree.xpath("//article | //main")), None)
    root = root if root is not None else tree
    lines = []
    for block in root.iter(*_TEXT_BLOCKS):
        if any(inner.tag in _TEXT_BLOCKS for inner in block.iterdescendants()):
            continue  # its inner blocks make their own lines
        if text := _squash(block.text_content()):
            lines.append(text)
    return "\n".join(lines)


_HEADINGS = ("h2", "h3", "h4")
_BLOCKS = ("p", "li", "blockquote", "pre")


def _restore_from_dom(html: str, text: str) -> tuple[str, tuple[Credits, str | None]]:
    """What the extractor left out of ``text`` and the page's DOM shows
    belongs to the article: headings, then blocks (the page parsed once);
    and the credits the page's blocks state (a caption's photographer, a
    byline block the extractor dropped)."""
    from lxml import html as lxml_html  # trafilatura's own parser

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return text, ((), None)
    # (an article's own header holds its byline, and goes with the template)
    heads = [
        _squash(block.text_content())
        for head in tree.xpath("//article//header")
        for block in head.iter(*_CREDIT_BLOCKS)
    ]
    # Headings first: _restore_blocks drops the page's template from the tree.
    text = _restore_blocks(tree, _restore_headings(tree, text))
    return text, _dom_credits(tree, heads)


Credits = tuple[tuple[str, str], ...]
_CREDIT_BLOCKS = ("p", "div", "span", "li", "figcaption", "small", "address", "em", "cite")
_CREDIT_BLOCK = 80


def _dom_credits(tree: Any, heads: list[str]) -> tuple[Credits, str | None]:
    """(role, name) for the credits the article's blocks state with their
    role written (攝影：X, 编辑｜X, （记者 X 摄）), the page's template
    already dropped, and those of the article's own header (``heads``): a
    commenter's 'X 說：' names no role and gives none. And the source the
    first field of a block names (信息来源：县水利局)."""
    from reader.core.credit_lines import is_credit_role, line_credits
    from reader.core.folding import fold

    root = next(iter(tree.xpath("//article | //main")), None)
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    source: str | None = None
    blocks = (root if root is not None else tree).iter(*_CREDIT_BLOCKS)
    for tag, content in (*(("p", h) for h in heads), *((b.tag, _squash(b.text_content())) for b in blocks)):
        if not content or len(content) > _CREDIT_BLOCK * (4 if tag == "figcaption" else 1) or content in seen:
            continue
        seen.add(content)
        folded = fold(content)
        meta = parse_meta_line(content, folded) if len(content) <= _CREDIT_BLOCK else None
        pairs = meta.credits if meta is not None else line_credits(content, folded)
        if meta is not None and meta.fielded and source is None:
            source = meta.source
        # (a caption's photographer without the role's word: （記者 何志強 攝）)
        found.extend(
            c
            for c in pairs
            if (c[0] in content or (c[0] == "摄影" and "摄" in folded))
            and c not in found
            and is_credit_role(fold(c[0]))
        )
    return tuple(found), source


def _line_index(lines: list[str]) -> dict[str, int]:
    """Each squashed line's first position."""
    where: dict[str, int] = {}
    for i, line in enumerate(lines):
        where.setdefault(_squash(line), i)
    return where


def _insert_before(lines: list[str], before: dict[int, list[str]]) -> str:
    """``lines`` joined, with ``before[i]`` put in front of line ``i``."""
    out: list[str] = []
    for i, line in enumerate(lines):
        out.extend(before.get(i, ()))
        out.append(line)
    return "\n".join(out)


def _restore_headings(tree: Any, text: str) -> str:
    """Headings the extractor left out (a subtitle above the body, a heading
    in a box it judged boilerplate) go back in front of the paragraph they
    head, when that paragraph was extracted."""
    lines = text.split("\n")
    where = _line_index(lines)
    before: dict[int, list[str]] = {}
    for heading in tree.iter(*_HEADINGS):
        title = _squash(heading.text_content())
        if not title or title in where:
            continue
        block = heading.getnext()
        while block is not None and not _squash(block.text_content()):
            block = block.getnext()
        if block is None:
            continue
        first = block if block.tag in _BLOCKS else next(block.iter(*_BLOCKS), None)
        at = where.get(_squash(first.text_content())) if first is not None else None
        if at is not None and title not in before.get(at, []):
            before.setdefault(at, []).append(title)
    if not before:
        return text
    return _insert_before(lines, before)


_LEAF_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd", "dt", "section", "td", "th")
_IMAGES = ("img", "picture", "video")
_CELLS = ("td", "th")


def _layout_cell(cell: Any) -> bool:
    """A cell of a table that lays out the page (one table inside another,
    an e-mail's columns), not of a table of facts (产品名称：… 型号：…)."""
    return len(cell.xpath("ancestor::table")) != 1 or bool(cell.xpath("ancestor::table[1]//table"))


_PUNCTUATED = re.compile(r"[，。；！？,;]")
_MIN_DEK = 12


def _restore_blocks(tree: Any, text: str) -> str:
    """Blocks of the article the extractor left out: any block between two
    extracted ones (a spec list, a box of pros and cons), and a punctuated
    block or a byline between the headline and the first extracted one (a
    standfirst, 评测：X 图：Y 2024-09-05 10:00).
    Blocks with an image, or next to one, are captions. Cleaning judges them like any line."""
    for element in list(tree.iter(*_SKIP)):
        if element.getparent() is not None:
            element.drop_tree()
    lines = text.split("\n")
    where = _line_index(lines)
    leaves: list[tuple[str, str, bool]] = []  # (tag, text, holds an image)
    # Whether a parent has an image among its children, once per parent (a
    # page of 20,000 sibling paragraphs would otherwise be quadratic).
    pictured: dict[Any, bool] = {}
    for block in tree.iter(*_LEAF_BLOCKS):
        if any(inner.tag in _LEAF_BLOCKS for inner in block.iterdescendants()):
            continue
        if block.tag in _CELLS and _layout_cell(block):
            continue
        if content := _squash(block.text_content()):
            parent = block.getparent()
            if parent is not None and parent not in pictured:
                pictured[parent] = any(child.tag in _IMAGES for child in parent)
            image = next(block.iter(*_IMAGES), None) is not None or (parent is not None and pictured[parent])
            leaves.append((block.tag, content, image or bool(block.xpath("ancestor::figure"))))
    found = [k for k, (_, content, _) in enumerate(leaves) if content in where]
    if not found:
        return text
    h1 = next((k for k, (tag, _, _) in enumerate(leaves) if tag == "h1"), None)
    start = h1 + 1 if h1 is not None and h1 < found[0] else found[0]
    before: dict[int, list[str]] = {}
    pending: list[str] = []
    for k in range(start, found[-1] + 1):
        _, content, image = leaves[k]
        if content in where:
            if pending:
                before.setdefault(where[content], []).extend(pending)
                pending = []
            continue
        lead = k < found[0]
        if image or (lead and (len(content) < _MIN_DEK or not _PUNCTUATED.search(content)) and not _is_meta(content)):
            continue
        pending.append(content)
    if not before:
        return text
    return _insert_before(lines, before)


def _is_meta(text: str) -> bool:
    """A byline or a date line (cleaning reads its credits)."""
    from reader.core.folding import fold

    return parse_meta_line(text, fold(text)) is not None


def _squash(text: str) -> str:
    return " ".join(text.split())


def _extract(trafilatura: Any, html: str) -> Any:
    return trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        # Layout tables (forums, government sites) would come out as one
        # "| cell | cell |" line holding the whole article.
        include_tables=False,
        deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )


_LIST_ITEM = re.compile(r"^- (?=\S)", re.MULTILINE)
# A bracket the extractor left open after a name: 鍾立衡（本院某中心副研究員
_OPEN_NOTE = re.compile(r"\s*[(（][^()（）]*$")


def _hint_author(value: str | None) -> str | None:
    """The author the extractor found, read as a credit line when it is one
    (文：某某媒体部　图：孔令杰: a photographer's credit is never the author),
    without a note in a bracket it left open."""
    if not value:
        return None
    value = _OPEN_NOTE.sub("", value.strip()) or value
    if len(value) <= _CREDIT_BLOCK and any(c in value for c in ":：/／|｜"):
        from reader.core.folding import fold

        meta = parse_meta_line(value, fold(value))
        if meta is not None and meta.credits:
            return clean_hint_author(meta.author) if meta.author else None
    return clean_hint_author(value)


# The author's keys in a page's <meta>: the standard one, Open Graph's, and
# those of common publishing tools (Dublin Core, Parse.ly, Sailthru).
_AUTHOR_KEYS = r"author|article:author|parsely-author|dc\.creator|dcterms\.creator|sailthru\.author|byl"
# <meta name="author" content="…">, either attribute first: trafilatura
# rejects some one-word CJK names.
_META_AUTHOR = re.compile(
    rf"<meta\s[^>]*?(?:name|property)=[\"'](?:{_AUTHOR_KEYS})[\"'][^>]*?content=[\"']([^\"'<>]{{1,60}})[\"']"
    rf"|<meta\s[^>]*?content=[\"']([^\"'<>]{{1,60}})[\"'][^>]*?(?:name|property)=[\"'](?:{_AUTHOR_KEYS})[\"']",
    re.IGNORECASE,
)


# The publishing time in a page's markup: article:published_time,
# datePublished (JSON-LD), publishdate, pubdate; ISO date, then a time.
_PUBLISHED_AT = re.compile(
    r"(?:published_time|datePublished|publishdate|pubdate|publish_date)[\"']?[^<>{}]{0,40}?"
    r"(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})",
    re.IGNORECASE,
)
_INVISIBLE_PARTS = re.compile(r"<(script|style|head)\b.*?</\1\s*>|<[^>]*>", re.DOTALL | re.IGNORECASE)


def _with_time(date: str | None, html: str) -> str | None:
    """trafilatura's date (a day) with the time of day the page's markup
    gives for the same day (2025-09-05 -> 2025-09-05 06:30), when the page
    also shows that time to its reader (06:30, or 5:00 AM for 05:00): a
    time only in the markup may be a server's clock in another zone."""
    if not date or len(date) != 10:
        return date
    m = _PUBLISHED_AT.search(html[:100_000])
    if not m or m.group(1) != date:
        return date
    hour, minute = int(m.group(2)), m.group(3)
    shown = rf"(?<![\d:])0?{hour}:{minute}(?![\d:])"
    if hour > 12:
        shown = rf"(?:{shown}|(?<![\d:]){hour - 12}:{minute}\s*(?:pm|p\.m\.))"
    visible = _INVISIBLE_PARTS.sub(" ", html[:200_000])
    return f"{date} {hour:02d}:{minute}" if re.search(shown, visible, re.IGNORECASE) else date


# A <title> with the channel and the site after it: 标题_协会动态_华夏茶产业协会
_TITLE_PARTS = re.compile(r"\s*(?:_|\s[-–—|]\s|｜)\s*")
_SITE_PART = re.compile(r"[\u3400-\u9fff][\u3400-\u9fffA-Za-z0-9]{1,19}")


# A hyphen between two Han characters, as a <title>'s parts may be joined:
# 标题-栏目-站名
_UNSPACED_PART = re.compile(r"(?<=[\u3400-\u9fff）」》”])-(?=[\u3400-\u9fff])")
_MIN_TITLE_PART = 8


def _spaced_parts(title: str | None) -> str | None:
    """A <title> whose headline, channel and site are joined by bare
    hyphens, written with spaced ones (the separator every rule knows):
    only with two name-shaped parts or more after a headline-long one."""
    if not title:
        return title
    parts = _UNSPACED_PART.split(title)
    if len(parts) >= 3 and len(parts[0]) >= _MIN_TITLE_PART and all(_SITE_PART.fullmatch(part) for part in parts[1:]):
        return " - ".join(parts)
    return title


def _title_site(title: str | None) -> str | None:
    """The site's name at the end of a page's <title>, when the title has
    the article's headline, a channel and the site (three parts or more)."""
    parts = _TITLE_PARTS.split(title or "")
    return parts[-1] if len(parts) >= 3 and _SITE_PART.fullmatch(parts[-1]) else None


# og:site_name as the page writes it (trafilatura may change its case: Polyphony HK -> Hk)
_META_SITE = re.compile(
    r"<meta\s[^>]*?property=[\"']og:site_name[\"'][^>]*?content=[\"']([^\"'<>]{1,60})[\"']"
    r"|<meta\s[^>]*?content=[\"']([^\"'<>]{1,60})[\"'][^>]*?property=[\"']og:site_name[\"']",
    re.IGNORECASE,
)


def _as_written(site: str | None, html: str) -> str | None:
    """trafilatura's site name, in the case the page's og:site_name writes it."""
    if not site:
        return site
    m = _META_SITE.search(html[:100_000])
    written = (m.group(1) or m.group(2) or "").strip() if m else ""
    name = written if written.lower() == site.lower() else site
    # (a Chinese name and its English one after it: 灣區華聲報 Bay Area Hua Sheng Daily)
    both = _HAN_THEN_LATIN.fullmatch(name)
    name = both.group(1) if both else name
    if (one := _HAN_THEN_WORD.fullmatch(name)) and f"《{one.group(1)}》" in _page_title(html):
        # (or one English word, when the page's <title> names the publication
        # by its Chinese name alone: 云途 Cloudway under 《云途》2025年11月刊)
        name = one.group(1)
    # (and a web address after it: 東方日報 On.cc)
    return _DOMAIN_AFTER.sub("", name) if re.search(r"[\u3400-\u9fff]", name) else name


_HAN_THEN_WORD = re.compile(r"([\u3400-\u9fff]{2,20})\s+[A-Za-z][A-Za-z.&'-]*")
_TITLE_TAG = re.compile(r"<title[^>]*>([^<]{0,300})</title>", re.IGNORECASE)


def _page_title(html: str) -> str:
    m = _TITLE_TAG.search(html[:100_000])
    return m.group(1) if m else ""


_DOMAIN_AFTER = re.compile(r"\s+[A-Za-z][\w-]*(?:\.[A-Za-z]{2,})+$")
_HAN_THEN_LATIN = re.compile(r"([\u3400-\u9fff]{2,20})\s+[A-Za-z][A-Za-z.&'-]*(?:\s+[A-Za-z.&'-]+)+")


def _meta_author(html: str) -> str | None:
    m = _META_AUTHOR.search(html[:100_000])
    if not m:
        return None
    value = (m.group(1) or m.group(2) or "").strip()
    return None if "://" in value else value or None


__all__ = ["read_html"]
