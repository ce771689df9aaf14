"""Reader mode on the development set's oldest remaining misses, each by a
general shape: an <h1> that another mark of the markup writes the same (the
name its JSON-LD gives the page itself, a content system's ArticleTitle meta
tag) wins over an og:title worded otherwise; a dash-led signature under a
message (—— name｜stamp) is the message writer's, no byline of the page; a
reprint note (請勿轉載) is the site's, and the run of verse over it (many
short even lines, no junk shape) stays though junk now stands on both sides;
replies under a forum word's counted header (网友跟帖（3）) go, the reply's
signed close over a rating row stays; the site's bare name opening a pointer
to its method page, or a call to press here and report (按這裡回報), junk
under it, is the site's."""

from __future__ import annotations

from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.markup_headings import heading_title
from reader.core.meta_records import Hints
from reader.core.metadata import parse_meta_line


def _page(head: str, h1: str) -> str:
    return f"<html><head>{head}</head><body><h1>{h1}</h1><p>正文。</p></body></html>"


_LD = (
    '<script type="application/ld+json">'
    '{{"@type":"WebPage",{}"publisher":{{"@type":"Organization","name":"某某街誌"}}}}</script>'
)


def test_an_h1_the_json_ld_names_the_page_by_wins_over_the_og_title() -> None:
    ld = _LD.format('"name":"阿公，謝謝你的茶",')
    og = '<meta property="og:title" content="老茶行老闆辭世 留言簿開放">'
    html = _page(f"<title>追思｜某茶行｜某某街誌</title>{og}{ld}", "阿公，謝謝你的茶")
    assert heading_title("老茶行老闆辭世 留言簿開放", html)[1] == "阿公，謝謝你的茶"
    # (the publisher's name is no name of the page: an <h1> writing it is the site's)
    html = _page(f"<title>追思留言</title>{_LD.format('')}", "某某街誌")
    assert heading_title("老茶行老闆辭世 留言簿開放", html)[1] == "老茶行老闆辭世 留言簿開放"


def test_an_h1_an_article_title_meta_tag_writes_wins_over_the_og_title() -> None:
    head = '<title>预警_水情_某市水文局</title><meta name="ArticleTitle" content="某市水文局发布某江洪水蓝色预警">'
    html = _page(head, "某市水文局发布某江洪水蓝色预警")
    assert heading_title("某江洪水蓝色预警（第2号）", html)[1] == "某市水文局发布某江洪水蓝色预警"
    # (no second mark: the markup's title stands)
    html = _page("<title>预警_水情_某市水文局</title>", "某市水文局发布某江洪水蓝色预警")
    assert heading_title("某江洪水蓝色预警（第2号）", html)[1] == "某江洪水蓝色预警（第2号）"


_MESSAGES = (
    "阿公，謝謝你的茶",
    "某某街誌編輯部 開設於 2029-04-02",
    "在老街賣了四十年茶葉的阿公，上週在家中安詳辭世，享壽八十五歲。本站開設這本留言簿，留言將整理成冊交給家屬。",
    "小時候每次經過茶行，你都會倒一杯冬瓜茶給我，說讀書要喝甜的。",
    "—— 林佳蓉｜2029/04/02 21:15",
    "謝謝你這些年來的照顧，一路好走。",
    "—— 隔壁的阿明（老街鄰居）｜2029/04/03 07:48",
)


def test_a_dash_led_signature_under_a_message_is_no_byline_of_the_page() -> None:
    line = "—— 林佳蓉｜2029/04/02 21:15"
    assert parse_meta_line(line, fold(line)) is None
    meta = clean("\n".join(_MESSAGES)).metadata
    assert meta.source is None and meta.author is None
    # (a name and its stamp without the dash stays a byline's row)
    line = "林佳蓉｜2029/04/02 21:15"
    assert parse_meta_line(line, fold(line)) is not None


_SONG = (
    "海口的風",
    "整理／陳美玲 · 更新日期：2029-05-02 · 瀏覽 1,305",
    "分享到 LINE Facebook 複製連結",
    "歌詞",
    "【主歌】",
    "月娘照佇海口的沙埔",
    "阿公的船猶未倒轉來",
    "風吹過竹篙一枝一枝",
    "阮坐佇門口等天光",
    "【副歌】",
    "北風 你莫閣吹",
    "等伊轉來 阮就毋驚",
    "冷冷的風啊",
    "吹阮心肝",
    "（重複副歌）",
    "本歌詞由網友整理，僅供學習及欣賞之用，著作權屬原作詞人及唱片公司所有，請勿轉載作商業用途。",
    "註解",
    "沙埔（sua-poo）：沙灘，這裡指海邊的沙地，退潮的時候阿公會在這裡撿貝殼。",
    "作詞的人是在海邊長大的，他說這首歌寫的是小時候等阿公出海回來的晚上。",
)


