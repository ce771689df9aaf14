"""Speed set 2: each shortcut gives what the code before it gave (that code
kept here as the reference), and lets through the lines it must."""

from __future__ import annotations

import itertools
import re
import string

import pytest

from reader.core import cleaning, line_fix, line_verdicts
from reader.core.line_passes import Line
from reader.core.meta_lines import event_time
from reader.core.metadata import MetaLine

# The pattern the syllable set replaced.
_SYLLABLE = re.compile(
    r"^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|er|"
    r"ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u)$"
)


def test_syllables_are_the_patterns() -> None:
    letters = string.ascii_lowercase
    words = [*("".join(p) for n in range(1, 5) for p in itertools.product(letters, repeat=n))]
    words += [w + c for w in line_fix._SYLLABLES for c in ("", *letters)]
    assert [w for w in words if (_SYLLABLE.match(w) is not None) != (w in line_fix._SYLLABLES)] == []


@pytest.mark.parametrize(
    ("text", "fixed"),
    [("他表現(xiàn)出了", "他表現出了"), ("壯族(zhuàng)人", "壯族人"), ("咖啡館(café)", "咖啡館(café)")],
)
def test_annotations_still_go(text: str, fixed: str) -> None:
    assert line_fix.fix_line(text) == fixed


def _date(text: str, source: str | None = None) -> Line:
    return Line(text, text, True, meta=MetaLine("date", date="2025-12-12", source=source))


def test_a_day_over_a_span_is_still_an_event() -> None:
    # (no year on the line: the span on the line below makes it a schedule's day head)
    line = _date("12月12日（周六）")
    assert event_time(line, line.meta, 0, [], [line.text, "钢琴1—4级　8:30—17:30"])  # type: ignore[arg-type]


def test_a_dated_line_over_a_span_is_not_by_that_span() -> None:
    line = _date("2025年12月12日")
    assert not event_time(line, line.meta, 0, [], [line.text, "钢琴1—4级　8:30—17:30"])  # type: ignore[arg-type]
    sourced = _date("新华社 12月12日", source="新华社")
    assert not event_time(sourced, sourced.meta, 0, [], [sourced.text, "8:30—17:30"])  # type: ignore[arg-type]


_BODY = "这是正文的第一段，讲的是一件很长的事情，句子要足够长才算是正文。\n"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("mark_image_captions", "图说 &amp; 照片\n"),  # (an entity without ![)
        ("keep_result_rows", "一等奖\t3注\t500万元\n"),  # (a tab without an ideographic space)
        ("keep_tab_tables", "名称\t数量\n苹果\t3\n"),
        ("keep_pipe_tables", "甲 &#124; 乙\n"),  # (an entity without a bar)
        ("mark_masked_reviews", "柞***2：很好吃，还会再来。\n"),
        ("keep_list_fields", "- **处理器**：英特尔\n"),
        ("mark_form_fields", "* 为必填项\n姓名 *\n电话 *\n"),
    ],
)
def test_the_shared_marks_let_their_passes_run(monkeypatch: pytest.MonkeyPatch, name: str, text: str) -> None:
    ran = []
    full = getattr(cleaning, name)
    monkeypatch.setattr(cleaning, name, lambda *args: ran.append(name) or full(*args))
    cleaning.clean(_BODY + text + _BODY)
    assert ran == [name]


_NO_TEXT = re.compile(r"^[\W_]*$")  # (junk_rule's, asked before only where the first character is no letter)


@pytest.mark.parametrize("line", ["——", "___", "＊＊＊", "・・・", "", "a", "文——", "_a", "①②", "。。"])
def test_no_text_gate_is_the_pattern(line: str) -> None:
    from reader.core.folding import fold
    from reader.core.junk_rules import Reason
    from reader.core.line_features import junk_rule

    no_text = junk_rule(line, fold(line))[0] is Reason.NO_TEXT
    assert no_text == (_NO_TEXT.match(line) is not None)


def test_an_atx_heading_is_still_a_heading() -> None:
    assert line_verdicts._judge("## 第一节 缘起", "## 第一节 缘起")[1] is None
