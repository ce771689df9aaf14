"""A shop's list of prices: rows of an item and its price (青江菜　3磅 $1.99),
kept among their section heads. A row of the list that also names an offer
(買二送一, 限購1包) or looks like a counter (生抽 1.9L　$4.29) went for that;
between kept rows of the same shape it is one more item of the list.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from reader.core.junk_rules import ROW_LIKE, Reason
from reader.core.line_features import PRICE_SIGNS, SENTENCE_END
from reader.core.line_passes import Line, adjacent_runs
from reader.core.round_brackets import CLOSERS, last_open
from reader.core.row_ends import AMOUNT

# A price's sign and its amount ($3.49, ¥1,299.00): the pieces every price pattern here shares.
CURRENCY: Final = f"[{re.escape(PRICE_SIGNS)}]"
# A currency's ISO code before a figure (MOP 8, CAD 15.5): a price as surely as a sign.
_CODE: Final = r"(?<![A-Za-z])(?:MOP|HKD|CAD|AUD|USD|SGD|MYR|RM|TWD|NTD|RMB|CNY|EUR|GBP|JPY)"
# A price: a currency sign or code and a figure ($3.49, ¥88, NT$120, MOP 8), or a figure and 元.
_PRICE: Final = re.compile(rf"(?:{CURRENCY}|{_CODE})\s?{AMOUNT}|{AMOUNT}\s?[元圓]")
_ROW: Final = 40  # (a price row is no longer: a sentence with a price in it is prose)
_KEPT_ROWS: Final = 3  # (fewer kept price rows make no list)
_SECTION: Final = 8  # (an unpriced section of the list: its head and a few rows)
# The reasons a price row goes for: its shape, or an offer's words.
GONE: Final = ROW_LIKE | {Reason.PROMOTION}


def has_price(text: str) -> bool:
    """``text`` names a price somewhere (a cell of a row: S$89)."""
    return _PRICE.search(text) is not None


def bare_price(text: str) -> bool:
    """``text`` is a price and nothing else (a price from: 40元起)."""
    if text[-1:] not in _BARE_ENDS:
        return False  # (most lines)
    text = text.strip().removesuffix(_FROM).rstrip()
    # (a currency's letters before its sign: NT$, S$, HK$)
    return _PRICE.fullmatch(text) is not None or _PRICE.fullmatch(text.lstrip(_CAPITALS)) is not None


_BARE_ENDS: Final = frozenset("0123456789元圓起")  # (a cheap test first: most lines end otherwise)
_CAPITALS: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _price_row(line: Line) -> bool:
    text = line.text
    return len(text) <= _ROW and not text.endswith(SENTENCE_END) and _PRICE.search(text) is not None


def rescue_price_rows(lines: list[Line]) -> None:
    """Rows with a price gone for their shape or an offer's words, between the
    first and the last of three kept price rows or more, come back; so does
    the rows right over the first, under a kept head."""
    gone = [i for i, line in enumerate(lines) if line.reason in GONE and not line.meta and _price_row(line)]
    if not gone:
        return  # (most texts)
    _last_rows(lines, gone)
    kept = [i for i, line in enumerate(lines) if line.kept and _price_row(line)]
    if len(kept) < _KEPT_ROWS:
        return
    # (and the list's first rows, gone right under its kept head: 12公斤　60元 over the first kept)
    first = kept[0]
    while first > 1 and (above := lines[first - 1]).reason in GONE and not above.meta and _price_row(above):
        first -= 1
    if not (lines[first - 1].kept and not _price_row(lines[first - 1])):
        first = kept[0]
    first = _sections_over(lines, first)
    for i in gone:
        if first <= i < kept[-1]:
            lines[i].restore()
            _rejoin_name(lines, i)
    # (the list's price rows now: those kept before, and those taken back)
    _keep_unpriced_sections(lines, sorted({*kept, *(i for i in gone if lines[i].reason is None)}))


def _last_rows(lines: list[Line], gone: list[int]) -> None:
    """The list's last row, gone right under two kept rows whose prices close
    them in the same currency (另需整理開支單據 每小時 MOP 350 under
    兩至三個收入來源 MOP 900), with a kept line that is no price row under
    it: the list's own row, its body going on below."""
    for i in gone:
        if not 2 <= i < len(lines) - 1 or not (below := lines[i + 1]).kept or _price_row(below):
            continue
        shape = _closing_price(lines[i].text)
        if shape and _priced_above(lines, i, shape):
            lines[i].restore()


