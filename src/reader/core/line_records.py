"""The lines of a text as records: each judged on its own (``line_verdicts``),
and the metadata the head and the tail state set on the lines that state it,
except where the line's place says it is the body's (a field among fields, a
heading, a sentence that names a reporter, a record's row, a table's cell)."""

from __future__ import annotations

import itertools
import operator
from collections.abc import Sequence
from typing import Final

from reader.core.junk_rules import Reason
from reader.core.line_features import SENTENCE_END, SHORT, is_short
from reader.core.line_fix import fix_lines
from reader.core.line_passes import HEAD_LINES, LABEL_VALUE, Line, is_prose_start
from reader.core.line_verdicts import PROSE, judge_all
from reader.core.meta_lines import Verdict, event_time, poster, record_rows, staff_credits
from reader.core.metadata import MetaLine
from reader.core.row_runs import tab_cells, tab_row
from reader.core.tail_prose import SIGN_OFF_DATE
from reader.core.thread_turns import turn

_META: Final = operator.itemgetter(3)  # (a verdict's metadata)
# (bound once: Reason.X is a slow look-up, and the walks below ask them line by line)
_CONTACT: Final = Reason.CONTACT
_TIMESTAMP: Final = Reason.TIMESTAMP


def _credit_only(meta: MetaLine) -> bool:
    """A line that credits and states nothing else: no author, outlet or date."""
    return meta.kind in ("credit", "byline") and not meta.author and not meta.source and not meta.date


def _amid_fields(lines: list[Line], judged: Sequence[Verdict], i: int) -> bool:
    """A kept label：value line beside line ``i`` that states no metadata (出席：共63户中的38户):
    ``i`` is one more field of the record the body keeps (a meeting's minutes), not its credits."""
    return any(
        0 <= k < len(lines) and lines[k].reason is None and judged[k][3] is None and LABEL_VALUE.match(lines[k].text)
        for k in (i - 1, i + 1)
    )


def _told(text: str, meta: MetaLine) -> bool:
    """A byline's shape on a sentence: the one name it reads ends the line with
    the sentence's stop (记者 + 问他冷不冷。), no outlet and no date beside it."""
    return (
        text[-1] in "。！？"
        and not meta.source
        and not meta.date
        and len(meta.credits) == 1
        and text.endswith(meta.credits[0][1])
    )


def _restates(line: Line, meta: MetaLine, i: int, prose: list[int], stated: str | None) -> bool:
    """A bare date under the body's last paragraph giving again the day the
    page's markup dates it (特此公示。/ the unit / 2028年5月12日 on a page of
    2028-05-12 09:30): the sign-off's own line, not the page's date."""
    return bool(
        stated
        and prose
        and i > prose[-1]
        and meta.date
        and not meta.source
        and stated.startswith(meta.date)
        and SIGN_OFF_DATE.fullmatch(line.text)
    )


def judged_lines(text: str, stated: str | None = None, texts: list[str] | None = None) -> list[Line]:
    """The lines of ``text`` judged, their metadata found; ``stated``: the date the page's markup gives;
    ``texts``: its lines as ``fix_lines`` gives them, when the caller has them."""
    texts = fix_lines(text) if texts is None else texts
    judged = judge_all(texts)
    turn()  # (a long text's: see reader.core.thread_turns)
    n = len(texts)
    # (positional: text, folded, short, reason, meta, own_rule, weak)
    lines = [
        Line(line, None, False)  # (kept, and no short line: see judge_all)
        if verdict is PROSE
        else Line(
            line,
            verdict[0],
            # (is_short, its call spared for a line with no space and no bracket first: most)
            is_short(line) if " " in line or line[0] == "[" else len(line) < SHORT and not line.endswith(SENTENCE_END),
            verdict[1],
            None,
            verdict[1] is not None,
            verdict[2],
        )
        for line, verdict in zip(texts, judged, strict=True)
    ]
    turn()
    # (the first and the last paragraph of prose: all the passes below ask; no line has metadata yet)
    first = next((i for i, line in enumerate(lines) if line.reason is None and is_prose_start(line)), None)
    last = next((i for i in range(n - 1, -1, -1) if lines[i].reason is None and is_prose_start(lines[i])), None)
    prose = [] if first is None or last is None else [first, last]
    # (the lines that state metadata, found in C: a MetaLine is true, None false; most lines state none)
    stating = list(itertools.compress(range(n), map(_META, judged)))
    records = record_rows(lines, judged, prose, stating)
    # (bylines and date lines sit at the top or the bottom: only those lines are looked at)
    dated = False  # (a line above gave the page's date)
    cells: dict[str, int] | None = None
    for i, meta in [(k, m) for k in stating if (k < HEAD_LINES or k >= n - HEAD_LINES) and (m := judged[k][3])]:
        record = lines[i]
        if (
            meta.kind == "date"
            and not meta.author
            and (event_time(record, meta, i, prose, texts, dated) or _restates(record, meta, i, prose, stated))
        ):
            if record.reason is _TIMESTAMP:
                record.reason, record.own_rule = None, False
            continue
        if meta.kind == "credit" and not staff_credits(meta) and prose and prose[0] < i < prose[-1]:
            continue  # ROLE：name between paragraphs is a heading ("解法一：互斥锁"), not the makers' credits
        if prose and prose[0] < i < prose[-1] and _credit_only(meta) and _amid_fields(lines, judged, i):
            continue  # 出席：38户 / 翻译：小陈、Maria amid the body: a record's field, not the makers' credits
        if meta.kind == "byline" and prose and prose[0] < i < prose[-1] and _told(record.text, meta):
            continue  # 记者问他冷不冷。 between paragraphs: the story's sentence, its reporter the subject
        if i in records:
            continue  # a row of a list of records (作者：… 出版社：… under each book)
        if " " in record.text and "\t" in text:  # (a row of a table copied with tabs: its cells, read once)
            cells = tab_cells(text) if cells is None else cells
            if tab_row(cells, texts, lambda j: judged[j][3] is not None, i):
                continue
        if meta.kind == "credit" and record.reason is _CONTACT:
            continue  # whom to ask (联系人：蒋老师), not who wrote it
        record.meta, record.reason, record.own_rule, record.weak = meta, None, False, False
        dated = dated or meta.date is not None
    # A handle right above a post's date is who posted it: lin.yuehan_books / 2025-3-18
    # (the dates found in one sweep: a line's metadata is set only at its turn, after its date's)
    # (a line states metadata only if its verdict does: the date lines among those)
    for i in [k - 1 for k in stating if 0 < k < HEAD_LINES and (after := lines[k].meta) and after.kind == "date"]:
        record, after = lines[i], lines[i + 1].meta
        if record.meta is None and after is not None and not after.author and (name := poster(record.text)):
            record.meta = MetaLine("byline", author=name, credits=(("作者", name),))
            record.restore()
    return lines


__all__ = ["judged_lines"]
