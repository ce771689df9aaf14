"""Reader mode: the article's own words, without the page around them.

Scraped pages carry login prompts, share bars, navigation, widget headings,
stock tickers, template paths and HTML debris. Every line is first judged on
its own by general rules (each rule names the *kind* of junk, never a site's
wording), then short lines are judged by their neighbours, the way jusText
does it: a short line between two pieces of junk is junk, a short line next
to real text is a heading and stays. Sentences are never dropped for being
near junk, except in the page footer, whose shape is checked as a whole.

Every rule looks at the *folded* line (Simplified, lowercase, half-width), so
it works the same on Traditional text.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from enum import Enum

from reader.core.folding import fold
from reader.core.metadata import (
    Metadata,
    MetaLine,
    choose_title,
    is_headline_shaped,
    lead_title,
    merge,
    parse_meta_line,
)
from reader.core.sanitize import sanitize


@dataclass(frozen=True, slots=True)
class Dropped:
    """A line cleaning removed, and the rule that removed it."""

    line: str
    reason: str


@dataclass(frozen=True)
class Cleaned:
    metadata: Metadata
    paragraphs: tuple[str, ...]
    dropped: tuple[Dropped, ...]


class _Kind(Enum):
    GOOD = "good"  # a sentence or a long line: always kept (outside the footer)
    SHORT = "short"  # a heading or junk: its neighbours decide
    BAD = "bad"  # junk by a rule


# -- fixing lines in place ---------------------------------------------------

_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});")
_TAGS = (
    r"p|br|div|span|a|b|i|u|em|strong|img|h[1-6]|li|ul|ol|section|article|figure|figcaption|"
    r"blockquote|table|tr|td|th|tbody|thead|font|center|small|sup|sub|hr|iframe|script|style|"
    r"html|body|head|meta|link|title|nav|header|footer|aside|button|input|form|label|svg|source|video"
)
# Attributes in HTML syntax only, so "a<b 且 c>d" is left alone.
_ATTRIBUTE = r"""\s+[A-Za-z_:][A-Za-z0-9_:.-]*(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>]+))?"""
_HTML_TAG = re.compile(rf"</?(?:{_TAGS})(?:{_ATTRIBUTE}){{0,20}}\s*/?>", re.IGNORECASE)
# The end of a closing tag whose "<" a broken converter swallowed: 了?!?/p>
_HTML_TAIL = re.compile(rf"(?<!<)/(?:{_TAGS})>", re.IGNORECASE)

# Pinyin annotations a converter inserted after characters: 現(xiàn),
# F(xiàn)elix. One syllable, lowercase, with a tone mark or ü.
_TONE_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
_ANNOTATION = re.compile(
    rf"(?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffA-Za-z])[(（]([a-z{_TONE_MARKED}]{{1,6}})[)）]"
)
_SYLLABLE = re.compile(
    r"^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|er|"
    r"ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u)$"
)


def _drop_annotation(m: re.Match[str]) -> str:
    syllable = m.group(1)
    if not any(ch in _TONE_MARKED for ch in syllable):
        return m.group(0)
    base = "".join(c for c in unicodedata.normalize("NFD", syllable) if not unicodedata.combining(c))
    return "" if _SYLLABLE.match(base) else m.group(0)


def fix_line(line: str) -> str:
    """One line with HTML debris and pinyin annotations removed, entities
    decoded, trimmed."""
    if "<" in line or ">" in line:
        line = _HTML_TAG.sub("", line)
        line = _HTML_TAIL.sub("", line)
    if "&" in line:
        # After the tags: an escaped "&lt;b&gt;" is text that shows "<b>".
        # An entity may spell a control character (&#27;), so sanitize again.
        line = sanitize(_ENTITY.sub(lambda m: html.unescape(m.group(0)), line))
    if "(" in line or "（" in line:
        line = _ANNOTATION.sub(_drop_annotation, line)
    return line.strip()


# -- judging lines on their own ---------------------------------------------

_SENTENCE_END = tuple("。！？!?…")
# A full stop, but not an ellipsis ("加载中...").
_STATEMENT = re.compile(r"(?:。|(?<!\.)\.)$")
_SHORT = 20
# Keyword rules only judge lines up to this long (in characters; Latin text
# takes about two and a half times as many for the same words): a paragraph
# that mentions 登录 or 二维码 is still a paragraph.
_KEYWORD_LINE = 60
_KEYWORD_LINE_LATIN = 160


# Rules: (reason, pattern, whether a line ending like a sentence may still
# match). Patterns see folded lines, which are Simplified and lowercase.
# _WHOLE_LINE rules describe the entire line; _ANYWHERE rules look for a
# telltale phrase in a short line.
_WHOLE_LINE: tuple[tuple[str, str, bool], ...] = (
    ("template path", r"[\w./-]*\.(?:s?html?|php|aspx?|jsp|tpl)", True),
    ("disclaimer", r"(?:图源|\(?图[/:]|copyright\b|©).*", True),
    ("login prompt", r"(?:微信|qq|微博|手机号?|邮箱|账号|短信|会员|用户)?(?:登录|登入|注册|登出|注销)", False),
    ("login prompt", r"(?:登录|登入)\s*[/|｜]\s*注册|退出登录|个人中心|会员中心", False),
    ("login prompt", r"(?:sign in|log in|sign up|create an account|forgot (?:your )?password)\b.*", False),
    ("timestamp", r"(?:更新|发布|发表|修改)(?:于|时间|日期)[:：]?.{0,24}", False),
    (
        "stock ticker",
        r"[•·*\s-]*(?:\d{1,2}-\d{1,2}\s+)?\S{2,10}\s+\(?(?:sh|sz|hk)?\d{5,6}\)?\s+"
        r"(?:[-+]?\d+(?:\.\d+)?%?|--)(?:\s+[-+]?\d+(?:\.\d+)?%?)*",
        False,
    ),
    ("counter", r"[•·]\s*\d+(?:\.\d+)?[万千kw]?|\d+\s*/\s*\d+", False),
    ("navigation", r"\S{1,12}(?:\s*[>›»]\s*\S{1,12}){2,}", False),
    (
        "widget",
        r"(?:加载中|载入中|正在加载|loading|热门推荐|相关推荐|推荐阅读|相关阅读|相关文章|相关新闻|相关标签|热门文章|热门标签|"
        r"猜你喜欢|延伸阅读|精彩推荐|热点推荐|为你推荐|最新文章|热门评论|全部评论|评论|发表评论|写评论|网友评论|我要评论|"
        r"返回顶部|回到顶部|首页|上一篇|下一篇|收起|展开|展开全文|查看更多|阅读原文|阅读全文|加载更多|点击加载更多|"
        r"related(?: articles| posts| stories)?|recommended|comments?|advertisement|广告|赞助内容|\S{0,8}推荐)"
        r"[\s.。…:：>»]*\d*",
        False,
    ),
    (
        "interface hint",
        r"\S{0,4}(?:左右滑动|滑动查看|点击(?:图片|放大|查看大图)|长按(?:识别|保存)|双击放大)\S{0,6}",
        False,
    ),
)

def _each(words: str, then: str = "") -> str:
    """An alternation in which every branch starts with a literal word, so
    that the regex engine can skip ahead to the words' first characters."""
    return "|".join(f"{w}{then}" for w in words.split())


