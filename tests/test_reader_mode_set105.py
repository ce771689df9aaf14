"""Reader mode on the shapes held-out page set 105 showed: a mail's
recipient row (收件者：全體會員) is whom the letter goes to, never its writer;
a letter opened by its salutation and signed with the writer's title and
name under its last paragraph (隊長 梁家豪) is by that name."""

from __future__ import annotations

from reader.core.cleaning import clean

_MAIL = "\n".join(
    (
        "**寄件者：** 北岸街坊划艇會 <club@beian.example.mo>",
        "**收件者：** 全體會員",
        "**日期：** 2029年7月2日 晚上8:15",
        "**主旨：** 【划艇會通訊 第3期】第五名",
        "",
        "# 我哋冇攞獎，但係我哋划完全程",
        "",
        "各位隊友、各位家屬：",
        "",
        "我係隊長陳志強。上星期日喺海灣嘅比賽，我哋喺十隊入面排第五，比上年好咗一名。",
        "起步唔算順，但係去到最後一百米，全船一齊加速，追返兩隊。",
        "多謝每一位星期日朝早七點準時落水練習嘅隊友，冇你哋就冇今日。",
        "",
        "隊長 陳志強",
        "2029年7月2日",
        "",
        "你收到呢封電郵，係因為你係北岸街坊划艇會會員。[取消訂閱](https://beian.example.mo/unsubscribe)",
    )
)


def test_a_mails_recipient_is_no_writer() -> None:
    meta = clean(_MAIL.replace("隊長 陳志強\n", "")).metadata
    assert meta.author is None
    assert "全體會員" not in {name for _, name in meta.credits}
    assert meta.source == "北岸街坊划艇會"


def test_a_letter_signed_with_a_title_and_name_is_by_that_name() -> None:
    meta = clean(_MAIL).metadata
    assert meta.author == "陳志強"
    assert ("隊長", "陳志強") in meta.credits


def test_a_signature_under_no_salutation_or_an_office_names_no_writer() -> None:
    assert clean(_MAIL.replace("各位隊友、各位家屬：\n", "")).metadata.author is None
    assert clean(_MAIL.replace("隊長 陳志強", "划艇會 管理處")).metadata.author is None


_RECAP = "\n".join(
    (
        "山坡上，八十座祖坟",
        "（报道：林秀英　摄影：林国华）　2029年4月8日",
        "清明节前的星期日，本会组织第五次集体祭祖，早上七点在会馆门口集合，一辆巴士开往山上。",
        "今年来了四十二人，比去年多了九人，最小的五岁，最老的八十八岁。",
        "大家分成四组，锄草、扫落叶、补红漆、摆供品、上香，中午十二点全部完成。",
    )
)


def test_bracketed_credits_before_the_date_name_the_writer() -> None:
    meta = clean(_RECAP).metadata
    assert (meta.author, meta.date) == ("林秀英", "2029-04-08")
    assert {name for _, name in meta.credits} >= {"林秀英", "林国华"}
    # (a bracketed outlet before the date is no writer)
    assert clean(_RECAP.replace("（报道：林秀英　摄影：林国华）", "（本报讯）")).metadata.author is None
