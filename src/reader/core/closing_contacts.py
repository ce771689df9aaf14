"""A notice's own contact line, right above its closing words.

A notice ends with whom to call, then a short closing sentence (不便之处，
敬请见谅。), then its sign-off or the page's junk. A contact line gone by its
label (电话：…, 24小时热线：…) right above such a closing sentence of the
body is the notice's, whatever sits above it (a link to a related notice, a
numbered 联系方式 head). The site's contact lines sit in its footer, among
other junk, or in a box of fields (專線：…　服務時間：…). Contact rows under
the article's own numbered section head (二、时间与地点 over 时间：… / 腾讯会议号：…)
are that section's too, and contact rows under the story's own label rows that close it.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.date_lines import YMD
from reader.core.junk_rules import Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import LABEL_VALUE, PROSE, Line, is_prose
from reader.core.row_rescues import SECTION_NUMBER, numbered_head, numbered_question
from reader.core.row_runs import contact_row, story_line
from reader.core.table_rows import LABEL_MARK
from reader.core.tail_passes import END_MARK
from reader.core.wide_gaps import WIDE_GAP

# (a phone's digits: four or more in a run, perhaps split by a space or a dash; the
# number's tail may be masked, 0571-8xxxxxxx or 0736-96XXX, as a published sample's is)
_PHONE: Final = re.compile(r"\d{3,}[\s-]?\d[\dxX]{2,}")
_CLOSING_END: Final = ("。", "！", "!")
_CLAUSE: Final = re.compile(r"[，,]")
_ROW: Final = 60  # (a contact row is no longer)


def rescue_closing_contacts(lines: list[Line]) -> None:
    """A contact line right above the body's short closing sentence, with
    no prose of the body under that sentence, comes back."""
    n = len(lines)
    for i, line in enumerate(lines[:-1]):
        if line.reason is not _CONTACT or line.meta is not None or len(line.text) > _ROW:
            continue
        closing = lines[i + 1]
        if _asks(line.text) and closing.kept and closing.meta is None and closing.text.endswith(SENTENCE_END):
            line.restore()  # (a request of the notice to its readers, 得奖者请于…联络秘书处：…, over its next sentence)
            continue
        if i and _sentence(lines[i - 1]) and lines[i - 1].meta is None and _bylined_desk(lines, i):
            line.restore()  # (the notice's last paragraph, then whom to ask at the desk its byline names)
            continue
        if i and _sentence(lines[i - 1]) and lines[i - 1].meta is None and _over_end_mark(closing):
            line.restore()  # (the release's last paragraph, whom the press may ask, then its end mark: — 完 —)
            continue
        if i and lines[i - 1].kept and _over_formula(lines, i):
            continue  # (whom to call, then how, over the notice's closing formula: 特此公告。)
        if not (
            closing.kept
            and len(closing.text) < PROSE
            and closing.text.endswith(_CLOSING_END)
            and _CLAUSE.search(closing.text)
            and _PHONE.search(line.text)
            # (one label: a row of them, 諮詢專線：…　服務時間：…, is a box of the site's)
            and len(LABEL_MARK.findall(line.text)) == 1
        ):
            continue
        if i + 2 < n and is_prose(lines[i + 2]):
            continue  # (the body goes on: the sentence is no closing one)
        line.restore()


def _over_end_mark(line: Line) -> bool:
    """``line`` is the piece's end mark (— 完 —, -END-): what stands above it is
    still the piece's. A site's contact row sits under the mark, among its junk."""
    return len(line.text) <= _MARK and line.folded is not None and END_MARK.match(line.folded) is not None


_MARK: Final = 12  # (an end mark is a word between dashes: no longer)


# (a notice's closing formula, one short sentence of a clause: 特此公告。, 特此通知。)
_FORMULA: Final = 6
_ROWS_OVER: Final = 3  # (whom to ask, how, where: a few rows)


def _over_formula(lines: list[Line], i: int) -> bool:
    """Contact row ``i`` opens a few label rows (聯絡人：… / 電話：…), one with a
    phone, right under a kept line and right over the notice's closing
    formula, a kept sentence of a few words and no label (特此公告。): the
    rows are the notice's, taken back. A site's contact block sits among its
    junk, over no closing sentence of the body."""
    # (a formula's short sentence a few lines down first: most contact rows have none)
    n = len(lines)
    for k in range(i + 1, min(n, i + _ROWS_OVER + 2)):
        if len(lines[k].text) <= _FORMULA and lines[k].text[-1] in _CLOSING_END:
            break
    else:
        return False
    j = i
    while j < n and j - i <= _ROWS_OVER and _contact_row(lines[j]):
        j += 1
    if j == n or j - i > _ROWS_OVER or not any(_PHONE.search(lines[k].text) for k in range(i, j)):
        return False
    closing = lines[j].text
    if not (
        lines[j].kept
        and len(closing) <= _FORMULA
        and closing.endswith(_CLOSING_END)
        and LABEL_MARK.search(closing) is None
        and _CLAUSE.search(closing) is None
    ):
        return False
    for row in lines[i:j]:
        row.restore()
    return True


def _contact_row(line: Line) -> bool:
    """A row of one label, kept or gone as a contact or a labelled number."""
    return (
        (line.reason is None or line.reason is _CONTACT or line.reason is _COUNTER)
        and line.meta is None
        and len(line.text) <= _ROW
        and LABEL_VALUE.match(line.text) is not None
        and len(LABEL_MARK.findall(line.text)) == 1
    )


def _bylined_desk(lines: list[Line], i: int) -> bool:
    """Contact row ``i`` (one label) names, a word apart, the value of a
    field of a byline over it (公告單位：供銷部　公告日期：… over 洽詢電話：… 供銷部 呂先生):
    the notice's own desk. A hotline under a site's warning names no desk
    its byline signs."""
    text = lines[i].text
    if len(text) > _ROW or len(LABEL_MARK.findall(text)) != 1:
        return False
    words = set(text.split()[1:])  # (the words after the label's own)
    if not words:
        return False
    for line in lines[:i]:
        if line.meta is not None:  # (a byline or a source line)
            for field in WIDE_GAP.split(line.text):
                if LABEL_MARK.search(field) and field.partition("：" if "：" in field else ":")[2].strip() in words:
                    return True
    return False


# (a request's clause before the number: 得奖者请于10月20日前联络秘书处确认出席：…; a site's
# contact label is a noun, 联系我们：, 客服热线：)
_REQUEST: Final = re.compile(r"[^:：]{2,}[请請][^:：]{6,}[:：]")


def _asks(text: str) -> bool:
    return ("请" in text or "請" in text) and _REQUEST.match(text) is not None and len(LABEL_MARK.findall(text)) == 1


# A sign-off's date alone on its line: 2026年11月30日, 2026-11-30
_SIGN_DATE: Final = re.compile(YMD + r"\s*日?")
_UNIT: Final = 24  # (the signing unit's line is no longer)
_CONTACT: Final = Reason.CONTACT  # (bound once: an enum member's lookup is slow)
_COUNTER: Final = Reason.COUNTER
# (None: a short row, judged later; a counter: a labelled number, 监督电话：0578-2216009)
_ROWS_GONE: Final = frozenset({Reason.CONTACT, Reason.BETWEEN_BOILERPLATE, Reason.COUNTER, None})


def rescue_signed_contacts(lines: list[Line]) -> None:
    """Whom to ask, one label a row (联系人：… / 电话：… / 邮箱：… / 地址：…),
    between a notice's last paragraph (or its last numbered section's head)
    and its sign-off (the unit's name, then the date alone) is the notice's:
    a site's contact block sits in its footer, under no signed date."""
    n = len(lines)
    # (the contact lines found in one comprehension: most texts have few)
    # (a labelled phone number may have gone as a counter: 咨询电话：0571-8666…)
    starts = [
        k
        for k, line in enumerate(lines)
        if line.reason is _CONTACT or (line.reason is _COUNTER and _PHONE.search(line.text) is not None)
    ]
    done = 0
    for i in starts:
        line = lines[i]
        if i < done or not i:
            continue
        # (or the rows are all of a numbered section, 六、报名方式, that the sign-off closes:
        # its row may then be a sentence with two labels, 请于…报名，联系人：…，电话：…)
        headed = numbered_head(lines[i - 1])
        if not (headed or _sentence(lines[i - 1])) or not _row(line, headed):
            continue
        j = i
        while j < n and lines[j].reason in _ROWS_GONE and _row(lines[j], headed):
            j += 1
        # (the signer in one line or two, the school over its office: 材料学院 / 研究生办公室 / the date)
        if j + 1 < n and (
            _signed(lines[j], lines[j + 1])
            or (j + 2 < n and _signed(lines[j], lines[j + 2]) and _signed(lines[j + 1], lines[j + 2]))
        ):
            for row in lines[i:j]:
                row.restore()
        done = j


def _sentence(line: Line) -> bool:
    """A kept sentence, a paragraph or a list's last item (4．…依次递补。), or
    a short closing one of two clauses (由此带来的不便，敬请谅解。)."""
    text = line.text
    return (
        not line.bad
        and text.endswith(SENTENCE_END)
        and (len(text) >= _ITEM or (text.endswith(_CLOSING_END) and _CLAUSE.search(text) is not None))
    )


_ITEM: Final = 16  # (a sentence of the body is no shorter: a list's item may be short of PROSE)


def _row(line: Line, headed: bool = False) -> bool:
    if line.meta is not None or len(line.text) > _ROW:
        return False
    labels = len(LABEL_MARK.findall(line.text))
    return labels == 1 or (headed and labels == _HEADED_LABELS and not line.text.endswith(SENTENCE_END))


def _question(head: Line) -> bool:
    """A numbered question heading its answer (5. 可以换医生吗？): an FAQ's section."""
    return len(head.text) <= _ROW and numbered_question(head)


_HEADED_LABELS: Final = 2  # (a sentence naming whom and how: 联系人：…，电话：…)


def _signed(unit: Line, date: Line) -> bool:
    """A short unit line without a label or a sentence's marks, then a date alone."""
    text = unit.text
    return (
        unit.meta is None
        and 0 < len(text) <= _UNIT
        and not text[-1:].isdigit()
        and not any(c in text for c in "：:，,。")
        and _SIGN_DATE.fullmatch(date.text.strip()) is not None
    )


def rescue_section_end_contacts(lines: list[Line]) -> None:
    """A contact row right under the one kept row of a numbered section
    (七、登记地点 / the office's address / 咨询电话：…) is that section's
    content, whatever junk follows it: a site's contact lines sit in its
    footer, under no numbered heading of the body. So is a lone contact
    row (no other contact row under it) right under a numbered section's
    one paragraph (5. 可以换医生吗？ / its answer / 咨询电话：…): the answer's; and the
    contact rows right under a row so taken back, up to a kept line (电话：… / 电子邮箱：… / 地址：…)."""
    n, taken = len(lines), -1
    for i, line in enumerate(lines):
        if line.reason is not _CONTACT or i < 2 or not _row(line):
            continue
        if taken == i - 1:
            j = next((j for j in range(i, n) if not (lines[j].reason is _CONTACT and _row(lines[j]))), n)
            if j < n and lines[j].kept:
                line.restore()
                taken = i
                continue
        if _under_own_head(lines, i):  # (查詢 over 電話：…, among the body's other heads)
            line.restore()
            taken = i
            continue
        row, head = lines[i - 1], lines[i - 2]
        asked = _question(head) and (i + 1 == n or lines[i + 1].reason is not _CONTACT)
        if (
            row.kept
            and row.meta is None
            and (
                (len(row.text) <= _ROW and not row.text.endswith(SENTENCE_END) and numbered_head(head))
                or (asked and _sentence(row))
            )
            and any((numbered_question if asked else numbered_head)(above) for above in lines[: i - 2])
        ):
            line.restore()
            taken = i


def rescue_section_contacts(lines: list[Line]) -> None:
    """Contact rows (采购人：… 联系人：… 电话：…) right under a kept heading
    of a numbered section the body has more of (四、…, 五、…) are that
    section's content: a site's contact block sits under its junk, never
    under the article's own numbered heading; nor under the story's own
    rows that close it (:func:`_box_contacts`)."""
    contacts = [i for i, line in enumerate(lines) if line.reason is _CONTACT]
    _box_contacts(lines, contacts)
    # (only a numbered heading over a contact row, kept label rows between, has rows to take back: most texts have none)
    if not any(i and lines[i].reason is _CONTACT and numbered_head(lines[_over_fields(lines, i)]) for i in contacts):
        return
    # (the heading's first character first: a numeral, a bracket or a digit, as \d is one)
    numbered = [
        i
        for i, line in enumerate(lines)
        if ((c := line.text[:1]) in _SECTION_OPEN or c.isdecimal()) and line.kept and SECTION_NUMBER.match(line.text)
    ]
    for i in numbered:
        if len(numbered) < 2 or lines[i].text.endswith(SENTENCE_END):
            continue
        j = i + 1
        while j < len(lines) and lines[j].kept and LABEL_VALUE.match(lines[j].text):
            j += 1  # (the section's kept fields first: 时间：… / 地点：… over 腾讯会议号：…)
        while j < len(lines) and lines[j].reason is _CONTACT and not lines[j].meta and contact_row(lines[j].text):
            lines[j].restore()
            j += 1


_BOX_ROWS: Final = 4  # (the story's own rows over the contacts: a few)


def _box_contacts(lines: list[Line], contacts: list[int]) -> None:
    """Contact rows right under the story's own short label rows that close it
    (捐贈單車：… under its last paragraph, over 聯絡：… / 電話：…) are that
    box's: how to take part in what the story tells. A site's contact block
    sits under its junk, and a press office's (联系人：… / 电话：…) right under
    the story, with no row of the story's own over it. A row may name whom
    and how (联系人：何老师 电话：…), two labels, as under a numbered head."""
    n = len(lines)
    for i in contacts:
        if not i or lines[i].reason is not _CONTACT or not (lines[i - 1].kept and lines[i - 1].short):
            continue
        k = _over_fields(lines, i)
        if (
            k == i - 1
            or i - k > _BOX_ROWS
            or not story_line(lines[k])
            or not all(lines[r].short and not lines[r].meta for r in range(k + 1, i))
        ):
            continue
        j = i
        while j < n and (row := lines[j]).reason is _CONTACT and not row.meta and _row(row, headed=True):
            if not contact_row(row.text):
                break
            row.restore()
            j += 1


def _over_fields(lines: list[Line], i: int) -> int:
    """The line above ``i`` past the kept label：value rows right over it."""
    k = i - 1
    while k > 0 and lines[k].kept and LABEL_VALUE.match(lines[k].text):
        k -= 1
    return k


_SECTION_OPEN: Final = frozenset("一二三四五六七八九十(（")


# Contact rows under one of the article's own section heads: an article set
# out in short heads (派發對象 / 注意事項 / 查詢), each over kept lines of its own,
# may end with a head over whom to ask (查詢 over 電話：…). The rows under it
# are that section's, as the rows under the other heads are theirs: a site's
# contact block sits among its furniture, under no head that sits right under
# the body's last sentence among sibling heads of the body.
_HEAD: Final = 6  # (a section's head is a word or two: no longer)
_SIBLINGS: Final = 2  # (the body's other heads of the same kind: fewer is no set of sections)


def _head(line: Line) -> bool:
    return line.kept and len(line.text) <= _HEAD and line.text.isalnum()


def _section_head(lines: list[Line], k: int) -> bool:
    """A bare head between kept lines, the one above it no head."""
    if not 0 < k < len(lines) - 1 or not _head(lines[k]):
        return False
    return lines[k - 1].kept and not _head(lines[k - 1]) and lines[k + 1].kept


def _under_own_head(lines: list[Line], i: int) -> bool:
    """Contact row ``i`` sits right under a bare head right under a kept
    sentence of the body, and the body has two other such heads over its
    own kept lines."""
    head, above = lines[i - 1], lines[i - 2]
    if not _head(head) or not above.kept or above.short or not above.text.endswith(SENTENCE_END):
        return False
    return contact_row(lines[i].text) and sum(_section_head(lines, k) for k in range(i - 2)) >= _SIBLINGS
