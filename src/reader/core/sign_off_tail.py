"""What a notice's sign-off leaves under it: the letter ends with its
signer's closing word (民生店 敬上), so the lines under it, before the
page's junk that runs to the end, are the page's (the branch's address and
hotline, its standing rules), not the notice's."""

from __future__ import annotations

from typing import Final

from reader.core.comment_posts import POSTER
from reader.core.end_boxes import SIGN_OFF
from reader.core.folding import fold
from reader.core.junk_rules import Reason
from reader.core.letter_writers import lone_signer
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import Line, is_prose_start
from reader.core.sibling_rows import head_frame
from reader.core.tail_prose import SIGN_OFF_DATE

SIGNER: Final = 30  # (a sign-off line is no longer: a sentence that ends in 敬上 is prose)


def mark_after_sign_off(lines: list[Line]) -> None:
    """The kept lines between the last sign-off under the body and a run of
    junk to the end go with the page footer."""
    n = len(lines)
    names = _site_names(lines)
    s = next(
        (
            i
            for i in range(n - 1, -1, -1)
            if len(t := lines[i].text) <= SIGNER
            and (SIGN_OFF.search(t) or _lone_closing(t) or (names and _signed_by_site(t, names)))
        ),
        None,
    )
    shaped = s is None
    if shaped:  # (no closing word: a sign-off by its shape)
        # (a dash or a day's 日 first: most lines have neither)
        s = next(
            (
                i
                for i in range(n - 1, 0, -1)
                if len(t := lines[i].text) <= SIGNER and (t[:2] == "——" or "日" in t) and _signed(lines, i)
            ),
            None,
        )
        if s is None and (s := lone_signer(lines)) is not None:
            # (or a letter's writer signing with a name alone, 各位讀者： … 美萍: the letter ends there, and
            # what is kept under it before the page's junk at the end is the sender's, its sponsor and terms)
            _after_signer(lines, s)
            return
    if s is None or not any(line.kept and is_prose_start(line) for line in lines[:s]):
        return
    # (a writer's own sign-off, not a notice's date, may have the page's line right under it)
    loose = shaped and SIGN_OFF_DATE.fullmatch(lines[s].text) is None
    if _few_amid_junk(lines[s + 1 :], loose) and not _next_section(lines, s, n):
        # (a line or two the page leaves among its junk under the sign-off: its appeals, its tips)
        for line in lines[s + 1 :]:
            if line.kept:
                line.reason = Reason.PAGE_FOOTER
        return
    if shaped:
        return  # (a notice's note under its signer's date, 附注：…, stays: only the few among junk go)
    # (the page's own row may sit right under the sign-off, its reactions: 👍 286　💬 41　分享)
    a = next((i for i in range(s + 1, n) if lines[i].kept), n)
    b = next((i for i in range(a, n) if lines[i].bad), n)
    if b == n or not _junk_to_the_end(lines[b:]):
        return
    if _next_section(lines, s, b):
        return
    if _kept(lines[s + 1 : b]) > 2 * _kept(lines[:s]):
        return  # (twice as much under the sign-off as above it: a foreword's signer, the programme below it)
    if lines[s + 1].kept and SIGN_OFF_DATE.fullmatch(lines[s + 1].text):
        s += 1  # (the signer's date under the signer, 二〇二七年一月十四日: the sign-off's own line)
    for line in lines[s + 1 :]:
        if line.kept:
            line.reason = Reason.PAGE_FOOTER


def _after_signer(lines: list[Line], s: int) -> None:
    """The kept lines under a letter's lone signer ``s``, when the page ends in junk and the
    letter above is no shorter, go with the page footer."""
    below = _kept(lines[s + 1 :])
    if below and lines[-1].bad and below <= _kept(lines[:s]) and not _next_section(lines, s, len(lines)):
        for line in lines[s + 1 :]:
            if line.kept:
                line.reason = Reason.PAGE_FOOTER


def _lone_closing(text: str) -> bool:
    """The one closing word 啟 set apart after the signer (義工統籌組 啟): the short form of 謹啟
    (string tests: a branch more in SIGN_OFF would slow its search of every line)."""
    return text[-1:] in _LONE and text[-2:-1] in _GAPS and len(text) > _LONE_MIN


_LONE: Final = ("启", "啟")
_LONE_MIN: Final = 2  # (a signer before the gap)