def _priced_above(lines: list[Line], i: int, shape: str) -> bool:
    """Two kept rows over row ``i`` close in the same currency, with at most
    one kept row of the list between them and it that names no price (成人　30元,
    学生　15元, 儿童　免费（…）over 老人　15元): the rows of one list."""
    priced = other = 0
    for k in range(i - 1, 0, -1):
        line = lines[k]
        if not line.kept or line.text.endswith(SENTENCE_END):
            return False
        if _closing_price(line.text) == shape:
            priced += 1
            if priced == 2:
                return True
        elif other or len(line.text) > _ROW or has_price(line.text):
            return False
        else:
            other += 1
    return False


def _closing_price(text: str) -> str | None:
    """The currency of the price that closes ``text`` (MOP for …　MOP 350, $ for … $1.99), if one does."""
    head, _, last = text.replace("\u3000", " ").rpartition(" ")
    if _PRICE.fullmatch(last):
        return "".join(c for c in last if not (c.isdigit() or c in ".,"))
    code = head.rpartition(" ")[2]
    return code if code and _PRICE.fullmatch(f"{code} {last}") else None


def _keep_unpriced_sections(lines: list[Line], priced: list[int]) -> None:
    """A section of the list with no prices (配套包括 over 白色帐篷 / LED 灯 8 盏),
    gone for its short lines' shape between two kept price rows of the list:
    a head without figures and a few short rows under it (some kept, some
    gone), no sentence among them, is one more section of the list, not the
    page's junk amid it."""
    for a, b in itertools.pairwise(priced):
        if not 0 < b - a - 1 <= _SECTION:
            continue  # (most pairs: next to each other, or prose between)
        gap = lines[a + 1 : b]
        if _list_head(gap[0].text) and all(
            (line.reason is None or line.reason in ROW_LIKE)
            and not line.meta
            and line.short
            and not line.text.endswith(SENTENCE_END)
            for line in gap
        ):
            for line in gap:
                line.restore()


def _gone_row(line: Line) -> bool:
    return line.reason in GONE and not line.meta and _price_row(line)


def _sections_over(lines: list[Line], first: int) -> int:
    """Where the list starts when its first sections' rows went (a course's
    head, then 3天2夜　RM1,580 gone as a counter, then its kept gloss): over
    the first kept price row, only kept lines and gone price rows, each row
    right under a kept head that is no price row, up to the article's junk."""
    start, i = first, first - 1
    while i > 0 and (lines[i].kept or _gone_row(lines[i])):
        if _gone_row(lines[i]):
            if _gone_row(above := lines[i - 1]):
                i -= 1  # (one section's rows, all gone: 60㎡以下　180元 over 60—120㎡　260元)
                continue
            if not (above.kept and not above.text.endswith(SENTENCE_END) and not _price_row(above)):
                break  # (a row under no head: no section of the list)
            start = i
        i -= 1
    return start


def rescue_related_prices(lines: list[Line]) -> None:
    """A head over two priced rows or more, gone as a block of other
    articles (其他服務 over 黑白影印　每頁 HK$1), is one more section of the
    price list when a kept priced row borders it: other articles are listed
    by their headlines, never by a price."""
    related = [i for i, line in enumerate(lines) if line.reason is _RELATED and not line.meta]
    n = len(lines)
    for i, j in adjacent_runs(related):  # (a block: its head lines[i], its rows lines[i + 1:j])
        head, rows = lines[i].text, [line.text for line in lines[i + 1 : j]]
        if (
            len(rows) >= 2
            and len(head) <= _HEADER
            and not any(c.isdigit() for c in head)
            and all(_priced(row) or _sub_head(rows, k) for k, row in enumerate(rows))
            and (
                (i > 0 and lines[i - 1].kept and _priced(lines[i - 1].text))
                or (j < n and lines[j].kept and _priced(lines[j].text))
            )
        ):
            for line in lines[i:j]:
                line.restore()
    _rescue_price_sections(lines, related)


