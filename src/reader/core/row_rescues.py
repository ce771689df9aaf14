"""Rows of content kept inside the body though each alone looks like page furniture:
label：value rows and runs of them, flattened and Markdown pipe tables, lists a body line
introduces, rows of numbers, contact rows under the body's own section, facts of an event.
``reader.core.cleaning.clean`` runs these passes among those of :mod:`reader.core.line_passes`."""

from __future__ import annotations

import re
from typing import Final

from reader.core.closing_boxes import rescue_end_boxes, restore_verdict_note, verdict
from reader.core.junk_rules import ROW_LIKE, SHAPE_ONLY, Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import LABEL_VALUE, PROSE_ENDS, Line, body_around, has_button, in_prose, is_prose_start
from reader.core.list_siblings import list_item, named_item
from reader.core.paragraph_ends import ends_paragraph
from reader.core.row_runs import named_contact, unit_in_notice
from reader.core.table_rows import LABEL_MARK, REACTION, figure_row, head_row_over, reaction_count, rescue_fact_box

# Shapes a label-value line can have that only context tells from junk.


def rescue_label_values(lines: list[Line]) -> None:
    """Label-value lines (a spec list, pros and cons) between paragraphs
    of the body are the body's, whatever their digits look like."""
    for i, line in enumerate(lines):
        if (
            line.reason in SHAPE_ONLY
            and not line.meta
            and LABEL_VALUE.match(line.text)
            and not has_button(line)
            and not (line.reason is Reason.COUNTER and reaction_count(line))
            and ((around := body_around(lines, i)) or verdict(lines, i))
        ):
            line.restore()
            if not around:
                restore_verdict_note(lines, i)


def rescue_label_runs(lines: list[Line]) -> None:
    """A run of label-value lines right under a paragraph of the body (an
    infobox: 中文名：… 类别：… 酒精度：10%vol—20%vol) is one block: when
    most of it stays, its lines that only look like counters or sit next
    to the page's junk stay too; and the box of an item's facts
    (``table_rows.rescue_fact_box``) over the same labelled lines."""
    # (a run starts only at a line with the label's colon within its first
    # nine characters, a cheap test: most lines have none)
    colons = [k for k, line in enumerate(lines) if ":" in (head := line.text[:9]) or "：" in head]
    if len(colons) < _RUN:
        return
    _label_runs(lines, colons)
    # (and a box of the item's facts, over the same labelled lines)
    rescue_fact_box(lines, colons)
    # (and boxes under their own headings after the story's last paragraph)
    rescue_end_boxes(lines, colons)


