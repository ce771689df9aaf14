"""Reader mode on the shapes the hundred-and-sixteenth held-out set showed:
a byline row in dots read cell by cell takes its writer's name alone, not the
date cell's emphasis and verb after a tight dot (*发表于 date · 作者：慧敏 · 分类：街坊*);
the body that issues a notice under the bare verb, only its compiler beside it (發佈：
某街坊會｜date｜整理：X), is the source and the compiler a credit, no writer. Amid the body, a
related headline set as a callout (> 📌 延伸阅读：…) goes, and so does an appeal in a
frame (【捐書熱線】…歡迎致電本會捐贈…). A total under a pipe table (合計：76,400澳門元) is no
counter and stays with the table; a row that ends in a phone number in its groups
(会长　柳长顺　138 5390 2214) is no menu."""

from __future__ import annotations

from reader.core.line_verdicts import judge_all
from reader.core.metadata import MetaLine


def _meta(line: str) -> MetaLine | None:
    return judge_all([line])[0][3]


def test_a_dotted_bylines_writer_is_read_without_the_date_cells_words() -> None:
    meta = _meta("*发表于 2029年6月16日 · 作者：慧敏 · 分类：街坊*")
    assert meta is not None
    assert (meta.author, meta.date, meta.credits) == ("慧敏", "2029-06-16", (("作者", "慧敏"),))
    # (near miss: a writer's role beside the date keeps its own word)
    meta = _meta("甜森林烘焙坊 · 老板 黄诗琪 · 2026年12月30日")
    assert meta is not None
    assert meta.author == "黄诗琪"


def test_a_compiler_beside_the_issuing_body_is_credited_not_the_writer() -> None:
    meta = _meta("發佈：爐石塘街坊聯誼會｜2029年3月22日｜整理：鄭穎芝")
    assert meta is not None
    assert (meta.source, meta.author, meta.date) == ("爐石塘街坊聯誼會", None, "2029-03-22")
    assert meta.credits == (("整理", "鄭穎芝"),)
    # (near miss: the compiler beside a club a poster's label names wrote the club's record)
    meta = _meta("发布人：北坡骑行俱乐部　整理：龚晓帆　2028-02-20 19:05　浏览 736")
    assert meta is not None
    assert meta.author == "龚晓帆"
