"""Reader mode on the shapes held-out page set 88 showed: a notice signed
off by its issuer (…秘书处 谨启 and the day) with the links to the previous
and next notices under it has ended, so what follows the links is the
page's, sentences or not (a photo strip's caption, the sponsors' lines, a
standing statement)."""

from __future__ import annotations

from cleaning_support import kept_set, same

_NOTICE = [
    "第五届“银鲳杯”海钓比赛成绩公布",
    "发布：秘书处　2028-09-14",
    "本会主办的第五届“银鲳杯”海钓比赛已于9月10日顺利举行，共有八十二位钓友参加，经裁判团复核，成绩如下：",
    "1　陈志明　3.82kg　RM1,000",
    "2　黄伟强　3.50kg　RM600",
    "得奖者请于10月1日前携带身份证到本会会所领取奖金，逾期未领者视同放弃。",
    "感谢各位钓友的支持，我们明年再见！",
    "东海岸海钓俱乐部秘书处 谨启",
    "2028年9月14日",
    "附件：得奖名单.pdf（120KB）",
    "上一则：8月份月例赛成绩",
    "下一则：会员年费缴交通知",
]
_AFTER = [
    "相关图片",
    "颁奖仪式上，冠军陈志明（左）接过银鲳杯。",
    "赞助商",
    "海风渔具 — 全州最齐全钓具，会员享九折",
    "本会重申：所有比赛均属联谊性质，严禁任何形式的赌博或私下买卖钓位，违者取消资格。",
    "版权所有 © 2028 东海岸海钓俱乐部 | 会所：关丹X路XX号",
]


def test_what_follows_the_links_under_a_signed_off_notice_goes_sentences_and_all() -> None:
    kept = kept_set("\n".join([*_NOTICE, *_AFTER]))
    assert same("颁奖仪式上，冠军陈志明（左）接过银鲳杯。") not in kept
    assert same(_AFTER[4]) not in kept
    assert same(_NOTICE[6]) in kept


def test_sentences_after_the_links_under_an_unsigned_body_stay() -> None:
    notice = [line for line in _NOTICE if "谨启" not in line and not line.startswith("2028年")]
    kept = kept_set("\n".join([*notice, *_AFTER]))
    assert same("颁奖仪式上，冠军陈志明（左）接过银鲳杯。") in kept
