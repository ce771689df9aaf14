"""A post's row: who posted or presents it after their label, then the
post's date, the poster's level, counters (楼主：X　LV.7　2025-11-26 21:14)."""

from __future__ import annotations

import re
from typing import Final

from reader.core.compiled_reposts import compiled_repost
from reader.core.date_lines import DATE_IN_LINE, format_date
from reader.core.han import HAN_WORD
from reader.core.meta_records import MetaLine
from reader.core.pair_lines import role_pairs
from reader.core.person_values import han_name_shaped, person_value

_BODY: Final = 4  # (a body's name under the publishing label is no shorter: 某居民网络)

# A post's row: who posted or presents it after their label, then parts that
# each say something of the post: its date, the poster's level, a counter
# (楼主：麦田里的老K　LV.7　2025-11-26 21:14　浏览 3.8万, 主讲：阿桂 · 2025-11-23 · 播放 28.6万).
_ROW_GAP: Final = re.compile(r"\s+[·‧・•|｜]\s+|\u3000+|\s{2,}|\s*[|｜]\s*")
# (the poster's label and name, perhaps a note in brackets on who they are: 发布：X（老板）;
# a name in the brackets is the person's own, the one before a nickname: no poster's row)
_POSTER_FIELD: Final = re.compile(
    r"(?:楼主|发帖人|发文者|原po|主讲人?|讲者|主播|up主|博主|作者|发布者|发布人|发布|答主)(?:\s*[:：]\s*|\s+)"
    r"(?P<name>[^\s:：,，。()|]{2,16})(?:\((?P<note>[^()]{1,8})\))?"
)
_POSTER_FIRSTS: Final = frozenset("楼发原主讲u博作答")
_LEVEL: Final = re.compile(r"lv\.?\s?\d{1,3}|\d{1,3}\s*级")
# A counter, its word before or after the figure: 浏览 3.8万, 阅读：2,316, 评论(23), 28.6万播放
_COUNTER: Final = re.compile(
    r"[\u3400-\u9fff]{1,4}\s*[:：(（]?\s*\d[\d,.]*\s*[万千kw]?\+?[)）]?|\d[\d,.]*\s*[万千kw]?\+?\s*[\u3400-\u9fff]{1,4}"
)
# The post's date with its verb: 发表于 2025-11-26 21:14, 2025-11-23发布, 发布时间：…
# (a 时间 alone is an event's: 主讲人：王大明　时间：12月6日)
_DATE_VERB: Final = re.compile(r"^(?:发表|发布|更新|编辑)(?:于|时间\s*[:：])?\s*|\s*(?:发表|发布|更新)$")
# Where the poster is: IP属地：广东, 来自 江苏
_PLACE: Final = re.compile(r"(?:ip\s*属地\s*[:：]?|来自)\s*[\u3400-\u9fff]{2,8}")
# A forum's link on the post's row to show one poster's floors alone: 只看该作者, 只看楼主
_VIEW_ONLY: Final = re.compile(r"只看(?:该作者|楼主|作者)")


def poster_row(line: str, folded: str) -> MetaLine | None:
    """The poster (or presenter) of a row that leads with their label and
    name, when every other part is the post's date, the poster's level or
    a counter: the author and the date."""
    # (the labels' first characters first: most lines start with none)
    if folded[:1] not in _POSTER_FIRSTS or not (m := _POSTER_FIELD.match(folded)):
        return None
    if m.group("note") and han_name_shaped(m.group("note")):
        return None
    # (the gaps as the line writes them: folding makes a wide space narrow)
    if not _ROW_GAP.match(line, m.end()):
        return None
    cuts = [*(x for g in _ROW_GAP.finditer(line, m.end()) for x in g.span()), len(line)]
    spans = [(a, b) for a, b in zip(cuts[1::2], cuts[2::2], strict=True) if b > a]
    date, credited = None, []
    for a, b in spans:
        part = folded[a:b]
        if (d := DATE_IN_LINE.fullmatch(_DATE_VERB.sub("", part))) and (when := format_date(d)):
            date = date or when
        elif (pair := role_pairs(line[a:b])) and pair.kind == "credit" and not pair.date:
            credited.append(pair)  # (another role's pair beside the poster: 发布人：某俱乐部　记录：方志远)
        elif not (
            _LEVEL.fullmatch(part) or _COUNTER.fullmatch(part) or _PLACE.fullmatch(part) or _VIEW_ONLY.fullmatch(part)
        ):
            return None  # (楼主：X　发表于 …　只看该作者: the link says nothing of the post, and names no one)
    name = person_value(line[m.start("name") : m.end("name")])
    if credited:
        # (a club or a desk that posts it names no writer: the person a pair beside it credits
        # wrote it; a person's label and the pairs beside it are a credit line's, read as one)
        author = None if name else next((pair.author for pair in credited if pair.author), None)
        credits = tuple(c for pair in credited for c in pair.credits)
        value = line[m.start("name") : m.end("name")]
        # (a body under the label, 发布：某居民网络 ｜ date ｜ 整理：X, issues it: the source)
        bare = folded[m.start() : m.start("name")].rstrip(": ：") == "发布"  # (发布人 names who posted it: a poster)
        body = value if bare and not name and date and len(value) >= _BODY and HAN_WORD.fullmatch(value) else None
        meta = MetaLine("byline", source=body, author=author, date=date, credits=credits, fielded=body is not None)
        return compiled_repost(meta) if author else None
    if not name:
        value = line[m.start("name") : m.end("name")]
        if date and "、" in value:
            # (bodies listed under the publishing label, 發佈：某法團、某管理處｜date: the first issues it)
            return MetaLine("source", source=value.partition("、")[0], date=date, fielded=True)
        return None
    return MetaLine("byline", author=name, date=date, credits=(("作者", name),))


__all__ = ["poster_row"]