_CONTACT_VALUE = r".{0,12}(?:[\w.+-]+@[\w-]+\.[\w.]+|\d{3,}[-\d ]{4,})"
_NAV_WORDS = "首页 返回顶部 回到顶部 相关新闻 语音播报 上一篇 下一篇 网站地图 关于我们 意见反馈"
# Each rule alone is one alternation of literal-led branches: keep them so
# (a leading group or \b makes every line a slow scan).
_ANYWHERE: tuple[tuple[str, str, bool], ...] = (
    ("template path", r"\.\./\.\./", True),
    # A page speaking to its reader in English is unmistakable even as a
    # full sentence; the Chinese words (公众号, 版权所有) also occur in
    # reporting, so a full sentence with them is kept.
    (
        "promotion",
        r"reader-supported|consider becoming a|consider upgrading|subscribe now|subscribe today|subscribe to|"
        r"join our newsletter|join the newsletter|get our newsletter",
        True,
    ),
    (
        "promotion",
        _each("下载 打开 尽在 安装 登录", ".{0,12}app")
        + r"|app内|app专享|app下载|公众号|二维码|长按识别|关注我们|点击关注",
        False,
    ),
    (
        "disclaimer",
        r"本文仅代表|本文只代表|本文代表作者|仅代表作者|未经.{0,6}(?:授权|许可).{0,10}转载|转载请|免责声明|"
        r"责任编辑|图片来源|all rights reserved",
        True,
    ),
    ("disclaimer", r"不代表.{0,12}(?:立场|观点)|版权归|版权所有|版权声明", False),
    (
        "login prompt",
        _each(
            "获取验证码 发送验证码 输入验证码 短信验证码 找回密码 取回密码 忘记密码 重置密码 绑定手机 "
            "其他登录方式 其它登录方式 其他登入方式 第三方登录 第三方登入 授权登录 授权登入 扫码登录 扫码登入 "
            "一键登录 快捷登录 快速登入 登录即 登入即 注册即 已阅读并同意 完善资料 没有账号 立即注册 免费注册 "
            "请登录 请先登录 请登入 请先登入"
        )
        # 《…用户协议》《隐私政策》: the agreements a form links to. Unbracketed,
        # 隐私政策 is as likely a news topic ("微信更新隐私政策").
        + r"|《[^》]{0,16}(?:协议|政策|条款)",
        False,
    ),
    ("contact", _each("联系 邮箱 email e-mail 电话 热线 客服 contact", _CONTACT_VALUE), False),
    ("navigation", _each(_NAV_WORDS, ".*(?:" + _NAV_WORDS.replace(" ", "|") + ")"), False),
)


