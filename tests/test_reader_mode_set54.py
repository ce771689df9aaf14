"""Reader mode on the shapes the fifty-fourth held-out set showed: a notice
signed by its organisation, the person signing for it and the date in
Chinese numerals, above the page's junk (the signer is the author); a
numbered step of the notice that gives a phone number; the county office's
rows around its long notice at the page's end."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean

_NOTICE = [
    "某某苑居民協會",
    "Some Court Residents' Association",
    "主頁　會務通告　活動花絮　會員服務　聯絡我們",
    "會務通告",
    "新春揮春活動通告",
    "通告編號：RA/2027/003　發出日期：2027年1月22日",
    "各位居民：",
    "本會將於二月六日（星期六）下午二時至五時，在屋苑平台花園舉辦新春揮春活動，歡迎各位居民參加。",
    "每戶限取揮春兩張，先到先得，派完即止。居民可自選吉祥語，亦可指定字句。",
    "查詢：本會辦事處或致電 2xxx xxxx",
    "某某苑居民協會",
    "主席 陳大文",
    "二〇二七年一月二十二日",
    "附件：活動海報（PDF，1.2MB）",
    "上一則：屋苑年宵小食攤位抽籤結果",
    "本會網頁所載資料只供參考。本會已盡力確保資料準確，但不會就任何錯漏或因使用有關資料而引致的損失承擔責任。如通告內容與屋苑大堂張貼之版本有任何差異，一概以大堂張貼版本為準。",
    "本會辦事處開放時間：星期一至五 晚上7時至9時",
    "© 2027 某某苑居民協會 版權所有",
]


def test_the_person_signing_and_the_date_under_the_organisation_stay() -> None:
    # (the organisation's name, then a title and a name, then the date: the sign-off's own lines)
    kept = kept_set("\n".join(_NOTICE))
    assert same("主席 陳大文") in kept and same("二〇二七年一月二十二日") in kept
    assert same(_NOTICE[16]) not in kept and same(_NOTICE[14]) not in kept


def test_the_person_signing_above_the_junk_is_the_author() -> None:
    # (the signature closed by its date, over the page's junk: as one closed by 謹啟)
    meta = clean("\n".join(_NOTICE)).metadata
    assert meta.author == "陳大文"
    assert ("主席", "陳大文") in meta.credits
