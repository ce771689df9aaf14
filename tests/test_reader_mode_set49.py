"""Reader mode on the shapes the forty-ninth held-out set showed: a price
list's rows of a word and a bare figure under short heads."""

from __future__ import annotations

from cleaning_support import kept_set, same

_ROWS = ["果蔬类", "土豆 2.35", "白菜 1.20", "番茄 4.60", "肉类", "猪肉 26.00", "牛肉 68.50"]


def test_rows_of_a_word_and_a_bare_figure_under_short_heads_are_the_list() -> None:
    # (the unit stated once in the sentence above; each row looks like a counter)
    text = "\n".join(
        [
            "某某农贸市场",
            "首页 今日菜价 市场公告 联系我们",
            "3月2日农贸市场主要品种零售价格",
            "发布时间：2027-03-02 07:30",
            "今日主要品种零售价格如下，单位：元/斤，以摊位实际标价为准。",
            *_ROWS,
            "干货类",
            "香菇（干） 45元/斤",
            "价格每日早上更新，如有疑问请向市场管理处咨询。",
            "版权所有 © 2027 某某农贸市场",
        ]
    )
    kept = kept_set(text)
    for line in _ROWS:
        assert same(line) in kept, line
