"""Line shapes that speak for or against a headline, on any site.

Against: a navigation path (a location prompt before it, or steps joined by
``>>``, ``»``, ``›``), a promo row (two items set apart by a wide gap, one a
call to action: 购票请认准官方渠道　客户端下载), a notice that gives a
number to call or pay to (網上奉獻 FPS 轉數快：1234567). For: an official
notice's headline (关于…的公告/通知/通告), an issue line with its date
(主日週刊　第2148期（2025年11月30日）), the bulletin's title when nothing
better is there.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.han import HAN
from reader.core.line_features import _CHEVRON_END, CHEVRONS
from reader.core.wide_gaps import WIDE_GAP

# A location prompt: a short label ending in a colon (您现在的位置：, 当前位置：).
_PROMPT: Final = r"[^\s:：]{1,8}[:：]\s*"
_STEP: Final = r"[^\s>»›＞→]{1,12}"
_SEP: Final = r"\s*(?:>{1,2}|»|›|＞{1,2}|→)\s*"
_PATH: Final = re.compile(rf"^(?P<prompt>{_PROMPT})?{_STEP}(?P<seps>(?:{_SEP}{_STEP})+)$")
_STRONG_SEP: Final = re.compile(r">>|»|›|＞|→|\s>\s")


def ends_in_button(line: str) -> bool:
    """Ends in a link's chevron (…查看好友星座合盘 >>): a button's call, whatever phrase judged it first."""
    return line[-1:] in CHEVRONS and _CHEVRON_END.search(line) is not None


def is_navigation_path(text: str) -> bool:
    """A breadcrumb by its shape: short steps joined by ``>``-like
    separators, led by a location prompt (您现在的位置：首页 >> 院内动态),
    joined by an unmistakable separator (``>>``, ``»``, `` > ``), or with
    two separators or more (首页>新闻>本地)."""
    m = _PATH.match(text.strip())
    if m is None:
        return False
    seps = m.group("seps")
    return bool(m.group("prompt")) or bool(_STRONG_SEP.search(seps)) or len(re.findall(_SEP, seps)) >= 2


# Words of a call to action: download, look for the official, follow, scan, click.
ACTION: Final = re.compile(
    r"下载|下載|认准|認準|关注|關注|扫码|掃碼|扫一扫|掃一掃|点击|點擊|立即|订阅|訂閱|领取|領取|打开|打開"
)


# An ad's label as the first item of a row (广告　双十二家电节 至高立减500元).
_AD_LABEL: Final = re.compile(r"^(?:广告|廣告|推广|推廣|赞助|贊助|AD|Ad|Sponsored)$")


def is_promo_row(text: str) -> bool:
    """Two items set apart by a wide gap, one of them a call to action
    (购票请认准铁路官方渠道　12306手机客户端下载) or the first an ad's label
    (广告　双十二家电节): a promo row, no headline."""
    if "\u3000" not in text and "  " not in text:
        return False
    parts = [p for p in WIDE_GAP.split(text.strip()) if p]
    return len(parts) == 2 and (any(ACTION.search(p) for p in parts) or bool(_AD_LABEL.match(parts[0])))


# A price or an order's threshold: 满99元, ¥88, 99元
_PRICE: Final = re.compile(r"\d\s*[元圓]|[¥￥]\s*\d|[满滿]\s*\d")
_BAR: Final = re.compile(r"\s*[｜|]\s*")


def is_price_banner(text: str) -> bool:
    """A shop's banner: short parts joined by a bar, one of them a price or an
    order's threshold (免运费｜满99元包邮（新疆、西藏除外）): no headline."""
    if "｜" not in text and "|" not in text:
        return False
    parts = _BAR.split(text)
    # (a part with a clause is a headline's: 双十一｜满300元减50，消费者算不清账)
    short = all(len(p) <= _BANNER_PART and "，" not in p and "," not in p for p in parts)
    return 2 <= len(parts) <= 3 and short and any(map(_PRICE.search, parts))


_BANNER_PART: Final = 20


