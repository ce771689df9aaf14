"""Word tables of page furniture that is more than one line's shape: an
image's caption (how it begins or ends), a share bar's words, the header
that opens a block of other articles' headlines. Patterns see folded lines
(Simplified, lowercase, half-width; see ``reader.core.folding.fold``).
"""

from __future__ import annotations

import re
from typing import Final

# Captions, by how they end or begin: （圖／市府提供）, 资料图：…, a Markdown image.
CAPTION_END: Final = re.compile(
    r"[(（][^()（）]{0,24}(?:提供|资料照|档案照|摄|摄影[组队部社]?|图|图片|照片|相片|photo)[)）]$|(?:提供图片|提供照片|供图)$"
    # a sentence, then who took the picture: …瞬间。（摄影/许文昊）, …记录。摄影：曹一苇
    r"|[。.]\s*[*_]*\s*[(（]?\s*(?:摄影|摄|图|图片|照片|相片|图文)\s*[/／:：|｜]\s*[^()（）。/／]{1,12}[)）]?[*_]*$"
)
# A caption that ends in its photographer, set apart from the words, then 摄
# (…座钟。 晚报记者 殷佳琪 摄, …合影 新华社记者 王明 摄, …中心。记者王小明／摄影);
# tried on lines ending in 摄 only.
CAPTION_CREDIT_END: Final = re.compile(
    r"(?:[。.]|\s)\s*(?:[\u3400-\u9fff]{0,6}(?:记者|通讯员|实习生)\s*)?[\u3400-\u9fff·]{2,4}"
    r"(?:\s*[/／]\s*|\s+)(?:摄影|摄)[*_]*$"
)
CAPTION_START: Final = (
    "资料图",
    "资料照",
    "图:",
    "图：",
    "图/",
    "图／",
    "图|",
    "图片:",
    "图片：",
    "配图",
    # (a picture described: 图为1956年粮票申领单（馆藏档案）)
    "图为",
    # (the labels that say the line explains the picture, folded: 照片说明：宗亲们在墓碑前合影, 圖說：…)
    "照片说明:",
    "相片说明:",
    "图片说明:",
    "图说:",
    "![",
    # a caption in brackets, and a video's or picture's placeholder: （图片说明：…）, [影片] …
    "(图",
    # (not (摄影：…): that is the photographer's credit, perhaps with the editor's)
    "(相片:",
    "(照片:",
    "[视频]",
    "[影片]",
    "[video]",
    "[图片]",
    # (a picture's label over its caption: 【图】雾里村的早晨, [图] …)
    "【图】",
    "【图片】",
    # (the same label for a photo, a map, a diagram: 【相片】…, 【地图】…, 【图解】…)
    "【相片】",
    "【照片】",
    "【地图】",
    "【图解】",
    "[图]",
    "[相片]",
    "[照片]",
    "【视频】",
    # a video's label, led by a play mark or labelled: ▶ 视频：赛后新闻发布会全程
    "▶",
    "►",
    "▷",
    "视频：",
    "视频:",
    "【影片】",
    # an arrow up to the picture above: ▲ 会长与得奖会员子女合影。
    "▲",
    "△",
    "↑",
)

# Words of a share bar: a line made only of these is one.
SHARE_WORDS: Final = frozenset(
    [
        "分享",
        "分享到",
        "分享至",
        "微信",
        "朋友圈",
        "微博",
        "新浪微博",
        "qq",
        "qq空间",
        "豆瓣",
        "知乎",
        "facebook",
        "twitter",
        "whatsapp",
        "telegram",
        "x",
        "linkedin",
        "复制链接",
        "复制连结",
        "收藏",
        "点赞",
        "转发",
        "打印",
        "列印",
        "email",
        "share",
        "tweet",
        "举报",
        "检举",
        "在看",
        "赞",
        "line",
        "whatsapp",
        "telegram",
        "微信好友",
        "复制网址",
        "回复",
        "引言回复",
        "分享此文",
        "分享本文",
        "listen",
        "收听",
        "播放",
        "引用",
        "只看楼主",
        "评论",
        "反馈",
        "收起",
        "展开",
        "只看该作者",
        "instagram",
        "threads",
        "reddit",
        "pinterest",
        "电邮",
        "邮件",
        "电子邮件",
        "whatsapp分享",
        "列印",
        "字号",
        "友善列印",
        "友善打印",
        "列印本页",
        "打印本页",
    ]
)
# What a line can start with when its first word is a share word or the bar's label (分享…：), or a
# separator before that word (junk_rule's _SHARE_FIRST skips those): most lines start with none.
_SHARE_LEADS: Final = frozenset({word[0] for word in SHARE_WORDS} | set("分|·/、:：,，\u200b"))


