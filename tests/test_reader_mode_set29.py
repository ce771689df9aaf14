"""Reader mode on the shapes the twenty-ninth held-out set showed: an
item's field box printed as a short label line over its value line, pair
after pair."""

from __future__ import annotations

from cleaning_support import same
from reader.core.block_words import RELATED_HEADER
from reader.core.cleaning import clean
from reader.core.junk_rules import Reason
from reader.core.label_pairs import rescue_label_pairs
from reader.core.line_passes import Line
from reader.core.metadata import Hints

_TITLE = "雜貨店茶葉箱"


def _kept(text: str) -> list[str]:
    return [same(p) for p in clean(text, hints=Hints(title=_TITLE)).paragraphs]


_BOX = [
    "編號",
    "KM-2020.117",
    "年份",
    "1958年",
    "製作",
    "不詳；本地木器行承造",
    "材料",
    "柚木、銅件",
    "尺寸",
    "高42厘米　闊30厘米",
]
_PROSE = [
    "這個茶葉箱原屬街口一間雜貨店，店主一家用了三十多年，箱面的商號字樣至今仍然清楚可見。",
    "箱內原有錫製內膽，用來防潮，現已遺失；箱角的銅片是後來加上的，應為店主自行修補。",
]
_TAIL = ["分享", "列印", "返回頂部", "© 2026 街坊生活館 版權所有"]


def _page(box: list[str]) -> str:
    return "\n".join(["首頁", "藏品", "展覽", _TITLE, *box, "藏品說明", *_PROSE, *_TAIL])


def test_a_box_of_label_lines_over_value_lines_is_the_items_data() -> None:
    kept = _kept(_page(_BOX))
    assert [line for line in map(same, _BOX) if line not in kept] == []
    assert same(_PROSE[0]) in kept


def _lines(texts: list[str], gone: Reason | None) -> list[Line]:
    return [Line(t, t, len(t) <= 20, None if len(t) > 20 else gone) for t in texts]


def test_a_column_of_bare_words_is_no_field_box() -> None:
    # (a menu printed one word a line pairs up too, but none of its values says anything)
    words = ["最新消息", "參觀資訊", "展覽活動", "教育推廣", "館藏查詢", "關於本館"]
    lines = _lines([*words, *_PROSE], Reason.BETWEEN_BOILERPLATE)
    rescue_label_pairs(lines)
    assert [line.text for line in lines if line.kept] == _PROSE


def test_a_box_needs_the_body_beside_it() -> None:
    lines = _lines(["分享", *_BOX, "返回頂部"], Reason.BETWEEN_BOILERPLATE)
    rescue_label_pairs(lines)
    assert not any(line.kept for line in lines)


def test_a_shops_other_reviews_header_opens_a_block_of_others() -> None:
    # (the header names the shop first: 该店其他评价, as 本版其他文章 names the page)
    others = ["菜量很足，就是上菜有点慢", "服务员很热情，环境一般般", "停车不太方便，味道还行"]
    text = "\n".join(
        [
            "周末带爸妈来吃，整体满意",
            *_PROSE,
            "该餐厅其他评价",
            others[0],
            "吃货小周 4.4分 2026-11-25",
            others[1],
            "陈小鱼Echo 5.0分 2026-11-21",
            others[2],
            "用户7**3 3.8分 2026-11-19",
            "© 2026 街坊生活館 版權所有",
        ]
    )
    kept = clean(text, hints=Hints(title="周末带爸妈来吃，整体满意")).paragraphs
    assert [line for line in others if line in kept] == []
    assert _PROSE[1] in kept


def test_the_header_may_name_the_shop_first() -> None:
    assert RELATED_HEADER.match("该酒店其他点评")
    assert RELATED_HEADER.match("此商品相关推荐")
    assert not RELATED_HEADER.match("该酒店位于半山腰")
