"""Reader mode on the shapes held-out page set 93 showed: a page's one and only
<h1> that words the markup's headline afresh (a run of its words in common, not
its start: 在工廈七樓，打一局三十年前的彈珠機 under 觀塘工廈裡的彈珠機樂園) is the
title the reader shows, where one that starts as the markup's title and goes
elsewhere, a shorter section heading, or a board's tag before the markup's title
keeps the markup's; a heading that holds every character of the markup's title
in order from the same start, a subtitle set off by a colon, writes it whole
(外婆七十岁拿起球拍 of 外婆的乒乓球：七十岁那年，她在民众俱乐部拿起了球拍);
in a thread, the tool row its show-the-poster-only button leads (只看該作者　倒序瀏覽
閱讀模式) and the action rows ending in a word with its count (回覆　引用　讚好(38))
are buttons, the name before the first floor's label (牛油仔　樓主　發表於 …) the
poster, a list between the post's paragraphs (材料（12個） over its rows, past a
picture's caption) the post's own, and the replies between the action rows go,
their header rows and the motto the poster signs (…外脆內軟。——牛油仔) with them;
a score with the count of its votes in brackets (讀者評分 4.3（126票）) is the
readers' rating widget; a notice the site itself signs off over its date
(青岚县农业农村局 / 2029年3月2日) is the site's, whatever unit its 来源 field names."""

from __future__ import annotations

from pathlib import Path

from cleaning_support import kept_set, same
from reader.core.block_words import button_row
from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.html_reader import read_html
from reader.core.markup_headings import writes_more
from reader.core.metadata import parse_meta_line
from reader.core.readers import read_markdown

_PARAGRAPHS = (
    "星期天清晨，老街的石板路還濕著，幾位老人已經在廟口擺好了小凳子，等著第一壺茶煮開。",
    "這間茶攤開了四十年，攤主每天四點起床生火，用的還是外婆留下來的那把銅壺。",
    "附近的學生放學後常來這裡寫功課，攤主不收他們的錢，只要他們幫忙洗杯子。",
)