# A row of three short items or more between pipes, slashes or dots with
# spaces (登录 | 注册 | 繁體 | English): a menu.
_MENU_SEP: Final = re.compile(r"\s*[|｜]\s*|\s+[/·•]\s+")
_MENU_SEP_MARK: Final = re.compile(r"[|｜/·•]")  # (every separator has one)
# A label and a row of short words (热门搜索：年终奖 个税 社保): tags, searches.
_WORD_ROW: Final = re.compile(r"^[^\s:：]{2,6}[:：]\s*\S{1,8}(?:\s+\S{1,8}){2,}$")
# Two bracketed labels or more, each with its item (【滚动】…　【滚动】…): a ticker.
# The marks one of these shapes needs: a separator, a colon, a bracket, an arrow.
FURNITURE_MARK: Final = re.compile(r"[>»›＞→|｜/·•:：【<＜‹←«]")
# A back link led by its arrow (＜返回　城事频道, ← 上一页).
_BACK: Final = re.compile(r"^[<＜‹←«]")
_TICKER: Final = re.compile(r"(?:【[^】]{1,6}】[^【]{2,}){2,}")


def is_page_furniture(text: str) -> bool:
    """A line that is the page's, not the story's, by its shape alone: a
    breadcrumb, a menu row, a label over a row of keywords, a ticker, a
    back link led by its arrow. It
    is no headline, and it stands between a headline and its byline as a
    junk line does."""
    text = text.strip()
    if not FURNITURE_MARK.search(text):  # (most lines: none of their marks)
        return False
    if is_navigation_path(text) or _WORD_ROW.match(text) or _BACK.match(text):
        return True
    # (the ticker's bracket scanned for first: its pattern has no literal start, and its search tries every position)
    if "【" in text and _TICKER.search(text):
        return True
    if not _MENU_SEP_MARK.search(text):
        return False  # (no separator: one item; a plain scan, where the split tries every position)
    items = _MENU_SEP.split(text)
    return len(items) >= 3 and all(0 < len(item) <= 8 for item in items)


# A full date with its weekday (2025年11月30日 星期日): the page's date widget.
_WEEKDAY: Final = re.compile(r"(?:星期|禮拜|礼拜|周|週)[一二三四五六日天]")


def is_date_widget(text: str) -> bool:
    """Today's date with its weekday: the page's widget, not a headline."""
    return bool(_WEEKDAY.search(text) and _FULL_DATE.search(text))


# A blog's date header: the date and its weekday alone (2026年11月26日星期四), over the post it heads.
_DATE_HEADER: Final = re.compile(
    r"\d{4}\s*(?:年|[-/.])\s*\d{1,2}\s*(?:月|[-/.])\s*\d{1,2}\s*日?\s*[(（]?(?:星期|禮拜|礼拜|周|週)[一二三四五六日天][)）]?"
)


def is_date_header(text: str) -> bool:
    return text[-1:] in "一二三四五六日天)）" and _DATE_HEADER.fullmatch(text.strip()) is not None


# A label and a number of six digits or more (an account, a phone, a code), perhaps led by a code's letters:
# 轉數快：1234567, 热线：0871-6602 3388, a periodical's serial number 国内统一连续出版物号：CN33-0094.
_NUMBER_FIELD: Final = re.compile(r"[:：]\s*(?:[A-Z]{1,4}\s?)?\+?\d[\d\s-]{4,}\d(?=\s|$)")


# A telephone's sign before a number (☎ 6123 4567, 📞 +65 …): a number to call.
_CALL_SIGN: Final = re.compile(r"[\u260e\u260f\U0001f4de]\s*\+?\d")


# A periodical's registration (ISSN 1002-1234, CN 11-2345/G4, 国内统一连续出版物号):
# its masthead, never a headline; the line under it is the periodical's name.
_REGISTRATION: Final = re.compile(
    r"ISSN\s*[:：]?\s*\d{4}-?\d{3}[\dXx]|CN\s*[:：]?\s*\d{2}-\d{4}|连续出版物号|連續出版物號"
)


def is_registration(text: str) -> bool:
    """ISSN 1002-1234　CN 11-2345/G4: a periodical's registration numbers."""
    return _REGISTRATION.search(text) is not None


def gives_number(text: str) -> bool:
    """A line that gives a number to call, pay to or type in, a
    registration's serial, or a handle to follow in a row of channels
    (WhatsApp 9128 6630　｜　IG @studio.hk): a notice or a masthead, never a headline."""
    m = _NUMBER_FIELD.search(text)
    if m is not None and sum(ch.isdigit() for ch in m.group(0)) >= 6:
        return True
    return "@" in text and _CHANNEL_HANDLE.search(text) is not None


