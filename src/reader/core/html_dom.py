"""A saved web page's DOM, read with lxml: its blocks as text when the
extractor fails, the headings and blocks of the article the extractor left
out restored, the credits the article's blocks state, and a date alone over
the headline. Used by :func:`reader.core.html_reader.read_html`.
"""

from __future__ import annotations

import re
from typing import Any

from reader.core.anchor_lists import anchor_lists, without_runs
from reader.core.meta_records import MetaLine
from reader.core.metadata import parse_meta_line

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


# A label cell and its value cell: <dt>發布日期：</dt><dd>115-11-26</dd>, <th>日期</th><td>…</td>
_LABEL_CELLS = re.compile(
    r"<(dt|th)\b[^>]*>\s*([^<>]{1,8}?)\s*</\1\s*>\s*<(dd|td)\b[^>]*>\s*([^<>]{4,30}?)\s*</\3\s*>",
    re.IGNORECASE,
)


def labelled_date(html: str) -> str | None:
    """The date of the page's info list, a label cell and its value
    (<dt>發布日期：</dt><dd>115-11-26</dd>), which the extractor drops with
    the list: the first pair that reads as a date line."""
    from reader.core.folding import fold

    for m in _LABEL_CELLS.finditer(html):
        label = m.group(2).rstrip(":：")
        text = f"{label}：{m.group(4)}"
        meta = parse_meta_line(text, fold(text))
        if meta is not None and meta.kind == "date" and meta.date:
            return meta.date
    return None


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
        # (a form that holds the headline lays out the whole page, an ASP.NET
        # page's <form id="form1">: no widget)
        if element.getparent() is not None and not (element.tag == "form" and element.find(".//h1") is not None):
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


def _restore_from_dom(
    html: str, text: str, head_rows: set[str] | None = None
) -> tuple[str, tuple[Credits, str | None, MetaLine | None, frozenset[str]]]:
    """What the extractor left out of ``text`` and the page's DOM shows
    belongs to the article: headings, then blocks (the page parsed once);
    and the credits the page's blocks state (a caption's photographer, a
    byline block the extractor dropped). ``head_rows`` gets the rows restored
    whose cells are all head cells (<th>)."""
    from lxml import html as lxml_html  # trafilatura's own parser

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return text, ((), None, None, frozenset())
    # (an article's own header holds its byline, and goes with the template; so may its
    # box of a credited remark: a judge's comment on the essay, （評審／X）)
    heads = [
        _squash(block.text_content())
        for head in tree.xpath("//article//header | //article//aside")
        for block in head.iter(*_CREDIT_BLOCKS)
    ]
    # Headings first: _restore_blocks drops the page's template from the tree.
    jumps = anchor_lists(tree)  # (before _restore_blocks drops the template: a contents box may be a <nav>)
    text = _restore_blocks(tree, _restore_headings(tree, text), set() if head_rows is None else head_rows)
    text = without_runs(text, jumps)
    return text, (*_dom_credits(tree, heads), _captions(tree))


_CAPTION_BLOCKS = ("p", "div", "span", "figcaption")
_CAPTION = 40  # (a caption is a line or so; a longer block under a picture is prose)
_BOLD = ("b", "strong")


def _captions(tree: Any) -> frozenset[str]:
    """The short blocks the markup sets as a picture's caption: a figure's,
    or the one right after the element that holds an image and no text
    (<p><img></p><p>古市镇横山村灌溉渠改造施工现场</p>). One set wholly in
    bold is a heading under the picture, not its caption."""
    blocks = list(tree.iter("figcaption"))
    for image in tree.iter(*_IMAGES):
        # (up to the largest element that holds the image and no text)
        holder = image
        while (parent := holder.getparent()) is not None and not _squash(parent.text_content()):
            holder = parent
        after = holder.getnext()
        while after is not None and not isinstance(after.tag, str):  # (a comment)
            after = after.getnext()
        if after is not None and after.tag in _CAPTION_BLOCKS:
            blocks.append(after)
    found = set()
    for block in blocks:
        content = _squash(block.text_content())
        if not content or len(content) > _CAPTION or any(x.tag in _CAPTION_BLOCKS for x in block.iterdescendants()):
            continue
        if len(block) == 1 and block[0].tag in _BOLD and _squash(block[0].text_content()) == content:
            continue
        found.add(content)
    return frozenset(found)


Credits = tuple[tuple[str, str], ...]
# (a table layout's cell too: <td class="info">发布时间：…　撰稿：X　摄影：Y</td>)
_CREDIT_BLOCKS = ("p", "div", "span", "li", "figcaption", "small", "address", "em", "cite", "td")
_CREDIT_BLOCK = 80
_INNER = "p"  # (a paragraph inside a block)


