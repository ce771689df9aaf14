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


def test_the_signers_date_in_chinese_numerals_under_the_sign_off_stays() -> None:
    # (the site's unit signs, its date under it; the page's notes and footer follow)
    text = "\n".join(
        [
            "某某當押 Casa de Penhores Exemplo",
            "主頁｜關於本號｜最新公告｜聯絡",
            "本號端午節期間營業安排公告",
            "2027年5月30日　管理處",
            "各位顧客：",
            "端午節期間，本號營業時間調整如下，敬請留意，並請各位顧客按時辦理續當或贖當手續。",
            "6月1日　休息",
            "6月2日　照常營業",
            "如有查詢，請於營業時間內致電本號。",
            "某某當押 管理處",
            "二〇二七年五月三十日",
            "列印本頁",
            "溫馨提示：本號從不透過電話或短訊要求顧客轉賬，如接獲可疑來電，請即掛線並向警方查詢，切勿因一時心急而招致損失。",
            "地址：澳門某某街xx號地下　電話：(853) 2800 xxxx",
            "© 2027 某某當押 版權所有",
        ]
    )
    kept = kept_set(text)
    assert same("二〇二七年五月三十日") in kept
    assert not any(line.startswith("溫馨提示") for line in kept)