# A handle after a row's bar, perhaps after the channel's short name: ｜ IG @studio.hk
_CHANNEL_HANDLE: Final = re.compile(r"[|｜]\s*(?:[A-Za-z]{1,9}\s?)?@[A-Za-z0-9_.]{3,}")


_HAN: Final = HAN
_DIGIT: Final = re.compile(r"\d")
_SPACE: Final = re.compile(r"\s")


def is_figure_line(text: str) -> bool:
    """A line that is mostly one figure, with a few words (已募得 NT$ 1,284,600,
    累计访问 3,204,118): a counter or an amount, never a headline."""
    digits = len(_DIGIT.findall(text))
    if digits < 4:
        return False
    chars = len(text) - len(_SPACE.findall(text))
    return digits * 5 >= chars * 2 and len(_HAN.findall(text)) <= 4


# A search box: an input's placeholder (请输入…) or a row that ends in its button.
# A button's words in English, then in Chinese: Join Us 入會申請, Donate Now 立即捐款
BUTTON: Final = re.compile(r"^[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}\s+[\u3400-\u9fff]{2,6}$")
# A field whose value is a code, never the page's headline: 通告編號：HX-N-2026-041, 索引号：11361130MB1742X-/2026-0412
FIELD_CODE: Final = re.compile(r"^[^\s:：]{1,8}[:：]\s*(?=[A-Za-z0-9/_.-]*\d)[A-Za-z0-9/_.-]+$")
_SEARCH_BOX: Final = re.compile(r"请输入|請輸入|(?:\u3000|\s)(?:搜索|搜尋|查询|查詢|Search|GO)$", re.IGNORECASE)
# (what a search box's line has: its prompt's 输入 or the last character of its button's word (or a newline,
# before which $ matches); asked first, the search tries every position: ~1.4 µs a candidate)
_SEARCH_LAST: Final = "索尋询詢hHoO\n"


def is_search_box(text: str) -> bool:
    """请输入书名/作者/ISBN　搜索: a search box, never a headline."""
    return bool(_SEARCH_BOX.search(text.strip()))


# A row of buttons: two to four words set apart by wide gaps, no punctuation or figure (接受全部　仅必要Cookie)
_BUTTON_WORD: Final = re.compile(r"[^\s\d\W]{1,8}|[^\s\d\W]{1,6}[A-Za-z]{1,8}")


def is_button_row(text: str) -> bool:
    """接受全部　仅必要Cookie: a control's words, as under a cookie notice."""
    if "\u3000" not in text and "  " not in text:
        return False
    parts = WIDE_GAP.split(text.strip())
    return 2 <= len(parts) <= 4 and all(_BUTTON_WORD.fullmatch(p) for p in parts)


# An official notice's headline: 关于…的公告, 關於…的通知.
_NOTICE_HEADLINE: Final = re.compile(
    r"^(?:关于|關於).{4,}的(?:公告|通知|通告|决定|決定|意见|意見|批复|批覆|通报|通報|公示|函)$"
)


def is_notice_headline(text: str) -> bool:
    """关于…的公告/通知/通告: the headline of an official notice, even with a
    date inside it (关于2025年12月10日起调整…的公告)."""
    return bool(_NOTICE_HEADLINE.match(text.strip()))


# An issue line: 第2148期 with a date (主日週刊　第2148期（2025年11月30日）).
_ISSUE: Final = re.compile(r"第\s*\d+\s*[期号號]")
_FULL_DATE: Final = re.compile(r"\d{4}\s*(?:年|[-/.])\s*\d{1,2}\s*(?:月|[-/.])\s*\d{1,2}")
# (an issue's date may be its month alone, 周刊第128期｜2025年11月, or its year before the number: 2029年第6期)
_ISSUE_DATE: Final = re.compile(r"\d{4}\s*(?:年|[-/.])\s*(?:\d{1,2}|第)")


# An issue's numbers and nothing else: 2026年第23期（总第187期）, 第5卷第3期; or with the day it came out
# after a bar, in any era's years (第93期｜民國118年9月1日出刊)
_BARE_ISSUE: Final = re.compile(
    r"(?:\d{4}\s*年\s*)?(?:第\s*\d+\s*[期号號卷]\s*|[（(]\s*[总總]?第\s*\d+\s*[期号號]\s*[）)]\s*)+"
    r"(?:[｜|/·]\s*(?:民[國国])?\d{2,4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:出刊|出版|[發发]行)?)?"
)