def _dom_credits(tree: Any, heads: list[str]) -> tuple[Credits, str | None, MetaLine | None]:
    """(role, name) for the credits the article's blocks state with their
    role written (攝影：X, 编辑｜X, （记者 X 摄）), the page's template
    already dropped, and those of the article's own header (``heads``): a
    commenter's 'X 說：' names no role and gives none. And the source the
    first field of a block names (信息来源：县水利局), with that block's
    metadata (来源：…　作者：融媒记者 X 通讯员 Y　发布时间：…: the names and
    the time of day the extractor may not give)."""
    from reader.core.credit_lines import is_credit_role, line_credits
    from reader.core.folding import fold

    root = next(iter(tree.xpath("//article | //main")), None)
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    source: str | None = None
    row: MetaLine | None = None
    timed: MetaLine | None = None
    # (a block of blocks is read in its parts: its text runs one paragraph's end
    # into the next, 審訂：X博士 + 最後修訂：…)
    blocks = (b for b in (root if root is not None else tree).iter(*_CREDIT_BLOCKS) if b.find(_INNER) is None)
    for tag, content in (*(("p", h) for h in heads), *((b.tag, _squash_narrow(b.text_content())) for b in blocks)):
        if not content or len(content) > _CREDIT_BLOCK * (4 if tag == "figcaption" else 1) or content in seen:
            continue
        seen.add(content)
        folded = fold(content)
        meta = parse_meta_line(content, folded) if len(content) <= _CREDIT_BLOCK else None
        pairs = meta.credits if meta is not None else line_credits(content, folded)
        if meta is not None and meta.fielded and source is None:
            source, row = meta.source, meta
        elif row is None and meta is not None and meta.kind == "byline" and meta.author and meta.date:
            row = meta  # (a dated byline the extractor dropped: 发布时间：2025-11-29　撰稿：柴晓蕾)
        elif timed is None and meta is not None and meta.date and ":" in meta.date and not meta.author:
            # (an info line's time of day: 时间:2026-11-26 09:14来源:…, for _with_row to add to the day)
            timed = MetaLine("date", date=meta.date)
        # (a caption's photographer without the role's word: （記者 何志強 攝）)
        found.extend(
            c
            for c in pairs
            if (c[0] in content or (c[0] == "摄影" and "摄" in folded))
            and c not in found
            and is_credit_role(fold(c[0]))
        )
    return tuple(found), source, row or timed


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
    out.extend(before.get(len(lines), ()))
    return "\n".join(out)


def _restore_headings(tree: Any, text: str) -> str:
    """Headings the extractor left out (a subtitle above the body, a heading
    in a box it judged boilerplate) go back in front of the paragraph they
    head, when that paragraph was extracted (past a comment: no text_content)."""
    lines = text.split("\n")
    where = _line_index(lines)
    before: dict[int, list[str]] = {}
    for heading in tree.iter(*_HEADINGS):
        title = _squash(heading.text_content())
        if not title or title in where:
            continue
        block = heading.getnext()
        while block is not None and (not isinstance(block.tag, str) or not _squash(block.text_content())):
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
    """A cell of a table that lays out the page (one table inside another, an e-mail's columns),
    not of a table of facts (产品名称：… 型号：…) nor of a row with no <table> round it."""
    return (n := len(cell.xpath("ancestor::table"))) > 1 or (n == 1 and bool(cell.xpath("ancestor::table[1]//table")))


def _row_cells(cell: Any) -> list[Any] | None:
    """The cells of a table of facts' row that holds two cells or more with
    text (名次　姓名　茶園 / 特等獎　林文彬　林家茶園): the row is one line,
    its cells apart by tabs, as a table copied from a page is written."""
    row = cell.getparent()
    if row is None or row.tag != "tr":
        return None
    cells = [c for c in row if c.tag in _CELLS and _squash(c.text_content())]
    return cells if len(cells) >= 2 else None


_PUNCTUATED = re.compile(r"[，。；！？,;]")
_MIN_DEK = 12
# A list item that is one field: a short label, its colon, a value (建议饮用温度：4—7℃)
_FIELD_ITEM = re.compile(r"^[^\s:：，。]{1,8}[:：]\s*\S[^:：]{0,40}$")
_TERMS = ("dt", "dd")


