"""Reader mode on the shapes held-out page set 105 showed: a mail's
recipient row (收件者：全體會員) is whom the letter goes to, never its writer;
a letter opened by its salutation and signed with the writer's title and
name under its last paragraph (隊長 梁家豪) is by that name; credit pairs in
brackets before the date (（报道：X　摄影：Y）　date) and a row of the
writer's deed and a credit apart by bars (團長 X 記｜照片：副團長 Y｜date)
name the writer and the photographer; the markup's bilingual site name with
a number is its Chinese part; a headline over the report's dated name and
the byline is the title; a group's or a post's disclaiming note on itself
and a line under a picture's caption label go."""

from __future__ import annotations

from pathlib import Path

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.html_reader import read_html
from reader.core.meta_records import Hints

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
    # (unsigned, the letter is by the captain who says who he is, never by whom it is sent to)
    assert meta.author == "陳志強"
    assert "全體會員" not in {name for _, name in meta.credits}
    assert meta.source == "北岸街坊划艇會"


def test_a_letter_signed_with_a_title_and_name_is_by_that_name() -> None:
    meta = clean(_MAIL).metadata
    assert meta.author == "陳志強"
    assert ("隊長", "陳志強") in meta.credits


def test_a_signature_under_no_salutation_or_an_office_names_no_writer() -> None:
    assert clean(_MAIL.replace("各位隊友、各位家屬：\n", "").replace("隊長 陳志強\n", "")).metadata.author is None
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


_CAMP = "\n".join(
    (
        "半夜的雨，和十二個沒哭的孩子",
        "團長 陳志明 記｜照片：副團長 林美華｜2029年5月12日",
        "五月十日早上八點，十二位幼童軍在國小校門口集合，背包比人還寬，這是他們第一次在外面過夜。",
        "營地在山腳下，車程一小時。我們出發前點了三次名，還是有一位家長追到車邊，塞進一件外套。",
        "半夜兩點，雨下來了。我拿著手電筒一頂一頂去看，四個孩子醒著，抱著睡袋縮在另一邊。",
    )
)


def test_a_bar_row_of_the_writers_deed_and_a_credit_names_the_writer() -> None:
    meta = clean(_CAMP).metadata
    assert (meta.author, meta.date) == ("陳志明", "2029-05-12")
    assert {name for _, name in meta.credits} >= {"陳志明", "林美華"}


def test_the_markups_byline_row_without_its_date_names_the_writer(tmp_path: Path) -> None:
    page = tmp_path / "camp.html"
    byline = "團長 陳志明 記｜照片：副團長 林美華｜2029年5月12日"
    paragraphs = "".join(f"<p>{p}</p>" for p in _CAMP.split("\n")[2:])
    page.write_text(
        f"<html><head><title>露營</title></head><body><article><h1>{_CAMP.split(chr(10))[0]}</h1>"
        f'<div class="byline">{byline}</div>{paragraphs}</article></body></html>',
        encoding="utf-8",
    )
    read = read_html(page.read_bytes(), page)
    assert read.hints.author != "團長"  # (the role word before the name, as the markup's author)
    assert clean(read.text, hints=read.hints).metadata.author == "陳志明"


def test_the_markups_bilingual_site_name_with_a_number_is_its_chinese_part() -> None:
    site = Hints(source="松山童軍第十二團 Songshan Scout Group 12")
    assert clean(_CAMP, hints=site).metadata.source == "松山童軍第十二團"
    # (over a section's label above the headline, 幼童軍團 · 露營)
    assert clean("幼童軍團 · 露營\n" + _CAMP, hints=site).metadata.source == "松山童軍第十二團"


def test_a_headline_over_the_reports_dated_name_and_the_byline_is_the_title() -> None:
    for dated in ("二〇二九年清明集体祭祖记", "2029年清明集体祭祖记"):
        text = _RECAP.replace("\n", f"\n{dated}\n", 1)
        cleaned = clean(text)
        assert cleaned.metadata.title == "山坡上，八十座祖坟"
        assert cleaned.metadata.author == "林秀英"  # (the dated name is no writer's)
        assert same("山坡上，八十座祖坟") not in {same(p) for p in cleaned.paragraphs}


def test_a_dated_name_alone_over_the_byline_is_still_the_title() -> None:
    text = _RECAP.replace("山坡上，八十座祖坟", "2029年清明集体祭祖记")
    assert clean(text).metadata.title == "2029年清明集体祭祖记"


def test_a_groups_note_on_its_own_record_at_the_end_goes() -> None:
    note = "本團活動紀錄由團內服務員撰寫，僅供團員與家長參考；活動行程與費用，以團部寄發的正式通知單為準。"
    kept = kept_set(f"{_CAMP}\n{note}")
    assert same(note) not in kept
    assert same(_CAMP.split("\n")[-1]) in kept
    # (the group naming itself in the story, disclaiming nothing, stays)
    told = "本團今年共有十二位幼童軍參加露營，比去年多了三位，其中四位是第一次在外面過夜。"
    assert same(told) in kept_set(f"{_CAMP}\n{told}")


def test_a_posts_note_that_its_views_are_the_writers_alone_goes() -> None:
    note = "本文所述個案已刪改細節，不涉及任何可辨識的病人資料；文中觀點僅屬作者個人，與所服務之醫院無關。"
    kept = kept_set(f"{_CAMP}\n{note}")
    assert same(note) not in kept
    # (a speaker's view said to be their own, in the story, names no page: it stays)
    told = "陳團長說，這次露營的安排僅代表他個人的想法，團部下次開會時會再和家長討論。"
    assert same(told) in kept_set(f"{_CAMP}\n{told}")


def test_a_line_under_a_pictures_caption_label_is_a_caption() -> None:
    for caption in ("照片说明：宗亲们在山上的墓碑前合影，前排坐轮椅者为林伯。", "圖說：宗親們在山上的墓碑前合影。"):
        kept = kept_set(f"{_RECAP}\n{caption}")
        assert same(caption) not in kept
        assert same(_RECAP.split("\n")[-1]) in kept
    # (a bare 说明： heading over a notice's points stays)
    assert same("说明：") in kept_set(_RECAP.replace("\n", "\n说明：\n", 3))