def _label_runs(lines: list[Line], colons: list[int]) -> None:
    after = 0  # (the lines before it are weighed)
    for i in colons:
        if i < after:
            continue
        j = i
        while (
            j < len(lines)
            and (lines[j].short or lines[j].kept or (lines[j].reason in _BOX_FIELD and len(lines[j].text) <= _FIELD))
            and not lines[j].meta
            and (_RUN_FIELD if j > i else LABEL_VALUE).match(lines[j].text)
        ):
            j += 1
        after = max(j, i + 1)
        if j - i < _RUN:
            continue  # (most lines: no run to weigh)
        run = lines[i:j]
        if i == 0:
            continue
        # (a box kept whole: a heading under it that went for the page's junk over the box, over a
        # paragraph of prose, heads the paragraph: 書目資料 / 公告號：… / 專利狀態：… / 摘要 / 本創作…)
        if (
            j + 1 < len(lines)
            and (x := lines[j]).reason is Reason.BETWEEN_BOILERPLATE
            and x.short
            and not x.own_rule
            and is_prose_start(lines[j + 1])
            and all(line.kept for line in run)
        ):
            x.restore()
        lead = lines[i - 1]
        # (a box the body announces, 论文信息： / 小知識： / 【装备小档案】, over its fields;
        # among the body's paragraphs it is the body's, whatever its fields look like)
        announced = lead.short and not lead.meta and (lead.text.endswith(("：", ":")) or _BOX_TITLE.match(lead.text))
        # (or a kept heading right under a paragraph of prose: 试驾车型参数 over a spec box)
        announced = announced or (
            lead.short and lead.kept and i > 1 and lines[i - 2].kept and is_prose_start(lines[i - 2])
        )
        inside = announced and in_prose(lines, i, j)
        # (or most of it kept, and the notice's kept lines under it: its signer, 教育推廣組)
        held = inside or (announced and j < len(lines) and lines[j].kept and 2 * sum(x.kept for x in run) > len(run))
        allowed = _INSIDE_FIELD if held else _BOX_FIELD if announced else SHAPE_ONLY
        # (under its own heading right under the byline and its buttons: a record's
        # facts, 活动概况 / 日期：… / 集合：… / 参加人数：23人, however many went)
        headed = not inside and _headed_under_byline(lines, i) and not any(map(reaction_count, run))
        if 2 * sum(line.kept for line in run) < len(run) and not inside and not headed:
            continue
        if not all(line.kept or line.reason in allowed for line in run):
            continue
        if lead.kept and (
            # (or under the body's own heading, 一、项目基本情况, with prose over it)
            not lead.short or (i > 1 and lines[i - 2].kept and not lines[i - 2].short)
        ):
            pass
        elif inside and lead.reason is Reason.BETWEEN_BOILERPLATE and not lead.own_rule:
            # (its heading went for the caption over it: the box sits among the body's paragraphs)
            lead.reason = None
        elif lead.meta is not None and 3 * sum(line.kept for line in run) >= 2 * len(run):
            # (right under the page's byline or date, two thirds of it kept: the item's
            # spec box at the top of its page, 风格：… / 酒精度：… / 规格：330ml罐装 …)
            pass
        elif headed:
            lead.restore()
        else:
            continue
        for line in run:
            line.restore()
        # (inside the body, the run's contact fields past its short lines: 电子邮箱：…)
        while inside and j < len(lines) and lines[j].reason is Reason.CONTACT and _contact_field(lines[j]):
            lines[j].restore()
            j += 1
        # (a heading under it that went for its neighbours, over rows like them: 物品類別)
        if (
            j + 1 < len(lines)
            and lines[j].reason is Reason.BETWEEN_BOILERPLATE
            and lines[j + 1].reason in {None, *SHAPE_ONLY}
        ):
            lines[j].restore()


# A field of an announced box may also read as a statement (DOI：10.1002/…
# is a paper page's own line, but the article's when it announces the paper).
_BOX_FIELD: Final = SHAPE_ONLY | {Reason.DISCLAIMER}
# (inside the body, a place's box has its address and phone: 地址：… 电话：…)
_INSIDE_FIELD: Final = _BOX_FIELD | {Reason.CONTACT}
_BOX_TITLE: Final = re.compile(r"^【[^】]{2,10}】$")
# (a field that is no sentence: an identifier, a figure)
_FIELD: Final = 40


def _contact_field(line: Line) -> bool:
    return not line.meta and len(line.text) <= _FIELD and _RUN_FIELD.match(line.text) is not None


def _headed_under_byline(lines: list[Line], i: int) -> bool:
    """Line ``i - 1`` is a short heading (no sentence, no label) with only the
    page's buttons (收藏　点赞 86　分享) between it and a metadata line above."""
    lead, k = lines[i - 1], i - 2
    if lead.own_rule or lead.meta or not lead.short or LABEL_MARK.search(lead.text) or lead.text.endswith(PROSE_ENDS):
        return False
    while k > 0 and lines[k].own_rule and lines[k].reason in _BUTTONS:
        k -= 1
    return k >= 0 and lines[k].meta is not None


_BUTTONS: Final = (Reason.CONTROLS, Reason.SHARE_BAR)
_RUN: Final = 3
# (a longer label in a run: 部分修好／需要買零件：)
_RUN_FIELD: Final = re.compile(r"^[^\s:：，。【\[［(（]{1,12}[:：]\s*\S")


def rescue_introduced_list(lines: list[Line]) -> None:
    """A run of short parallel lines right under a line of the body that
    introduces them with a colon (先说基本参数：, 三个城区分别是：) is the
    list it announces (a spec list, names and counts), whatever their
    digits look like; the run ends at the first line of another shape."""
    for i, lead in enumerate(lines[:-1]):
        if not (lead.text.endswith(("：", ":")) and lead.kept and not LABEL_VALUE.fullmatch(lead.text)):
            continue
        j = i - 1
        while j >= 0 and lines[j].meta:
            j -= 1
        if not lead.short or (j >= 0 and lines[j].kept and not lines[j].short):
            run = []
            k = i + 1
            # (under a label, a kept line of another shape goes on with it: 收聽方法： / AM 1388 / 手機程式（…）)
            while k < len(lines) and not lines[k].meta and (list_item(lines[k], lead.short) or named_item(lines, k)):
                if lines[k].bad and lines[k].reason not in SHAPE_ONLY:
                    break
                run.append(lines[k])
                k += 1
            if len(run) >= 2:
                for item in run:
                    item.restore()


