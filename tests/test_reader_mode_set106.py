"""Reader mode on the shapes held-out page set 106 showed: a blog's one-word
heading (第一堂) that other pages of the folder happen to have too stays when
a picture's caption, not a paragraph, sits right above it (【圖】… between
two paragraphs of the body is set amid the body, not the site's template)."""

from __future__ import annotations

from cleaning_support import same
from reader.core.cleaning import clean
from reader.core.line_features import template_key
from reader.core.meta_records import Hints

_UNDER = "教練叫我哋先扶住池邊，將個頭浸落水度慢慢吹泡泡，話呢個係第一步。點知我吹咗三次就嗆親，成班人都望住我。"
_POST = "\n".join(
    (
        "小城日記",
        "首頁　關於我　行街日記　聯絡",
        "【週末日記】四十歲，第一次去社區中心學游水",
        "2029年5月2日　by 阿橙　｜　分類：行街日記",
        "我由細到大都怕水，去海灘都只係坐喺沙灘度睇人游。",
        "今年生日，朋友送咗一張社區中心嘅游泳班報名表畀我，話係時候面對吓。",
        "【圖】星期六朝早八點嘅泳池，已經有幾個小朋友喺淺水區踢水",
        "開課",
        _UNDER,
        "旁邊一位婆婆同我講，佢學咗半年先敢放手，叫我唔使心急。",
        "兩個月後",
        "而家我可以用浮板游完一個池，雖然好慢，但係終於唔再驚。",
        "分享：Facebook　WhatsApp　複製連結",
    )
)


def test_a_shared_heading_under_a_picture_caption_stays_amid_the_body() -> None:
    kept = {same(p) for p in clean(_POST, {template_key("開課")}).paragraphs}
    assert same("開課") in kept
    assert same(_UNDER) in kept


_BOOKING = "\n".join(
    (
        "社區活動室一月份借用結果",
        "一月份活動室借用申請已於12月20日截止，共收到15件申請，核准13件、未核准2件，請各團體依核定時段使用。",
        "一、核准時段",
        "1/4（六） 09:00–11:00 二樓教室 長青書法班",
        "1/11（六） 14:00–17:00 一樓大廳 里民合唱團",
        "二、使用須知",
        "使用前一日請至辦公室領取鑰匙。",
        "離開前請關燈並帶走垃圾。",
        "聯絡人：幹事 林美華",
        "電話：02-2345-6789",
        "特此公告。",
        "溫馨提示：本表依申請先後核定，如遇臨時徵用，以辦公處通知為準，本會不負賠償責任，敬請見諒。",
    )
)


def test_whom_to_call_over_the_closing_formula_is_the_notices() -> None:
    kept = {same(p) for p in clean(_BOOKING).paragraphs}
    for line in ("聯絡人：幹事 林美華", "電話：02-2345-6789", "特此公告。"):
        assert same(line) in kept


def test_contact_rows_over_no_closing_formula_still_go() -> None:
    text = _BOOKING.replace("特此公告。\n", "")
    assert same("聯絡人：幹事 林美華") not in {same(p) for p in clean(text).paragraphs}


_CLIP = "\n".join(
    (
        "# 一盒蜡笔，一个下午",
        "2029年4月6日 · 陈美玲 · 阅读约3分钟",
        "女儿今年小二，每个星期六下午都要画一幅画交给美术老师，这是我们家最安静的两个小时。",
        "她总是先画太阳，再画我们家楼下的那棵雨树，最后才想今天要画什么。",
        "上个星期她画了隔壁的阿嬷，阿嬷看了很开心，说要把画贴在门口。",
    )
)


def test_a_clips_author_that_is_the_sites_name_in_its_title_is_the_source() -> None:
    hints = Hints(title="周六画画日：我们家的蜡笔 - 雨树下的家", author="雨树下的家")
    meta = clean(_CLIP, hints=hints).metadata
    assert (meta.source, meta.author) == ("雨树下的家", "陈美玲")
    # (a title that does not end with the author's name leaves the markup's author alone)
    meta = clean(_CLIP, hints=Hints(title="周六画画日：我们家的蜡笔", author="雨树下的家")).metadata
    assert (meta.source, meta.author) == (None, "雨树下的家")


_LETTER = (
    "各位街坊：",
    "我係梁志華，喺呢條街整咗二十年單車。",
    "下個月舖頭要搬去對面街，新舖細少少，但係工具全部跟過去。",
    "搬舖嗰個星期暫停維修，有單車要整嘅請早啲拎嚟。",
    "多謝大家咁多年嘅照顧。",
    "阿華",
    "你收到此電郵，係因為你曾登記成為本店會員。取消訂閱",
)


def test_a_letter_whose_writer_says_their_name_and_signs_it_names_its_author() -> None:
    meta = clean("\n".join(_LETTER)).metadata
    assert meta.author == "梁志華"
    assert "梁志華" in {name for _, name in meta.credits}


def test_a_name_said_with_no_signature_of_it_names_its_author_all_the_same() -> None:
    # (the writer says who he is at the letter's opening: signed or not, he wrote it)
    meta = clean("\n".join(x for x in _LETTER if x != "阿華")).metadata
    assert meta.author == "梁志華"
    # (the same name said in a later paragraph is one the letter tells of)
    later = ("各位街坊：", *_LETTER[2:4], _LETTER[1], *_LETTER[4:5], _LETTER[6])
    assert clean("\n".join(later)).metadata.author != "梁志華"


_TIPPED = (
    "外婆的最后一锅咖喱",
    "外婆今年八十三岁，上个月说她以后不煮咖喱了，手没力，搅不动那口大锅。",
    "星期天我回去，站在她旁边，一步一步记下她怎么炒香料，她说火要小，心要定。",
    "那锅咖喱我们吃了三天，最后一碗她留给了隔壁的阿伯。",
    "※ 本文图片版权属作者所有，未经许可请勿转载。",
    "觉得这篇好看？请我喝一杯teh tarik，支持我继续写外婆的厨房。",
    "相关文章：",
    "外婆的黄梨挞",
)


def test_a_tip_appeal_after_the_articles_end_goes() -> None:
    kept = {same(p) for p in clean("\n".join(_TIPPED)).paragraphs}
    assert same("觉得这篇好看？请我喝一杯teh tarik，支持我继续写外婆的厨房。") not in kept
    assert same("那锅咖喱我们吃了三天，最后一碗她留给了隔壁的阿伯。") in kept


def test_support_to_go_on_said_in_the_article_stays() -> None:
    lines = list(_TIPPED)
    lines[3] = "那天阿伯说，邻居的支持让他继续开店，外婆听了很高兴，把最后一碗留给了他。"
    kept = {same(p) for p in clean("\n".join(lines)).paragraphs}
    assert same(lines[3]) in kept
