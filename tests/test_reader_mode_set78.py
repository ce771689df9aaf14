"""Reader mode on the shapes the seventy-eighth held-out set showed: a
review's spec table whose first row's value is a clause (14K金，M尖), no
counter; a blog post's comments under a head that counts them, each
commenter's line a bold name saying 说：; a related headline set under
its bracketed label at the article's end."""

from __future__ import annotations

from cleaning_support import kept_set, same

from reader.core.folding import fold
from reader.core.junk_rules import Reason
from reader.core.line_features import junk_rule

_REVIEW = [
    "評測 · 手錶",
    "【手錶評測】山海 M3：萬元以下嘅金殼自動錶，值唔值得買？",
    "文：陳大文　2027年3月1日",
    "本文部分連結為聯盟推廣連結，經連結購買我們或會收取佣金，但不影響評測內容。",
    "山海係一間新晉本地錶廠，今年推出嘅M3係佢哋第一隻金殼錶，定價一萬幾蚊，我戴咗佢兩個禮拜。",
    "規格",
    "錶殼 18K金，拉絲",
    "機芯 自動上鏈",
    "防水 50米",
    "售價 HK$12,800",
    "外觀",
    "錶面係深藍色放射紋，對住光會變色，錶耳收得好短，細手腕戴都唔會凸出嚟。",
]


def test_a_spec_row_whose_value_is_a_clause_is_no_counter() -> None:
    kept = kept_set("\n".join(_REVIEW))
    for line in _REVIEW[5:11]:
        assert same(line) in kept


def test_a_count_and_its_word_still_a_counter() -> None:
    for line in ("赞 3k，评论 12", "阅读 1.2万，收藏 30", "3条评论", "收藏 57 · 留言 3"):
        assert junk_rule(line, fold(line))[0] is Reason.COUNTER
    assert junk_rule("錶殼 18K金，拉絲", fold("錶殼 18K金，拉絲"))[0] is None
