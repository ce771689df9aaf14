"""Reader mode on the shapes held-out page set 97 showed: a diary's bulleted
list of supplies under a one-word head (物資 / · 摺床 40張 / · 杯麪 6箱), each
item a name and its count, is the article's list, though each item alone
reads like a counter or a menu's cells; a byline's second role joined to
the first by a slash (圖／編輯：梁振邦) credits the name after the colon, not
the role and the name together."""

from __future__ import annotations

import pytest

from cleaning_support import kept_set, same
from reader.core.folding import fold
from reader.core.metadata import parse_meta_line

_DIARY = (
    "昨晚颱風襲港，我哋社區中心臨時開放做避風站，我同另外六個義工輪更照顧街坊，以下係我記低嘅嘢。",
    "",
    "21:00　第一批街坊到，大部分係獨居長者，有幾位仲帶埋貓。",
    "23:30　風勢轉強，中心人數升到四十二人，大家都未瞓。",
    "",
    "用品",
    "· 睡袋 30個",
    "· 枕頭 25個",
    "· 餅乾 12盒",
    "· 電筒 8支",
    "",
    "後記",
    "天光之後風勢減弱，街坊陸續返屋企，我哋執好地方，九點鐘交更返屋企瞓覺，成晚都好攰但好值得。",
)


def test_a_bulleted_list_of_named_counts_under_a_head_stays() -> None:
    kept = kept_set("\n".join(_DIARY))
    for line in _DIARY[5:10]:
        assert same(line) in kept, line


def test_bulleted_counts_with_no_name_still_go() -> None:
    text = "\n".join((*_DIARY[:5], "用品", "· 30", "· 25", "· 12", *_DIARY[10:]))
    kept = kept_set(text)
    assert not {"·30", "·25", "·12"} & kept


@pytest.mark.parametrize(
    ("line", "name"),
    [("文：義工 何嘉欣　圖／編輯：梁振邦", "梁振邦"), ("文／陳美玲　攝影/剪輯：黃志強", "黃志強")],
)
def test_two_roles_joined_by_a_slash_credit_the_name_after_the_colon(line: str, name: str) -> None:
    meta = parse_meta_line(line, fold(line))
    assert meta is not None
    assert name in {person for _, person in meta.credits}
    assert not any("：" in person for _, person in meta.credits)
