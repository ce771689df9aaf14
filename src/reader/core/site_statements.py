"""The site's own statements at the edges of a page: disclaimers, cookie and privacy notices, copyright and
reprint terms.

Two general signals together: the line names the site or the page itself (本站, 本网, 本报, 本文, 本页, 本公司,
本厂, 平台…) and it disclaims or reserves (仅供参考, 不代表…立场, 不构成, 权利, 转载, 隐私, Cookie, 以…为准, 佣金),
or, on a line of its own that opens with it, vouches for the page (…审核). An article rarely says both of itself;
a site says it of every article. Only near the edges of the page: with at most one paragraph of the article's
prose beyond it.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.folding import fold
from reader.core.footer_lines import SITE_LINE_MAX
from reader.core.junk_rules import Reason
from reader.core.line_features import CHEVRONS, SENTENCE_END, junk_rule
from reader.core.line_passes import Line, is_prose_start, row_cells
from reader.core.listed_rules import amid_listed_rules, names_own_document
from reader.core.review_rows import is_quote, mark_testimonials, rated_quote, under_say_head
from reader.core.signatures import CLOSING_WORDS
from reader.core.site_calls import backs_more, likes_and_shares, signs_up, site_word, tip_line

# (a press release's own word too, 本新闻稿…概不负责; or the page's words as "the above": 以上内容不构成投资建议)
_SELF: Final = re.compile(
    r"本(?:站|网|網|报|報|文|页|頁|公司|店|厂|廠|院|会|會|团|團|馆|館|平台|平臺|论坛|論壇|通告|新闻稿|新聞稿|刊|号|號|栏|欄|活动|活動"
    # (a station's programme or a blog speaking of itself: 本節目內容只供一般參考, 本博客所记…仅供参考)
    r"|节目|節目|集|博客|部落格|篇|則|则|讨论区|討論區|社(?![区區会會工]))|平台|平臺|以上(?:内容|內容|分析|资讯|資訊|信息|观点|觀點|优惠|優惠|纯属|純屬)"
    r"|本\S{1,4}(?:网站|網站)"  # (the unit's own site named whole: 本堂區網站, 本協會网站)
)
DISCLAIMS: Final = re.compile(
    r"仅供|僅供|只供|不代表|不构成|不構成|概不|恕不|免责|免責|权利|權利|立场|立場|版权|版權|转载|轉載|著作权|著作權"
    r"|隐私|隱私|私隐|私隱|个人资料|個人資料|cookie|风险自担|風險自負|为准|為準|解释权|解釋權|决定权|決定權|真实性负责|真實性負責"
    r"|佣金|分润|分潤|请勿模仿|請勿模仿|慎入"  # (a commission: 本文含有联盟连结…佣金; a caution: 本文涉及…慎入)
    # (what the site cannot promise, check or stand in for, errors it may hold: 本店未能保證…, 不能代替醫生, 如有錯漏)
    r"|未能保证|未能保證|无法保证|無法保證|未有核实|未有核實|未经核实|未經核實|不能代替"
    r"|不能取代|不可代替|不可取代|无法代替|無法代替|无法取代|無法取代|如有错漏|如有錯漏"
    # (the site's word that a funder has no say: 本系列获某基金支持，内容由本刊独立采编;
    # 本站保有編輯自主權: the editor's, not 自主权 alone, a school's or a firm's autonomy in a story)
    r"|独立采编|獨立採編|编辑独立|編輯獨立|独立编辑|獨立編輯|编辑自主|編輯自主",
    re.IGNORECASE,
)
# A page vouched for, in a line of its own that is no sentence: 本文已通过「科普中国」科学性审核
_VOUCHES: Final = re.compile(r"^本(?:文|站|网|網|页|頁|刊).{0,30}(?:审核|審核|审定|審定|认证|認證)[^。，,]{0,6}$")
# A paragraph labelled as the site's note on privacy (隐私提示：…): a site's, as a disclaimer is, whatever it says.
_PRIVACY: Final = frozenset({"隐私", "隱私", "私隐", "私隱"})
_PRIVACY_LABELS: Final = tuple(
    f"{word}{kind}{colon}"
    for word in _PRIVACY
    for kind in ("提示", "提醒", "声明", "聲明", "政策", "权声明", "權聲明")
    for colon in ("：", ":")
)
_DECK: Final = 40  # (a deck under the headline is no longer: a paragraph is)
_EDGE: Final = 1  # (beyond a statement, at most this many paragraphs of the article)
# An appeal of the site's: something to join, give or subscribe to, asked for.
ASKS_FOR: Final = re.compile(
    r"订阅|訂閱|会员|會員|捐赠|捐贈|捐款|赞助|贊助|招聘|招人|简历|簡歷|付费|付費|下载|下載|公众号|公眾號"
)
# (and, as string tests beside it, a call to join or to bring gifts in kind: 招募新成員, 物資募集, 現徵集毛氈)
_CALLS_FOR: Final = ("招募", "募集", "征集", "徵集")
ASKS: Final = re.compile(r"欢迎|歡迎|请|請|点击|點擊|立即|只需|成为|成為|扫码|掃碼|关注|關注|支持|快来|快來")
# Junk lines between the article's last paragraph and an appeal after it, of the kinds that follow an article's end
# (an advertisement amid the body does not count: the body may go on after it).
_AFTER_JUNK: Final = 2
ENDS_ARTICLE: Final = frozenset(
    {
        Reason.SHARE_BAR,
        Reason.PREV_NEXT,
        Reason.RELATED,
        Reason.WIDGET,
        Reason.COUNTER,
        Reason.NAVIGATION,
        Reason.PAGE_FOOTER,
        Reason.SITE_TEMPLATE,
        Reason.DISCLAIMER,
        Reason.LINKS,
    }
)


def _vouches(text: str) -> bool:
    return text[:1] == "本" and _VOUCHES.match(text) is not None


def is_site_statement(text: str) -> bool:
    if len(text) > SITE_LINE_MAX:  # (the phrases occur in a whole text on one line)
        return False
    if _vouches(text):
        return True
    if text[:2] in _PRIVACY and text.startswith(_PRIVACY_LABELS):
        return True  # (labelled as the site's privacy note: 隐私提示：…, 私隱聲明：…)
    # (a school, a firm, a centre naming itself, 本校 本行 本中心: string tests, no pattern to grow)
    return (
        # (one character's scan before two: a two-character scan of a long line is many times slower)
        ("本" in text or ("平" in text and ("平台" in text or "平臺" in text)) or ("以" in text and "以上" in text))
        and (_SELF.search(text) is not None or "本校" in text or "本行" in text or "本中心" in text)
        and (DISCLAIMS.search(text) is not None or any(w in text for w in _WRITTEN_ALONE))
    )


# (or that the writer wrote it on their own, whoever invited them: 本文作者獲邀…，惟評論內容由作者獨立撰寫;
# string tests beside the pattern: each word more in it costs its compile at every start; or a disclosure:
# the writer's own view or experience, unchecked, unpaid: 純屬作者個人觀點, 僅屬作者個人, 本文所述为作者个人经历,
# 事前並無審閱, 自费购买, 無任何商業合作, 不接受任何業配)
_WRITTEN_ALONE: Final = tuple(
    "独立撰写 獨立撰寫 个人观点 個人觀點 个人经历 個人經歷 仅属 僅屬 审阅 審閱 非广告 非廣告 自费 自費"
    " 业配 業配 商业合作 商業合作".split()
)


def mark_site_statements(lines: list[Line], title: str | None = None) -> None:
    """A kept line near the head or the tail of the page that states the
    site's terms about itself goes (本文观点不代表本报立场。): before the
    article's first paragraph, or with at most one paragraph after it.
    Only the edges are read, from each end inwards. A clause that names the
    document the title names (本规程… under …竞赛规程) is the document's own."""
    # (from the end: a statement with at most _EDGE paragraphs under it; where the walk
    # stops at a quote, the clients' quotes are marked and it walks again: they are no
    # paragraphs of the article, and a statement over them is the site's)
    stop = _statements_from_the_end(lines, title)
    if stop is not None and is_quote(lines[stop].text) and under_say_head(lines, stop):
        mark_testimonials(lines)
        _statements_from_the_end(lines, title)
    # (from the top: a statement over the article's first paragraph, or one opening with the page
    # itself right under a first paragraph as short as a callout, a deck: 本文部分連結屬聯盟推廣
    # 連結…佣金 under 無需驗配…真係啱長者用？; a line of its own that vouches for the page, under a deck too)
    before, deck = 0, False
    for line in lines:
        if line.reason is not None or line.meta is not None:  # (Line.kept spelt out: a property is a call)
            continue
        if ((before == 0 or (deck and line.text[:1] == "本")) and is_site_statement(line.text)) or (
            line.text[:1] == "本" and _vouches(line.text)
        ):
            line.reason = Reason.DISCLAIMER
        elif not line.short:
            before += 1
            if before > _EDGE:
                break
            deck = len(line.text) <= _DECK
            continue
        deck = False


