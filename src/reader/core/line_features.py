"""What a line looks like, and which lines recur across a folder.

Features that hold on any site: the line's length and shape (a sentence's
end, a list of short words, a reference), and whether the same line occurs
in several files of the folder, the surest sign of a site's template.
Repetition is counted once per load (:func:`template_lines`) before any
article is cleaned: ``clean()`` gets the recurring lines as an input."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from reader.core import block_words
from reader.core.block_words import CAPTION_CREDIT_END, CAPTION_END, SHARE_WORDS, caption_comma_credit
from reader.core.fold_controls import fold_control
from reader.core.footer_lines import SITE_FOOTER, SITE_LINE_MAX, may_be_footer, site_footer
from reader.core.han import HAN
from reader.core.junk_rules import ANYWHERE, WHOLE_LINE, Reason, led_rule
from reader.core.link_lines import link_rule, without_markdown
from reader.core.measure_rows import is_quantity, states_measure
from reader.core.menu_shapes import EQUATION, LIST_MARK, SENTENCE_MARKS, is_menu
from reader.core.row_ends import arrow_chain, figure_change, out_of
from reader.core.rule_alphabet import TIER_SCANS, any_search, parts_by_tier

# One source for the template's keys and threshold (shared with the cache).
from reader.core.template_keys import TEMPLATE_FILES, TEMPLATE_LINE, template_in, template_key, template_lines
from reader.core.user_badges import BADGE_LINE, user_badge

SHORT: Final = 20  # (a line shorter without sentence punctuation is "short": a heading or junk, by its neighbours)
SENTENCE_END: Final = tuple("。！？!?…")


def _reserved(line: str) -> bool:
    """Ends with the copyright's own formula (… All rights reserved.): a footer's full stop."""
    return line[-9:].lower() == "reserved."


def _is_statement(line: str) -> bool:
    """Ends like a statement: 。 or a full stop, no ellipsis ("加载中...")."""
    return line.endswith("。") or (line.endswith(".") and not line.endswith(".."))


# Keyword rules only judge lines up to this long (Latin text takes 2.5 times the characters for the same words).
KEYWORD_LINE: Final = 60
KEYWORD_LINE_LATIN = _KEYWORD_LINE_LATIN = 160  # (no line longer is judged by them, whatever its script)

_NO_TEXT: Final = re.compile(r"^[\W_]*$")
_REFERENCE: Final = re.compile(r"^\[\d+\]")
_CJK: Final = HAN
_PUNCTUATION: Final = re.compile(r"[，。,!?！？；;：:]")
_SPACES: Final = re.compile(r"\s+")
_SHARE_SPLIT: Final = re.compile(r"[\s|·/、:：,，]+")
# The first of those words (a zero-width space parts them too): most lines' is no share word.
# (a word longer than any share word does not match: the scan stops there, not at the line's end)
_SHARE_FIRST: Final = re.compile(
    rf"[\s|·/、:：,，\u200b]*([^\s|·/、:：,，\u200b]{{1,{max(map(len, SHARE_WORDS))}}})(?![^\s|·/、:：,，\u200b])"
)
_SHARE_BAR: Final = 60
_LOGOUT: Final = ("[登出]", "[退出]", "[注销]", "[logout]", "[log out]", "[sign out]")


class _Rules:
    """Whole-line rules in one alternation (one fullmatch a line); a named group per rule gives its reason."""

    def __init__(self, rules: list[tuple[Reason, str]], led: bool = False, tiered: bool = False) -> None:
        self._led = led  # (and then junk_rules.led_rule, for a line its lead test picks)
        self._reasons = {f"r{i}": reason for i, (reason, _) in enumerate(rules)}
        self._pattern = re.compile("|".join(f"(?P<r{i}>{p})" for i, (_, p) in enumerate(rules)))
        self._rules = [p for _, p in rules]
        # (the not-sentence rules by tiers, built on first use; the statement's few rules are cheap
        # asked whole, and a tier's scans would cost them more)
        self._parts: list[tuple[Callable[[str], object], ...]] = []
        # (the same without the groups, faster: most lines match no rule, and only a match asks which)
        self._any = None if tiered else re.compile("|".join(f"(?:{p})" for p in self._rules)).fullmatch
        self._lacks = TIER_SCANS if tiered else ()

    def _built(self) -> list[tuple[Callable[[str], object], ...]]:
        self._parts = parts_by_tier(self._rules)
        return self._parts

    def _tiered(self, folded: str) -> bool:
        # (a line that lacks a tier's characters is asked only the rules that can match
        # without them: most short lines have no mark, many no digit and no space)
        tier = 0
        for has in self._lacks:
            if has(folded) is not None:
                break
            tier += 1
        for part in (self._parts or self._built())[tier]:  # noqa: SIM110 (a loop: any()'s generator costs more)
            if part(folded) is not None:
                return True
        return False

    def __call__(self, folded: str) -> Reason | None:
        any_ = self._any
        matched = any_(folded) is not None if any_ is not None else self._tiered(folded)
        m = self._pattern.fullmatch(folded) if matched else None
        if m and m.lastgroup:
            return self._reasons[m.lastgroup]
        led = self._led and (folded.startswith(("下载", "【")) or folded.startswith(":", -3))
        return led_rule(folded) if led else None


class _Phrases:
    """A rule that looks for telltale phrases anywhere in a line."""

    def __init__(self, reason: Reason, pattern: str) -> None:
        self._reason = reason
        self._search = re.compile(pattern).search

    def __call__(self, folded: str) -> Reason | None:
        return self._reason if self._search(folded) else None


def _rules(sentence_ok: bool) -> tuple[_Rules | _Phrases, ...]:
    whole = _Rules(
        [(r, p) for r, p, ok in WHOLE_LINE if ok == sentence_ok], led=not sentence_ok, tiered=not sentence_ok
    )
    return (whole, *(_Phrases(r, p) for r, p, ok in ANYWHERE if ok == sentence_ok))


_ANY_LINE: Final = _rules(True)
_NOT_SENTENCE: Final = _rules(False)
_ANY_LINE_AND_NOT_SENTENCE: Final = _ANY_LINE + _NOT_SENTENCE
_WHOLE_ONLY: Final = {  # (the same without the phrase rules, for a line with no phrase at all: most)
    id(g): tuple(rules for rules in g if isinstance(rules, _Rules)) for g in (_ANY_LINE, _ANY_LINE_AND_NOT_SENTENCE)
}
# All the phrases at once: most lines have none, and one search rules them out.
_ANY_PHRASE: Final = any_search([p for _, p, _ in ANYWHERE])
# (and those a statement may carry, and its whole-line rules)
_STATEMENT_PHRASE: Final = any_search([p for _, p, ok in ANYWHERE if ok])
_STATEMENT_WHOLE: Final = _ANY_LINE[0]


def long_line_rule(line: str) -> Reason | None:
    """Why a line too long for the keyword rules is junk, by its shape
    only: no text, a site's footer, a menu at any length. (line_verdicts'
    judge_all passes over lines of prose none of these can take, by tests
    of its own: a new rule here needs one there; tests/test_fast_paths.py)"""
    if not line[:1].isalnum() and _NO_TEXT.match(line):  # (a letter first: some text)
        return Reason.NO_TEXT
    if len(line) > SITE_LINE_MAX:
        return None
    if may_be_footer(line) and site_footer(line) and (not _is_statement(line) or _reserved(line)):
        return Reason.DISCLAIMER  # a long footer: Copyright © 站名 版权所有　浙ICP备…
    return Reason.NAVIGATION if is_menu(line) else None


def junk_rule(line: str, folded: str | None) -> tuple[Reason | None, bool]:
    """Why ``line`` is junk on its own, or None; and whether only a phrase
    (a weak sign) says so. ``folded`` is None for lines too long for the
    keyword rules."""
    if folded is None:
        return long_line_rule(line), False
    if not line[:1].isalnum() and _NO_TEXT.match(line):  # (a letter first: some text)
        return Reason.NO_TEXT, False
    if "©" in line and SITE_FOOTER.search(line) and not _is_statement(line):
        return Reason.DISCLAIMER, False  # 地址　｜　© 2025 某某 Limited
    if line[-1] == "。":
        return _statement_rule(line, folded)
    return _rest_rule(line, folded)


def _statement_rule(line: str, folded: str) -> tuple[Reason | None, bool]:
    """junk_rule for a line ending in 。 (most short lines of a body): the
    rules such a line can meet, in junk_rule's order (the others need
    another end or no 。; tests/test_fast_paths.py holds it to them)."""
    if block_words.caption_start(folded):
        return Reason.CAPTION, False
    # (a phrase a statement does not escape changes nothing: only the others are looked for)
    if _STATEMENT_PHRASE(folded) is None:
        reason = _STATEMENT_WHOLE(folded)
    else:
        reason = next((reason for rules in _ANY_LINE if (reason := rules(folded))), None)
    return reason or (Reason.NAVIGATION if _UNIT_NAME.match(line) else None), False


def _rest_rule(line: str, folded: str) -> tuple[Reason | None, bool]:
    if block_words.caption_start(folded) or (
        # (a caption's end is never 。: its credit or its bracket closes the line)
        ((end := folded[-1:]) != "。" and ("。" in folded or folded.endswith(_CAPTION_ENDS)))
        and CAPTION_END.search(folded)
    ):
        return Reason.CAPTION, False
    if (end == "摄" or end == "影") and CAPTION_CREDIT_END.search(folded):
        return Reason.CAPTION, False
    # (a short phrase and its credit after a comma: 冰場上的X，圖：Y; the length asked first, cheap)
    if len(folded) < _COMMA_CAPTION and (",图" in folded or ",摄" in folded) and caption_comma_credit(folded):
        return Reason.CAPTION, False
    # A question or an exclamation ("忘记密码？") is how a page talks to its
    # visitor; only a statement is protected as a sentence.
    groups = _ANY_LINE if _is_statement(line) else _ANY_LINE_AND_NOT_SENTENCE
    phrases = _ANY_PHRASE(folded) is not None
    if not phrases:
        groups = _WHOLE_ONLY[id(groups)]
    for rules in groups:
        if (phrases or isinstance(rules, _Rules)) and (reason := rules(folded)):
            if reason is Reason.CONTROLS and LIST_MARK.match(line):
                continue  # a list item's short words (- 蒜頭 5瓣) are no row of buttons
            if (reason is Reason.CONTROLS or reason is Reason.COUNTER) and figure_change(line):
                return None, False  # a figure's change (300 斤 → 260 斤): a list's row, no buttons or counter
            if reason is Reason.CONTROLS and arrow_chain(line):
                return None, False  # steps in order (報名 → 繳費 → 上課): no row of buttons
            if reason is Reason.NAVIGATION and (out_of(folded) or is_quantity(folded.rsplit(" ", 1)[-1])):
                continue  # a place and its measure (溪头村 · 海拔420米), a score (评分：8.5 / 10): no crumb's
            if reason is Reason.CONTROLS and ("=" in line or "＝" in line) and EQUATION.search(line):
                continue  # an equation's terms (工资 × 12 = 年薪) are no row of buttons
            if reason is Reason.ATTACHMENT and ("://" in folded or _REFERENCE.match(folded)):
                continue  # a link in a reference list is the article's own
            if reason is Reason.COUNTER and states_measure(folded):
                # a thing and its measure (豬排骨 600克, 合計：76,400澳門元), a timetable's row (钢琴1—4级　…)
                # or a bound (65岁或以上: a condition, which no counter states): a list's item, no counter
                return None, False
            # Only a phrase that a statement would escape is a weak sign.
            return reason, isinstance(rules, _Phrases) and rules in _NOT_SENTENCE
    if (end == ")" or end == "]") and folded.endswith(_SIZE_ENDS) and _FILE_SIZE.fullmatch(folded):
        return Reason.ATTACHMENT, False  # a file's size closing the line: 下載PDF（412 KB）
    if folded[:1] in _FORMAT_FIRSTS and len(folded) <= _FORMAT_ROW and re.fullmatch(_FORMAT_BUTTONS, folded):
        return Reason.ATTACHMENT, False  # a dataset's download buttons, one a format: CSV JSON XML API說明
    if end == ")" and folded[:1] in _SOUND_ICONS and re.fullmatch(_PLAYER_BUTTON, folded):
        return Reason.WIDGET, False  # a player's button and its length: 🔊 收聽本文（約9分鐘）
    if end == ")" and folded[-2:-1] in _VOTE_ENDS and re.fullmatch(_VOTED_SCORE, folded):
        return Reason.WIDGET, False  # the readers' score and the votes it counts: 讀者評分 4.3（126票）
    if len(line) <= _SHARE_BAR and block_words.may_lead_share(folded) and (first := _SHARE_FIRST.match(folded)):
        # (or the bar's own label, 分享呢個個案：, then two places or more)
        word = first.group(1)
        labelled = word not in SHARE_WORDS and word[:2] == "分享" and folded[first.end() :][:1] in ":："
        # (the words split only for a line led by a share word or the label: most lines' first is neither)
        if labelled or word in SHARE_WORDS:
            words = [w for w in _SHARE_SPLIT.split(folded.replace("\u200b", " ")) if w][labelled:]
            if len(words) > labelled and all(w in SHARE_WORDS for w in words):
                return Reason.SHARE_BAR, False
    if end == "]" and folded.endswith(_LOGOUT):
        return Reason.LOGIN, False  # a signed-in user's row, its way out last: …身分登入　[登出]
    if " " in folded and len(folded) <= block_words.BUTTON_ROW and block_words.button_row(folded):
        return Reason.SHARE_BAR, False  # buttons that end in the share bar's: 回上一頁　列印　分享, 加入歌單　分享
    if _PICTOGRAPH.match(line) and _STATUS_SEPARATOR.search(line) and not line.endswith(SENTENCE_END):
        return Reason.WIDGET, False  # an icon-led status or widget row: 🔴 LIVE 直播中 · 页面每60秒自动刷新
    if _UNIT_NAME.match(line) and not line[-1:].isdigit():
        # (a name closed by a figure is a priced item, 葡式牛奶雞蛋糕 Pão de Ló　MOP 45, no masthead)
        return Reason.NAVIGATION, False
    if line[-1:] in CHEVRONS and _CHEVRON_END.search(line) and ("。" not in line or _short_call(line)):
        # ends in a link's chevron: 点击领取>>, 限时八折 >, 询底价 > 预约试驾 >; or a teaser's
        # sentences, then its button: …连住7晚享八五折。立即预订 →
        return Reason.PROMOTION, False
    if line[:1] in _STARS and _STAR_ROW.match(line):
        return Reason.WIDGET, False  # a rating's stars and score: ★★★★★　4.9分（312条评价）
    priced = _PRICE_SIGN.search(line) and _PRICE.search(line)
    if priced and len(line) <= _PRICE_LINE and not SENTENCE_MARKS.search(line) and not _LABEL.match(line):
        return Reason.PROMOTION, False  # a product and its price: 经典白瓷杯 ¥89 立即购买
    if user_badge(folded) and len(line) <= BADGE_LINE and not SENTENCE_MARKS.search(line):
        return Reason.HANDLE, False  # a user and their level: 灰色鸚鵡 Lv.27 攻略達人
    if (":" in line or "：" in line) and _PHONE_PART.search(line) and _PHONE.search(line) and not _is_statement(line):
        return Reason.CONTACT, False
    return (Reason.WIDGET if fold_control(line, folded) else Reason.NAVIGATION if is_menu(line) else None), False


# A masthead: a Chinese name and its English name, no sentence
# (國立中部科技大學 National Central Taiwan University of Technology, 教務處 Office of Academic Affairs).
# (a logo in capitals, NANDAO DAILY, is two words; a slogan may follow a bar; a comma may
# part the unit from its parent: 農業處 Agriculture Department, Lunxi County Government)
_UNIT_NAME: Final = re.compile(
    r"[\u3400-\u9fff]{2,16}\s+(?:[A-Z][\w.&'-]*(?:,?\s+(?:[A-Z][\w.&'-]*|of|and|for|the|&|de|in)){2,8}|[A-Z]{2,}(?:\s+[A-Z]{2,}){1,4}"
    # (a brand in camel case and a region or kind: PropertyPulse HK, GamerPost)
    r"|[A-Z][a-z]+[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*){1,3})"
    r"(?:\s*[|｜—–-]\s*[^\s。，,!?！？]{1,20})?"
)
unit_name = _UNIT_NAME.match  # (the masthead's shape, for the passes that judge it in context)
# A clickable's chevron ending a line (the arrow of a button or a teaser link).
CHEVRONS: Final = (">", "»", "›", "＞", "→")
# A price's currency signs (one source for the price patterns: price_rows, head_passes).
PRICE_SIGNS: Final = "¥￥€£$"
_PRICE_SIGN: Final = re.compile(f"[{re.escape(PRICE_SIGNS)}]")  # (one scan, not one per sign)
_CHEVRON_END: Final = re.compile(r"(?:\S\s*(?:>>|»|›|＞＞|→)|\s(?:>|＞))$")
# What follows a line's last sentence: a button's words (立即预订 →, ——点击查看蜂场故事 >)
_LAST_SENTENCE: Final = re.compile(r"[。！？”」][^。！？”」]{1,16}$")
# Buttons of two file formats or more, perhaps one short word after them: a page's downloads
# (a string, compiled on first use by re's cache: few lines are asked)
_FORMAT_BUTTONS: Final = r"(?:(?:csv|json|xml|xlsx?|ods|pdf|kml|geojson|shp|zip|rdf)\s+){2,}\S{1,8}"
_FORMAT_FIRSTS, _FORMAT_ROW = frozenset("cjxopkgsr"), 32
# A score and the count of its votes in brackets, perhaps after its label and its stars: the readers' (a
# reviewer's own score counts no votes)
_VOTED_SCORE: Final = (  # (a string, compiled on first use by re's cache: few lines are asked)
    r"(?:[^\W\d_]{1,6}\s*:?\s*)?(?:[★☆]{3,5}\s*)?\d{1,2}(?:\.\d{1,2})?\s*(?:/\s*\d{1,3}|分)?\s*"
    r"\(\s*(?:共\s*)?\d[\d,]*\s*(?:票|人(?:评价|评分|评|投票)|[条则个]评价|votes|ratings|reviews)\s*\)"
)
_VOTE_ENDS: Final = frozenset("票价分评s")
# A rating's row: stars, then a score and its count (a reviewer's row is judged by its context)
_STARS: Final = ("★", "☆")
_STAR_ROW: Final = re.compile(r"[★☆]{3,}\s*\d(?:\.\d)?\s*分?\s*(?:[（(][^）)]{1,16}[)）])?$")


def _short_call(line: str) -> bool:
    """The line's sentences end before a short call to click (its chevron last)."""
    return _LAST_SENTENCE.search(line) is not None