# A column's label and its issue number wholly in brackets: 【阿拉宁波话·第37期】, [乡音·第5期]
_BRACKETED_ISSUE: Final = re.compile(r"[【\[［][^】\]］]{0,16}第\s*\d+\s*[期号號講讲][】\]］]")


def is_issue_line(text: str) -> bool:
    """A periodical's issue number with its date: a bulletin's title when
    nothing better is there."""
    return bool(_ISSUE.search(text) and _ISSUE_DATE.search(text))


# A year's numerals in Han characters (二〇二九), and what may follow a year's 年 before a month's 月
_HAN_DIGITS: Final = "〇零一二三四五六七八九"
_MONTH_DIGITS: Final = frozenset("0123456789" + _HAN_DIGITS + "十")
_YEAR_LINE: Final = 20  # (a dated name of what the page reports: short, no clause)


def is_year_led_name(text: str) -> bool:
    """A short line that opens with a year and names the event the page
    reports, with no clause and no month (二〇二九年清明集体祭祖记,
    2029年度会员大会纪要): the standfirst under a headline, over its byline.
    (String tests: a pattern's compile costs every start.)"""
    if len(text) > _YEAR_LINE or text[:1] not in "12一二" or text[4:5] != "年":
        return False
    year = text[:4]
    if not (year[:2] in ("19", "20") and year.isdigit()) and not (
        year[1] in "〇零九" and all(c in _HAN_DIGITS for c in year)
    ):
        return False
    rest = text[6:] if text[5:6] == "度" else text[5:]
    k = next((n for n, c in enumerate(rest) if c not in _MONTH_DIGITS), len(rest))
    return not (k and rest[k : k + 1] == "月") and not any(c in text for c in "，,；;。：:！？!?（(")


# A document's code alone: a series' letters, a number, perhaps a year (GB/T 46791—2026, ISO 9001:2015,
# DB33/T 1234-2021): it names the document on the line over its title, never a headline itself.
_DOC_CODE: Final = re.compile(r"[A-Z]{1,5}(?:/[A-Z]{1,3})?\s?\d+(?:\.\d+)*(?:\s?[—–:：-]\s?\d{4})?")
# A newspaper's page label (第03版, 第3版：要闻, A03版, 第A05版): the e-paper's
# page selector, never a headline and never a source.
_PAGE_LABEL: Final = re.compile(r"^(?:第\s*[A-Za-z]?\s*[0-9０-９]{1,3}\s*版|[A-Za-z][0-9]{1,2}\s*版)(?:$|\s*[:：])")


def is_page_label(text: str) -> bool:
    """第03版：乡村振兴: a newspaper page's label."""
    return bool(_PAGE_LABEL.match(text.strip()))


# A label and its options set apart by wide gaps (規格：半磅（227g）　一磅（454g）, 尺码：S　M　L): no headline.
# (a clock's 09:10 is no label: a timetable's row, 09:10　大坝　集合)
_OPTION_LABEL: Final = re.compile(r"^(?!\d{1,2}:\d)[^\s:：，。,]{1,4}[:：]\s*")
_OPTION: Final = 12
_OPTION_PUNCT: Final = re.compile(r"[，,。！？!?；;：:]")


def is_option_row(text: str) -> bool:
    """規格：半磅（227g）　一磅（454g）: a label over two options or more."""
    m = _OPTION_LABEL.match(text)
    if m is None:
        return False
    options = [p for p in WIDE_GAP.split(text[m.end() :].strip()) if p]
    # (a gap inside brackets parts no options: 参加人数：23人（男19　女4） is one value)
    return len(options) >= 2 and all(
        len(p) <= _OPTION
        and not _OPTION_PUNCT.search(p)
        and p.count("（") + p.count("(") == p.count("）") + p.count(")")
        for p in options
    )


# A reading-time note: 本文约3200字，阅读需要8分钟, 阅读时长 5 分钟, 預計閱讀時間 6 分鐘
_READING_TIME: Final = re.compile(r"(?:阅读|閱讀)\S{0,4}\s*\d+\s*(?:分钟|分鐘)|本文(?:约|約|共)?\s*\d+\s*字")