class _Rules:
    """Rules that describe a whole line, compiled into one alternation (one
    fullmatch per line, not one per rule); each rule is a named group that
    gives its reason."""

    def __init__(self, rules: list[tuple[str, str]]) -> None:
        self._reasons = {f"r{i}": reason for i, (reason, _) in enumerate(rules)}
        self._pattern = re.compile("|".join(f"(?P<r{i}>{p})" for i, (_, p) in enumerate(rules)))

    def __call__(self, folded: str) -> str | None:
        m = self._pattern.fullmatch(folded)
        return self._reasons[m.lastgroup] if m else None


class _Phrases:
    """A rule that looks for telltale phrases anywhere in a line."""

    def __init__(self, reason: str, pattern: str) -> None:
        self._reason = reason
        self._search = re.compile(pattern).search

    def __call__(self, folded: str) -> str | None:
        return self._reason if self._search(folded) else None


def _rules(sentence_ok: bool) -> tuple[_Rules | _Phrases, ...]:
    whole = _Rules([(r, p) for r, p, ok in _WHOLE_LINE if ok == sentence_ok])
    return (whole, *(_Phrases(r, p) for r, p, ok in _ANYWHERE if ok == sentence_ok))


# Rules for every short line, and those for lines that do not end a sentence.
_ANY_LINE = _rules(True)
_NOT_SENTENCE = _rules(False)
# All the phrases at once, literal-led too: most lines have none of them,
# and one fast search rules them all out.
_ANY_PHRASE = re.compile("|".join(p for _, p, _ in _ANYWHERE)).search

_SHARE_WORDS = frozenset(
    "分享 分享到 分享至 微信 朋友圈 微博 新浪微博 qq qq空间 豆瓣 知乎 facebook twitter x linkedin 复制链接 "
    "收藏 点赞 转发 打印 email share tweet 举报 在看 赞".split()
)
_SHARE_BAR = 60
_SHARE_SPLIT = re.compile(r"[\s|·/、:：,，]+")
_TAG_SPLIT = re.compile(r"\s+")
_NO_TEXT = re.compile(r"^[\W_]*$")
_REFERENCE = re.compile(r"^\[\d+\]")
_CJK = re.compile(r"[\u3400-\u9fff]")
_PUNCTUATION = re.compile(r"[，。,!?！？；;：:]")


def _line_rule(line: str, folded: str | None) -> str | None:
    """Why ``line`` is junk on its own, or None. ``folded`` is None for
    lines too long for the keyword rules."""
    if _NO_TEXT.match(line):
        return "no text"
    if folded is None:
        return None
    # A question or an exclamation ("忘记密码？", "立即注册！") is how a page
    # talks to its visitor; only a statement is protected as a sentence.
    groups = _ANY_LINE if _STATEMENT.search(line) else _ANY_LINE + _NOT_SENTENCE
    phrases = _ANY_PHRASE(folded) is not None
    for rules in groups:
        if (phrases or isinstance(rules, _Rules)) and (reason := rules(folded)):
            return reason
    if len(line) <= _SHARE_BAR:
        words = [w for w in _SHARE_SPLIT.split(folded) if w]
        if words and all(w in _SHARE_WORDS for w in words):
            return "share bar"
    return None


def _judged_by_keywords(line: str) -> bool:
    n = len(line)
    return n <= _KEYWORD_LINE or (n <= _KEYWORD_LINE_LATIN and not _CJK.search(line))