def _statements_from_the_end(lines: list[Line], title: str | None) -> int | None:
    """mark_site_statements' walk from the end: where the paragraph it stops at stands, if any."""
    after = 0
    for k in range(len(lines) - 1, -1, -1):
        line = lines[k]
        if line.reason is not None or line.meta is not None:  # (Line.kept spelt out: a property is a call)
            continue
        if (
            is_site_statement(line.text)
            and not amid_listed_rules(lines, k, DISCLAIMS.findall(line.text))
            and not names_own_document(line.text, title)
        ):
            line.reason = Reason.DISCLAIMER
        # (a customer's rated quote is no paragraph of the article, nor a row ending in no sentence: 會址：…　電話：…)
        elif not line.short and line.text.endswith(SENTENCE_END) and not rated_quote(line.text):
            after += 1
            if after > _EDGE:
                return k
    return None


def mark_appeals_after_junk(lines: list[Line], site: str | None = None) -> None:
    """After the article has ended (its last paragraph, then junk: a share bar, previous/next links,
    a related list; lines that are not prose do not count either way), a paragraph that asks the
    reader to join, give or subscribe is the site's (母校的发展离不开…接受捐赠), however long, and so
    is one that opens with the site's own name (the markup's ``site``) and asks; after one junk
    line (a report to download) only as the page's last paragraph. Directly under the article it
    may be the author's own closing, and stays, unless it names the site as itself (本網, 本站)
    with nothing kept under it."""
    own = site_word(site)
    # (from the end back to the article's last paragraph that asks nothing)
    last = next(
        (
            i
            for i in range(len(lines) - 1, -1, -1)
            if lines[i].kept
            and is_prose_start(lines[i])
            and not is_appeal(lines[i].text, own)
            and not (likes_and_shares(lines[i].text) and ASKS.search(lines[i].text))  # (nor asks to like it)
        ),
        None,
    )
    if last is None:
        return
    junk = 0
    pictured = False  # (a picture's caption under the article's last paragraph)
    for k in range(last + 1, len(lines)):
        line = lines[k]
        if line.reason in ENDS_ARTICLE or line.reason is Reason.ATTACHMENT:
            junk += 1
        elif line.reason is Reason.CAPTION:
            pictured = True
        elif not junk and line.short and line.kept and _signs_off(line, lines):
            junk += 1  # (the notice's sign-off ends it as a share bar would: 某中心 康樂部, 某店 敬上)
        elif (
            (junk or pictured)
            and line.kept
            and (is_prose_start(line) or line.text[:2] == "**")  # (or a call in bold: **訂閱…電子報，…。**)
            and is_appeal(line.text, own)
            # (after one junk line only when nothing of the article's is kept under it)
            and (junk >= _AFTER_JUNK or _calls_to_the_end(lines, k, own, junk))
        ):
            line.reason = Reason.PROMOTION
            junk += 1
        elif junk and line.kept and likes_and_shares(line.text) and ASKS.search(line.text):
            line.reason, junk = Reason.PROMOTION, junk + 1  # (a call to like the page and share it: 按個讚、分享…)
        elif not junk and line.kept and _over_own_buttons(lines, k) and is_appeal(line.text, own):
            line.reason = Reason.PROMOTION  # (right under the article, over its own buttons: 👉 定期定額捐款)
        elif not junk and line.kept and "本" in line.text and _in_site_voice(lines, k, own):
            line.reason = Reason.PROMOTION  # (right under the article in the site's own voice: 請電郵至本網編輯部)