def _signed(lines: list[Line], i: int) -> bool:
    """Line ``i`` signs the text off by its shape: a dash and the signer (—— 阿楨，寫於…), the
    day and place it was written (阿Ken　2027年6月2日写于乔治市), or a date alone under the
    signer's short line (江屿市第一人民医院社会工作部 / 2028年2月20日)."""
    line = lines[i]
    if not line.kept or line.text.endswith(SENTENCE_END):
        return False
    t = line.text
    if t[:2] == "——":
        return not lines[i - 1].text.endswith(_QUOTE_ENDS)  # (a quotation's speaker: —— 導師 陳Miss)
    if (d := SIGN_OFF_DATE.search(t)) is None:
        return False
    if d.start() == 0 and d.end() == len(t):
        return i > 0 and lines[i - 1].kept and lines[i - 1].short
    return fold(t[d.end() : d.end() + 3]).lstrip().startswith(_WRITTEN)


def _few_amid_junk(tail: list[Line], loose: bool) -> bool:
    """A line or two kept under the sign-off, junk after them (and before them, unless
    ``loose``) and twice as much."""
    kept = _kept(tail)
    return 0 < kept <= _FEW and (loose or tail[0].bad) and tail[-1].bad and len(tail) - kept >= _AMID * kept


def _kept(lines: list[Line]) -> int:
    return sum(1 for line in lines if line.kept)


def _next_section(lines: list[Line], s: int, b: int) -> bool:
    """A head under the sign-off in the series of the body's heads above it
    (感谢信之二 under 感谢信之一's signer): the article goes on, one signed
    piece after another, and what is under the sign-off is the next."""
    above = {frame for line in lines[:s] if (frame := head_frame(line))}
    return bool(above) and any(head_frame(line) in above for line in lines[s + 1 : b])


def _site_names(lines: list[Line]) -> tuple[str, ...]:
    """The short lines that go above the headline (the site's name, as the page opens)."""
    top = next((i for i, line in enumerate(lines[:_HEAD]) if line.reason is _HEADLINE), 0)
    return tuple(name for line in lines[:top] if line.bad and (name := _name_of(line.text)) and len(name) <= _NAME)


def _name_of(masthead: str) -> str:
    """The site's name as a masthead writes it, without its English name after
    it (彩缘印刷 CAI YUAN PRINTING: the sign-off uses the first)."""
    head, _, rest = masthead.partition(" ")
    return head if rest and rest.isascii() and not head.isascii() else masthead


def _signed_by_site(text: str, names: tuple[str, ...]) -> bool:
    """The site's name and one of its units (某某 營運部): the notice signed by
    the department that issued it, as a letter is; no figure, no sentence."""
    name = next((x for x in names if text.startswith(x)), None)
    if name is None or text[len(name) : len(name) + 1] not in _GAPS:
        return False
    unit = text[len(name) + 1 :].strip()
    if fold(unit).startswith(_THANKS) and len(unit) <= _THANKS_MAX and not any(c.isdigit() for c in unit):
        return True  # (or the site's thanks for the reader's custom, as a shop's letter closes: 某印刷 谢谢您的支持！)
    return 0 < len(unit) <= _UNIT and not any(c.isdigit() or c in _NOT_UNIT for c in unit)


_HEAD: Final = 8  # (a masthead opens the page)
_NAME: Final = 16
_UNIT: Final = 8
_GAPS: Final = (" ", "\u3000")
_THANKS: Final = ("谢谢", "感谢", "多谢")  # (folded: 謝謝 is 谢谢)
_THANKS_MAX: Final = 12
_NOT_UNIT: Final = frozenset("，。：:、,.!！?？|｜")
_HEADLINE: Final = Reason.HEADLINE
_WRITTEN: Final = ("写于", "写於")  # (folded: 寫於)
_FEW: Final = 2
_QUOTE_ENDS: Final = ("」", "”", '"', "』")
_AMID: Final = 2
_ROW: Final = 60  # (a footer's row, 地址：…　營業時間：…, is no longer)


def _junk_to_the_end(tail: list[Line]) -> bool:
    """Junk to the end, but for the posts under it (Name：words, under the
    rating or the comments' head: the visitors', sentences or not) and rows
    of the site's set in it (its address and hours between its contact line
    and its copyright): short, no sentence, with junk or posts on both sides
    of their run."""
    junk = [line.bad for line in tail]
    for k in range(1, len(tail)):
        if junk[k - 1] and tail[k].kept and POSTER.match(tail[k].text):
            junk[k] = True
    k = 0
    while k < len(tail):
        if junk[k]:
            k += 1
            continue
        j = k
        while j < len(tail) and not junk[j] and len(tail[j].text) <= _ROW and not tail[j].text.endswith(SENTENCE_END):
            j += 1
        if j == k or k == 0 or j == len(tail):
            return False  # (a sentence of the notice's, or rows with no junk under them)
        k = j
    return True


__all__ = ["SIGNER", "mark_after_sign_off"]