def _fold_short(lines: list[str]) -> list[str | None]:
    """Folded lines for the rules, None for lines too long for them, which
    are only judged by their shape (one fold call for all the rest)."""
    short = [i for i, line in enumerate(lines) if _judged_by_keywords(line)]
    folded: list[str | None] = [None] * len(lines)
    for i, f in zip(short, fold("\n".join(lines[i] for i in short)).split("\n")):
        folded[i] = f
    return folded


def _is_tag_row(line: str) -> bool:
    """Keyword rows such as "辛顿 深度学习 奥特曼": several short words, at
    least two of them Chinese, no punctuation."""
    if not _TAG_SPLIT.search(line) or _PUNCTUATION.search(line):
        return False
    words = _TAG_SPLIT.split(line)
    return (
        len(words) >= 3
        and all(len(w) <= 12 for w in words)
        and sum(1 for w in words if _CJK.search(w)) >= 2
    )


def _kind(line: str) -> _Kind:
    if _REFERENCE.match(line):
        return _Kind.GOOD
    if _is_tag_row(line):
        return _Kind.SHORT
    if len(line) < _SHORT and not line.endswith(_SENTENCE_END):
        return _Kind.SHORT
    return _Kind.GOOD


# -- cleaning a whole text ------------------------------------------------------

# A teaser: "摘要：…" or a line cut off with "..", repeating the body.
_TEASER = re.compile(r"^(?:(?:摘要|導讀|导读|導語|导语|簡介|简介|概要|summary)\s*[:：]\s*)?(?P<body>.+?)(?:\.{2,}|…+)?$", re.I)
_TEASER_MARK = re.compile(r"^(?:摘要|導讀|导读|導語|导语|簡介|简介|概要|summary)\s*[:：]|(?:\.{2,}|…+)$", re.I)
_MIN_TEASER = 20
# A line in the footer between at least this many junk lines on each side
# is a blurb, not the article.
_FOOTER_RUN = 2
# A paragraph this short is not a lead to make a title from.
_MIN_LEAD = 8
# The headline is looked for among the lines before the first paragraph, and
# never further down than this.
_HEAD_LINES = 40


def clean(text: str) -> Cleaned:
    """The article in ``text``: its metadata and its cleaned paragraphs."""
    text = sanitize(text)
    lines = [fixed for raw in text.split("\n") if (fixed := fix_line(raw))]
    folded = _fold_short(lines)
    n = len(lines)

    reasons: list[str | None] = [_line_rule(line, f) for line, f in zip(lines, folded)]
    kinds = [_Kind.BAD if r else _kind(line) for line, r in zip(lines, reasons)]
    # Bylines and date lines sit at the top or the bottom of an article.
    metas: list[MetaLine | None] = [
        None
        if reasons[i] or folded[i] is None or _HEAD_LINES <= i < n - _HEAD_LINES
        else parse_meta_line(lines[i], folded[i])
        for i in range(n)
    ]
    is_meta = [m is not None for m in metas]
    candidate = [r is None for r in reasons]

    _mark_repeats(lines, kinds, reasons, is_meta)
    _mark_teasers(lines, kinds, reasons)
    _resolve_short(kinds, reasons, is_meta)

    kept = [k is not _Kind.BAD and not m for k, m in zip(kinds, is_meta)]
    if not any(kept):
        # Only short lines (a poem, a list): judged by neighbours alone they
        # would all go, but a text of short lines is its own body.
        for i, reason in enumerate(reasons):
            if reason == "between boilerplate":
                kinds[i], reasons[i], kept[i] = _Kind.SHORT, None, True
    head_end = next((i for i in range(n) if kept[i] and not is_headline_shaped(lines[i])), n)
    title, title_lines = choose_title(lines, candidate, is_meta, kept, min(head_end, _HEAD_LINES))
    for i in title_lines:
        kept[i] = False
        reasons[i] = "headline"

    _mark_footer(kinds, reasons, kept, is_meta)

    paragraphs = tuple(line for line, k in zip(lines, kept) if k)
    if title is None:
        # The first real paragraph, not a stray word left at the top.
        lead = next((p for p in paragraphs if len(p) >= _MIN_LEAD), paragraphs[0] if paragraphs else "")
        title = lead_title(lead) if lead else ""
    source, author, date = merge([m for m in metas if m is not None])
    dropped = tuple(
        Dropped(line, reasons[i] or ("metadata" if is_meta[i] else "between boilerplate"))
        for i, line in enumerate(lines)
        if not kept[i]
    )
    credits = _credit_lines(lines, folded, metas, kept, n)
    return Cleaned(Metadata(title, source, author, date, credits), paragraphs, dropped)