def is_reading_time(text: str) -> bool:
    """A reading-time note (本文约 1800 字，阅读需要 5 分钟): the page's widget, no headline or body."""
    return _READING_TIME.search(text) is not None


def shape_points(text: str) -> float:
    """The points these shapes give a headline candidate, in one call (it is
    asked of every candidate of every page): a promo row, a search box, a
    number to call or pay to -6; a line that is mostly one figure, today's
    date with its weekday -4; an issue line -2 (it names the issue, not the
    story: the title only when nothing better is there); an official
    notice's headline +4; a newspaper page's label (第03版：乡村振兴), a
    label over its options (規格：半磅　一磅) -6."""
    points = 0.0
    if "\u3000" in text or "  " in text:
        points -= 6 if is_promo_row(text) else 0  # 购票请认准官方渠道　客户端下载
        points -= 6 if is_option_row(text) else 0  # 規格：半磅（227g）　一磅（454g）
    if (text[-1:] in _SEARCH_LAST or "输入" in text or "輸入" in text) and _SEARCH_BOX.search(text):
        points -= 6  # 请输入书名/作者　搜索
    if _DIGIT.search(text):
        points -= 6 if gives_number(text) or _REGISTRATION.search(text) else 0  # 轉數快：1234567, ISSN 1002-1234
        points -= 6 if _CALL_SIGN.search(text) else 0  # a call's button: 预约免费咨询 ☎ 6123 4567
        points -= 4 if is_figure_line(text) else 0  # 已募得 NT$ 1,284,600
        points -= 4 if is_date_widget(text) else 0  # 2025年11月30日 星期日
        points -= 2 if is_issue_line(text) else 0  # 主日週刊　第2148期（2025年11月30日）
        points -= 6 if _BARE_ISSUE.fullmatch(text) else 0  # numbers only, no words: 2026年第23期（总第187期）
        # a column's name and issue in brackets over the headline: 【阿拉宁波话·第37期】
        points -= 6 if text[:1] in "【[［" and _BRACKETED_ISSUE.fullmatch(text) else 0
        points -= 6 if _READING_TIME.search(text) else 0  # 本文约3200字，阅读需要8分钟
        points -= 6 if _PAGE_LABEL.match(text) else 0  # 第03版：乡村振兴
        points -= 6 if _DOC_CODE.fullmatch(text) else 0  # GB/T 46791—2026
    if text.startswith(("关于", "關於")) and is_notice_headline(text):
        points += 4  # 关于…的公告/通知
    return points


# A thread's title led by its tag: [科学作业] 陪女儿养了四十天蚕，…（多图）
_TAGGED: Final = re.compile(r"[\[【][^\]】\s]{2,6}[\]】]\s*\S")
_TAGGED_LEN: Final = 16


def tagged_headline(text: str) -> bool:
    """A line that opens with a tag in brackets and runs a sentence long is
    a thread's title even when its bracket at the end ((多图), a post's mark)
    made it go as a caption: a caption is led by no tag."""
    return len(text) >= _TAGGED_LEN and _TAGGED.match(text) is not None


# A row of counts, each after its word: a poster's stats (主题 12　帖子 386　积分 1093)
_STATS: Final = re.compile(r"(?:[^\s\d,:：]{1,4}\s*[:：]?\s*\d[\d,]*\s*){3,}")  # (no comma in a label: one parse)
RANK: Final = 6  # (a poster's rank is a short label: 中级会员)


def is_stats_row(text: str) -> bool:
    """A poster's stats: three counts or more, each after its word."""
    return text[-1:].isdigit() and _STATS.fullmatch(text) is not None


__all__ = [
    "ACTION",
    "BUTTON",
    "FIELD_CODE",
    "FURNITURE_MARK",
    "RANK",
    "ends_in_button",
    "gives_number",
    "is_button_row",
    "is_date_header",
    "is_date_widget",
    "is_figure_line",
    "is_issue_line",
    "is_navigation_path",
    "is_notice_headline",
    "is_option_row",
    "is_page_furniture",
    "is_page_label",
    "is_price_banner",
    "is_promo_row",
    "is_registration",
    "is_search_box",
    "is_stats_row",
    "is_year_led_name",
    "shape_points",
    "tagged_headline",
]
