"""The rule tables of reader mode: why a line is page junk, by its shape.

Each rule names a *kind* of junk (a share bar, a counter, navigation), never
a site's wording. The phrase tables (_WHOLE_LINE, _ANYWHERE) are a weak
feature: they only judge short lines, and a statement ending in 。 is
protected from most of them. Patterns see folded lines (Simplified,
lowercase, half-width; see ``reader.core.folding.fold``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import Final


class Reason(StrEnum):
    """Why a line was dropped. A StrEnum, so it compares equal to its text."""

    # (hashed as its text, in C: Enum's own hash is a Python call, and the passes
    # ask a reason's membership of a set on most lines; equal to its text, so hashed alike)
    __hash__ = str.__hash__

    NO_TEXT = "no text"
    TEMPLATE_PATH = "template path"
    DISCLAIMER = "disclaimer"
    LOGIN = "login prompt"
    TIMESTAMP = "timestamp"
    STOCK_TICKER = "stock ticker"
    COUNTER = "counter"
    NAVIGATION = "navigation"
    WIDGET = "widget"
    INTERFACE_HINT = "interface hint"
    PROMOTION = "promotion"
    CONTACT = "contact"
    SHARE_BAR = "share bar"
    CONTROLS = "page controls"
    CAPTION = "image caption"
    ATTACHMENT = "attachment or download"
    HANDLE = "handle"
    PREV_NEXT = "previous/next link"
    SITE_TEMPLATE = "repeated across the folder"
    RELATED = "related articles"
    REPEATED_LINE = "repeated line"
    TEASER = "teaser repeating the body"
    BETWEEN_BOILERPLATE = "between boilerplate"
    HEADLINE = "headline"
    METADATA = "metadata"
    PAGE_FOOTER = "page footer"
    LINKS = "mostly links"
    ABOVE_HEADLINE = "above the headline"
    NOTE_TO_SELF = "the writer's note to self"


# The reasons a line can go for by its shape alone, which its context (a box of fields, a table, the body
# around it) may overrule; and those with a menu's, the reasons a row of cells goes for.
SHAPE_ONLY: Final = frozenset({Reason.COUNTER, Reason.CONTROLS, Reason.BETWEEN_BOILERPLATE})
ROW_LIKE: Final = SHAPE_ONLY | {Reason.NAVIGATION}

# A related headline's label (or the writer's other pieces: 楼主其他帖子) and the headline, which may ask
_RELATED_LABEL: Final = (
    r"(?:(?:延伸阅读|相关阅读|推荐阅读|相关报[导道]|相关新闻|相关文章|相关消息|相关资讯|延伸报导)(?:推荐)?|相关推荐"
    r"|\S{0,4}(?:其他|更多)(?:帖子|文章))"
)
_RELATED_TITLE: Final = r"\s*[^。!?！？]{2,40}(?:[?？][^。!?！？]{1,30})?[?？]?"

# -- whole-line rules: the entire (folded) line has this shape ------------------------
# (reason, pattern, whether a line ending like a statement may still match)
WHOLE_LINE: Final[tuple[tuple[Reason, str, bool], ...]] = (
    (Reason.TEMPLATE_PATH, r"[\w./-]*\.(?:s?html?|php|aspx?|jsp|tpl)", True),
    (Reason.DISCLAIMER, r"(?:图源|\(?图[/:]|copyright\b|©).*", True),
    (Reason.LOGIN, r"(?:微信|qq|微博|手机号?|邮箱|账号|短信|会员|用户)?(?:登录|登入|注册|登出|注销)", False),
    (Reason.LOGIN, r"(?:登录|登入)\s*[/|｜]?\s*注册|退出登录|个人中心|会员中心", False),
    # Hashtags and tag lines: #杭州旅游 #小众路线, 标签：时间管理 心理学
    (Reason.WIDGET, r"(?:#[^\s#]{1,20}#?\s*){2,}|(?:标签|tags?)\s*[:：].{0,60}", False),
    (Reason.LOGIN, r"(?:sign in|log in|sign up|create an account|forgot (?:your )?password)\b.*", False),
    # a notice's note on how long it stays posted: 本公告張貼期間至…止，請勿撕毀。
    (Reason.DISCLAIMER, r"本(?:公告|通知|告示)(?:张贴|公告|公示)?期[间限]?(?:至|到)[^。]{1,16}止[^。]{0,12}。?", True),
    (Reason.TIMESTAMP, r"(?:更新|发布|发表|修改)(?:于|时间|日期)[:：]?.{0,24}", False),
    (
        Reason.STOCK_TICKER,
        (
            r"[•·*\s-]*(?:\d{1,2}-\d{1,2}\s+)?\S{2,10}\s+\(?(?:sh|sz|hk)?\d{5,6}\)?\s+"
            r"(?:[-+]?\d+(?:\.\d+)?%?|--)(?:\s+[-+]?\d+(?:\.\d+)?%?)*"
            # (and the quote's labelled figures after it: 成交额 4.18亿, 换手率 2.1%)
            r"(?:\s+[^\s\d]{1,4}\s*[-+]?\d+(?:\.\d+)?[%万亿]?)*"
        ),
        False,
    ),
    (Reason.COUNTER, r"[•·]\s*\d+(?:\.\d+)?[万千kw]?|\d+\s*/\s*\d+", False),
    # A fold's button and the share of the text it hides: 展开剩余68% (before the counters: a figure's share)
    (Reason.CONTROLS, r"(?:展开|阅读)剩余\d{1,2}%", False),
    # Counters: 赞 1.2万 · 收藏 57 · 留言 3 / 阅读 10万+ / 12 评论 (short words next to numbers).
    (
        Reason.COUNTER,
        # (a label with a colon and five digits or more is a phone number or a code)
        (
            r"(?:[\s|·•/,，\u200b]*(?:[^\s\d|·•/年月日时点分秒号:：.\u200b]{1,4}(?:\s*[:：](?!\s*\d{5}))?\s*[(（]?\d[\d,.:/-]*[万千kmw]?\+?[)）]?"
            # (a number before its word: 12 评论, 7人点赞; but "1 引言" numbers a heading)
            # (a count's word holds no comma: 14K金，M尖 is a clause)
            r"|(?:\d[\d,.]*\d[万千kmw]?\+?\s*|\d[万千kmw]?\+?)[^\s\d|·•/年月日时点分秒号:：.,\u200b][^\s\d|·•/:：.,\u200b]{0,3}))+"
            r"[\s\u200b]*"
        ),
        False,
    ),
    # A count of views whose word opens with 点 (kept out of the labels above, for 3点 of a time): 點閱數：312
    (Reason.COUNTER, r"(?:点阅|点击|点播)(?:数|次数|量|率)?\s*[:：]?\s*\d[\d,]*[万千kw]?\+?(?:\s*次)?", False),
    # A count of comments, even a single digit, the whole told by 共: 0 条评论, 3 則留言, 共 36 條評論
    (Reason.COUNTER, r"(?:共\s*)?\d[\d,.]*[万千kw]?\+?\s*(?:条|则|个)?\s*(?:评论|留言|回复|回应|comments?)", False),
    # Sharing to places only: 分享至好友和朋友圈, 转发到微博 ("分享给家人的一封信" is a heading)
    (
        Reason.SHARE_BAR,
        r"(?:分享|转发)(?:到|至)\s*[:：]?\s*(?:(?:好友|朋友圈|微信|微博|qq空间|qq|facebook|line|twitter|wechat|whatsapp|telegram|threads)(?:和|及|、|\s)*)+",
        False,
    ),
    # A price, then an offer to become a member: 每月港幣 $50 起，成為眾聲會員
    (Reason.PROMOTION, r".{0,8}(?:[$¥￥€£]|hk\$|nt\$)\s?\d.{0,12}成为.{0,8}会员.{0,8}", False),
    # A number and a few words about it: 135 人赞同了该文章, 1,083 个回答
    # (two digits at least: "1 引言" is a numbered heading)
    (Reason.COUNTER, r"[\u200b\s]*(?!(?:19|20)\d\d\s)\d[\d,.]*\d[万千kmw]?\+?\s+[^\s\d。，,!?！？]{1,10}", False),
    # Breadcrumbs and menus: short items joined by > / | · (at least three items).
    (Reason.NAVIGATION, r"\S{1,12}(?:\s*[>›»]\s*\S{1,12}){2,}", False),
    # Two-level breadcrumbs and channel labels: 即時新聞 > 金融市場, 地方 / 新北市, 健康资讯 · 疾病防治
    (
        Reason.NAVIGATION,
        r"[^\s。，,!?！？]{1,8}\s*[>›»]\s*[^\s。，,!?！？]{1,8}|[^\s。，,!?！？]{1,8}\s+[/·•|｜]\s+[^\s。，,!?！？]{1,8}",
        False,
    ),
    # A site's statement (郑重声明：…, 【声明】…) and a paper page's DOI line
    (
        Reason.DISCLAIMER,
        r"(?:郑重|特别|免责|平台|版权|法律)?声明\s*[:：].*|【(?:免责)?声明】.*|doi\s*[:：].{0,80}",
        True,
    ),
    # An advertisement's label before it: 【广告】…, 【贊助】…, [AD] …, （推广）…, > 贊助 · … (a dot after it)
    (
        Reason.PROMOTION,
        # (a kind of advertisement too: 【分类广告】…, 【招聘广告】…; this sponsor: —— 本期赞助 ——)
        # (and a show's chapter mark before it: - 18:30 【业配】…)
        r"(?:-\s\d{1,2}:\d{2}(?::\d{2})?\s)?"
        r"(?:[【\[(（]|[—–-]{1,2})\s*(?:[\u3400-\u9fff]{0,2}(?:广告|赞助)|推广|业配|商业合作|ad|ads|sponsored|pr)\s*"
        r"(?:[】\])）]|[—–-]{1,2}).*|[>\s]*(?:广告|赞助|推广|sponsored|ad)\s+[·•|｜]\s+\S.*",
        True,
    ),
    # a player's position and length: 听新闻 00:00 / 08:42
    (Reason.WIDGET, r".{0,10}?\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?", False),
    # a clipper's note of where the page came from: > 原文链接：https://…, 本文地址：www.…
    (Reason.LINKS, r"[>\s]*(?:原文|本文|来源|原始)(?:链接|地址|网址|url)?\s*[:：]\s*(?:https?://|www\.)\S+", False),
    # a shop's terms, not the item's facts: 庫存：僅此一張, 付款方式：…, 運送方式：…, 退換貨說明：…,
    # 库存紧张，每人限购12罐
    (
        Reason.WIDGET,
        r"\S{0,6}(?:库存|付款方式|支付方式|运送方式|配送方式|寄送方式|退换货|退货)\S{0,6}[:：].{1,120}"
        r"|.{0,12}每人限购\s*\d+\s*\S{0,2}",
        False,
    ),
    # a related headline after its label on the same line: 延伸閱讀：路氹城舊區活化計劃諮詢今日展開
    # (相關文章推薦：…; a headline may ask: 延伸阅读：…，年轻人愿意接班吗？; framed: led_rule's)
    (Reason.RELATED, rf"{_RELATED_LABEL}\s*[:：|｜]{_RELATED_TITLE}", False),
    # An image's or a video's placeholder, and a font-size button: 图片, 小字号
    (Reason.CAPTION, r"(?:图片|图像|image|photo|视频|video)", False),
    (Reason.CONTROLS, r"(?:大|中|小|标准|默认)字号|字号(?:大|中|小|[+＋-－])", False),
    # Skip links: 跳到导航, 跳至内容, Skip to content
    (
        Reason.NAVIGATION,
        r"(?:跳到|跳至|跳转到|skip to)\s?(?:主要|主)?(?:导航|搜索|内容|正文|页首|content|main|navigation)",
        False,
    ),
    # A widget still loading: 喜欢 加载中…
    (Reason.WIDGET, r".{0,8}(?:加载中|载入中|正在加载|loading)[.。…\s]*", False),
    # A forum's edit note and buttons: 本帖最后由 X 于 … 编辑, 只看该作者, 返回(新闻)列表
    (Reason.TIMESTAMP, r"本帖最后由.{1,40}编辑", True),
    # a labelled note about who wrote it, under the article: 作者簡介：…
    (Reason.DISCLAIMER, r"(?:作者|译者|笔者)(?:简介|介绍|小传)\s*[:：].{2,80}", True),
    # (and the thread's tools beside it, words of a button's length: 只看该作者　倒序浏览　阅读模式)
    (
        Reason.WIDGET,
        r"只看(?:该作者|楼主|作者)(?:\s+[^\s\d\W]{2,5}){0,3}|(?:返回|回到)\S{0,4}(?:列表|目录|首页|上一页|版块|看板)",
        False,
    ),
    # A post's device signature: 来自Android客户端, 来自 iPhone 15
    (Reason.WIDGET, r"来自\s?\S{0,16}(?:客户端|app|iphone|android|ipad|手机版)\S{0,8}", False),
    # A page footer's software line: Powered by Discuz! X3.4
    (Reason.DISCLAIMER, r"powered by .{1,40}", False),
    # A note marked ※ (about the page, the post or its links)
    (Reason.DISCLAIMER, r"※.{0,80}", True),
    # A search box's placeholder: 搜索你感兴趣的内容…
    (Reason.WIDGET, r"\S{0,4}(?:搜索|搜寻|search)\S{0,12}?(?:\.{2,}|…)?", False),
    # A sign-up form's placeholder: Type your email..., 请输入邮箱
    (
        Reason.WIDGET,
        r"(?:type|enter|请?输入|填写)\s*(?:your\s+)?(?:email|e-mail|电子邮箱|邮箱|电子邮件|电邮|信箱)(?:\s*address)?\s*(?:\.{2,}|…)?",
        False,
    ),
    # Follow buttons, collections and reading-time notes (a player's button with its length:
    # line_features' _PLAYER_BUTTON, asked only of a line a sound icon leads)
    (
        Reason.WIDGET,
        r"[+＋]?\s*(?:关注|追踪)(?:他|她|我们|作者)?(?:\s+\S{0,6}\d[\d.,]*[万千kw]?\+?\S{0,4})?|收录于.{0,30}|(?:本文|全文)?(?:预计)?阅读时间\s*约?\s*\d+\s*分钟|阅读\s*\d+\s*分钟",
        False,
    ),
    # Digit groups and separators only: 0:00 / 0:00, 12 | 34 (a lone "2" numbers a section)
    (Reason.COUNTER, r"[\s:/.,+×%|-]*\d+(?:[\s:/.,+×%|-]+\d+)+[\s:/.,+×%|-]*", False),
    # Contact lines: 媒体联系：品牌部 李女士, a press release's 传媒查询：梁先生 9123 4567, whatsapp查询：…
    (Reason.CONTACT, r"(?:媒体|新闻|商务)?(?:联系|联络)(?:人|方式)?\s*[:：].{0,40}", False),
    (Reason.CONTACT, r"(?:媒体|新闻|传媒|whatsapp|微信)\s*(?:查询|垂询|下单|订购)\s*[:：].{0,40}", False),
    # Font-size and page controls: 【大】【中】【小】, [打印] [关闭], 字号：大 中 小
    (Reason.CONTROLS, r"(?:\S{1,4}[:：]\s*)?(?:[【\[［(（]\s*\S{1,4}\s*[】\]］)）]\s*){2,}", False),
    # (and the buttons beside them: 字号：大 中 小　打印　分享)
    (Reason.CONTROLS, r"(?:字号|字体|字體|字级)[:：]?\s*(?:[大中小标准特]\S?\s*){2,}(?:\S{1,4}\s*){0,4}", False),
    # A font-size control of any glyphs: 字号：A+ A-, 字级 ＋ －
    (Reason.CONTROLS, r"(?:字号|字体|字級|字级|字體大小|字体大小)\s*[:：]?\s*(?:\S{1,3}\s*){1,4}", False),
    # A bar of bracketed buttons, spaces inside: 【字体：大 中 小】【打印本页】【关闭窗口】
    (Reason.CONTROLS, r"(?:[【\[［]\s*[^】\]］]{1,16}\s*[】\]］]\s*){2,}", False),
    # Single-letter or one-word buttons in a row: 字体大小 : A A A, 字级 小 中 大 特
    (Reason.CONTROLS, r"(?:[^\s:：]{1,6}\s*[:：]?\s+)?(?:[^\s]{1,2}\s+){2,}[^\s]{1,2}", False),
    # A question to the reader and its one-word answers as buttons: 本頁有幫助嗎？　是　否
    (Reason.CONTROLS, r"[^\s?]{2,16}+\?\s*(?:\S{1,3}\s+){1,3}\S{1,3}", False),
    # A back link led by an arrow: ← 回列表, « 返回
    (Reason.NAVIGATION, r"[←⟵«]\s*\S{1,10}", False),
    # An image caption marker: ▲ 咖啡馆开在老街的拐角
    (Reason.CAPTION, r"[▲△▼▽↑↓]\s*.{0,40}", False),
    # A thread's poster label: 樓主 小明開電車 (never the thread's title)
    (Reason.HANDLE, r"楼主\s+[^\s:：]{2,16}", False),
    # An @handle on its own (with a follow button or a count).
    (Reason.HANDLE, r"@[\w\u3400-\u9fff._-]{1,30}(?:\s+\S{1,8}){0,2}", False),
    # A row of the accounts to follow, one an @handle: Facebook：某某｜IG：@name
    (Reason.HANDLE, r"(?:[^|@。]{1,30}\|\s*)*[^|@:。]{1,12}:\s*@[\w.-]{2,30}(?:\s*\|[^|@。]{1,30})*", False),
    # An e-paper's page and its section: 第03版：乡村振兴, A2版
    (Reason.NAVIGATION, r"第\s*[a-z]?\d{1,3}\s*版(?:\s*[:：]\s*[^\s，。]{1,12})?", False),
    # Previous / next links: 上一篇：标题, 下一页, 上一版 (an e-paper's page), ← Older posts, [上一篇：…];
    # a series' other units too: a tour's stops, a course's lectures and lessons (上一站：…);
    # after a pager's place, 第1页 共2页 下一页
    (
        Reason.PREV_NEXT,
        (
            # (the words as one class after 上一/下一: one test a position, not one a word)
            r"(?:[←→<>«»\s\d\[【]|[第共]\d+页)*(?:(?:[上下]一[篇页版章条则集期站讲课套首回]|[前后]一篇)(?:文章)?"
            r"(?:\s*[:：>»|｜→]\s*.{0,60}|\s+.{0,30}|[\s←→<>«»]*)"
            # ("Next steps" is a heading: English words take a colon or an arrow)
            r"|(?:previous|next|prev|older|newer)(?:\s*(?:post|posts|article|story|page))?"
            r"(?:\s*[:：>»|→]\s*.{0,60}|[\s←→<>«»]*))"
        ),
        False,
    ),
    (
        Reason.WIDGET,
        (
            # (the label may follow its word in the site's other language: Publicité 广告)
            r"(?:[^\W\d_]{2,16}\s+(?=[\u3400-\u9fff]))?"
            r"(?:加载中|载入中|正在加载|loading|热门推荐|相关推荐|推荐阅读|相关阅读|相关文章|相关新闻|相关帖文|相关帖子|相关标签|热门文章|热门标签|相关报导|相关报道|文章目录|本文目录|目录|"
            r"猜你喜欢|延伸阅读|精彩推荐|热点推荐|为你推荐|最新文章|热门评论|全部评论|评论|发表评论|写评论|网友评论|我要评论|"
            r"返回顶部|回到顶部|首页|收起|展开|展开全文|查看更多|阅读原文|阅读全文|听全文|收听全文|加载更多|点击加载更多|"
            r"related(?: articles| posts| stories)?|recommended|comments?|advertisement|广告|赞助内容|"
            r"赞助商(?:连结|链接)?|文章标签|标签|\S{0,8}推荐)"
            # (or before it: 廣告 Advertisement)
            r"(?:(?<=[\u3400-\u9fff])\s+[a-z]{2,16})?"
            r"[\s.。…:：>»]*\d*"
        ),
        False,
    ),
    (
        Reason.INTERFACE_HINT,
        r"\S{0,4}(?:左右滑动|滑动查看|点击(?:图片|放大|查看大图)|长按(?:识别|保存)|双击放大)\S{0,6}",
        False,
    ),
)


def _each(words: str, then: str = "") -> str:
    """An alternation in which every branch starts with a literal word, so
    that the regex engine can skip ahead to the words' first characters."""
    return "|".join(f"{w}{then}" for w in words.split())


