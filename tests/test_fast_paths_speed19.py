"""The gates the speed19 pass put before full rules give the verdicts the
full rules give: on every line of the development pages and the seeds, and
variants of them."""

from __future__ import annotations

import itertools
from functools import cache
from pathlib import Path

from reader.core.block_words import RELATED_HEADER, may_open_block
from reader.core.comment_posts import COMMENT_WORD, COMMENTS
from reader.core.decoding import decode
from reader.core.folding import fold
from reader.core.line_fix import fix_lines
from reader.core.resources import seeds_dir
from reader.core.tail_passes import END_MARK

PAGES = Path(__file__).parent / "data" / "pages"


@cache
def _lines() -> tuple[str, ...]:
    lines: list[str] = []
    for path in [*sorted(PAGES.iterdir()), *sorted(seeds_dir().iterdir(), key=lambda p: p.name)]:
        if path.name.endswith((".txt", ".md", ".html")):
            lines += fix_lines(decode(path.read_bytes()))
    return tuple(lines)


def _may_open(folded: str) -> bool:
    """What _opens_block asks of the line's own text before any answer can be True."""
    return (
        folded[:1] == "#"
        or folded[:1].isdigit()
        or COMMENTS.match(folded.lstrip("#* ")) is not None
        or COMMENT_WORD.search(folded) is not None
        or COMMENTS.match(folded) is not None
        or END_MARK.match(folded) is not None
        or RELATED_HEADER.match(folded) is not None
    )


_HEADERS = (
    "相关阅读", "相關閱讀", "延伸阅读：", "推荐文章", "【热门推荐】", "猜你喜欢", "你可能也喜欢", "更多新闻",
    "往期回顾", "精彩推荐", "最新文章", "其他文章", "近期文章", "同类文章", "相似文章", "类似商品",
    "看过此商品的人也看了", "买了此商品的人还买了", "大家都在看", "本版其他文章", "该酒店其他点评",
    "Related Posts", "RECOMMENDED", "Read More", "Popular", "You may also like", "You Might Also Like", "more",
    "留言", "评论（3）", "3 条留言",
    "12 Comments", "更多回答", "全部评论（127）　最热｜最新", "2#", "#3", "5楼", "沙发", "板凳", "地板",
    "意见反馈（2）", "回馈（2）", "网友热议（57）", "网友跟帖（3）", "悼言", "- END -", "END", "（完）", "全文完",
    "本章完", "(未完待续)", "The End", "--", "——", "___", "***", "**评论**", "* 2楼", " 沙发", "## 留言",
)  # fmt: skip
_LEADS = ("", "#", "## ", "**", "* ", " ", "【", "▼", "-", "2", "１", "本版", "此")
_TAILS = ("", "**", "】", "：", "（3）", " ▼", "#")


def test_block_gate_turns_away_no_line_that_may_open_a_block() -> None:
    """mark_tail_blocks asks _opens_block only of a line may_open_block lets
    through: on every line of the pages, folded or not, cut to a header's length,
    with a lead or a tail put on it, may_open_block is True wherever a pattern
    _opens_block needs matches."""
    seen = missed = 0
    for line in itertools.chain(_lines(), _HEADERS):
        for text in {line, fold(line), line[:16], fold(line)[:16], line.upper()}:
            for lead, tail in itertools.product(_LEADS, _TAILS):
                variant = lead + text + tail
                if _may_open(variant):
                    seen += 1
                    missed += not may_open_block(variant)
                    assert may_open_block(variant), variant
    assert seen > 1000 and missed == 0


def test_block_gate_lets_through_every_header() -> None:
    for header in _HEADERS:
        assert may_open_block(header) and may_open_block(fold(header)), header


def test_search_box_gate_turns_away_no_search_box() -> None:
    """shape_points asks _SEARCH_BOX only of a line with 输入 or 輸入, or
    ending in a character its button's words end with: on every line of the
    pages, with a button put at its end in any case, the same answer."""
    from reader.core.title_shapes import _SEARCH_BOX, _SEARCH_LAST

    buttons = (
        "",
        "\u3000搜索",
        " 搜尋",
        "\u3000查询",
        " 查詢",
        " Search",
        " SEARCH",
        " search",
        " GO",
        " go",
        " Go",
        "\n",
    )
    seen = 0
    for line in _lines():
        for tail in buttons:
            text = line + tail
            gated = (text[-1:] in _SEARCH_LAST or "输入" in text or "輸入" in text) and _SEARCH_BOX.search(text)
            assert bool(gated) == bool(_SEARCH_BOX.search(text)), text
            seen += bool(gated)
    assert seen > 1000
