"""Reader mode on the shapes held-out page set 102 showed: a credit row set
among a record's own label：value fields inside the body (出席：… / 翻译：甲（英语）、乙)
is one more field of the record (a meeting's minutes), kept, not the page's
credits."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean

_MINUTES = "\n".join(
    (
        "街坊会议纪要（第三次）",
        "楼主：湾仔阿明　发表于 2029-05-03 21:10",
        "上周四晚在社区中心开了第三次街坊会议，我做记录，整理如下。",
        "出席：理事9人中的7人",
        "翻译：老林（粤语）、Ana（葡萄牙语）",
        "议程",
        "管理处说六月起清洁费要调整，大家觉得理由说得不清楚，要求先看账目。",
        "会上决定由理事会写信给管理处，两周内回复。",
    )
)


def test_a_credit_row_among_the_records_fields_stays() -> None:
    kept = kept_set(_MINUTES)
    assert same("翻译：老林（粤语）、Ana（葡萄牙语）") in kept
    assert same("出席：理事9人中的7人") in kept
    assert clean(_MINUTES).metadata.author == "湾仔阿明"


def test_a_credit_row_under_the_body_is_still_a_credit() -> None:
    text = "\n".join((*_MINUTES.split("\n")[:3], *_MINUTES.split("\n")[6:], "摄影：何志明"))
    cleaned = clean(text)
    assert same("摄影：何志明") not in {same(p) for p in cleaned.paragraphs}
    assert ("摄影", "何志明") in cleaned.metadata.credits


def test_a_notes_creation_stamp_gives_way_to_its_revision_under_it() -> None:
    text = "\n".join(
        (
            "週末市集 備忘",
            "建立時間：2029年6月1日 下午3:05",
            "修改時間：2029年6月2日 上午9:30",
            "六月一日下午去了河堤邊的小農市集，攤位比上次多，人也多了不少，有幾攤是第一次來擺。",
            "買了兩把地瓜葉和一袋自家種的檸檬，老闆說下個月會有芒果。",
        )
    )
    assert clean(text).metadata.date == "2029-06-02 09:30"


def test_a_first_row_of_buttons_is_no_masthead_the_name_under_it_is() -> None:
    text = "\n\n".join(
        (
            "對專頁說讚　追蹤　分享",
            "和記麵家 Wo Kee Noodle House",
            "2029年9月3日 10:15 · 🌏",
            "中秋期間營業時間調整通知",
            "各位街坊：",
            "中秋節前後三日，本店改為早上八點至下午三點營業，晚市暫停，敬請見諒。",
            "節後照常營業，多謝大家一直以來的支持，祝大家中秋快樂、月圓人圓。",
            "和記第三代 陳永康 敬上",
            "👍❤️ 856　　留言 42　　分享 12",
        )
    )
    metadata = clean(text).metadata
    assert metadata.source == "和記麵家"
    assert metadata.title == "中秋期間營業時間調整通知"


def test_a_threads_labelled_title_over_the_posts_own_heading_gives_way() -> None:
    text = "\n".join(
        (
            "华人街坊网 › 社区 › 邻里互助",
            "标题：【活动回顾】周末那次清理后巷，来了三十多人",
            "后巷清洁日活动小结（下次定在五月）",
            "楼主：后巷阿伟　发表于 2029-04-08 22:10　浏览 815　回复 3",
            "各位街坊，上周六早上我们一起把后巷清理了一遍，我把过程和花费整理在这里。",
            "一共清走了二十多袋垃圾，还有两张旧沙发，区议员办公室借了推车和手套。",
            "下次打算五月再做一次，有兴趣的可以在下面留言报名。",
        )
    )
    assert clean(text).metadata.title == "后巷清洁日活动小结（下次定在五月）"


_NOTE = (
    "搬家前要處理的事",
    "建立時間：2029年7月1日 下午8:02",
    "週六先把書房的書裝箱，大約十二箱，舊雜誌直接回收，不要再搬過去了。",
    "冰箱清空，冷凍庫的肉這週內吃完。",
    "→ 問房東押金什麼時候退（上次說兩週內）",
    "另見：〈新家要買的東西 清單（六月）〉",
    "搬家公司約了早上九點，記得先把電梯預約好。",
    "—— 從「備忘錄」匯出，2029/07/03",
)


def test_a_notes_arrow_errand_and_its_pointer_to_another_note_go() -> None:
    kept = kept_set("\n".join(_NOTE))
    assert same("→ 問房東押金什麼時候退（上次說兩週內）") not in kept
    assert same("另見：〈新家要買的東西 清單（六月）〉") not in kept
    assert same("冰箱清空，冷凍庫的肉這週內吃完。") in kept


def test_an_arrow_errand_on_a_web_page_stays() -> None:
    kept = kept_set("\n".join(_NOTE[:-1]))
    assert same("→ 問房東押金什麼時候退（上次說兩週內）") in kept


def test_a_note_calling_the_piece_ones_own_experience_goes() -> None:
    text = "\n".join(
        (
            "# 第一次当伴娘，我准备了这些",
            "上个月表姐结婚，我第一次当伴娘，很多朋友问我要准备什么，干脆整理成一篇。",
            "> 本文纯属个人心得，各地习俗不同，请按实际情况调整。",
            "最重要的是鞋子，一整天站下来，平底鞋一定要带一双备用。",
            "其次是小包里放好纸巾、别针和补妆的东西，新娘随时会需要。",
        )
    )
    kept = kept_set(text)
    assert same("> 本文纯属个人心得，各地习俗不同，请按实际情况调整。") not in kept
    assert same("最重要的是鞋子，一整天站下来，平底鞋一定要带一双备用。") in kept
