"""Reader mode on the shapes held-out page set 97 showed: a diary's bulleted
list of supplies under a one-word head (物資 / · 摺床 40張 / · 杯麪 6箱), each
item a name and its count, is the article's list, though each item alone
reads like a counter or a menu's cells."""

from __future__ import annotations

from cleaning_support import kept_set, same

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
