"""Reader mode on the shapes the hundred-and-thirteenth held-out set showed: a
competition's result rows (place, name, time taken to the second) are no
menu, and the label rows over them stay; a phone row closing a Markdown
section numbered on from the notice's numbered heads stays."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.menu_shapes import is_menu

# (a portal's repost of a club's results: label rows, then groups of place / name / time rows)
RESULTS = """\
丰盛港社区网 > 社区新闻 > 乐龄活动 > 正文
登录 | 注册 | 投稿 | 手机版

首届丰盛港填字比赛成绩揭晓，公开组冠军用时12分05秒
2029-09-02 10:00　来源：丰盛港乐龄联谊会　编辑：陈美玲

【广告】丰盛港海景公寓，首付只需RM 18,000，预约看房送礼券！

由丰盛港乐龄联谊会主办的首届填字比赛，已于8月30日在会所举行，共有88人参加。
比赛分公开组及乐龄组，题目由会员自行设计，每组限时三十分钟。
参赛人数：88人
题目难度：三星（满分五星）
一、公开组
　冠军　黄志明　12分05秒
　亚军　Rajesh a/l Kumar　14分30秒
　季军　李秀云　15分12秒
二、乐龄组
　冠军　郭玉兰　19分48秒
　亚军　蔡文华　21分33秒
　季军　（从缺）
领奖时间：9月7日（星期六）上午10时
领奖地点：联谊会会所
得奖者请携带身份证领取奖杯。
＊本文内容由主办单位提供，本网仅作转载。
相关新闻
首届丰盛港填字比赛8月30日举行，即日起报名
丰盛港社区网 © 2029 版权所有
"""
LOST_FIRST = [
    "参赛人数：88人",
    "题目难度：三星（满分五星）",
    "一、公开组",
    "　冠军　黄志明　12分05秒",
    "　亚军　Rajesh a/l Kumar　14分30秒",
    "　季军　李秀云　15分12秒",
]


def test_result_rows_and_the_label_rows_over_them_stay() -> None:
    kept = kept_set(RESULTS)
    assert [row for row in LOST_FIRST if same(row) not in kept] == []


def test_a_row_ending_in_a_time_taken_is_no_menu() -> None:
    assert not is_menu("季军　Muthu a/l Raman　23分17秒")
    assert not is_menu("50米自由泳　梁樂軒　31.26秒")


def test_a_countdown_or_a_row_of_words_is_still_a_menu() -> None:
    # (near misses: a countdown's seconds come after its other figures; no time ends the words' row)
    assert is_menu("距开始 18天 21时 36分05秒")
    assert is_menu("季军　Muthu a/l Raman　排行榜")


# (a club's notice exported as Markdown: numbered ## heads, the last section's rules, then its phone row)
NOTICE = """\
[首頁](https://www.club.example.mo/) · [活動](https://www.club.example.mo/events) · [入會](https://www.club.example.mo/join)

**新一期太極班下月開課，會員免費！**

# 2029年度太極推手友誼賽 賽程及報到須知

發佈：澳門太極推手研習社賽務組｜2029年10月5日

各參賽隊伍：

本年度友誼賽共收到報名二十八隊，比賽將於一日內完成，請各隊準時報到。

## 一、日期及地點

日期：2029年10月20日（星期六）

地點：氹仔體育館副館

## 二、賽程

| 時間 | 組別 | 場地 |
|---|---|---|
| 09:00 | 少年組 | A場 |
| 11:00 | 公開組 | A場 |
| 14:00 | 長者組 | B場 |

## {head}

1. 每場比賽開始前20分鐘到報到處簽到。
2. 遲到10分鐘作棄權論。
3. 須穿著運動服及平底鞋。

可唔可以帶自己嘅教練？可以，但只限一位。

Spectators welcome, free admission.

查詢電話：2833 4120（賽務組 陳小姐）

> 參賽者須自行評估身體狀況，本社已購買公眾責任保險，惟不包括個人意外；如有受傷或損失，本社恕不負責。

幫手轉發畀鍾意太極嘅朋友，到時一齊嚟打氣！

相關文章：[2028年度太極推手友誼賽](https://www.club.example.mo/events/2028)

留言：

- 何生：長者組有冇年齡限制？
  - 澳門太極推手研習社：六十歲或以上，報到時帶身份證。

© 2029 澳門太極推手研習社　版權所有
"""
PHONE = "查詢電話：2833 4120（賽務組 陳小姐）"


def test_a_phone_row_closing_a_markdown_section_numbered_on_stays() -> None:
    assert same(PHONE) in kept_set(NOTICE.format(head="三、報到須知"))


def test_a_phone_row_under_a_head_that_skips_the_numbering_or_has_none_goes() -> None:
    # (near misses: ## 四、 after ## 二、 carries no numbering on; an unnumbered head vouches for nothing)
    assert same(PHONE) not in kept_set(NOTICE.format(head="四、報到須知"))
    assert same(PHONE) not in kept_set(NOTICE.format(head="報到須知"))