def _restore_blocks(tree: Any, text: str, head_rows: set[str]) -> str:
    """Blocks of the article the extractor left out: any block between two
    extracted ones (a spec list, a box of pros and cons), and a punctuated
    block or a byline between the headline and the first extracted one (a
    standfirst, 评测：X 图：Y 2024-09-05 10:00).
    Blocks with an image, or next to one, are captions. Cleaning judges them like any line."""
    for element in list(tree.iter(*_SKIP)):
        # (a form that holds the headline lays out the whole page, an ASP.NET
        # page's <form id="form1">: no widget)
        if element.getparent() is not None and not (element.tag == "form" and element.find(".//h1") is not None):
            element.drop_tree()
    lines = text.split("\n")
    where = _line_index(lines)
    leaves: list[tuple[str, str, bool]] = []  # (tag, text, holds an image)
    elements: list[Any] = []
    # Whether a parent has an image among its children, once per parent (a
    # page of 20,000 sibling paragraphs would otherwise be quadratic).
    pictured: dict[Any, bool] = {}
    for block in tree.iter(*_LEAF_BLOCKS):
        if any(inner.tag in _LEAF_BLOCKS for inner in block.iterdescendants()):
            continue
        if block.tag in _CELLS and _layout_cell(block):
            continue
        row = _row_cells(block) if block.tag in _CELLS else None
        if row is not None and block is not row[0]:
            continue  # (the row is one line, made at its first cell)
        if content := ("\t".join(_squash(c.text_content()) for c in row) if row else _squash(block.text_content())):
            parent = block.getparent()
            if parent is not None and parent not in pictured:
                pictured[parent] = any(child.tag in _IMAGES for child in parent)
            image = next(block.iter(*_IMAGES), None) is not None or (parent is not None and pictured[parent])
            leaves.append((block.tag, content, image or bool(block.xpath("ancestor::figure"))))
            if row and all(c.tag == "th" for c in row):
                head_rows.add(content)  # (a table's head row: the view rules it off)
            elements.append(block)
    found = [k for k, (_, content, _) in enumerate(leaves) if content in where]
    if not found:
        return text
    h1 = next((k for k, (tag, _, _) in enumerate(leaves) if tag == "h1"), None)
    start = h1 + 1 if h1 is not None and h1 < found[0] else found[0]
    before: dict[int, list[str]] = {}
    pending: list[str] = []
    for k in range(start, found[-1] + 1 + _trailing(elements, found, leaves)):
        tag, content, image = leaves[k]
        if content in where:
            if pending:
                before.setdefault(where[content], []).extend(pending)
                pending = []
            continue
        lead = k < found[0]
        # (in the lead, an item of a list of label：value fields is the item's spec
        # list, 风格：… / 酒精度：5.2% ABV: cleaning weighs it as a box of facts)
        # (so is a definition list's term and value, 書名 / 車長手記…: a book's or an object's box)
        field = lead and ((tag == "li" and _FIELD_ITEM.match(content) is not None) or tag in _TERMS)
        if image or (
            lead
            and (len(content) < _MIN_DEK or not _PUNCTUATED.search(content))
            and not field
            and not _is_meta(content)
        ):
            continue
        pending.append(content)
    if pending and found[-1] + 1 < len(leaves):
        # (right after the last extracted block)
        before.setdefault(where[leaves[found[-1]][1]] + 1, []).extend(pending)
    if not before:
        return text
    return _insert_before(lines, before)


def _trailing(elements: list[Any], found: list[int], leaves: list[tuple[str, str, bool]]) -> int:
    """How many blocks after the last extracted one are the article's (cleaning
    judges them like any line): a list (under its heading) that the container
    of all the extracted ones still holds (a box of dates closing the article,
    in its own <div>), or one field line the same <article> holds (評分：★★★★☆)."""
    if len(found) < 2:
        return 0
    first, last = elements[found[0]], elements[found[-1]]
    k = found[-1] + 1
    # (one value: a row of words after a label is a bar's, 分享：Facebook LINE 列印)
    if k < len(elements) and " " not in leaves[k][1] and _FIELD_ITEM.match(leaves[k][1]) is not None:
        article = next((e for e in last.iterancestors() if e.tag == "article"), None)
        if article is not None and any(e is article for e in elements[k].iterancestors()):
            return 1
    inside = {id(e) for e in first.iterancestors()}
    container = next((e for e in last.iterancestors() if id(e) in inside), None)
    if container is None or container.tag in ("body", "html"):
        return 0
    # (a list under its heading: a byline, an author's card or a contact box goes on leaving)
    if k < len(elements) and elements[k].tag in _HEADINGS:
        k += 1
    while k < len(elements) and elements[k].tag == "li" and any(e is container for e in elements[k].iterancestors()):
        k += 1
    items = k - found[-1] - 1
    return items if items >= _LIST_BOX else 0


_LIST_BOX = 3


def _is_meta(text: str) -> bool:
    """A byline or a date line (cleaning reads its credits)."""
    from reader.core.folding import fold

    return parse_meta_line(text, fold(text)) is not None


def _squash(text: str) -> str:
    return " ".join(text.split())


_NARROW_SPACE = re.compile(r"[ \t\r\n\f\v]+")


def _squash_narrow(text: str) -> str:
    """``text`` with its runs of narrow spaces and line breaks as one space,
    and its wide spaces kept: they set a row's fields apart (来源：…　作者：…)."""
    return _NARROW_SPACE.sub(" ", text).strip()