def rescue_contact(lines: list[Line]) -> None:
    """A labelled phone line right after a paragraph of the body (洽詢電話：…
    under a notice) tells the reader whom to call: the article's. The
    site's contact lines sit in its footer, after other junk or at the very
    end, and a press office's come as a block (联系人, 电话, 邮箱); a line
    of the notice (its sign-off) follows one that is the article's."""
    for i, line in enumerate(lines):
        if line.reason is not _CONTACT or line.meta or not LABEL_VALUE.match(line.text):
            continue
        j = i - 1
        while j >= 0 and lines[j].meta:
            j -= 1
        if j < 0 or not lines[j].kept:
            continue
        last = i + 1 >= len(lines)
        if not last and lines[i + 1].bad and (named_contact(line, lines[j]) or unit_in_notice(lines, i)):
            line.restore()
        elif not last and lines[i + 1].bad:
            # (more junk under it: the page's contact block; unless the run of contact rows goes on into the
            # notice's next paragraph, 联系电话：… / 电子邮箱：… / 公示期满无异议，…: whom to ask, between them)
            r = i + 1
            while r < len(lines) and lines[r].reason is Reason.CONTACT and _one_label(lines[r]):
                r += 1
            if (
                r < len(lines)
                and lines[r].kept
                and not lines[r].short
                and lines[j].kept
                and not lines[j].short
                and lines[j].text.endswith(SENTENCE_END)
                and _one_label(line)
            ):
                for row in lines[i:r]:
                    row.restore()
            continue
        if not lines[j].short and ends_paragraph(lines[j].text):
            # (as the text's last line, one label only: a row of them, 地址：… ｜ 總機：…, is the site's footer)
            if not last or len(LABEL_MARK.findall(line.text)) == 1:
                line.restore()
        elif len(LABEL_MARK.findall(line.text)) == 1 and _in_detail_block(lines, j):
            # An event's details (地點：… 時間：… 報名電話：…) under the story:
            # whom to call is one of them, even as the text's last line.
            line.restore()


def _one_label(line: Line) -> bool:
    return not line.meta and LABEL_VALUE.match(line.text) is not None and len(LABEL_MARK.findall(line.text)) == 1


def _in_detail_block(lines: list[Line], j: int) -> bool:
    """Line ``j`` is one of a run of kept label-value lines, one label
    each, right under a paragraph of prose; line ``j`` itself must be one."""
    if lines[j].meta:
        return False
    # (one label a line: a row of several, 户口号码：… 户口名称：…, is the page's)
    while j >= 0 and (
        lines[j].meta
        or (lines[j].kept and LABEL_VALUE.match(lines[j].text) and len(LABEL_MARK.findall(lines[j].text)) == 1)
    ):
        j -= 1
    return j >= 0 and lines[j].kept and not lines[j].short and lines[j].text.endswith(_PROSE_END)


def rescue_facts(lines: list[Line]) -> None:
    """A number and its word between two paragraphs of prose (销量 12万辆,
    2.1 背景), or a short run of things and their figures (参与人数 120人 /
    帐篷数量 45顶), is the article's: a page's counters sit under the
    headline, under the body or among comments, next to other junk."""
    i, n = 1, len(lines)
    while i < n - 1:
        if lines[i].reason is not _COUNTER or lines[i].meta or not lines[i].own_rule:
            i += 1
            continue
        j = i + 1
        while j < n and lines[j].reason is Reason.COUNTER and not lines[j].meta and lines[j].own_rule:
            j += 1
        run = lines[i:j]
        if (
            j < n
            and all(x.kept and not x.short and x.text.endswith(_PROSE_END) for x in (lines[i - 1], lines[j]))
            # (a lone row of the page's own counters stands between the crumbs and the headline: 查看: 2,874 | 回覆: 23)
            and (
                (len(run) == 1 and not reaction_count(run[0]))
                or (len(run) <= _FACTS and all(_is_fact(x.text) for x in run))
            )
        ):
            for line in run:
                line.restore()
        i = j