def _page(og: str, h1: str, title: str | None = None) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    return f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8">
<title>{title or og}｜山城誌</title><meta property="og:title" content="{og}"></head><body>
<header><div class="logo">山城誌</div></header>
<main><article><h1>{h1}</h1>{body}</article></main>
<footer><p>© 2028 山城誌</p></footer></body></html>""".encode()


def _title(og: str, h1: str, title: str | None = None) -> str | None:
    return read_html(_page(og, h1, title), Path("story.html")).hints.title


def test_the_one_h1_that_words_the_markup_headline_afresh_is_the_title() -> None:
    h1 = "天還沒亮，老街廟口已經煮開第一壺銅壺茶"
    assert _title("廟口茶攤的銅壺", h1) == h1
    # (a <title> with more words than the og:title, the run in either)
    assert _title("四十年的老茶攤", h1, "四十年的老茶攤：老街廟口一日") == h1
    # (a year before the words is no start of letters: 2028烏魚子… under 2028年度…)
    h1 = "2028山城茶會成績揭曉－金獎由廟口老茶攤奪得"
    assert _title("2028年度茶攤評鑑得獎名單", h1) == h1


def test_an_h1_sharing_no_run_or_the_start_or_shorter_keeps_the_og_title() -> None:
    og = "廟口茶攤的銅壺"
    assert _title(og, "夏日消暑好去處，本週末各區活動一覽") == og  # (no two letters in common)
    assert _title(og, "廟口茶攤的四十年與一位老人的清晨") == og  # (the same start, gone elsewhere)
    assert _title("老街廟口茶攤老人用銅壺煮茶", "銅壺專頁") == "老街廟口茶攤老人用銅壺煮茶"  # (a section's)
    assert _title(og, "【老街】廟口茶攤的銅壺") != "【老街】廟口茶攤的銅壺"  # (a board's tag and the title)
    assert _title(og, "煮了四十年的銅壺茶 - 山城誌") == og  # (the site's name after a bar)
    # (the site's name the <title> ends with, or a run of it, is no headline's run)
    assert _title(og, "歡迎光臨山城誌網站") == og
    assert _title(og, "山城網站首頁與各區資訊") == og


def test_a_heading_that_holds_the_markup_title_in_order_with_a_subtitle_writes_it() -> None:
    assert writes_more("阿公八十岁学游泳", "阿公的泳池：八十岁那年，他第一次学会了游泳")
    assert writes_more("阿公八十岁学游泳", "阿公的泳池——八十岁那年，他第一次学会了游泳")
    assert not writes_more("阿公八十岁学游泳", "阿公的泳池，八十岁那年他第一次学会了游泳")  # (no part set off)
    assert not writes_more("阿公八十岁学游泳", "阿公的泳池：游泳那年，他八十岁")  # (not in order)
    assert not writes_more("阿公学游泳", "阿公的泳池：那年，他第一次学会了游泳")  # (too few to tell)


def test_a_markdown_heading_the_front_matter_title_thins_is_the_title() -> None:
    head = "阿公的泳池：八十岁那年，他第一次学会了游泳"
    text = "\n".join(
        ["---", 'title: "阿公八十岁学游泳 | 晨光日报"', "---", "", f"# {head}", "", "文 / 林国强", "", *_PARAGRAPHS]
    )
    hints = read_markdown(text.encode(), Path("column.md")).hints
    assert (hints.title, hints.source) == (head, "晨光日报")


_THREAD = [
    "西環街坊網",
    "首頁 | 討論區 | 二手市集 | 登入 | 註冊",
    "討論區 › 生活百科 › 廚房煮意",
    "【廚房】第一次自己整菠蘿包，整咗四次先成功（多圖）",
    "只看該作者　倒序瀏覽　閱讀模式",
    "麵包仔　樓主　發表於 2028-5-2 21:10",
    "住咗西環十幾年，日日行過街口餅店都聞到陣香味，但自己整就係第一次。上個月買咗部新焗爐，決定試吓，結果用咗兩個星期先整到一盤似樣。",
    "材料（12個）",
    "高筋麵粉 300g",
    "牛油 40g",
    "砂糖 50g",
    "雞蛋 1隻",
    "失敗紀錄",
    "第一次：發酵唔夠，硬到咬唔落",
    "第二次：菠蘿皮太厚，焗完裂晒",
    "（圖）第二次嘅樣，裂到好似地圖",
    "最大嘅發現係發酵。天氣凍嘅時候要放入焗爐開燈，等足一個鐘，搓到有薄膜先好做造型，咁焗出嚟先會鬆軟。",
    "成本計過，一盤12個大概$45，比出面買平一半，不過時間就唔好計啦。",
    "做麵包最緊要有耐性。——麵包仔",
    "回覆　引用　讚好(12)",
    "阿Sam　發表於 2028-5-2 22:05",
    "睇到都想試，聽日即刻去買材料！",
    "回覆　引用　讚好(3)",
    "海龜仔　發表於 2028-5-3 08:17",
    "菠蘿皮加少少奶粉會香啲，下次可以試吓。",
    "回覆　引用　讚好(7)",
    "本討論區內容純屬網友個人意見，並不代表本網立場；如有侵權內容，請向管理員舉報。",
    "© 2028 西環街坊網　版權所有",
]


def _cleaned(rows: list[str]) -> tuple[set[str], tuple[str | None, str | None, tuple[tuple[str, str], ...]]]:
    out = clean("\n".join(rows))
    return {same(p) for p in out.paragraphs}, (out.metadata.title, out.metadata.author, out.metadata.credits)


def test_a_threads_tool_row_led_by_its_show_the_poster_only_button_goes_and_is_no_headline() -> None:
    kept, (title, _, _) = _cleaned(_THREAD)
    assert title == "【廚房】第一次自己整菠蘿包，整咗四次先成功（多圖）"
    assert same("只看該作者　倒序瀏覽　閱讀模式") not in kept


def test_a_row_of_buttons_ending_in_a_word_with_its_count_goes() -> None:
    assert button_row(fold("回覆　引用　讚好(12)"))
    assert not button_row("第一 第二 第三(3)")  # (no button's word)
    assert not button_row("第一 (2)")  # (a count alone)
    assert not {same("回覆　引用　讚好(12)"), same("回覆　引用　讚好(3)")} & _cleaned(_THREAD)[0]


def test_a_name_then_the_first_floor_then_the_posting_label_is_the_poster() -> None:
    line = "麵包仔　樓主　發表於 2028-5-2 21:10"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.author == "麵包仔"
    assert _cleaned(_THREAD)[1][1] == "麵包仔"


def test_a_list_between_the_posts_paragraphs_stays_past_its_picture_and_under_its_counted_head() -> None:
    kept = _cleaned(_THREAD)[0]
    for row in ("材料（12個）", "高筋麵粉 300g", "雞蛋 1隻", "失敗紀錄", "第二次：菠蘿皮太厚，焗完裂晒"):
        assert same(row) in kept
    assert same("（圖）第二次嘅樣，裂到好似地圖") not in kept
    # (a counter's word and its count between the lines is no list's head)
    counted = [row.replace("材料（12個）", "評論（12條）") for row in _THREAD]
    assert same("評論（12條）") not in _cleaned(counted)[0]


def test_replies_between_action_rows_go_and_the_motto_the_poster_signs() -> None:
    kept, (_, _, credits) = _cleaned(_THREAD)
    assert not {same("睇到都想試，聽日即刻去買材料！"), same("做麵包最緊要有耐性。——麵包仔")} & kept
    assert credits == (("作者", "麵包仔"),)  # (the repliers' header rows go with their replies: no credits)
    # (a quote's source after the dash is someone else: the post's last line)
    quoted = [row.replace("做麵包最緊要有耐性。——麵包仔", "天下無難事，只怕有心人。——古語") for row in _THREAD]
    assert same("天下無難事，只怕有心人。——古語") in _cleaned(quoted)[0]


_REVIEW = [
    "在工廈七樓，打一局三十年前的彈珠機",
    "文／區子晴 攝影／麥浩賢 2028年4月22日",
    "{score}",
    "升降機門一打開，先聽到的是鈴聲，然後才看到那一排閃着燈的機器，觀塘一幢工業大廈的七樓藏着全港少有的彈珠機館。",
    "館主老鄺五十八歲，做了半輩子電子維修，十年前在網上買了第一部二手機，拆開修好，之後一發不可收拾。",
    "離開時我輸了二十多局，心裡只想着下次要贏回那部機。",
]


def test_a_score_with_the_count_of_its_votes_is_the_readers_rating_widget() -> None:
    for score in ("讀者評分 4.3（126票）", "评分 4.3/5（1,203人评价）", "4.5 (2,301 reviews)"):
        assert same(score) not in kept_set("\n".join(_REVIEW).replace("{score}", score))
    # (the reviewer's own score counts no votes: judged by its place, as ever)
    assert same("評分：8/10") in kept_set("\n".join([*_REVIEW, "評分：8/10"]).replace("{score}\n", ""))


_NOTICE = [
    "青岚县农业农村局",
    "首页　机构职能　政务公开　通知公告",
    "当前位置：首页 > 通知公告",
    "关于开展2029年春耕农机免费检修服务活动的通知",
    "发布时间：2029-03-02 09:30　来源：县农机化技术推广服务站　访问量：412",
    "各乡镇人民政府、各农机合作社：",
    "为确保春耕期间农业机械安全作业，县农业农村局定于3月10日至3月20日组织开展农机免费检修服务活动。",
    "检修期间更换零配件按成本价收费，请各乡镇提前做好宣传，组织农机手按时到场。",
    "{signer}",
    "2029年3月2日",
    "主办单位：青岚县农业农村局　地址：青岚县人民路XX号",
]


def _source(signer: str) -> str | None:
    return clean("\n".join(_NOTICE).replace("{signer}", signer)).metadata.source


def test_a_notice_the_site_signs_off_is_the_sites_whatever_unit_the_source_field_names() -> None:
    assert _source("青岚县农业农村局") == "青岚县农业农村局"
    # (signed by the field's unit in full, as set 92's notice: that unit issued it)
    assert _source("青岚县农机化技术推广服务站") == "青岚县农机化技术推广服务站"
