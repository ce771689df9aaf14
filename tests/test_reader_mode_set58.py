"""Reader mode on the shapes the fifty-eighth held-out set showed: a
notice's accounts with rows of an item and its cost set apart by spaces, a
※ note between its numbered sections, a signature that names the issuing
body, the signer and 謹啟 on one line over a date of the Republic's calendar,
and an anti-fraud notice under a label in brackets below the attachment."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.field_rows import field_row
from reader.core.folding import fold
from reader.core.line_features import is_menu
from reader.core.tail_prose import SIGN_OFF_DATE

_REPORT = [
    "首頁｜社區簡介｜活動花絮｜公告事項｜聯絡我們",
    "社區活動中心屋頂修繕經費收支報告",
    "公告日期：民國115年9月3日　發布單位：竹林社區發展協會",
    "各位社區居民大家好：",
    "本會於今年七月完成活動中心屋頂修繕，感謝各方熱心捐助，依章程將本次收支公告如下，請大家不吝指教。",
    "一、經費支出",
    "鋼構浪板更換　新臺幣 326,000 元",
    "天溝清理修補　新臺幣 48,500 元",
    "工程雜支　新臺幣 9,200 元",
    "二、捐款芳名",
    "竹林里 陳姓宗親會　50,000",
    "竹林里 林阿滿　20,000",
    "※其餘捐款明細已張貼於活動中心公布欄，歡迎居民前往查閱。",
    "三、後續計畫",
    "明年預計整修活動中心廁所及無障礙坡道，經費尚待籌措，屆時將另行公告，懇請大家持續支持。",
    "竹林社區發展協會　理事長 鄭國雄　謹啟",
    "中華民國一一五年九月三日",
    "分享到：Facebook｜LINE｜列印",
    "瀏覽人數：3,218",
    "Copyright © 2026 All rights reserved",
]


def test_rows_of_an_item_and_its_cost_are_no_menu() -> None:
    # (four words apart by spaces, the last an amount and its 元: what an item cost)
    assert not is_menu("鋼構浪板更換　新臺幣 326,000 元")
    assert not is_menu("理事會　理事長 鄭國雄　謹啟")
    assert is_menu("首頁 社區簡介 活動花絮 聯絡我們")
    kept = kept_set("\n".join(_REPORT))
    assert {same(line) for line in _REPORT[6:9]} <= kept


def test_a_note_between_the_numbered_sections_is_the_reports() -> None:
    kept = kept_set("\n".join(_REPORT))
    assert same(_REPORT[12]) in kept and same(_REPORT[13]) in kept
    # (a ※ note with no section of the article under it is still the page's)
    tail = [*_REPORT[:15], "※本網站內容僅供社區居民參考，轉載請註明出處。", *_REPORT[17:]]
    assert same(tail[15]) not in kept_set("\n".join(tail))


def test_a_closed_signature_with_its_body_first_and_a_republic_date_stay() -> None:
    cleaned = clean("\n".join(_REPORT))
    kept = {same(p) for p in cleaned.paragraphs}
    assert same(_REPORT[15]) in kept and same(_REPORT[16]) in kept
    assert same(_REPORT[17]) not in kept and same(_REPORT[19]) not in kept
    meta = cleaned.metadata
    # (the body the page names twice, as the issuing unit and over the signer, is the source)
    assert (meta.author, meta.source, meta.date) == ("鄭國雄", "竹林社區發展協會", "民國115年9月3日")
    assert ("理事長", "鄭國雄") in meta.credits
    # (a body named only on the signature's line is no source)
    lines = [*_REPORT[:2], "公告日期：民國115年9月3日", *_REPORT[3:19]]
    assert clean("\n".join(lines)).metadata.source is None


def test_dates_of_the_republic_as_a_sign_off_and_as_a_field() -> None:
    assert SIGN_OFF_DATE.fullmatch("中華民國一一五年九月三日")
    assert SIGN_OFF_DATE.fullmatch("民國115年9月3日")
    assert SIGN_OFF_DATE.fullmatch("中华民国一百一十五年九月三日")
    assert not SIGN_OFF_DATE.fullmatch("民國一年")
    line = "公告日期：民國115年9月3日　發布單位：總幹事室"
    row = field_row(line, fold(line))
    assert row is not None and row.date == "民國115年9月3日"


_MOVE_OUT = [
    "关于暑期宿舍维修期间临时调宿的通知",
    "各位留校同学：",
    "为做好暑期宿舍维修工作，7月10日起东区三号楼将全面停用，留校同学请按以下安排办理临时调宿手续。",
    "请于7月8日前到楼栋值班室登记，领取新宿舍钥匙后方可搬入，原宿舍物品须全部清空。",
    "后勤服务中心",
    "2027年7月1日",
    "附件：暑期临时调宿登记表.docx",
    "【安全提醒】近期有人冒充后勤人员上门收取“调宿费”。学校从未委托个人收取任何费用，如遇此类情况请立即报警或联系保卫处。",
    "上一条：关于开展宿舍安全大检查的通知",
    "下一条：后勤服务中心暑期值班安排",
]


def test_a_bracket_labelled_notice_under_the_attachment_goes() -> None:
    kept = kept_set("\n".join(_MOVE_OUT))
    assert same(_MOVE_OUT[3]) in kept
    assert same(_MOVE_OUT[7]) not in kept
    # (amid the notice, under its first paragraph, it is the notice's own reminder: it stays)
    lines = [*_MOVE_OUT[:3], _MOVE_OUT[7], *_MOVE_OUT[3:7], *_MOVE_OUT[8:]]
    assert same(_MOVE_OUT[7]) in kept_set("\n".join(lines))