def may_lead_share(folded: str) -> bool:
    """Whether ``folded``'s first word may be a share word or the label 分享…, by its first character."""
    return folded[:1] in _SHARE_LEADS or folded[:1].isspace()


# A header that opens a block of other articles' headlines.
RELATED_HEADER: Final = re.compile(
    # (a page's, a line's or a column's other pieces: 本版其他文章, 本線其他紀錄)
    # (and a shop's or a hotel's: 该酒店其他点评, 此商品相关推荐)
    r"^[\s【\[「『<《#*▼▲-]*(?:本[版线栏刊期]|[该此]\S{1,3}?)?(?:相关|相關|延伸|推荐|推薦|热门|熱門|热点|熱點|猜你|你可能|更多|往期|精彩|最新|其他|近期|同类|同類|相似|类似|類似|"
    # (a shop's: 看過此商品的人也看了, 买了此商品的人还买了)
    r"看过|买过|买了|大家都在|"
    r"related|recommended|more|read more|popular|you may|you might)"
    r"\S{0,8}[\s】\]」』>》:：▼▲]*$",
    re.IGNORECASE,
)


# A word any line that opens a block after the body has (asked first: most short lines there have none):
# a comments header's (comment_posts' COMMENTS, COMMENT_WORD), an end marker's (tail_passes' END_MARK), a
# related-articles header's (RELATED_HEADER); a floor's or a rule's lead (#2, 2楼, ---) is its first character.
# (asked of the line in lower case, the Latin words without IGNORECASE: with it the search tries every
# position, ~1.4 µs against ~0.2; none of them has an i, an s or a k, whose IGNORECASE forms lower() misses)
_MAY_OPEN: Final = re.compile(
    r"留言|评论|回复|回应|悼言|跟帖|comment|回答|沙发|板凳|地板|回馈|反馈|热议|end|完|待续"
    r"|相关|相關|延伸|推荐|推薦|热门|熱門|热点|熱點|猜你|你可能|更多|往期|精彩|最新|其他|近期|同类|同類|相似|类似|類似"
    r"|看过|买过|买了|大家都在|related|recommended|more|popular|you m"
)
_OPEN_LEADS: Final = "#* -—_"  # (COMMENTS is also asked with its leading #, * and spaces stripped)


def may_open_block(folded: str) -> bool:
    """False where no comments header, end marker or related header can be
    read in ``folded``, whatever the lines around it (tests/test_fast_paths_speed19.py)."""
    lead = folded[:1]
    return lead in _OPEN_LEADS or lead.isdigit() or _MAY_OPEN.search(folded.lower()) is not None


# The header with its links on the same line: 相關連結：議事影音｜會議紀錄查詢
# (the header's words, not a field's label such as 其他：: a spec list may have one)
INLINE_RELATED: Final = re.compile(
    r"(?:相关|延伸|推荐|更多|往期|热门|猜你|你可能|related|more|see also)\S{0,6}\s*[:：]\s*"
    r"[^|。，,！？!?]{1,20}(?:\s*\|\s*[^|。，,！？!?]{1,20})+"
)

# A numbered figure's caption: 图1 …, 图 2：…, Fig. 3 … (a sentence that cites it, 图1显示…, runs on).
_FIGURE_NUMBER: Final = re.compile(r"(?:图|fig\.?|figure) ?\d{1,2}(?:[ :|｜、.]|$)")
FIGURE_FIRST: Final = frozenset("图f")
_CAPTION_FIRSTS: Final = frozenset(label[0] for label in CAPTION_START)


def caption_comma_credit(folded: str) -> bool:
    """A short caption's phrase, then its credit after a comma (冰场上的梁启明,图:杜立行; folded):
    string tests, as a regex costs its compile."""
    rest = folded.rpartition(",")[2].lstrip()
    label = next((w for w in _COMMA_CREDIT_LABELS if rest.startswith(w)), None)
    if label is None or (rest := rest[len(label) :].lstrip())[:1] not in _CREDIT_MARKS:
        return False
    name = rest[1:].strip()
    return 0 < len(name) <= _CREDIT_NAME and not any(c in _NOT_CREDIT for c in name)


_COMMA_CREDIT_LABELS: Final = ("摄影", "摄", "图片", "图")  # (longest first)
_CREDIT_MARKS, _NOT_CREDIT, _CREDIT_NAME = "/／:：|｜", "()（）。,/／", 12