# (a number's tail may be masked, as a published sample's is: 021-6xxxxxxx; one class, not
# a second branch: the phrase rules compile at the first clean, and each branch costs there)
_CONTACT_VALUE: Final = r".{0,24}(?:[\w.+-]+@[\w-]+\.[\w.]+|\d{3,}[-\d x]{4,})"
_NAV_WORDS: Final = "首页 返回顶部 回到顶部 相关新闻 语音播报 上一篇 下一篇 网站地图 关于我们 意见反馈"

# -- phrase rules: a telltale phrase anywhere in a short line ------------------------
# Each is one alternation of literal-led branches: keep them so (a leading
# group or \b makes every line a slow scan).
ANYWHERE: Final[tuple[tuple[Reason, str, bool], ...]] = (
    (Reason.TEMPLATE_PATH, r"\.\./\.\./", True),
    # A page speaking to its reader in English is unmistakable even as a full
    # sentence; the Chinese words (公众号, 版权所有) also occur in reporting,
    # so a full sentence with them is kept.
    (
        Reason.PROMOTION,
        (
            r"reader-supported|consider becoming a|consider upgrading|subscribe now|subscribe today|subscribe to|"
            r"join our newsletter|join the newsletter|get our newsletter|subscribe for free|buy me a coffee|"
            # a publication living on its readers' support: 我們的報道全靠讀者支持
            r"全靠读者支持|有赖读者支持|仰赖读者支持|依靠读者支持"
        ),
        True,
    ),
    (
        Reason.PROMOTION,
        _each("下载 打开 尽在 安装 登录", ".{0,12}app")
        + "|"
        + _each("下载", ".{0,12}客户端")
        + r"|app内|app专享|app下载|公众号|二维码|长按识别|关注我们|点击关注|点击上方|点击下方|点击蓝字|扫码|"
        r"设为星标|订阅|扫一扫|按此|点此|点击此处|点击这里|点击复制|打赏|赞助作者|请作者喝|投推荐票|加入书签|送ta礼物|成为会员|加入会员|之友|喜欢这篇文章|喜欢本文|更多精彩|关注我|赞赏|就在.{0,8}app",
        False,
    ),
    (
        Reason.DISCLAIMER,
        (
            # (views said to be only their speakers': 观点仅代表作者本人, 书评观点仅代表发言者个人)
            r"本文仅代表|本文只代表|本文代表作者|仅代表作者|观点仅代表|未经.{0,6}(?:授权|许可).{0,10}转载|转载请|免责声明|"
            r"图片来源|图像来源|all rights reserved|如有侵权|侵权请联系|侵删|"
            r"不得转载|禁止转载|严禁转载|请勿转载|授权转载|授权翻译|本文为.{0,12}原创|禁止转载或摘编|"
            r"授权刊登|经作者授权|经原作者授权|原文刊载于|icp备|icp证|公网安备|仅提供信息存储|"
            # (the piece called one person's own view or experience: 本文為作者個人觀點, 本文纯属个人经历分享)
            r"本文(?:为|是|纯属|仅为)(?:作者)?个人"
        ),
        True,
    ),
    # Notes about the page rather than the story: last updated, affiliate links, page timing.
    (
        Reason.DISCLAIMER,
        (
            r"最后更新于|最后修改于|最后修订于|最近更新于|联盟行销|联盟营销|affiliate link|processed in [\d.]+ second|"
            # which browser and screen the site is made for
            r"最佳解析度|最佳分辨率|最佳浏览|建议使用.{0,24}浏览|建议以.{0,24}浏览|"
            # a cookie notice: 本網站使用Cookie…, we use cookies
            r"本网站使用cookie|本站使用cookie|我们使用cookie|网站使用cookie及|"
            r"we use cookies|site uses cookies|website uses cookies|cookie policy"
        ),
        True,
    ),
    # A file to download or an image's file name: 新闻稿下载（PDF）, balcony1.jpg (186 KB)
    (
        Reason.ATTACHMENT,
        r"\.jpg|\.jpeg|\.png|\.gif|\.webp|\.pdf|\.docx?\b|\.xlsx?\b|\.odt\b|\.zip\b|\(pdf|（pdf|下载次数",
        False,
    ),
    # A statement of the site's: 郑重声明：…, 【声明】…, 平台声明：…; who runs it (主办单位：…)
    (
        Reason.DISCLAIMER,
        r"不代表.{0,12}(?:立场|观点)|版权归|版权所有|版权声明|网站标识码|(?:主办|主管)单位.{0,30}(?:承办单位|标识码|icp|备案)",
        False,
    ),
    (
        Reason.LOGIN,
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
    (Reason.CONTACT, _each("联系 联络 邮箱 email e-mail 电话 热线 客服 contact", _CONTACT_VALUE), False),
    (Reason.NAVIGATION, _each(_NAV_WORDS, ".*(?:" + _NAV_WORDS.replace(" ", "|") + ")"), False),
)


# -- led rules: whole-line rules for rows a string test on their lead picks out ---------
# (a row of download links starts with 下载; a framed related headline with 【; a reply's
# header with its floor and ends with a time). Most folders have none: the patterns are
# compiled on the first line that passes the test (joined to WHOLE_LINE, every short line
# paid their compile and a try).

# A row of download links: 下載高解析照片　下載新聞稿 PDF, 下载报名表 docx (two, or one with its file's type)
_DOWNLOADS: Final = (
    r"(?:下载\S{1,12}?(?:\s?(?:pdf|docx?|zip))?\s+){1,3}下载\S{1,12}?(?:\s?(?:pdf|docx?|zip))?"
    r"|下载\S{1,12}?\s?(?:pdf|docx?|zip)"
)
# A reply's header: its floor, who replied, when (2楼 某某 · 发表于 2027-09-04 08:42, #3 某某 10:05)
_REPLY_HEADER: Final = r"(?:\d{1,4}\s*楼|#\s*\d{1,4})\s+\S.{0,40}\d{1,2}:\d{2}"
# A related headline under its label framed, amid the story or after it: 【延伸閱讀】砌了三十年麻石街　老師傅：…
_FRAMED_RELATED: Final = rf"【{_RELATED_LABEL}】{_RELATED_TITLE}"


@cache
def _fullmatch(pattern: str) -> Callable[[str], re.Match[str] | None]:
    return re.compile(pattern).fullmatch


def led_rule(folded: str) -> Reason | None:
    """Why ``folded`` is junk by these rules, or None. (A caller that asks every
    line tests its lead inline first: folded.startswith(("下载", "【")) or folded.startswith(":", -3), no slices)"""
    if folded[:2] == "下载":
        return Reason.ATTACHMENT if _fullmatch(_DOWNLOADS)(folded) else None
    if folded[:1] == "【":
        return Reason.RELATED if _fullmatch(_FRAMED_RELATED)(folded) else None
    if (folded[:1] == "#" or (folded[:1].isdecimal() and "楼" in folded)) and _fullmatch(_REPLY_HEADER)(folded):
        return Reason.TIMESTAMP
    return None


__all__ = ["ANYWHERE", "ROW_LIKE", "SHAPE_ONLY", "WHOLE_LINE", "Reason", "led_rule"]