def _in_site_voice(lines: list[Line], k: int, own: str) -> bool:
    """Line ``k``, a paragraph right under the article with nothing kept under it, asks (捐贈, 訂閱) naming the
    site (a blog) as itself (有意者請電郵至本網編輯部, 也欢迎订阅本博客): the site's call, not the writer's closing."""
    text = lines[k].text
    return (
        any(word in text for word in _SITE_SELF)
        and is_prose_start(lines[k])
        and is_appeal(text, own)
        and not any(x.kept for x in lines[k + 1 :])
    )


_SITE_SELF: Final = tuple("本网 本網 本站 本报 本報 本刊 本台 本平台 本平臺 本博客 本部落格".split())


def _calls_to_the_end(lines: list[Line], k: int, own: str, junk: int) -> bool:
    """Under the appeal ``k``, nothing of the article's is kept, only more appeals: after a junk
    line, or after only a picture under the article's last paragraph when another appeal stands
    with it (the site's box of calls, 招募義工… / 物資募集…; one alone there is the writer's closing)."""
    below = [x for x in lines[k + 1 :] if x.kept]
    if any(not is_appeal(x.text, own) for x in below):
        return False
    return junk > 0 or len(below) > 0


def _over_own_buttons(lines: list[Line], k: int) -> bool:
    """Line ``k`` is a paragraph right over a junk row of buttons that names what it asks for
    (…全靠大家的小額捐款… over 👉 定期定額捐款　👉 物資捐贈清單), mostly junk under it: the buttons' own appeal."""
    return (
        k + 1 < len(lines)
        and not lines[k].short
        and lines[k + 1].bad
        and len(lines[k + 1].text) <= _BUTTON_ROW
        and len(row_cells(lines[k + 1].text)) >= 2  # (buttons side by side, no note: ※ 會員如需…)
        and (ask := ASKS_FOR.search(lines[k + 1].text)) is not None
        and ask.group() in lines[k].text  # (the buttons do what it asks: 捐款 in both)
        and 2 * sum(x.kept for x in lines[k + 2 :]) < len(lines) - k - 2
    )


