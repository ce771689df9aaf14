"""Reader mode on the shapes the twentieth held-out set showed: a grid of
figures copied with wide spaces (a game's line score) under a short head
inside the story stays; a priced item named in a Latin script stays with
its siblings, and a masthead with its English name still goes."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.line_features import junk_rule

HEAD = [
    "北城街頭籃球會",
    "最新消息　賽程　戰績　球員　報名　章程",
    "首頁 > 最新消息 > 賽事報導",
    "冬季聯賽第三輪　河堤隊末節逆轉",
    "發布日期：2027/1/9",
]
STORY = [
    "冬季聯賽第三輪週六晚上在河堤球場進行，河堤隊末節打出一波十比零，最後以四分險勝橋頭隊。",
    "橋頭隊前三節一直領先，直到第四節主力犯滿離場，河堤隊才靠外線追上比分。",
]
FOOT = ["上一則：冬季聯賽第二輪賽事報導", "回列表", "北城街頭籃球會　聯絡信箱：nbc@example.com"]


def test_a_line_score_between_the_paragraphs_stays() -> None:
    grid = [
        "各節比分",
        "隊伍　一　二　三　四　總分",
        "河堤隊　12　15　10　21　58",
        "橋頭隊　18　14　13　9　54",
    ]
    page = "\n".join([*HEAD, STORY[0], *grid, STORY[1], *FOOT])
    kept = kept_set(page)
    assert [line for line in grid if same(line) not in kept] == []
    assert [line for line in FOOT if same(line) in kept] == []


def test_rows_of_words_under_a_head_are_no_grid_of_figures() -> None:
    # (the same cell count, but words in the cells: a menu's rows, not a table's)
    rows = ["快速連結", "賽程　戰績　球員　報名", "章程　相簿　聯絡　贊助"]
    page = "\n".join([*HEAD, STORY[0], *rows, STORY[1], *FOOT])
    kept = kept_set(page)
    assert [line for line in rows[1:] if same(line) in kept] == []


def test_a_priced_item_with_a_latin_name_is_no_masthead() -> None:
    assert junk_rule("杏仁酥餅 Pastel de Nata Real　MOP 32", "杏仁酥饼 pastel de nata real mop 32")[0] is None
    # (a masthead with its English name goes as before)
    masthead = "北城大學 Northern City University of Arts"
    assert junk_rule(masthead, masthead.lower().replace("學", "学"))[0] is not None


SHOP = [
    "茶山小铺",
    "首页　绿茶　红茶　白茶　礼盒　关于我们",
    "首页 / 全部茶叶 / 绿茶",
    "明前龙井　2027春茶　250g罐装",
]
DETAIL = [
    "这批明前龙井是三月下旬在梅家坞一带采摘的一芽一叶，当天杀青，第二天就完成了辉锅。",
    "冲泡时水温在八十度左右最合适，玻璃杯里可以看到叶片慢慢竖起来，香气是清淡的豆花香。",
]


def test_a_rating_s_stars_and_masked_reviews_under_their_head_go() -> None:
    rating = "★★★★☆　4.7分（86条评价）"
    reviews = ["买家评价", "王***9：第三年回购了，还是那个味道。", "l***y：包装很好，罐子也漂亮。"]
    page = "\n".join([*SHOP, rating, *DETAIL, *reviews, "客服热线：400-123-4567（9:00—21:00）"])
    kept = kept_set(page)
    assert [line for line in [rating, *reviews] if same(line) in kept] == []
    assert [line for line in DETAIL if same(line) not in kept] == []


def test_one_masked_name_in_the_story_stays() -> None:
    # (a single row led by a masked name, no run of them: the article's own line)
    line = "李***明：这是我们收到的第一封感谢信，我们把它贴在了门口。"
    page = "\n".join([*SHOP, DETAIL[0], line, DETAIL[1], "客服热线：400-123-4567"])
    assert same(line) in kept_set(page)


def test_a_teaser_s_sentences_then_its_button_go() -> None:
    call = "春季新茶：明前龙井 ¥168/罐起，满两罐包邮。立即抢购 →"
    page = "\n".join([*SHOP, *DETAIL, call, "上一篇：雨前龙井上市", "© 茶山小铺"])
    kept = kept_set(page)
    assert same(call) not in kept
    assert [line for line in DETAIL if same(line) not in kept] == []


def test_a_later_round_s_schedule_and_a_sponsors_row_after_the_story_go() -> None:
    schedule = ["第四輪賽程　1/16（六）河堤球場", "18:30　橋頭隊 vs 北門隊", "20:00　河堤隊 vs 南港隊"]
    sponsors = "贊助廠商：阿福豆漿　勝利體育用品　老街麵店"
    page = "\n".join([*HEAD, *STORY, *schedule, sponsors, *FOOT])
    kept = kept_set(page)
    assert [line for line in [*schedule, sponsors] if same(line) in kept] == []
    assert [line for line in STORY if same(line) not in kept] == []


def test_the_same_day_s_timetable_and_names_the_story_says_stay() -> None:
    # (a head naming the page's own round: the article's programme, not a later event's)
    programme = ["第三輪賽程　1/9（六）河堤球場", "18:30　河堤隊 vs 橋頭隊", "20:00　北門隊 vs 南港隊"]
    teams = "參賽隊伍：河堤隊　橋頭隊　北門隊"
    page = "\n".join([*HEAD, *STORY, *programme, teams, *FOOT])
    kept = kept_set(page)
    assert [line for line in [*programme, teams] if same(line) not in kept] == []


def test_a_bracketed_notice_inviting_the_reader_at_the_end_goes() -> None:
    notice = "【球會消息】2月起逢星期三晚上增設新手訓練班，歡迎預約。"
    page = "\n".join([*HEAD, *STORY, notice, *FOOT])
    kept = kept_set(page)
    assert same(notice) not in kept
    assert [line for line in STORY if same(line) not in kept] == []


def test_a_series_of_bracketed_lines_at_the_end_stays() -> None:
    # (the article's own lines under one label each: the last of a series is no site notice)
    series = [
        "【賽後】河堤隊教練說球員打得很拼，歡迎球迷下週再來加油。",
        "【場邊】北門隊球迷在場邊準備了熱茶，歡迎大家一起喝。",
    ]
    page = "\n".join([*HEAD, *STORY, *series, *FOOT])
    kept = kept_set(page)
    assert [line for line in series if same(line) not in kept] == []