def test_a_reprint_note_goes_and_the_run_of_verse_above_it_stays() -> None:
    kept = clean("\n".join(_SONG)).paragraphs
    assert _SONG[15] not in kept
    assert all(line in kept for line in _SONG[5:9] + _SONG[10:14])
    # (a run of a menu's short words between junk still goes)
    menu = ("分享到 LINE Facebook", "新歌上架", "歌手索引", "台語字典", "排行榜單", "專輯介紹", "線上試聽", "關於我們")
    text = "\n".join((*_SONG[:2], *_SONG[17:], *menu))
    assert not set(menu[1:]) & set(clean(text).paragraphs)


_REPLY = (
    "关于东门小区夜间施工噪音的反映",
    "留言时间：2029-06-02 21:10　办理状态：已办结",
    "最近一个月，小区东侧工地每天晚上十一点以后还在打桩，老人孩子都睡不好，希望有关部门管一管。",
    "答复单位：某市某区住房和城乡建设局",
    "您好！您反映的问题已收悉。我局于6月4日到现场进行了核查，该工地确有夜间施工行为，现已责令整改并处以罚款。",
    "后续我局将每周两次于夜间开展巡查，如仍有问题，可直接联系我局建筑市场科。",
    "感谢您对城市建设工作的关心和支持！",
    "某市某区住房和城乡建设局",
    "2029年6月8日",
    "满意度评价：满意（留言人于2029-06-10评价）",
    "网友跟帖（3）",
    "住在3栋的老王：这两天晚上确实安静了，谢谢。",
    "东门小区业主：希望不是只管几天，过段时间又开始打桩。",
    "路过的：我们那边的工地也能这样管就好了。",
    "温馨提示：留言内容仅代表留言人个人观点，不代表本网站立场。",
)


def test_replies_under_a_forum_word_header_with_their_count_go_and_the_reply_stays() -> None:
    kept = clean("\n".join(_REPLY)).paragraphs
    assert not set(_REPLY[11:14]) & set(kept)
    # (the reply's thanks over its signer and date, a rating row under them, is the reply's own close)
    assert _REPLY[6] in kept and _REPLY[4] in kept


_CHECK = (
    "網傳「冰箱門貼錫紙可省電」？說法錯誤",
    "查核結果：錯誤",
    "一段「夏天慳電三招」的訊息在多個群組流傳，第一招就是在冰箱門貼錫紙，本站收到八位讀者查詢。",
    "電器工程師向本站表示，冰箱耗電取決於門封是否緊密和擺放位置，錫紙貼在門外不會減少冷氣流失，反而可能擋住散熱。",
    "結論：冰箱門貼錫紙不能省電，說法錯誤。",
    "查證坊的查核結果分為「正確」「部分正確」「誤導」「錯誤」四級，詳情請參閱查核方法頁。",
    "分享 Facebook WhatsApp Telegram 複製連結",
)


def test_the_sites_pointer_to_its_method_page_under_the_article_goes() -> None:
    kept = clean("\n".join(_CHECK), hints=Hints(source="查證坊")).paragraphs
    assert _CHECK[5] not in kept and _CHECK[4] in kept
    # (a last paragraph that points to a page but names no site is the article's)
    own = "結論：冰箱門貼錫紙不能省電，工程師的建議詳情請參閱下一頁。"
    assert own in clean("\n".join((*_CHECK[:4], own, _CHECK[6])), hints=Hints(source="查證坊")).paragraphs


def test_a_click_here_call_at_the_pages_edge_goes_though_it_ends_a_sentence() -> None:
    call = "歌詞有錯字或漏句？按這裡回報，我們會在三天內更正。"
    kept = clean("\n".join((*_SONG[:2], *_SONG[17:], call, "關於我們 | 投稿須知 | 隱私權政策"))).paragraphs
    assert call not in kept and _SONG[17] in kept and _SONG[18] in kept
    # (the deixis with no button's verb after it is a story's: 按這裡的規矩)
    line = "村裡的老人說，按這裡的規矩，新船下水要先拜媽祖，再請全村人吃一頓飯。"
    assert line in clean("\n".join((*_SONG[:2], *_SONG[17:], line))).paragraphs