_BUTTON_ROW: Final = 40  # (a row of buttons is short)
_MASTHEAD: Final = 3  # (the site's name is among the page's first lines)
_ORG: Final = 4  # (an organisation's name is no shorter)
_CLOSINGS: Final = frozenset(CLOSING_WORDS.split("|"))


def _signs_off(line: Line, lines: list[Line]) -> bool:
    """A notice's sign-off: a short line that closes with the signer's word
    (谨启, 敬上), or whose first word is the name the page's masthead gives."""
    if (line.folded or "")[-2:] in _CLOSINGS:
        return True
    org = line.text.split(maxsplit=1)[0]
    return len(org) >= _ORG and org != line.text and any(org in x.text for x in lines[:_MASTHEAD])


# A callout led by an icon (> 💡 …, 📢 …, ✏️ …, ▶ …), and the words of one that
# speaks for the site (join its channel, become a member, it is recruiting).
_ICONS: Final = "[\U0001f000-\U0001faff\u2600-\u27bf\u2b50\u2b55\u25b6]"
ICON_LED: Final = re.compile("^(?:>\\s*)?" + _ICONS)
# (asked of the whole text: most pages have no icon)
ANY_ICON: Final = re.compile(_ICONS)
# The characters a callout's line starts with: an icon, or a quote's >; none from past the icons to the emoji.
CALLOUT_FIRST: Final = frozenset(
    [">", *map(chr, [*range(0x1F000, 0x1FB00), *range(0x2600, 0x27C0), 0x2B50, 0x2B55, 0x25B6])]
)
_PAST_ICONS, _EMOJI = chr(max(c for c in map(ord, CALLOUT_FIRST) if c < 0x1F000) + 1), chr(0x1F000)


def icon_led(lines: list[Line]) -> list[Line]:
    """The lines that may be a callout led by an icon, by their first character in one sweep (cheaper than
    a search of the whole text); a Han or full-width first one, most lines', by a comparison: no slice."""
    return [line for line in lines if not (_PAST_ICONS <= (t := line.text) < _EMOJI) and t[:1] in CALLOUT_FIRST]


# (or offers a deal for a short while: 限定, 名額只限, 送完即止; or a discount to claim: 預約享 9 折)
_CALLOUT_ASKS: Final = re.compile(
    r"加入|招募|频道|頻道|第一时间|第一時間|限定|名额|名額|即止"
    r"|享\s?[\d.一二三四五六七八九]{1,3}\s?折"
)


def mark_icon_appeals(lines: list[Line]) -> None:
    """A one-line callout led by an icon that asks the reader to join, subscribe
    or become a member (> 📢 加入…頻道, ✏️ 本報招募記者，歡迎加入！), that ends in a link
    into the site the page's junk (menu, logo) links into (> 📣 **精讀班接受報名！**
    [立即報名](…)), or that past its icon is a related headline (> 📌 延伸阅读：…), is
    the site's, wherever it stands: the article's own (> 💡 公式里的 & 要用英文输入法) ask nothing."""
    hosts: set[str] | None = None
    for line in lines:
        text = line.text
        if not ((led := ICON_LED.match(text)) and line.kept):
            continue
        # (or asks the reader to write to an address: 欢迎…，请电邮至 hello@…)
        if ASKS_FOR.search(text) or _CALLOUT_ASKS.search(text) or ("@" in text and ASKS.search(text)):
            line.reason = Reason.PROMOTION
        elif (bare := text[led.end() :].lstrip(" \ufe0f")) and junk_rule(bare, fold(bare))[0] is Reason.RELATED:
            line.reason = Reason.RELATED
        elif "](http" in text and (m := _LAST_LINK.search(text)):
            # (or one that ends in a button, a link whose words end in a chevron: [立即比较配套 →](…))
            if (m.group("label") or "").rstrip().endswith(CHEVRONS):
                line.reason = Reason.PROMOTION
                continue
            # (or one that ends in a link into the site the page's junk links into: its shop, its form)
            if hosts is None:
                hosts = {h for x in lines if x.bad and "](http" in x.text for h in LINK_HOST.findall(x.text)}
            if m.group("host") in hosts:
                line.reason = Reason.PROMOTION


