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


_SIGN_UP = [
    "某某縣動物保護防疫所",
    "首頁 > 最新消息 > 活動訊息",
    "116年度犬貓免費絕育巡迴活動",
    "發布單位：保護教育科　發布日期：116-03-02",
    "為提升家犬貓絕育率，本所今年度再度辦理犬貓免費絕育巡迴活動，每場次名額有限，歡迎飼主踴躍報名。",
    "報名方式：",
    "一、電話預約：05-266-1234 轉 21（週一至週五 8:00–17:00）",
    "二、線上報名：請至本所網站「線上申辦」專區填寫表單。",
    "參加須知：",
    "1. 犬貓須年滿4個月、體重2公斤以上，且未懷孕。",
    "2. 術前8小時禁食、4小時禁水。",
    "完成絕育之犬貓，另免費施打狂犬病疫苗一劑。",
]


def test_a_numbered_step_that_gives_a_phone_number_stays() -> None:
    # (一、 under the list's lead-in, 二、 kept under it: an item of the article's list)
    kept = kept_set("\n".join(_SIGN_UP))
    assert same(_SIGN_UP[6]) in kept and same(_SIGN_UP[7]) in kept


def test_a_contact_row_no_numbered_sibling_follows_still_goes() -> None:
    # (the same row with no 二、 under it, junk after it: the site's contact row)
    page = [*_SIGN_UP[:6], "一、電話預約：05-266-1234 轉 21（週一至週五 8:00–17:00）", "© 2027 某某縣動物保護防疫所"]
    assert same(page[6]) not in kept_set("\n".join(page))


_OFFICE_TAIL = [
    "附件下載：116年度絕育活動報名表.odt　116年度絕育活動報名表.pdf",
    "相關連結：寵物登記線上申辦",
    "友善列印　回上一頁",
    "【個人資料保護聲明】本所為辦理犬貓絕育活動之需要，蒐集您的姓名、電話、地址及寵物晶片號碼等個人資料，僅於本活動及相關行政業務範圍內處理及利用，不會提供予第三人。",
    "地址：60000 某某縣某某鎮某某路150號　電話：05-266-1234",
    "服務時間：週一至週五 08:00–12:00、13:30–17:30",
    "建議使用 Chrome、Edge、Firefox 最新版本瀏覽器",
]


def test_the_office_rows_around_its_long_notice_at_the_end_go() -> None:
    # (rows with no sentence end the page under the notice: the site's; so do the few rows over it, under junk)
    kept = kept_set("\n".join([*_SIGN_UP, *_OFFICE_TAIL]))
    assert same(_SIGN_UP[-1]) in kept and same(_SIGN_UP[7]) in kept
    for line in _OFFICE_TAIL:
        assert same(line) not in kept


def test_the_article_ending_in_a_sentence_under_a_notice_stays() -> None:
    # (a sentence at the end: the article goes on under the notice)
    page = [*_SIGN_UP, *_OFFICE_TAIL[3:6], "如有疑問，歡迎來電洽詢本所保護教育科。"]
    kept = kept_set("\n".join(page))
    assert same(page[-1]) in kept and same(page[-2]) in kept
