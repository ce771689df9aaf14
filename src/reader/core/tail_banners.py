"""The shop's banners and buttons left among the page's junk after the
article: a line framed by one symbol at both ends (＊LINE預約請加 …＊,
🔥限時活動：…🔥), or a row of three buttons or more set apart by wide gaps
each of four characters (立即预约　电话咨询　在线客服), once only junk and lines that end no
sentence stand under the article's last sentence. What stands under the
first of them there (a coupon's line) is the same banner block; what stands
over it (an opening-hours line) is the article's. And in Markdown, the
paragraphs led by a bold label right over the page's junk at the end, each
a callout or a note of the site's (> **温馨提示：** …, **招募义工：** …), or
a quoted notice of two sentences or more led by a plain label (> 溫馨提示：…)
and a line led by an icon under one (📷 更多相片…)."""

from __future__ import annotations

from typing import Final

from reader.core.head_callouts import labelled
from reader.core.junk_rules import Reason
from reader.core.line_features import SENTENCE_END
from reader.core.line_passes import Line, row_cells
from reader.core.site_statements import CALLOUT_FIRST, ICON_LED

_BANNER: Final = 60  # (a banner or a coupon's line is no longer)
_INNER: Final = 4  # (the words a frame holds)
_NOT_FRAMES: Final = "*_~`=-#|>+.·。，、)）]】」』”'\""  # (Markdown's marks, a rule line's, a sentence's end)
# (a row of so many words, each of a button's four characters: a sign-off's
# words differ in length, 主任委員　鍾明達　敬啟)
_BUTTONS, _BUTTON = 3, 4


def _framed(text: str) -> bool:
    first = text[:1]
    return (
        len(text) >= _INNER + 2
        and first == text[-1:]
        and not first.isalnum()
        and not first.isspace()
        and first not in _NOT_FRAMES
        and any(c.isalnum() for c in text[1:-1])
    )


def _buttons(text: str) -> bool:
    cells = row_cells(text)
    return len(cells) >= _BUTTONS and all(
        len(c) == _BUTTON and c.isalnum() and not any(d.isdigit() for d in c) for c in cells
    )


def mark_tail_banners(lines: list[Line]) -> None:
    """From the end up to the article's last sentence: the first banner or
    button row among junk, and the kept lines under it, go."""
    loose: list[Line] = []  # (kept lines under the last sentence, last first)
    junk: list[int] = []  # (how many junk lines stand under each of them)
    under = 0
    for line in reversed(lines):
        if line.bad or line.meta:
            under += 1
            continue
        text = line.text
        if text.endswith(SENTENCE_END) or len(text) > _BANNER:
            break
        loose.append(line)
        junk.append(under)
    if not loose:
        return  # (most texts: a sentence, or a long line, is the last kept)
    top = next((k for k in range(len(loose) - 1, -1, -1) if _framed(loose[k].text) or _buttons(loose[k].text)), None)
    if top is None or not junk[top]:
        return  # (with no junk under it, the row is the text's own last line)
    for line in loose[: top + 1]:
        line.reason = Reason.PROMOTION


_CALLOUTS: Final = ("**", "> **")
_CALLOUT_STARTS: Final = CALLOUT_FIRST | {"*"}  # (a callout's first character: a bold label's, a quote's, an icon)


def _bold_labelled(text: str) -> bool:
    """A Markdown paragraph led by a bold label with its colon, perhaps quoted (> **注意：** …)."""
    if not text.startswith(_CALLOUTS):
        return False
    head = text.removeprefix(">").lstrip()[2:]
    end = head.find("**")
    return 0 < end <= _LABEL and head[:end].rstrip()[-1:] in "：:" and len(head) > end + 2


_LABEL: Final = 12  # (a label is a word or two and its colon)
_SENTENCE_MARKS: Final = ("。", "！", "？", "!", "?")


def _quoted_notice(text: str) -> bool:
    """A quoted paragraph led by a plain label, of two sentences or more
    (> 溫馨提示：根據…法例，不得…。學會…切勿駕駛。): a notice; one sentence
    (> 温馨提示：活动当天请携带身份证。) is the article's own tip."""
    return text[:1] == ">" and labelled(body := text[1:].lstrip()) and any(c in body[:-1] for c in _SENTENCE_MARKS)


def mark_tail_callouts(lines: list[Line]) -> None:
    """From the end up, over the page's junk: Markdown paragraphs led by a
    bold label (or quoted notices) go, until a kept line of another shape
    (the article's last); lines led by an icon go only under such a callout
    (an article's own 📍 or 🚀 lines may end it)."""
    run: list[Line] = []
    called = False
    for line in reversed(lines):
        if line.bad or line.meta:
            if run:
                break  # (the callouts stand right over the junk at the end, as one block)
            continue
        if (text := line.text)[:1] not in _CALLOUT_STARTS:
            break  # (most pages: their last kept line starts as no callout does)
        if _bold_labelled(text) or _quoted_notice(text):
            called = True
        elif called or not ICON_LED.match(text):
            break
        run.append(line)
    if called:
        for line in run:
            line.reason = Reason.DISCLAIMER