# A price: ¥89, ￥1,299, NT$350, HK$ 88, US$20, S$12.90, €9, £5
_PRICE: Final = re.compile(
    r"(?:[¥￥€£]|(?<![A-Za-z])(?:NT|HK|US|S|RM|MOP)?\$)\s?\d[\d,]*(?:\.\d+)?"
    # then the button's words (立即购买, 去看看, Buy now), not a note in brackets
    r"\s+[^\d\s.,()（）\[\]【】][^\d()（）\[\]【】]{1,10}$"
)
_PRICE_LINE: Final = 40
_LABEL: Final = re.compile(r"^[^\s:：，。]{1,8}[:：]")
# A level or badge after a user's name: Lv.27, LV5, 等级 12
_PICTOGRAPH: Final = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b50\u2b55]")
_STATUS_SEPARATOR: Final = re.compile(r"\s[·•|｜・]\s")
# A phone number: (04)2219-5000, 02-2345-6789, 400-100-0011
_PHONE: Final = re.compile(
    r"(?:\(0\d{1,3}\)|(?<!\d)0\d{1,3}-)\s?\d{3,4}-?\d{4}(?!\d)|(?<!\d)\d{3,4}-\d{3,4}-\d{3,4}(?!\d)"
)
_PHONE_PART: Final = re.compile(r"[-)]\s?\d{3}")  # (in every one, in no date: a bracket or a dash, three digits)


