"""Reader mode on the shapes the twenty-first held-out set showed: a run of
rows of one shape (a figure with a unit, then words) under a short head
between paragraphs stays; a contact row naming a unit the notice names
stays; a caption under a picture's label, a labelled related link and a
link to more with a count after the story go."""

from __future__ import annotations

from cleaning_support import kept_set, same

HEAD = [
    "北岸健行社 | 首頁 | 活動 | 路線 | 關於我們",
    "秋季縱走：北岸步道三十公里紀錄",
    "2027年3月5日",
]
STORY = [
    "這次縱走一共來了十四位社員，天氣比預報好很多，一路都是晴天。",
    "最難走的是中段的碎石坡，大家互相拉著手才慢慢爬上去，花了快一個小時。",
]
FOOT = ["標籤：健行 北岸 縱走", "← 上一篇：冬季裝備怎麼選", "Copyright © 北岸健行社"]


ROWS = ["行程節點", "0K 漁港出發", "12K 燈塔 第一次休息", "21K 石門 海岸 午餐", "30K 返回漁港"]


def test_rows_of_a_figure_with_a_unit_under_a_head_stay() -> None:
    page = "\n".join([*HEAD, STORY[0], *ROWS, STORY[1], *FOOT])
    kept = kept_set(page)
    assert [line for line in ROWS if same(line) not in kept] == []
    assert [line for line in FOOT if same(line) in kept] == []


def test_two_such_rows_or_rows_at_the_end_are_no_run() -> None:
    # (two rows are no run; rows under the story's end, before the footer, have no paragraph under them)
    for rows, below in (([ROWS[0], ROWS[1], ROWS[3]], [STORY[1]]), (ROWS, [])):
        page = "\n".join([*HEAD, STORY[0], *rows, *below, *FOOT])
        kept = kept_set(page)
        assert same(ROWS[3]) not in kept, rows


NOTICE = [
    "社區大學春季班招生公告",
    "2027-02-01",
    "春季班定於三月開課，請學員於二月十日前到學務組現場報名。",
    "- 每人限報兩門課程；",
]


def test_a_contact_row_naming_the_notices_unit_stays() -> None:
    row = "諮詢電話：學務組 02-2345 6789"
    page = "\n".join([*NOTICE, row, "---", "本頁由剪藏工具保存"])
    assert same(row) in kept_set(page)


def test_a_contact_row_naming_another_unit_goes() -> None:
    row = "諮詢電話：客服中心 02-2345 6789"
    page = "\n".join([*NOTICE, row, "---", "本頁由剪藏工具保存"])
    assert same(row) not in kept_set(page)


def test_a_caption_under_a_pictures_label_goes() -> None:
    for caption in ("【图】村口的早晨", "[图] 村口的早晨"):
        page = "\n".join([*HEAD, *STORY, caption, *FOOT])
        kept = kept_set(page)
        assert same(caption) not in kept, caption
        assert same(STORY[1]) in kept


def test_a_labelled_related_link_after_the_story_goes() -> None:
    link = "相关游记：从海边到山顶，一段没有信号的路"
    page = "\n".join([*HEAD, *STORY, link, *FOOT])
    kept = kept_set(page)
    assert same(link) not in kept
    assert same(STORY[1]) in kept


def test_a_more_link_with_a_count_after_the_story_goes() -> None:
    link = "> 更多关于《海边的灯塔》的书评（31）"
    page = "\n".join([*HEAD, *STORY, link, *FOOT])
    kept = kept_set(page)
    assert same(link) not in kept
    assert same(STORY[1]) in kept


def test_such_a_line_inside_the_story_stays() -> None:
    # (a paragraph of the story follows it: the story has not ended)
    line = "相关资料：灯塔建于一九二零年"
    page = "\n".join([*HEAD, STORY[0], line, STORY[1], *FOOT])
    assert same(line) in kept_set(page)
