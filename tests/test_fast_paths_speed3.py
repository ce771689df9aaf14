"""Speed set 3: each shortcut gives what the code before it gave (that code
kept here as the reference where it was a pattern or a loop), and its gate
lets through the texts it must."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from reader.core import cleaning, footer_sites, line_fix
from reader.core.author_cards import mark_author_boxes
from reader.core.junk_rules import Reason
from reader.core.line_passes import Line, _reads_as_prose, is_prose_start
from reader.core.metadata import MetaLine

# The pattern _foot_mark replaced.
_FOOT_MARK = re.compile(r"©|opy|OPY|\([cC]|版[权權]")


@pytest.mark.parametrize(
    "text",
    [
        "© 2025 某某",
        "版权所有",
        "版權所有",
        "Copyright",
        "COPYRIGHT",
        "(c) 2025",
        "(C)",
        "copy",
        "版本",
        "py",
        "PY",
        "(x)",
        "",
    ],
)
def test_foot_mark_is_the_pattern(text: str) -> None:
    assert footer_sites._foot_mark(text) == (_FOOT_MARK.search(text) is not None)


def test_foot_mark_is_the_pattern_on_any_mix() -> None:
    pieces = ["©", "版", "权", "權", "o", "p", "y", "O", "P", "Y", "(", "c", "C", "文", " "]
    for n in range(1, 4):
        for parts in itertools.product(pieces, repeat=n):
            text = "".join(parts)
            assert footer_sites._foot_mark(text) == (_FOOT_MARK.search(text) is not None), text


def _fix_lines_before(text: str) -> list[str]:
    """fix_lines before speed set 3: the sanitizing scan first, every line split."""
    text = line_fix.sanitized(text)
    if "<" in text or ">" in text or "&" in text:
        return [fixed for raw in text.split("\n") if (fixed := line_fix.fix_line(raw))]
    annotated = line_fix._ANNOTATION
    return [
        stripped
        for raw in text.split("\n")
        if (
            stripped := (
                annotated.sub(line_fix._drop_annotation, raw)
                if ("(" in raw or "（" in raw) and line_fix._TONE.search(raw)
                else raw
            ).strip()
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        "标题\r\n\r\n正文\t第一段。\u2028第二段\x85第三段",  # (line ends sanitize() turns into \n)
        "　　全形空格开头的段落。\n\n\ufeff正文\x1b[31m红字",  # (a line that does not print, with nothing to change)
        "他表現(xiàn)出了\n\n\n<p>第二段&amp;</p>",
        "",
        "\n\n\n",
    ],
)
def test_fix_lines_still_sanitizes(text: str) -> None:
    assert line_fix._fix_lines(text) == _fix_lines_before(text)


def test_fix_lines_is_the_old_on_random_texts() -> None:
    rng = random.Random(3)
    alphabet = [*"ab 中文（(xiàn)<>&\t\r\n\u2028\u3000\x1b\x85\ufeff\u202a", "\n\n", "&amp;", "<p>", "現(xiàn)"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert line_fix._fix_lines(text) == _fix_lines_before(text), repr(text)


def test_prose_start_is_kept_and_the_same() -> None:
    for text, short in [
        ("这是正文的第一段，说了很多事情。", False),
        ("短标题", True),
        ("一个很长的标题但没有句号", False),
    ]:
        line = Line(text, None, short)
        first = is_prose_start(line)
        assert first == (not short and _reads_as_prose(text))
        assert line.prose_start is first and is_prose_start(line) is first


def test_an_author_box_still_goes() -> None:
    lines = [
        Line("作者：温小禾", None, True, None, MetaLine("byline", author="温小禾")),
        Line("正文第一段，说了很多很多的事情，一直说到了最后。", None, False),
        Line("作者简介", "作者简介", True),
        Line("温小禾，1991年生于浙江湖州，现居杭州，写过很多关于老街的文章。", None, False),
        Line("分享到", "分享到", True, Reason.SHARE_BAR),
    ]
    mark_author_boxes(lines)
    assert [x.reason for x in lines[2:4]] == [Reason.DISCLAIMER, Reason.DISCLAIMER]


def test_fences_and_pictures_still_open_their_passes() -> None:
    text = (
        "标题\n\n正文第一段，很长的句子。\n\n```\ncode = 1\n```\n\n![图](a.png)\n\n图：一张照片\n\n正文第二段，也很长。"
    )
    cleaned = cleaning.clean(text)
    assert "code = 1" in cleaned.paragraphs