_CAPTION_ENDS: Final = (")", "）", "图", "照", "片")
_COMMA_CAPTION: Final = 30
# A file's size in brackets closing a short line: a link to download the file
# (下載PDF（412 KB）, 轨迹下载（a.gpx，412 KB）). Folded: half-width, lowercase.
_FILE_SIZE: Final = re.compile(r".{0,30}[(\[][^()\[\]]{0,30}?\d+(?:\.\d+)?\s?(?:kb|mb|gb)[)\]]")
_SIZE_ENDS: Final = ("kb)", "mb)", "gb)", "kb]", "mb]", "gb]")
# A sound icon (speaker, headphones, microphone, radio), a short word, the length in brackets
# (🔊 收听本文(约9分钟), 🎧 播放 (03:12)): the icon makes it a control, like a reading-time note;
# other glyphs lead a list's steps with their lengths (• 热身(10分钟), 🏃 …)
_SOUND_ICONS: Final = "\U0001f508\U0001f509\U0001f50a\U0001f3a7\U0001f399\U0001f4fb"
# (compiled at its first use, by re's own cache: only a line a sound icon leads asks it)
_PLAYER_BUTTON: Final = r".\ufe0f?\s*[^\s()]{1,8}\s*\((?:约?\s*\d{1,3}\s*分钟|\d{1,2}:\d{2}(?::\d{2})?)\)"