# A Markdown link's host: [立即報名](https://www.example.hk/trial/)
LINK_HOST: Final = re.compile(r"\]\(https?://([^/)\s]+)")
_LAST_LINK: Final = re.compile(r"(?:\[(?P<label>[^\[\]]{0,30}))?\]\(https?://(?P<host>[^/)\s]+)[^)\s]*\)\s*$")


def mark_link_buttons(lines: list[Line]) -> None:
    """A short line that ends in a button's link into the site the page's
    junk links into (> **精讀班接受報名！** [立即報名](…/trial/), 冬季班開課 👉
    [按此報名](…)) is the site's call to act, wherever it stands: the
    button's words are short, and the words before them one sentence at most."""
    hosts: set[str] | None = None
    for line in lines:
        text = line.text
        if text[:1] == "[" and line.kept and (m := _LEAD_BUTTON.match(text)) is not None:
            # (or a button's link opening one short clause: [加入后援会](…)，和我们一起守护他的每一站。)
            after = text[m.end() :]
            if len(after) > _AFTER_BUTTON or len(_SENTENCE_MARKS.findall(after)) > 1:
                continue
        elif text[-1:] != ")" or not line.kept or len(text) > _BUTTON_LINE or (m := _BUTTON_LINK.search(text)) is None:
            continue  # (most lines: no link at their end)
        else:
            before = text[: m.start()].rstrip(" *>")
            if before.endswith(("。", "：", ":")) or len(_SENTENCE_MARKS.findall(before)) > 1:
                continue  # (a sentence that cites its source, 原文見：[…](…), is the article's)
        if hosts is None:
            hosts = {h for x in lines if x.bad and "](http" in x.text for h in LINK_HOST.findall(x.text)}
        if m.group(1) in hosts:
            line.reason = Reason.PROMOTION


# A button's link ending the line: [立即報名](https://host/…)
_BUTTON_LINK: Final = re.compile(r"\[[^\]]{2,8}\]\(https?://([^/)\s]+)[^)\s]*\)$")
_BUTTON_LINE: Final = 100
# A button's link opening the line, and the one short clause after it
_LEAD_BUTTON: Final = re.compile(r"\[[^\]]{2,8}\]\(https?://([^/)\s]+)[^)\s]*\)")
_AFTER_BUTTON: Final = 30
_SENTENCE_MARKS: Final = re.compile(r"[。！？!?]")


# (or a sentence that opens with what it asks for: 订阅我们的电子通讯，…; 喜歡這篇文章嗎？訂閱電子報，…)
OPENS_WITH_ASK: Final = re.compile(r"(?:^|(?<=[？?！!。]))(?:" + ASKS_FOR.pattern + ")")


def is_appeal(text: str, own: str) -> bool:
    text = text.strip("*") if text[:2] == "**" else text  # (a call in Markdown bold asks as plainly)
    # (or an address to write to: the site's tip line, 歡迎透過…或電郵 news@… 與我們聯絡, 傳到我們的線索熱線;
    # or a call to sign up for the site's own course, 報名請按此: at the article's end, the site's)
    asks_for = ASKS_FOR.search(text) is not None or (
        ("募" in text or "集" in text) and any(w in text for w in _CALLS_FOR)
    )
    return tip_line(text) or (
        (asks_for or signs_up(text) or backs_more(text) or "@" in text or (len(own) > 1 and text.startswith(own)))
        and (ASKS.search(text) is not None or OPENS_WITH_ASK.search(text) is not None)
    )


__all__ = [
    "ANY_ICON",
    "ASKS",
    "ASKS_FOR",
    "CALLOUT_FIRST",
    "DISCLAIMS",
    "ENDS_ARTICLE",
    "ICON_LED",
    "LINK_HOST",
    "OPENS_WITH_ASK",
    "icon_led",
    "is_appeal",
    "is_site_statement",
    "mark_appeals_after_junk",
    "mark_icon_appeals",
    "mark_link_buttons",
    "mark_site_statements",
]