def _rescue_price_sections(lines: list[Line], related: list[int]) -> None:
    """A price list's sections taken for other articles (a head such as 其他
    opened the block, and the list above it went with it): a run of short
    heads and three priced rows or more, gone as related, for a row's
    shape or amid them, the last a row, right under a kept line, is the body's list:
    other articles have no prices. So are the sentences under the list that
    went with the block (its notes), or the kept sentence right under it."""
    members = set(related).union(
        i
        for i, line in enumerate(lines)
        if (line.reason in GONE or line.reason is _BETWEEN)
        and not line.meta
        and (_priced(line.text) or _list_head(line.text))
    )
    n = len(lines)
    # (a row of the list already rescued for its price, amid the block, is one more of its rows)
    members.update([k + 1 for k in members if k + 2 in members and lines[k + 1].kept and _priced(lines[k + 1].text)])
    for i, j in adjacent_runs(sorted(members)):
        if i == 0 or not lines[i - 1].kept:
            continue
        block = lines[i:j]
        end = next((k for k, line in enumerate(block) if not _list_line(line.text)), len(block))
        notes = list(itertools.takewhile(lambda x: x.reason is _RELATED and x.text.endswith(SENTENCE_END), block[end:]))
        # (past the notes, only lines gone for their own shape: a crumb under the list, no more of the block)
        if (rest := block[end + len(notes) :]) and (not notes or any(x.reason is _RELATED for x in rest)):
            continue
        if not notes and not (j < n and lines[j].kept and lines[j].text.endswith(SENTENCE_END)):
            continue
        rows = block[:end]
        priced = [k for k, line in enumerate(rows) if _priced(line.text)]
        # (heads over rows: the list ends in a row, priced or an offer's)
        if len(priced) >= _KEPT_ROWS and all(_offer(line.text) for line in rows[priced[-1] + 1 :]):
            for line in block[: end + len(notes)]:
                line.restore()


def _list_line(text: str) -> bool:
    return _priced(text) or _list_head(text) or _offer(text) or (" " in text and spaced_head(text))


def spaced_head(text: str) -> bool:
    """A table's head row as one line, its words one space apart (鏡片 折射率 價錢)."""
    return len(text) <= _ROW and all(_list_head(word) for word in text.split(" "))


def _offer(text: str) -> bool:
    """A short row with a figure and no price: the list's offer (長者9折)."""
    return 0 < len(text) <= _HEADER and not text.endswith(SENTENCE_END) and any(c.isdigit() for c in text)


def _list_head(text: str) -> bool:
    """A section's head in a price list: a word or two, perhaps glossed in brackets (烘干（以湿谷计）)."""
    if text.endswith(CLOSERS) and (cut := last_open(text)) > 0:
        text = text[:cut]
    return 0 < len(text) <= _HEADER and not any(c.isdigit() for c in text) and not text.endswith(SENTENCE_END)


_RELATED: Final = Reason.RELATED
_BETWEEN: Final = Reason.BETWEEN_BOILERPLATE  # (a head or a row gone between other gone rows)
_HEADER: Final = 8  # (a section's head is a word or two)
# A price of nothing, the row's last cell (預約圖書　免費).
_FREE: Final = ("免費", "免费", "free", "Free")
_GAPS: Final = (" ", "\u3000")


def _sub_head(rows: list[str], k: int) -> bool:
    """The block's row ``k`` heads the next section of the list (附加服務 over 加晒4張　MOP 30)."""
    return _list_head(rows[k]) and k + 1 < len(rows) and _priced(rows[k + 1])


def _priced(text: str) -> bool:
    """A row of a price list: its price, or a price of nothing, last in a row."""
    if len(text) > _ROW or text.endswith(SENTENCE_END):
        return False
    if text.endswith(_FREE):  # (after the item, in a cell of its own)
        cut = next(text[: -len(word)] for word in _FREE if text.endswith(word))
        return cut[-1:] in _GAPS and cut.strip() != ""
    return _PRICE.search(text) is not None


