"""Reader mode on the shapes held-out page set 99 showed: a table of two
cells a row, a short label then its value (演唱 | 蔡淑真 / 作詞 | … / 專輯 | …),
right under the headline or the byline is the record's fact box, kept even
when a share bar under it leaves its short rows amid junk; a writer's role
joined with 、 to a duty the role tables do not know (整理、註解／林淑貞) still
names the writer; a site named in Chinese then in a romanisation with its
tones (歌仔簿 Koa-á-phō͘) is its Chinese name, as one with a plain English name;
the byline's Han name beats the markup's romanised one (Kwong Cheuk-yin); the
one person a dated line credits first with writing the text up (整理：X) is
its author, a reviewer after him or not (審閱：Y); a notes app's export stamp
(由「備忘錄」匯出 · …) dates the export, not the note, when the note has a
stamp of its own; a clipped title whose bar sits close to it, spaced only
before the site (教案分享（可下载）| 粉笔与咖啡), still names the site after the
bar, and the page's one heading worded afresh is the title; plain comments
under their header with only the comment box's own note under them (留言仅代表
网友个人观点，与本站立场无关。) go, the site's reply among them; in a note a
notes app exported, the writer's asides (⚠️ lines, a line struck through, a
bracketed question, an arrow's note, the word count) go; a series' previous and
next set, song or chapter (上一套：…, 下一首：…, 下一回：…) is a previous/next link;
a call to sign up for the site's own course right under the article, in the
site's voice (本站…報名請按此), is the site's, and so is its tip line asking for
leads to be sent to it (傳到我們的線索熱線), which lets the funding appeal above it go
too; a code offered with its click-to-copy button (…礼包码 QN2029XY，点击复制) is
the site's widget."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.markup_sites import as_written
from reader.core.metadata import Hints, parse_meta_line
from reader.core.readers import read_markdown

_SONG = (
    "月光下的渡船",
    "整理／陳美玲 · 更新：2029-05-02 · 瀏覽 1,022",
    "主唱\t黃志偉",
    "填詞\t李秋月",
    "譜曲\t何文彬",
    "發行\t《南風》（2029年1月）",
    "分享到 LINE Facebook 複製連結",
    "歌詞",
    "【第一段】",
    "渡船搖啊搖",
    "月光照水面",
    "阿公的歌聲",
    "猶原佇耳邊",
    "【副歌】",
    "渡船頭 等人來",
    "一冬過一冬",
    "這首歌寫的是作者小時候在淡水河邊看渡船的記憶，河邊的燈一盞一盞亮起來。",
)


def test_a_two_cell_fact_table_under_the_byline_stays() -> None:
    kept = kept_set("\n".join(_SONG))
    for row in _SONG[2:6]:
        assert same(row) in kept, row
    assert same(_SONG[6]) not in kept


def test_two_rows_under_the_byline_are_no_box() -> None:
    # (fewer than three labelled rows: the page's lines beside its byline, left as they were)
    text = "\n".join((*_SONG[:2], *_SONG[4:]))
    base = "\n".join((*_SONG[:2], _SONG[4].replace("\t", " "), _SONG[5].replace("\t", " "), *_SONG[6:]))
    assert (same(_SONG[4]) in kept_set(text)) == (same(_SONG[4]) in kept_set(base))


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("整理、註解／林美華 · 更新日期：2029-04-02 · 瀏覽 1,208", "林美華"),
        ("撰文、校訂：何志明 · 2029年4月2日", "何志明"),
    ],
)
def test_a_writers_role_joined_with_a_duty_of_any_name_still_names_the_writer(line: str, name: str) -> None:
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.author == name
    text = f"一条真正的新闻标题在这里\n{line}\n第一段正文，讲的是一件事情的来龙去脉，足够长。\n"
    cleaned = clean(text)
    assert cleaned.metadata.author == name
    assert name in {person for _, person in cleaned.metadata.credits}


@pytest.mark.parametrize(
    ("site", "name"),
    [
        ("歌仔冊 Koa-á-tsheh", "歌仔冊"),
        ("河內華聲 Hà Nội Hoa Thanh", "河內華聲"),
        ("灣區華聲報 Bay Area & Co", "灣區華聲報"),
    ],
)
def test_a_chinese_name_then_its_romanisation_with_tones_gives_the_chinese(site: str, name: str) -> None:
    html = (
        f'<html><head><title>一首歌｜{name}</title><meta property="og:site_name" content="{site}"></head>'
        f"<body><a>{name}</a><p>© {site}</p></body></html>"
    )
    assert as_written(site, html) == name


@pytest.mark.parametrize("markup", ["Chan Tai-man", "Chan Tai Man"])
def test_the_bylines_han_name_beats_the_markups_romanised_one(markup: str) -> None:
    text = (
        "颱風前應否把花盆搬入屋？\n撰文：陳大文 | 資料核對：李小美 | 2029年8月30日\n"
        "八號風球預警發出前一晚，一段訊息在多個群組流傳，說要把所有花盆搬入屋內，核實點收到多位讀者查詢。\n"
    )
    cleaned = clean(text, hints=Hints(author=markup))
    assert cleaned.metadata.author == "陳大文"


def test_the_one_person_credited_first_with_writing_it_up_is_the_author_beside_a_reviewer() -> None:
    line = "整理：黃志強　審閱：陳美儀　2029年5月2日　閱讀 1,204"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.author == "黃志強"
    assert {name for _, name in meta.credits} == {"黃志強", "陳美儀"}
    text = f"英國入籍考試模擬題（第二套）\n{line}\n以下六題為第二套模擬題，答案及解析附於每題之後，請先作答再對答案。\n"
    assert clean(text).metadata.author == "黃志強"


def test_a_notes_export_stamp_dates_nothing_when_the_note_has_its_own_stamp() -> None:
    text = "\n".join(
        (
            "筆記 › 工作",
            "# 退休歡送會致辭稿（第二版）",
            "建立：2029年6月1日 下午9:10 ｜ 最後修改：2029年6月3日 下午10:20",
            "各位同事，大家好。今日係陳主任喺公司嘅最後一日，我代表部門講幾句說話，多謝佢呢三十年嘅照顧。",
            "佢教識我哋做嘢要有頭有尾，亦都教識我哋做人要有情有義，我哋會一直記住。",
            "—— 由「筆記」匯出 · 2029年6月4日 上午8:15",
        )
    )
    meta = clean(text).metadata
    assert meta.author is None
    assert meta.date is not None and meta.date.startswith("2029-06-03")


def test_a_clipped_title_with_its_bar_close_to_it_gives_way_to_the_heading_worded_afresh() -> None:
    text = (
        '---\ntitle: "中三作文课教案（附工作纸）| 黑板与茶"\nauthor: "黑板与茶"\n---\n\n'
        "# 把一张旧照片写成一篇作文：中三记叙文的第一课\n\n"
        "上个学期教中三的记叙文单元，学生写得很空，这学期我请他们每人带一张家里的旧照片来课室。\n"
    )
    page = read_markdown(text.encode(), Path("lesson.md"))
    assert page.hints.title == "把一张旧照片写成一篇作文：中三记叙文的第一课"
    assert page.hints.source == "黑板与茶"


def test_plain_comments_over_the_boxs_own_note_on_them_go() -> None:
    body = (
        "关于门店饮品质量问题的致歉说明",
        "发布时间：2029-06-05 18:30　来源：品牌部",
        "6月3日，一位顾客在我司门店购买的饮品中发现一段吸管包装纸。此事是我们的责任，我们郑重道歉。",
        "经查，当班店员未按规定拆封，残留的包装纸进入饮品。全国门店已改用无包装吸管。",
        "再次向所有关心此事的顾客道歉。",
    )
    tail = (
        "网友留言（3）",
        "西湖小李：道歉态度可以，但这种事怎么会发生？",
        "品牌客服：您好，原来的规程要求拆封后再放入吸管，当班店员漏了这一步，目前已改正。",
        "奶茶续命：那家店我每周都去，等整改好再说吧。",
        "留言仅代表网友个人观点，与本站立场无关。",
    )
    kept = kept_set("\n".join((*body, *tail)))
    for line in tail:
        assert same(line) not in kept, line
    for line in body[2:]:
        assert same(line) in kept, line


_NOTE = (
    "筆記 › 工作",
    "# 陳主任榮休致辭（第二稿）",
    "建立：2029年6月1日 下午9:10 ｜ 最後修改：2029年6月3日 下午10:20",
    "❗ 唔好提佢去年入院嗰件事",
    "各位同事，大家好。今日係陳主任喺公司嘅最後一日，我代表部門講幾句說話。",
    "~~陳主任係全公司最惡嘅上司~~　←唔好咁講",
    "佢教識我哋做嘢要有頭有尾，亦都教識我哋做人要有情有義，我哋會一直記住。",
    "（問人事部：佢做咗廿九定三十年？）",
    "希望陳主任退休之後，可以有多啲時間同屋企人去行山、飲茶。",
    "字數：約 300 字｜朗讀時間：約 2 分鐘",
    "—— 由「筆記」匯出 · 2029年6月4日 上午8:15",
)


def test_a_notes_asides_to_its_writer_go_in_an_exported_note() -> None:
    kept = kept_set("\n".join(_NOTE))
    for aside in (_NOTE[3], _NOTE[5], _NOTE[7], _NOTE[9]):
        assert same(aside) not in kept, aside
    for line in (_NOTE[4], _NOTE[6], _NOTE[8]):
        assert same(line) in kept, line


def test_the_same_signs_on_a_page_no_app_exported_stay() -> None:
    text = "\n".join(_NOTE[1:-1])
    kept = kept_set(text)
    assert same(_NOTE[3]) in kept


@pytest.mark.parametrize(
    "link",
    ["上一套：高考英語 模擬試卷（第三套）", "下一首：港邊的月（華語版）", "下一回：第十二回 風雪山神廟"],
)
def test_a_series_other_sets_songs_and_chapters_are_previous_next_links(link: str) -> None:
    text = "\n".join(
        (
            "模擬試卷（第四套）",
            "本套試卷共十題，建議限時二十分鐘完成，答案及解析附於每題之後，請先作答再對答案。",
            "做完之後，記得把錯的題目抄在筆記本上，考前再看一次。",
            link,
        )
    )
    assert same(link) not in kept_set(text)


def test_a_call_to_sign_up_for_the_sites_course_under_the_article_goes() -> None:
    ad = "想一次考到駕照？本站「筆試衝刺班」逢星期日網上上課，三堂只需£36，報名請按此。"
    text = "\n".join(
        (
            "駕駛理論筆試 模擬題（第二套）",
            "正式考試共50題，限時57分鐘，答對43題或以上即合格。以下5題為第二套模擬題，答案附於每題之後。",
            "路口前看見黃燈閃爍時，應減慢車速並留意行人，準備隨時停車。這一題很多人會選錯，要特別小心。",
            ad,
            "上一套：駕駛理論筆試 模擬題（第一套）",
        )
    )
    kept = kept_set(text)
    assert same(ad) not in kept
    assert same("路口前看見黃燈閃爍時，應減慢車速並留意行人，準備隨時停車。這一題很多人會選錯，要特別小心。") in kept


def test_the_sites_tip_line_and_funding_appeal_after_the_share_bar_go() -> None:
    tail = (
        "查真相是獨立非牟利機構，不接受政府或政黨的資助。每月捐款五十元，就能支持我們多查一則謠言。",
        "收到可疑訊息？把截圖傳到我們的線索熱線，我們會盡快查證。",
    )
    text = "\n".join(
        (
            "打風前儲滿浴缸水，可防停水？",
            "網傳打風前要儲滿浴缸水，以防停水。我們向水務署查詢，署方表示颱風期間停水的情況並不常見。",
            "結論：說法部分正確，儲水可作應急之用，但毋須儲滿整個浴缸。",
            "分享 Facebook WhatsApp Telegram 複製連結",
            *tail,
        )
    )
    cleaned = clean(text, hints=Hints(source="查真相"))
    kept = {same(p) for p in cleaned.paragraphs}
    for line in tail:
        assert same(line) not in kept, line
    assert same("結論：說法部分正確，儲水可作應急之用，但毋須儲滿整個浴缸。") in kept


def test_a_code_with_its_click_to_copy_button_is_the_sites_widget() -> None:
    box = "【福利】星海物语新手兑换码 XH2029AB，点击复制，数量有限先到先得"
    text = "\n".join(
        (
            "星海物语第三关怎么过？平民阵容稳定通关",
            "作者：小北 2029-06-14 21:05",
            box,
            "第三关是1.2版本新开的关卡，很多人卡在第二阶段。我用一套没有限定角色的阵容打了二十多次，下面把打法整理出来。",
            "先让坦克站在左边的柱子后面，等BOSS读条结束再出来，这样可以躲开全屏的技能。",
        )
    )
    assert same(box) not in kept_set(text)
