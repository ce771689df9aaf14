"""Reader mode on the shapes the eighty-second held-out set showed: a
review's box of facts under its one-word heading between paragraphs, one
value a row of spaced words (App 內置 8 分鐘聽力測試); a register of plain
entries (無碑 / 碑已斷裂) between its heading and a paragraph; the writer's
name card after the body (譚卓軒 / a paragraph about them) and the
subscribe box under it; a forum thread's tagged title ending in a (多图) mark
over a poster's rank under the stats row (中级会员)."""

from __future__ import annotations

from cleaning_support import same
from reader.core.cleaning import clean
from reader.core.metadata import Hints

_TITLE = "試用手記：一部摺疊單車的三個月"
_PROSE = [
    "去年冬天開始踩單車返工，由屋企到公司大約七公里，原本的單車太重，上落地鐵好辛苦，於是換咗一部摺疊車。",
    "揀之前睇咗好多網上評測，最後揀咗呢部，因為佢摺埋之後可以好似行李箱咁拖住行，唔使成部揹上身。",
    "第一個月最唔習慣係轉彎，細轆嘅單車好靈敏，稍為郁一郁車頭就會偏，要慢慢先捉到感覺。",
    "三個月之後，我已經唔再搭巴士返工，每日慳返二十分鐘，體重都跌咗兩公斤。",
]
_BOX = ["規格", "重量", "11.8 公斤", "變速", "Shimano 7 速 拇指撥", "摺疊", "約 15 秒", "售價", "HK$6,480"]


def _kept(lines: list[str]) -> list[str]:
    text = "\n".join(["首頁", "評測", "單車", _TITLE, *lines, "分享", "列印", "© 2028 輪子週記"])
    return [same(p) for p in clean(text, hints=Hints(title=_TITLE)).paragraphs]


def test_a_box_under_its_heading_keeps_a_value_of_spaced_words() -> None:
    kept = _kept([*_PROSE[:2], *_BOX, *_PROSE[2:]])
    assert [line for line in map(same, _BOX) if line not in kept] == []
    assert same(_PROSE[3]) in kept


_NOTICE = [
    "主旨：公告本里舊倉庫清理範圍及期限，請物主於期限內自行搬離物品。",
    "一、清理範圍",
    "範圍：河堤段一號至三號倉庫，共計存放物品四十餘件。",
    "二、無人認領物品清冊",
]
_REGISTER = [
    "編號\t位置\t外觀\t附註",
    "K-03\tA排\t木櫃 兩個\t—",
    "K-11\tA排\t無標示\t—",
    "M-07\tC排\t舊腳踏車\t前輪脫落",
]
_UNDER = "前開物品逾期未經認領者，由本處統一清運處理，並登記備查。"


def test_a_register_between_its_heading_and_a_paragraph_is_the_notices() -> None:
    # (its entries share no word with the notice's prose: the position says whose it is)
    text = "\n".join(["首頁 > 公告", "河堤里舊倉庫清理公告", *_NOTICE, *_REGISTER, _UNDER, "列印 轉寄 回上頁"])
    kept = [same(p) for p in clean(text, hints=Hints(title="河堤里舊倉庫清理公告")).paragraphs]
    assert [row for row in _REGISTER if same(row.replace("\t", " ")) not in kept] == []
    assert same(_UNDER) in kept


_CARD = ["何嘉朗", "輪子週記編輯，專寫單車同城市交通。屋企有三部單車，但係一部都唔肯摺。"]
_SITE_BOX = ["想每星期收到新評測？", "留低電郵，每個星期一早上寄俾你我哋嘅精選文章。"]
_NOTE = "免責聲明：本文內容只屬作者個人使用經驗，不構成任何購買建議。"


def _ending(tail: list[str]) -> list[str]:
    text = "\n".join([_TITLE, *_PROSE, _NOTE, *tail])
    return [same(p) for p in clean(text, hints=Hints(title=_TITLE, author="何嘉朗")).paragraphs]


def test_the_writers_name_card_after_the_body_and_the_box_under_it_go() -> None:
    kept = _ending([*_CARD, *_SITE_BOX])
    assert [line for line in map(same, [*_CARD, *_SITE_BOX]) if line in kept] == []
    assert same(_PROSE[-1]) in kept


def test_a_name_card_with_much_under_it_is_left_to_the_other_rules() -> None:
    # (more than one box under it: no sure end of the page)
    more = ["第二部分", *_PROSE]
    kept = _ending([*_CARD, *more])
    assert same(_PROSE[0]) in kept and same(_CARD[1]) in kept


_THREAD = "[经验分享] 阳台种了三年多肉，终于摸清浇水的规律了（多图）"
_POST = [
    "三年前搬家，朋友送了两盆多肉，当时完全不懂，一个月就养死了一盆。后来慢慢摸索，现在阳台上已经有四十多盆。",
    "最重要的一条：宁干勿湿。夏天高温的时候多肉休眠，基本不浇水，等秋天凉下来再慢慢恢复。",
    "有问题欢迎问，我知道的都说。",
]


def test_a_tagged_thread_title_wins_over_the_posters_rank_under_the_stats() -> None:
    head = ["云溪论坛", "首页　云溪生活　花草园艺　二手市场", "查看: 2210 | 回复: 18", _THREAD]
    poster = ["楼主", "多肉阿姨", "主题 8　帖子 214　积分 655", "高级会员", "发表于 2028-4-2 20:31 | 只看该作者"]
    cleaned = clean("\n".join([*head, *poster, *_POST]))
    assert cleaned.metadata.title == _THREAD
    assert "高级会员" not in cleaned.paragraphs


def test_the_sites_commission_note_right_under_the_deck_goes() -> None:
    deck = "細轆摺疊車，真係啱返工族？"
    note = "本文部分連結為推廣連結，讀者經連結購買，本站或會收取佣金，但不影響評測結果。"
    text = "\n".join([_TITLE, deck, note, *_PROSE])
    kept = [same(p) for p in clean(text, hints=Hints(title=_TITLE)).paragraphs]
    assert same(note) not in kept
    assert same(_PROSE[0]) in kept


def test_a_posters_stats_row_is_three_counts_after_their_words_and_a_comma_run_is_none() -> None:
    from reader.core.title_shapes import is_stats_row

    assert is_stats_row("主题 12\u3000帖子 1,386\u3000积分 1093")
    assert not is_stats_row("主题 12\u3000共计")
    # (numbers parted by commas: a comma is no label, so this fails at once; when a label could
    # be a comma the pattern tried every split, 2 ** 30 of them here)
    assert not is_stats_row("第" + ",".join(str(i) for i in range(1, 31)) + "期合订本共计30")