def rescue_price_runs(lines: list[Line]) -> None:
    """A run of rows that each name an item and end in its price (a plan's
    tiers: $500以下商品　$49), gone for their shape, between a kept line above
    it (the plan's head) and a kept line below it, is the list under that head.
    A price list stands with no kept price row of its own: its shape decides.
    The run may hold the list's short section heads (褲 over 褲腳 改短　MOP 60),
    each over a row of it."""
    # (a cheap test first, in the comprehension: most lines end in no figure nor 元)
    rows = [
        i
        for i, line in enumerate(lines)
        if (line.text[-1:].isdigit() or line.text.endswith(_LAST))
        and line.reason in GONE
        and not line.meta
        and _tier(line.text)
    ]
    if not rows:
        return  # (most texts)
    found = set(rows)
    members = sorted(found.union(i - 1 for i in rows if i > 0 and _head(lines[i - 1])))
    n = len(lines)
    for i, j in adjacent_runs(members):
        count = sum(1 for r in range(i, j) if r in found)
        if j + 1 < n and _head(lines[j]) and lines[j + 1].kept:
            j += 1  # (the next section's head, over its kept rows, closes the run: 装订 over 钉书　免费)
        if count >= _KEPT_ROWS and i > 0 and j < n and lines[i - 1].kept and lines[j].kept:
            for line in lines[i:j]:
                line.restore()


# A price's bound after its figure (MOP 220 起: from 220).
_FROM: Final = "起"
# (a row's price may close on its figure, its bound or its unit: 搓澡：30元)
_LAST: Final = (_FROM, "元", "圓")
_TIMES: Final = "×"  # (a price as a multiple: ×2)
_HEAD: Final = 6  # (a section head of a price list is a word or two: 褲, 西裝, 烫金对折款)


def _head(line: Line) -> bool:
    """A list's section head: a few characters with no figure, gone for its
    shape; the head may close on a short gloss in brackets (彩色打印（A4）,
    过胶（Laminate）): a size or a word in another language, figures and all."""
    text = line.text.strip()
    if text.endswith(CLOSERS) and (cut := last_open(text)) > 0:
        if len(text) - cut > _GLOSS:
            return False
        text = text[:cut]
    return (
        len(text) <= _HEAD
        and line.reason in GONE
        and not line.meta
        and not any(c.isdigit() for c in text)
        and not text.endswith(SENTENCE_END)
    )


_GLOSS: Final = 12  # (a gloss is a word or a size: its brackets and all)


def _tier(text: str) -> bool:
    """An item and its price last: words before the figure, nothing after it;
    or an item priced as a multiple of the row above (A3 价格 ×2)."""
    if (times := text.rfind(_TIMES)) > 0 and text[times + 1 :].strip().isdigit() and len(text) <= _ROW:
        return any(c.isalpha() for c in text[:times])
    last = None
    for found in _PRICE.finditer(text):
        last = found
    return (
        last is not None
        and last.end() == len(text.rstrip().removesuffix(_FROM).rstrip())
        and last.start() > 0
        and len(text) <= _ROW
        and any(c.isalpha() for c in text[: last.start()])
    )


def _rejoin_name(lines: list[Line], i: int) -> None:
    """A bare price's item, broken onto the line above it (芋圓 / MOP 8):
    a short line without figures, gone between a kept price row and the price."""
    if i < 2 or _PRICE.fullmatch(lines[i].text.strip()) is None:
        return
    name = lines[i - 1]
    if (
        name.reason in ROW_LIKE
        and not name.meta
        and name.short
        and not any(c.isdigit() for c in name.text)
        and lines[i - 2].kept
        and _price_row(lines[i - 2])
    ):
        name.restore()


__all__ = [
    "AMOUNT",
    "CURRENCY",
    "GONE",
    "bare_price",
    "has_price",
    "rescue_price_rows",
    "rescue_price_runs",
    "rescue_related_prices",
]
