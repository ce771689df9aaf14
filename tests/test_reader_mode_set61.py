"""Reader mode on the shapes the sixty-first held-out set showed: a notice's
last numbered rule that reserves its rights, a table's rows one space apart
(led alike, or under a head row of labels), and a sign-off of a name and a
date under the post's last paragraph."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.meta_records import Hints

_PROSE = [
    "镇上的游泳池今年夏天重新开放，管理处把更衣室和淋浴间都翻修了一遍，水质每天检测两次。",
    "开放首周来了不少带孩子的家长，管理员说周末下午人最多，建议大家尽量错开时间前来。",
]
_MORE = [
    "我家孩子去年还不敢下水，今年跟着教练练了两个星期，已经能游完二十五米了。",
    "回家路上她一直在说下次要游五十米，我答应她每个周六都陪她来。",
]
_FOOT = ["上一篇：泳池开放时间调整", "下一篇：暑期游泳班报名", "© 2027 青河镇文体中心"]


def test_a_notice_rule_that_carries_on_its_numbering_is_no_site_statement() -> None:
    text = "\n".join(
        [
            _PROSE[0],
            "一、开放时间：每日上午九时至晚上九时。",
            "二、入场须穿着泳衣及泳帽。",
            "三、十二岁以下儿童须由成人陪同。",
            "四、本中心保留调整开放时间之权利，如有疑问请致电（0571）8866-1234。",
            *_FOOT,
        ]
    )
    assert same("四、本中心保留调整开放时间之权利，如有疑问请致电（0571）8866-1234。") in kept_set(text)
    # (the same words on a line of their own under the notice stay the site's)
    alone = "\n".join([_PROSE[0], _PROSE[1], "本中心保留调整开放时间之权利，以本中心公告为准。", *_FOOT])
    assert same("本中心保留调整开放时间之权利，以本中心公告为准。") not in kept_set(alone)


def test_rows_led_alike_one_space_apart_are_a_table() -> None:
    rows = ["一组 5人 金牌2", "二组 4人 金牌1 银牌2", "三组 6人 金牌3 铜牌1", "四组 3人 银牌1"]
    kept = kept_set("\n".join([_PROSE[0], "各组成绩：", *rows, _PROSE[1], *_FOOT]))
    for row in rows:
        assert same(row) in kept, row


def test_a_head_row_one_space_apart_over_rows_of_figures() -> None:
    rows = ["品种 今日价 昨日价 涨跌", "草鱼 RM12.00 RM11.50 ↑", "鲤鱼 RM9.00 RM9.00 —", "鲫鱼 RM15.00 RM16.00 ↓"]
    kept = kept_set("\n".join([_PROSE[0], *rows, _PROSE[1], *_FOOT]))
    assert same("品种 今日价 昨日价 涨跌") in kept


def test_a_name_and_date_sign_off_under_the_last_paragraph() -> None:
    text = "\n".join(
        [
            "带女儿学游泳",
            "阿梅 发表于 2027-07-02 21:40",
            *_PROSE,
            *_MORE,
            "就写到这里。",
            "雨桐 2027.7.2 晨",
            "本文为原创，转载请联系作者。",
            *_FOOT,
            "评论（1）",
            "小林：写得真好，我家孩子也是去年才学会换气，现在天天吵着要去游泳。",
        ]
    )
    assert same("雨桐 2027.7.2 晨") in kept_set(text)


def _title(text: str) -> str | None:
    return clean(text).metadata.title


def test_a_site_name_and_motto_over_the_post_is_no_headline() -> None:
    text = "\n".join(
        [
            "首页  随笔  教学笔记  学生音乐会  关于我",
            "青河小记 —— 一个游泳教练的日常",
            "暑期班结束了：今年我为什么劝两个学生先别考证",
            "阿梅 发表于 2027-08-30 21:10  阅读 512  评论 3",
            *_PROSE,
            *_MORE,
            "© 2027 青河小记",
        ]
    )
    assert _title(text) == "暑期班结束了：今年我为什么劝两个学生先别考证"
    assert same("青河小记 —— 一个游泳教练的日常") not in kept_set(text)


def test_a_latin_name_under_its_han_name_and_a_dated_heading() -> None:
    text = "\n".join(
        [
            "青河渔民协会",
            "Persatuan Nelayan Sungai Hijau",
            "首页  协会简介  每日鱼价  联络我们",
            "每日鱼价：2027年9月3日（星期五）青河渔港批发价",
            "发布：协会秘书处　更新时间：2027-09-03 06:30",
            *_PROSE,
            *_MORE,
            "© 2027 青河渔民协会 版权所有",
        ]
    )
    meta = clean(text).metadata
    assert meta.title == "每日鱼价：2027年9月3日（星期五）青河渔港批发价"
    assert meta.date == "2027-09-03 06:30"


def test_a_column_label_glued_on_the_author_by_a_bar() -> None:
    head = ["青河日報 電子版", "首頁　澳聞　副刊　專欄", "副刊 > 專欄 > 巷口隨筆", "舊街的早晨"]
    text = "\n".join([*head, "巷口隨筆｜陳嘉欣　2028-02-01 07:00", *_PROSE, *_MORE, "版權所有 © 2028 青河日報"])
    assert clean(text).metadata.author == "陳嘉欣"


def test_a_sites_appeal_of_itself_after_the_share_bar() -> None:
    # (it names nothing to subscribe to: the site's own name opening it, and the ask, tell it)
    appeal = (
        "街坊報是一份由讀者資助的獨立社區媒體，不接受政府及政黨資助。"
        "如果你喜歡這篇報道，請考慮成為月費支持者，讓我們繼續記錄街坊的故事。"
    )
    text = "\n".join([*_PROSE, *_MORE, "分享：Facebook WhatsApp Telegram 複製連結", appeal])
    kept = [same(p) for p in clean(text, hints=Hints(source="街坊報 Neighbourhood Press")).paragraphs]
    assert same(appeal) not in kept
    assert same(_MORE[-1]) in kept


def test_a_paragraph_after_the_share_bar_that_names_another_and_asks_stays() -> None:
    # (the site's name is not its first word: the author's own closing, asking nothing of the site's)
    closing = "舊街坊如果你也記得這間店，請在留言告訴我們你最記得的一味，我們會轉交給何伯。"
    text = "\n".join([*_PROSE, *_MORE, "分享：Facebook WhatsApp Telegram 複製連結", closing])
    kept = [same(p) for p in clean(text, hints=Hints(source="街坊報")).paragraphs]
    assert same(closing) in kept
