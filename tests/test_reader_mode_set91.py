"""Reader mode on the shapes held-out page set 91 showed: a page's <h1> that is
a head and a subtitle (a dash or a colon between), one part of which the shorter
og:title words afresh from the same start, is the title the reader shows; a
typed table's row with a Latin name in a cell (2　Rodrigues, Tomás　某校　17.91)
is as wide as a row of Han names, and the run of rows goes on past it; a
dash-led motto over the opening post's action row, where a reply's floor
(#2) opens the thread's replies, is the poster's signature."""

from __future__ import annotations

from pathlib import Path

from cleaning_support import kept_set, same
from reader.core.html_reader import read_html


def _news_page(og: str, h1: str) -> bytes:
    return f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8">
<title>{og} | 山城日報</title><meta property="og:title" content="{og}"></head><body>
<header><div class="logo">山城日報</div></header>
<main><article><h1>{h1}</h1>
<p>星期天清晨，老街的石板路還濕著，幾位老人已經在廟口擺好了小凳子，等著第一壺茶煮開。</p>
<p>這間茶攤開了四十年，攤主每天四點起床生火，用的還是外婆留下來的那把銅壺。</p>
<p>附近的學生放學後常來這裡寫功課，攤主不收他們的錢，只要他們幫忙洗杯子。</p>
</article></main><footer><p>© 2028 山城日報</p></footer></body></html>""".encode()


def _title(og: str, h1: str) -> str | None:
    return read_html(_news_page(og, h1), Path("news.html")).hints.title


def test_an_h1_whose_subtitle_the_og_title_rewords_is_the_title() -> None:
    h1 = "一壺茶煮了四十年——老街廟口茶攤老人每天四點生火"
    assert _title("老街廟口茶攤老人用銅壺煮茶四十年", h1) == h1


def test_an_h1_whose_head_the_og_title_starts_with_and_a_colon_sets_off_is_the_title() -> None:
    h1 = "2028年山城區小學組象棋比賽：東山小學奪冠，西嶺小學獲最佳新人獎"
    assert _title("2028年山城區小學組象棋比賽成績公佈", h1) == h1


def test_a_two_part_h1_that_words_another_story_does_not_replace_the_og_title() -> None:
    og = "老街廟口茶攤老人用銅壺煮茶四十年"
    assert _title(og, "夏日消暑好去處——本週末各區活動一覽") == og


_RESULTS = [
    "2028青少年模型車計時賽成績公佈",
    "本會主辦之「2028青少年模型車計時賽」已於6月10日在體育館順利舉行，共有三十名學員參賽，成績如下：",
    "少年組",
    "名次　姓名　學校　最佳單圈（秒）",
    "1　陳子謙　海星中學　21.05",
    "2　李樂瑤　聖心學校　21.88",
    "3　黃浩文　培道小學　22.40",
    "青年組",
    "名次　選手　學校　最佳單圈（秒）",
    "1　何卓然　理工中學　15.62",
    "2　Fernandes, Marta　葡文學校　15.97",
    "3　梁詠詩　海星中學　16.31",
    "最佳表現獎：李樂瑤",
    "頒獎禮將於7月2日下午3時在本會會址舉行，請得獎者準時出席。",
    "分享至：Facebook　WeChat　WhatsApp",
    "© 2028 某某模型運動協會 版權所有",
]


def test_a_typed_tables_row_after_a_row_with_a_latin_name_stays() -> None:
    kept = kept_set("\n".join(_RESULTS))
    assert same("3　梁詠詩　海星中學　16.31") in kept
    assert same("2　Fernandes, Marta　葡文學校　15.97") in kept


_THREAD = [
    "【心得】第一次考到潛水牌，講下過程",
    "樓主：深海小丸子　發表於 2028-05-02 21:10",
    "#1",
    "一直想學潛水，今年終於報咗名，上個月考完，合格！寫低啲過程俾想考嘅朋友參考。",
    "理論堂有三堂，主要講水壓、耳壓平衡同埋緊急上升，考試係選擇題，唔算難。",
    "實習最難係中性浮力，第一日我成日浮上去，教練叫我慢慢呼吸，唔使心急。",
    "有咩問題可以留言問，識答一定答。",
    "{sig}",
    "讚好 (12)　回覆　引用　舉報",
    "#2",
    "阿Sam潛水　2028-05-03 08:20",
    "恭喜晒！我下個月都去考，睇完安心咗少少。",
    "#3",
    "海龜仔　2028-05-03 10:02",
    "想問教練係邊間潛水中心？",
    "© 2028 某某討論區",
]


def _thread(sig: str) -> set[str]:
    return kept_set("\n".join(_THREAD).replace("{sig}", sig))


def test_a_dash_led_motto_over_the_posts_action_row_above_the_replies_goes() -> None:
    assert same("—— 人生苦短，落水先知水有幾深。") not in _thread("—— 人生苦短，落水先知水有幾深。")


def test_the_posts_last_sentence_over_its_action_row_stays() -> None:
    assert same("祝大家一次過！") in _thread("祝大家一次過！")
