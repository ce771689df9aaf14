"""Reader mode on the shapes the thirty-sixth held-out set showed: a list's
short row that states a bound (N or above), a listing headline under the
owner's row."""

from __future__ import annotations

from cleaning_support import kept_lines, same
from reader.core.cleaning import clean

_INTRO = "每年冬天，社區中心都會為長者舉辦免費健康檢查，由註冊護士和義工一同主持，檢查包括血壓、血糖和視力。"
_NOTE = "今年名額比去年多，歡迎家人代為報名，報名後中心會致電確認時間，請留意來電，如未能出席請提早通知職員。"


def test_a_bound_in_a_list_is_a_condition_not_a_counter() -> None:
    # (a number and a few words reads as a counter, 12 評論; but a bound, N
    # or above, is a condition a page's body states and no counter does)
    text = "\n".join(
        [
            "社區長者免費健康檢查 即日起接受報名",
            _INTRO,
            "參加資格",
            "60歲或以上",
            "居住本區滿一年",
            "檢查日期",
            "3月2日至3月30日　逢星期二、四",
            _NOTE,
        ]
    )
    assert same("60歲或以上") in kept_lines(text)


def test_a_spaced_headline_over_the_date_line_is_the_title() -> None:
    # (short words set apart by spaces read as a menu; right under the crumbs
    # and over the page's date line, the row is the listing's headline)
    text = "\n".join(
        [
            "樂居網 LokHome",
            "租屋　買屋　發布廣告　登入",
            "首頁 > 台北市 > 大安區 > 套房出租",
            "大安 捷運站旁 雅房出租 近夜市 限上班族",
            "NT$ 12,000 / 月",
            "刊登日期：2026年3月2日　編號：LH-10023",
            "房東：王小姐（已認證）",
            "房間位於公寓三樓，步行五分鐘到捷運站，附近有市場和公園，生活機能很好，適合通勤的上班族。",
            "目前住了兩位房客，都是安靜的上班族，希望新室友愛乾淨、不抽菸，可以一起分擔公共區域的清潔。",
        ]
    )
    assert clean(text).metadata.title == "大安 捷運站旁 雅房出租 近夜市 限上班族"


def _site_of(html: str) -> str | None:
    from pathlib import Path

    from reader.core.html_reader import read_html

    return read_html(html.encode(), Path("notice.html")).hints.source


_PARAGRAPH = "各位月票用戶：本停車場將於明年一月起調整月票收費，現有用戶請於本月內辦理續期手續，逾期將不獲保留車位。"


def test_a_site_name_with_one_english_word_is_its_chinese_name_when_the_page_says_that_alone() -> None:
    # (the og:site_name gives both names; the page's JSON-LD publisher the
    # Chinese one alone: that is the name the site goes by)
    html = (
        "<html><head><title>月票續期通告 | 港泊停車 HarbourPark</title>"
        '<meta property="og:site_name" content="港泊停車 HarbourPark">'
        '<script type="application/ld+json">{"@type":"Article","publisher":{"@type":"Organization",'
        '"name":"港泊停車"}}</script></head>'
        '<body><div class="logo">港泊停車 HarbourPark</div><article><h1>月票續期通告</h1>'
        f"<p>{_PARAGRAPH}</p><p>{_PARAGRAPH}</p></article></body></html>"
    )
    assert _site_of(html) == "港泊停車"
    # (both names, the English first, in the copyright line: the page goes by both)
    both = html.replace("</article>", "</article><p>© 2026 HarbourPark 港泊停車</p>")
    assert _site_of(both.replace('"name":"港泊停車"', '"name":"HarbourPark"')) == "港泊停車 HarbourPark"


def test_the_publication_date_wins_over_the_update_before_it_on_one_line() -> None:
    text = "\n".join(
        [
            "首頁　本會簡介　活動消息　聯絡我們",
            "【通知】年度會員大會安排",
            "更新：2026-03-18　發佈日期：2026-03-10",
            "本會將於四月舉行年度會員大會，屆時將選出新一屆理事會成員，並報告本年度會務及財務狀況，歡迎會員出席。",
            "大會當日設有茶點招待，會員請攜帶會員證登記入場，如未能出席可委託其他會員代為投票，委託書可於辦事處索取。",
        ]
    )
    assert clean(text).metadata.date == "2026-03-10"


def test_credits_set_apart_after_the_date_name_the_author() -> None:
    text = "\n".join(
        [
            "首頁｜本週新書｜活動｜購物車(0)",
            "本週新書｜冬夜讀物：幾本舊版小說",
            "2026.03.02　文／店員 林書妤　攝影／小安",
            "這週收到一批舊版小說，書況都很好，有幾本還附著當年的書籤，先整理出第一批上架，每本只有一冊，先到先得。",
            "下週會再整理一批詩集和散文，歡迎留意，也歡迎來店裡翻翻，店貓每天下午都在櫃台旁邊睡午覺。",
        ]
    )
    meta = clean(text).metadata
    assert meta.author == "林書妤"
    assert meta.date == "2026-03-02"
    assert {name for _, name in meta.credits} >= {"林書妤", "小安"}


def test_a_person_in_the_byline_wins_over_a_front_matter_author_that_is_the_site() -> None:
    from pathlib import Path

    from reader.core.readers import read_markdown

    text = "\n".join(
        [
            "---",
            'title: "新学期课程时间表"',
            'author: "晨光学堂"',
            "---",
            "",
            "晨光学堂 Morning Light Academy",
            "",
            "# 新学期课程时间表",
            "",
            "发布于 2026年3月2日 · 课程主任 林美华",
            "",
            "各位家长好！新学期将于三月中旬开课，以下为各年级的上课时间及学费，今年起高年级班增加一节写作练习。",
            "",
            "如需试听，请于三月十日前在网上报名，名额有限，额满即止，报名后我们会以电话确认上课时间。",
        ]
    )
    page = read_markdown(text.encode(), Path("fees.md"))
    meta = clean(page.text, hints=page.hints).metadata
    assert meta.source == "晨光学堂"
    assert meta.author == "林美华"


def test_a_one_word_heading_another_file_shares_heads_this_files_list() -> None:
    # (注意事項 in two files of a folder: a heading both use, over rules no
    # other file has, is each text's own, not the site's template)
    rules = ["每人限購兩份，以便更多街坊選購。", "請自備購物袋，現場不提供膠袋。"]
    text = "\n".join(
        [
            "冬季蔬果優惠展售 本週六起一連三週",
            "本會將於本週六起一連三週舉辦冬季蔬果優惠展售，由本地農友直送，價格比市面便宜，歡迎會員及街坊選購。",
            "地點：本會辦事處前空地",
            "延伸閱讀：冬季蔬菜保存小撇步，推廣組教你 ›",
            "注意事項",
            *rules,
            "回上頁",
        ]
    )
    kept = [same(p) for p in clean(text, frozenset({"注意事項", "回上頁"})).paragraphs]
    assert all(same(line) in kept for line in ["注意事項", *rules])
