"""Reader mode on the shapes the seventy-first held-out set (and a fresh
column of the lead's) showed: a short last sentence right under a small
Markdown table, over a rule and the page's footer; a city news portal's
report whose 来源 names its group's paper (the paper is the source); a forum's ride record posted by a club, its
recorder credited beside the club in the same row."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.metadata import Hints

# A column: two paragraphs, a two-column table, one short closing sentence, a rule, the footer.
_COLUMN = [
    "# 山城最後一間冰室",
    "作者：何詠芝｜2028年3月2日",
    "冰室開在斜坡轉角，五十年來只換過一次招牌，牆上的價目表還是手寫的。",
    "老闆娘說，週末最忙，一早就有街坊排隊等菠蘿油出爐，她一個人要顧兩個爐。",
    "| 品項 | 價錢 |",
    "| --- | ---: |",
    "| 菠蘿油 | 12元 |",
    "| 凍檸茶 | 16元 |",
    "關門的時候，她把最後一塊菠蘿油留給了我。",
    "---",
    "覺得好看？記得按讚、分享給朋友！",
    "留言（5）",
]


def test_a_short_sentence_under_a_small_markdown_table_is_the_body_not_the_footer() -> None:
    kept = kept_set("\n".join(_COLUMN))
    assert same("關門的時候，她把最後一塊菠蘿油留給了我。") in kept
    assert same("| 凍檸茶 | 16元 |") in kept
    assert same("留言（5）") not in kept


def test_a_short_line_under_framed_rows_with_no_rule_still_ends_the_footer() -> None:
    # (no |---| rule: two framed rows of two cells are a stacked menu's, the line among them its blurb)
    menu = ["| 關於我們 | 聯絡我們 |", "| 私隱政策 | 使用條款 |"]
    text = "\n".join([*_COLUMN[:4], *menu, "歡迎投稿，一起記錄老店。", *_COLUMN[9:]])
    assert same("歡迎投稿，一起記錄老店。") not in kept_set(text)


# A city news portal's report: its 来源 names the group's paper, as on every story the paper ran.
_PORTAL_LINES = [
    "老城区“口袋公园”开放首月：晚上七点最热闹",
    "2028-04-02 08:10　来源：岚川日报　记者 陶思远",
    "城南旧粮站改成的口袋公园开放一个月，附近居民几乎每天傍晚都来散步。",
    "公园管理方说，晚上七点到八点的人流最多，下个月将增加两盏路灯。",
]


def _portal(site: str = "岚川新闻网") -> str | None:
    hints = Hints(title=_PORTAL_LINES[0], source=site)
    return clean("\n".join(_PORTAL_LINES), hints=hints).metadata.source


def test_the_paper_the_source_field_names_is_the_source_on_its_groups_portal_and_its_own_site() -> None:
    # (the convention settled at set 72: the 来源 field names where the story comes from)
    assert _portal() == "岚川日报"
    assert _portal("岚川日报网") == "岚川日报"


# A forum's ride record: the club posted it, the recorder is credited in the same row.
_RIDE = [
    "山道骑友会 › 活动记录",
    "【骑行记录】周日环湖拉练：六十公里，两次补给",
    "发布人：北坡骑行俱乐部　整理：龚晓帆　2028-02-20 19:05　浏览 736",
    "早上七点在湖东停车场集合，一共来了十四位骑友，领骑是老成。",
    "第二个补给点在农家乐门口，大家吃了米粉，休息二十分钟后出发。",
    "下周如果天气好，路线改走北坡，坡度更大，请大家提前检查刹车。",
]


def test_the_person_credited_beside_a_posting_club_is_the_author() -> None:
    meta = clean("\n".join(_RIDE)).metadata
    assert meta.author == "龚晓帆"
    assert ("整理", "龚晓帆") in meta.credits
    assert meta.date == "2028-02-20 19:05"