def judged_by_keywords(line: str) -> bool:
    n = len(line)
    return n <= KEYWORD_LINE or (n <= _KEYWORD_LINE_LATIN and not _CJK.search(line))


def is_sentence(line: str) -> bool:
    return line.endswith(SENTENCE_END) or bool(_PUNCTUATION.search(line))


def is_tag_row(line: str) -> bool:
    """Keyword rows and menus such as "辛顿 深度学习 奥特曼": several short
    words, at least two of them Chinese, no punctuation."""
    if " " not in line or _PUNCTUATION.search(line) or _REFERENCE.match(line):
        return False  # (a reference, [2] 陆羽. 茶经., is no keyword row)
    words = _SPACES.split(line)
    return len(words) >= 3 and all(len(w) <= 12 for w in words) and sum(1 for w in words if _CJK.search(w)) >= 2


def is_reference(line: str) -> bool:  # a numbered reference: [1]Title, Source
    return _REFERENCE.match(line) is not None


def is_short(line: str) -> bool:
    """Short lines are headings or junk (their neighbours decide); a reference ([1]...) never is."""
    if line[:1] == "[" and _REFERENCE.match(line):
        return False
    return is_tag_row(line) or (len(line) < SHORT and not line.endswith(SENTENCE_END))


__all__ = [
    "CHEVRONS",
    "HAN",
    "KEYWORD_LINE",
    "KEYWORD_LINE_LATIN",
    "PRICE_SIGNS",
    "SENTENCE_END",
    "SHORT",
    "TEMPLATE_FILES",
    "TEMPLATE_LINE",
    "is_reference",
    "is_sentence",
    "is_short",
    "is_tag_row",
    "judged_by_keywords",
    "junk_rule",
    "link_rule",
    "long_line_rule",
    "template_in",
    "template_key",
    "template_lines",
    "without_markdown",
]
