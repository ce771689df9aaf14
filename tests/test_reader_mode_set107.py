"""Reader mode on the shapes held-out page set 107 showed: a list of
records grouped under bare one-word heads keeps its last group when that
head is a word a related-articles header also uses (其他 over 031　雨傘…,
as 書本 over 011　字典… above it: the list's next section, not the page's
next block), and the sentences and label rows under it stay."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean

_ROWS = (
    "031\u3000雨傘（藍色，摺疊）\u30003月2日\u3000禮堂",
    "032\u3000外套（灰色，有帽）\u30003月9日\u3000操場",
)
_UNDER = (
    "其餘物品為筆、尺等小件，不逐一列出。",
    "領取時間：3月20日至3月31日\u3000上午9:00至下午4:00",
    "領取地點：一樓校務處",
    "逾期未領取之物品將送交慈善團體。",
)
_LIST = "\n".join(
    (
        "第一學期遺失物品一覽",
        "本學期校務處共收到遺失物品三十件，尚有十二件未有人領取，部分清單如下。",
        "書本",
        "011\u3000字典（紅色封面）\u30002月3日\u3000圖書館",
        "012\u3000練習簿（寫有「2A」）\u30002月15日\u30002A課室",
        "其他",
        *_ROWS,
        *_UNDER,
        "校務處",
        "相關通告：",
        "上學期遺失物品一覽",
        "版權所有 © 2029 某某學校",
    )
)


def test_a_lists_last_group_under_a_header_word_stays() -> None:
    kept = kept_set(_LIST)
    for line in ("其他", *_ROWS, *_UNDER):
        assert same(line) in kept
    assert same("上學期遺失物品一覽") not in kept  # (the related notice under its header still goes)


def test_a_header_word_over_other_headlines_still_opens_a_block() -> None:
    page = "\n".join(
        (
            "第一學期遺失物品一覽",
            "本學期校務處共收到遺失物品三十件，尚有十二件未有人領取，請盡快到校務處領回，逾期將送交慈善團體。",
            "其他",
            "上學期遺失物品一覽",
            "下學期校服訂購安排",
        )
    )
    kept = kept_set(page)
    assert same("上學期遺失物品一覽") not in kept


_OPENING = "\n".join(
    (
        "第五屆會員攝影展",
        "本屆攝影展共展出會員作品三十件，以下為部分作品，其餘作品將於展覽期間陸續上載。",
        "第3、5號為非賣品，其餘作品歡迎向本會查詢。",
        "頒獎",
        "頒獎禮：7月2日（星期六）下午2時",
        "主禮嘉賓：本會名譽會長 何志強先生",
        "免責聲明：展品圖片僅供參考，本網站所有圖片版權屬原作者所有，未經書面同意，不得轉載或作商業用途。",
    )
)


def test_a_word_over_the_field_row_it_names_stays_though_junk_follows() -> None:
    kept = kept_set(_OPENING)
    assert same("頒獎") in kept
    assert same("頒獎禮：7月2日（星期六）下午2時") in kept


_CLIP = "\n".join(
    (
        "# 他的右腿",
        "出院的时候，他的右腿还是抬不起来，物理治疗师教了几个动作，我都抄在纸上贴在门后。",
        "",
        "![](https://example.sg/img/door.jpg) *图：门后的功课表。*",
        "",
        "头三天，他一步也走不动。",
        "",
        "## 后来",
        "",
        "到了第二个月，他可以扶着墙从房间走到厨房，虽然很慢，但是每天都多走几步，我在本子上一天一天记下来。",
    )
)


def test_the_line_under_a_picture_that_carries_its_own_caption_is_the_storys() -> None:
    kept = kept_set(_CLIP)
    assert same("头三天，他一步也走不动。") in kept


_LETTER = "\n".join(
    (
        "# 雨停了，番茄還在",
        "各位訂菜的朋友：",
        "我是何家明，何記農場第二代，每星期六幫大家送菜的那個人。",
        "上星期四晚上下了一整夜大雨，東邊那塊地全部浸在水裡，我爸在田邊看了很久。",
        "水退以後，土要曬一個星期才能翻，我們打算下個月重新下種，到時再同大家報告。",
        "家明",
        "**訂戶推介**：介紹朋友訂菜箱，雙方各送有機雞蛋一打，詳情請回覆本電郵查詢。",
        "推介優惠每位訂戶限用一次，何記農場保留修改或終止優惠的權利，如有爭議，以何記農場決定為準。",
    )
)


def test_a_letter_signed_under_its_last_paragraph_names_its_writer_though_notes_follow() -> None:
    assert clean(_LETTER).metadata.author == "何家明"