# A thing and its figure (参与人数 120人, 志愿者：12名), not a reaction's count (阅读 1.2万, 点赞 326)
_FACT: Final = re.compile(r"([\u3400-\u9fff]{2,10})\s*[:：]?\s*\d[\d,.]*\s*[\u3400-\u9fff%％]{0,3}")
_FACTS: Final = 8


def _is_fact(text: str) -> bool:
    return (m := _FACT.fullmatch(text)) is not None and REACTION.search(m.group(1)) is None


_PROSE_END: Final = ("。", "！", "？", "”", "」", "…")


# (enum members bound once: Reason.X goes through the enum type's slow attribute hook, ~140 ns)
_CONTACT, _COUNTER = Reason.CONTACT, Reason.COUNTER


def rescue_number_rows(lines: list[Line]) -> None:
    """Rows of figures (红球：03　09　14…, 二等奖　138注　单注奖金 178,216元)
    with the body right above and right below them are the body's table,
    whatever a menu's gaps or a counter's digits make them look like."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].reason in ROW_LIKE and not lines[j].meta and figure_row(lines[j]):
            j += 1
        if j == i:
            i += 1
            continue  # (most lines: no row of figures)
        # (the table's head row, gone as a menu or kept, with the body right above it)
        head = i - 1 if i > 1 and lines[i - 1].reason in ROW_LIKE and head_row_over(lines[i - 1], lines[i]) else i
        above = lines[head - 1] if head > 0 else None
        if (
            j > i
            and above is not None
            and above.kept
            and j < len(lines)
            and lines[j].kept
            # (announced by the body, 开奖号码如下：, under a row of the same kind or the table's head)
            and (
                head < i
                or (above.text.endswith(("：", ":")) and not above.short)
                or figure_row(above)
                or head_row_over(above, lines[i])
            )
            # (inside the body: a panel of figures over the headline is the page's)
            and any(line.kept and not line.short and line.text.endswith((*PROSE_ENDS, "：")) for line in lines[:i])
        ):
            for line in lines[head:j]:
                line.restore()
        i = max(j, i + 1)


def _label(text: str) -> str | None:
    m = LABEL_VALUE.match(text)
    return re.split(r"[:：]", text, maxsplit=1)[0].strip() if m else None


def rescue_sibling_labels(lines: list[Line]) -> None:
    """A label：value line right under a kept one whose label ends the same
    way (定時導覽：… / 團體導覽：…) is the next field of the same list."""
    for i in [k for k in range(1, len(lines)) if (x := lines[k]).short and x.reason is not None and not x.meta]:
        if (above := lines[i - 1]).reason is not None or above.meta is not None:  # (the few short lines gone first)
            continue
        a, b = _label(above.text), _label((line := lines[i]).text)
        if a and b and a != b and len(a) >= 2 and len(b) >= 2 and a[-2:] == b[-2:]:
            line.restore()


# A numbered section's heading: 五、对本次招标提出询问, 3. 联系方式, （二）报名方式
SECTION_NUMBER: Final = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、]\s?)\S"
)


def numbered_head(line: Line) -> bool:
    """A kept numbered section's heading that is no sentence (四、采购需求)."""
    return line.kept and SECTION_NUMBER.match(line.text) is not None and not line.text.endswith(SENTENCE_END)


def numbered_question(line: Line) -> bool:
    """A kept numbered question heading its answer (5. 可以换医生吗？): an FAQ's section."""
    return line.kept and line.text.endswith(("？", "?")) and SECTION_NUMBER.match(line.text) is not None


# A bracketed section label alone on its line: 【规格】, 【药品名称】
_SECTION_LABEL: Final = re.compile(r"^【[^】]{1,10}】$")


def rescue_section_values(lines: list[Line]) -> None:
    """A short value right under a kept bracketed section label (【规格】 /
    0.3克) with the body going on under it is that section's content,
    whatever its digits look like."""
    for i in range(1, len(lines) - 1):
        line = lines[i]
        if (
            line.reason in ROW_LIKE
            and not line.meta
            and lines[i - 1].kept
            and _SECTION_LABEL.match(lines[i - 1].text)
            and lines[i + 1].kept
        ):
            line.restore()


__all__ = [
    "SECTION_NUMBER",
    "numbered_head",
    "rescue_contact",
    "rescue_facts",
    "rescue_introduced_list",
    "rescue_label_runs",
    "rescue_label_values",
    "rescue_number_rows",
    "rescue_section_values",
    "rescue_sibling_labels",
]