def _credit_lines(
    lines: list[str], folded: list[str | None], metas: list[MetaLine | None], kept: list[bool], n: int
) -> tuple[str, ...]:
    """The byline and credit lines that left the text (作者：…, and the
    （责任编辑：…） line a disclaimer rule drops): they name people."""
    credits = []
    for i in range(n):
        f = folded[i]
        if kept[i] or f is None or _HEAD_LINES <= i < n - _HEAD_LINES:
            continue
        meta = metas[i] or parse_meta_line(lines[i], f)
        if meta is not None and meta.kind in ("byline", "editor") and meta.author:
            credits.append(lines[i])
    return tuple(credits)


def _mark_repeats(lines: list[str], kinds: list[_Kind], reasons: list[str | None], is_meta: list[bool]) -> None:
    """A line repeated right after itself: once is enough. Short repeated
    lines (a logo's alt text and its caption) are page furniture."""
    for i in range(1, len(lines)):
        if lines[i] != lines[i - 1] or is_meta[i]:
            continue
        if kinds[i] is _Kind.SHORT:
            for j in (i - 1, i):
                kinds[j], reasons[j] = _Kind.BAD, reasons[j] or "repeated line"
        elif kinds[i] is _Kind.GOOD:
            kinds[i], reasons[i] = _Kind.BAD, reasons[i] or "repeated line"


def _mark_teasers(lines: list[str], kinds: list[_Kind], reasons: list[str | None]) -> None:
    """A summary line at the top that only repeats the body ("摘要：…", cut
    off with ".."). Only dropped when its words really appear again."""
    body = "".join(lines)
    for i, line in enumerate(lines[:_HEAD_LINES]):
        if kinds[i] is not _Kind.GOOD or not _TEASER_MARK.search(line):
            continue
        core = _TEASER.match(line).group("body")
        if len(core) >= _MIN_TEASER and body.count(core) >= 2:
            kinds[i], reasons[i] = _Kind.BAD, "teaser repeating the body"


def _resolve_short(kinds: list[_Kind], reasons: list[str | None], is_meta: list[bool]) -> None:
    """A short line whose nearest judged neighbours on both sides are junk
    is junk too; the ends of the text count as junk. Metadata lines are
    transparent."""
    n = len(kinds)
    before: list[_Kind] = [_Kind.BAD] * n
    last = _Kind.BAD
    for i in range(n):
        before[i] = last
        if kinds[i] is not _Kind.SHORT and not is_meta[i]:
            last = kinds[i]
    last = _Kind.BAD
    for i in range(n - 1, -1, -1):
        if kinds[i] is _Kind.SHORT and not is_meta[i] and before[i] is _Kind.BAD and last is _Kind.BAD:
            kinds[i], reasons[i] = _Kind.BAD, "between boilerplate"
        elif kinds[i] is not _Kind.SHORT and not is_meta[i]:
            last = kinds[i]


def _mark_footer(kinds: list[_Kind], reasons: list[str | None], kept: list[bool], is_meta: list[bool]) -> None:
    """The page footer: from the end, junk lines, and lines that stand alone
    between runs of junk (a site's blurb among its widgets). It must end in
    junk, be mostly junk, and come after the body: a paragraph with no kept
    paragraph before it is the body itself, however much junk is around."""
    live = [i for i in range(len(kinds)) if not is_meta[i] and reasons[i] != "headline"]
    bad = [kinds[i] is _Kind.BAD for i in live]
    footer: list[int] = []
    junk = 0
    for pos in range(len(live) - 1, -1, -1):
        if bad[pos]:
            footer.append(live[pos])
            junk += 1
        elif (
            pos >= _FOOTER_RUN
            and all(bad[pos - _FOOTER_RUN : pos])
            and all(bad[pos + 1 : pos + 1 + _FOOTER_RUN])
            and len(bad) - pos > _FOOTER_RUN
            and any(kept[i] for i in live[:pos])
        ):
            footer.append(live[pos])
        else:
            break
    if sum(1 for i in footer if kinds[i] is not _Kind.BAD) >= junk:
        return
    for i in footer:
        if kept[i]:
            kept[i] = False
            reasons[i] = reasons[i] or "page footer"


__all__ = ["Cleaned", "Dropped", "clean", "fix_line"]