def caption_start(folded: str) -> bool:
    """The line opens as a caption does: a label (资料图, 图：, [图片], ▶ …) or a figure's number."""
    # (the labels' first characters asked first: a tuple's startswith tries every label, and most lines start with none)
    first = folded[:1]
    return (first in _CAPTION_FIRSTS and folded.startswith(CAPTION_START)) or (
        first in FIGURE_FIRST and _FIGURE_NUMBER.match(folded) is not None
    )


# A row of buttons is no longer than this; a button's word no longer than _BUTTON.
BUTTON_ROW: Final = 30
_BUTTON: Final = 5
_PUNCTUATION: Final = re.compile(r"[，。,!?！？；;：:]")


def _uncounted(word: str) -> str:
    """A button's word without its count in brackets: 有用(37) -> 有用, 点赞(1,046) -> 点赞, 赞(1.2万) -> 赞."""
    head, _, count = word[:-1].partition("(")
    return head if count.isdigit() or count.rstrip("万千kw+").replace(",", "").replace(".", "").isdigit() else word


def button_row(folded: str) -> bool:
    """Two to four words of a button's length, the last and half of them or
    more the share bar's (a page's buttons: back, print, share, add to a list);
    a button's count in brackets is no part of its word (有用（37） 回复 举报),
    and an icon with its count is a reaction's button (👍 412　💬 27　分享)."""
    if len(folded) > BUTTON_ROW:
        return False
    if ")" not in folded and folded[:1].isalnum() and folded.rsplit(None, 1)[-1] not in SHARE_WORDS:
        return False  # (no count, no icon first: the words are the line's own, and the last no share word)
    return _button_words(folded)


def _button_words(folded: str) -> bool:
    """button_row's reading of the words (tests/test_fast_paths.py holds the test before it to it)."""
    raw = folded.split()
    words = [_uncounted(w) if w[-1:] == ")" else w for w in raw]
    # (a word with its count in brackets is a reaction's button, last or not: 回覆　引用　赞好(38);
    # _uncounted shortens only a word that has a count)
    counted = sum(1 for w, r in zip(words, raw, strict=True) if w and w != r) if ")" in folded else 0
    last = words[-1] if words else ""
    if not folded[:1].isalnum() and any(w.isdigit() for w in words):  # (an icon first: 👍 412 …)
        words = _icon_counts(words)
    return (
        2 <= len(words) <= 4
        and (words[-1] in SHARE_WORDS or (counted > 0 and last != raw[-1] and last != ""))
        and all(len(w) <= _BUTTON and not _PUNCTUATION.search(w) for w in words)
        and 2 * (sum(w in SHARE_WORDS for w in words) + words.count(_COUNTED) + counted) >= len(words)
    )


_COUNTED: Final = "\x00"  # (an icon and its count: one reaction button)

# A row of calls to act (立即報名　WhatsApp查詢): the first led by "now", the others
# ending in what a button asks for (enquire, sign up, book, buy); a few words, no clause.
CALL_LEADS: Final = ("立即", "马上", "即刻", "点击")
_CALL_ENDS: Final = ("查询", "咨询", "报名", "预约", "预订", "订购", "购买", "下单", "登记", "联络", "联系")
_CALL_WORD: Final = 12


def call_row(folded: str) -> bool:
    """Two or three buttons in a row, each a call to act (folded: 立即报名 whatsapp查询)."""
    words = folded.split()
    return (
        2 <= len(words) <= 3
        and words[0].startswith(CALL_LEADS)
        and all(len(w) <= _CALL_WORD and not _PUNCTUATION.search(w) for w in words)
        and all(w.endswith(_CALL_ENDS) or w.startswith(CALL_LEADS) for w in words[1:])
    )


def _icon_counts(words: list[str]) -> list[str]:
    """``words`` with each icon and the count after it (👍 412, 💬 27) as one button."""
    out: list[str] = []
    for w in words:
        if w.isdigit() and out and out[-1] != _COUNTED and not any(ch.isalnum() for ch in out[-1]):
            out[-1] = _COUNTED
        else:
            out.append(w)
    return out


__all__ = [
    "BUTTON_ROW",
    "CALL_LEADS",
    "CAPTION_CREDIT_END",
    "CAPTION_END",
    "CAPTION_START",
    "FIGURE_FIRST",
    "INLINE_RELATED",
    "RELATED_HEADER",
    "SHARE_WORDS",
    "button_row",
    "call_row",
    "caption_start",
    "may_lead_share",
    "may_open_block",
]
