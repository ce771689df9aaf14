"""Who a metadata value names: the roles of a credit line, and whether a
value (from a byline or a page's markup) is a person's name, a byline's
role word, or an outlet's or team's name beside the name."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from reader.core.han import HAN_RUN
from reader.core.round_brackets import CLOSERS, last_open
from reader.core.surnames import COMPOUND_SURNAMES, SURNAMES

# Roles of a credit line, and what each role says.
# (a research note's analysts: 研究员, 分析师)
AUTHOR_ROLES: tuple[str, ...] = ("作者", "撰文", "文字", "文", "记者", "主笔", "采写", "口述", "本报记者", "特约记者")
AUTHOR_ROLES += ("研究员", "分析师", "撰文者", "撰稿", "撰稿人", "执笔", "原作者", "原著", "编撰", "上传者", "上载者")
# (who posted a notice, and the owner who posts their own case, a lost pet's: 张贴人, 主人)
AUTHOR_ROLES += ("张贴人", "主人")
# (a citizen-journalism site's reporter writes the report: 公民記者：X｜date)
AUTHOR_ROLES += ("公民记者",)
# (a meeting's or an outing's recorder writes its recap: 记录 | X　date, 記錄：X)
AUTHOR_ROLES += ("记录",)
# (a video's or a blog's uploader: UP主：X, 博主：X, as 上传者)
AUTHOR_ROLES += ("up主", "博主")
EDITOR_ROLES: Final = ("责任编辑", "编辑", "编者", "责编", "策划", "审校", "校对", "排版", "美编", "监制", "主编")
OTHER_ROLES: Final = ("译者", "翻译", "编译", "摄影", "图文", "图", "制图", "整理", "通讯员", "视频")

# An outlet's or a team's name, not a person's: 品牌编辑部, 驰评汽车, 健康时报网
_ORG_END: Final = re.compile(
    r"(?:编辑部|编辑组|工作室|团队|小组|官方|公司|集团|中心|频道|汽车|传媒|媒体|新闻|日报|时报|晚报|周刊|杂志|网络|"
    r"网|社|部|局|院|馆|站|刊|组|团|台|处|厅|会|店|署|委|办|所|课)$"
)
# A note in brackets after a name: 阿泰（玩家前哨站特約記者）
_NOTE: Final = re.compile(
    r"\s*[(（〔【\[][^()（）〔〕【】\[\]]{0,20}"
    r"(?:记者|記者|编辑|編輯|作者|通讯员|通訊員|撰稿|特约|特約|专栏|專欄)"
    r"[^()（）〔〕【】\[\]]{0,10}[)）〕】\]]\s*"
)
_DESK: Final = re.compile(r"^[\u3400-\u9fff]{1,8}(?:记者|编辑|通讯员)$")
_ROLE_TOKENS: Final = frozenset(AUTHOR_ROLES + EDITOR_ROLES + OTHER_ROLES + ("实习记者", "驻站记者", "见习记者"))
_NAME_TOKEN: Final = 6  # (a name with its middle dot is no longer)
_HAN_TOKEN: Final = re.compile(rf"[\u3400-\u9fff·]{{2,{_NAME_TOKEN}}}")
_NO_NAME: Final = re.compile(r"^\d|[¥￥$€£%]\s?\d|\d\s?[元%]|[。!?！？，,;；]")
# A dateline's word, the outlet's "by wire" (本网讯, 本報訊, 新华社讯): who sent the news, never a person
# (a given name may end in 讯, 王嘉讯: an outlet's word or 本 must come before it)
_DATELINE_WORD: Final = re.compile(r"(?:^本[\u3400-\u9fff]{1,2}|[社网报台站刊])讯$")


def han_name_shaped(token: str) -> bool:
    """Two to four Han characters that start with a surname (宋一鸣,
    闻人晓燕, 鍾小滿 as folded)."""
    if not 2 <= len(token) <= 4:
        return False  # (folding keeps the length: asked before it)
    folded = fold_text(token)
    if not _HAN_TOKEN.fullmatch(folded):
        return False
    return (folded[:2] in COMPOUND_SURNAMES and len(folded) >= 3) or folded[0] in SURNAMES


def person_value(value: str | None) -> str | None:
    """Who an author value names: without a role word or a note about the
    role in brackets, and without the outlet or team it also names ("驰评汽车
    宋一鸣", "品牌编辑部 钟小满"); None when it names no one (a team, a
    sentence, a price)."""
    if not value:
        return None
    value = _NOTE.sub(" ", value).strip()
    if "｜" in value or "|" in value:
        # (a column's label glued on by a bar, 街角筆記｜梁詠恩: the name is the cell after it)
        last = value.replace("|", "｜").rsplit("｜", 1)[1].strip()
        value = last if han_name_shaped(last) else value
    tokens = [t for t in value.split() if fold_text(t) not in _ROLE_TOKENS]
    if not tokens or _NO_NAME.search(value):
        return None
    if value[-1] in "讯訊" and _DATELINE_WORD.search(fold_text(value)):
        return None
    if "、" in value and all(person_value(part) is None for part in value.split("、")):
        return None  # (bodies listed, 某法團、某管理處: who issues it, no one's name)
    if len(tokens) > 1 and _DESK.search(fold_text(tokens[0])):
        tokens = tokens[1:]  # an outlet's reporters before their names: 财见记者 谭思敏 钱越
    if 1 < len(tokens) <= _LATIN_WORDS + 1 and tokens[0][:1].isupper() and _latin_then_han(tokens):
        return tokens[-1]  # (the English name, then the Han one in full: Jason Lee 李俊杰 is 李俊杰)
    if len(tokens) > 1 and all(_HAN_TOKEN.fullmatch(t) for t in tokens):
        tokens = [t for t in tokens if han_name_shaped(t) or not _ORG_END.search(fold_text(t))]
        return " ".join(tokens) or None
    value = " ".join(tokens)
    # (a run longer than a name's token under an organisation's ending is a unit too: 骨科病房護理站)
    if (
        (_HAN_TOKEN.fullmatch(value) or (len(value) > _NAME_TOKEN and HAN_RUN.fullmatch(value)))
        and _ORG_END.search(fold_text(value))
        and not han_name_shaped(value)
    ):
        return None
    if is_unit(value):
        return None  # (a unit of the publisher, however name-shaped its first character: 宣传组)
    return value


_LATIN_WORDS: Final = 3
_LATIN_WORD: Final = re.compile(r"[A-Z][a-z]+")


def _latin_then_han(tokens: list[str]) -> bool:
    """Capitalised Latin words, then a full Han name (a surname and a given
    name: Jason Lee 李俊杰; not Jessie 陈, a surname alone)."""
    return all(_LATIN_WORD.fullmatch(t) for t in tokens[:-1]) and han_name_shaped(tokens[-1])


def dotted_credit(word: str) -> tuple[str | None, tuple[tuple[str, str], ...]]:
    """The author and the credits a lone word dotted apart before the date
    gives: its writer (柯以宁 · date); a desk that issues it after its body's
    name, credited (发布：某公会 礼仪组 ｜ date: no author); or no one (a
    dateline's word, 本网讯｜date)."""
    if person_value(word):
        return word, (("作者", word),)
    return None, (("发布", word),) if is_unit(word) else ()


# A unit's ending (宣传组, 客运部, 推廣股, 品牌中心, 教务处, 办公室): three characters or more
# end so, a person's name hardly ever (a given name may end in 科: 李文科).
_UNIT_END: Final = re.compile(r"(?:组|部|股|中心|处|室|科)$")
# Every character that folds to one of those endings' last characters (the fold is a character's
# own, so the word's last one decides; tests/test_fast_paths.py holds it to the fold table)
_UNIT_LASTS: Final = frozenset("组組部股心⼼处處室科")


def is_unit(value: str) -> bool:
    """Whether a Han word of three to eight characters is shaped like an
    organisation's unit (a desk, a department, a section), not a person."""
    if not 3 <= len(value) <= 8 or value[-1] not in _UNIT_LASTS:
        return False  # (folding keeps the length: asked before it; and most words end otherwise, unfolded)
    folded = fold_text(value)
    if not HAN_RUN.fullmatch(folded) or not (m := _UNIT_END.search(folded)):
        return False
    return m.group() != "科" or not han_name_shaped(value)


# A governing body's word alone (幹事會, 理事会, 董事会, 委员会): the publisher's board, no one's name
# (a surname may lead it, 干事会); a longer name so ending (明渊斗母宫理事会) is an organisation's.
_BOARDS, _BOARD = ("事会", "委员会"), 4


def is_board(value: str) -> bool:
    """Whether ``value`` is a board's word alone (幹事會), not a person."""
    return len(value) <= _BOARD and fold_text(value).endswith(_BOARDS)


# A column's or a category's label (升學資訊, 校园动态, 行业新闻, 旅游攻略): a
# topic, then a word for a kind of piece; no one's name.
_CATEGORY: Final = re.compile(r"[\u3400-\u9fff]{2,6}(?:资讯|新闻|动态|快讯|专题|专栏|公告|攻略|教程|指南|须知)")


def is_category_label(value: str) -> bool:
    """Whether ``value`` is a column's or a category's label (升學資訊), not
    a person beside a date."""
    return 4 <= len(value) <= 8 and _CATEGORY.fullmatch(fold_text(value)) is not None


def fold_text(text: str) -> str:
    # (folding.fold's own body, one call and one import less: the metadata rules fold every value they test;
    # the table's module bound on the first call, not imported again on each: numpy loads with it)
    if _FOLD:
        return _FOLD[0](text)
    from reader.core.foldtable import fold_text as fold

    _FOLD.append(fold)
    return fold(text)


_FOLD: Final[list[Callable[[str], str]]] = []


def clean_hint_author(value: str | None) -> str | None:
    """An author from a page's markup, without a role word before it ("作者
    小魚") or a profile after it ("阿禾 互联网行业 数据分析师"); None for a
    label ("发表于")."""
    if not value:
        return None
    value = re.sub(
        # (a whole label and its colon first: 文章作者：X is not 文 + 章作者：X)
        r"^[\u3400-\u9fff]{1,4}\s*[:：]\s*|^(?:作者|文|撰文|by)\s*[:：|｜/／]?\s*",
        "",
        value.strip(),
        flags=re.IGNORECASE,
    ).strip(" ·・|｜-—")
    if person := role_and_name(value):
        return person[1]  # a role and a name: 志愿者 小蔡
    words = value.split()
    if len(words) > 2 and _DESK.search(fold_text(words[0])) and all(han_name_shaped(w) for w in words[1:]):
        return " ".join(words[1:])  # an outlet's reporters: 财见记者 谭思敏 钱越
    if len(words) > 1 and all(re.search(r"[\u3400-\u9fff]", w) for w in words):
        # a name and a profile (阿禾 互联网行业 数据分析师), or a team and a name (品牌编辑部 钟小满)
        value = next((w for w in words if han_name_shaped(w) or not _ORG_END.search(fold_text(w))), words[0])
    value = value.strip(" ·・|｜-—")
    if value.endswith(CLOSERS) and (k := last_open(value)) > 0:
        # (a nickname, then the writer's name in brackets: 阿達（邱建達）)
        value = inner if han_name_shaped(inner := value[k + 1 : -1]) else value
    if not value or value.endswith(("于", "於", ":", "：")):
        return None
    # (a title after the name goes, as a byline's does when merged: 何美寶校長, 林永康牧师)
    return person_value(without_honorific(value) if _HAN_WORD.fullmatch(value) else value)


# A word of Han characters (a name, a title, a department).
_HAN_WORD: Final = re.compile(r"[\u3400-\u9fff·]+")
# Markup around a value: a YAML list item, quotes, a wiki link ([[顾晨]]),
# a layout's mark before or after a name (◎施淑華, ■ 李明, 王芳 ☆).
_VALUE_MARKUP: Final = re.compile(
    r"^\s*(?:[-*+]\s+)?[\"'“”「]*(?:\[\[)?[◎○●■□▲△▼▽◆◇☆★※]*\s*|\s*[◎○●■□▲△▼▽◆◇☆★※]*(?:\]\])?[\"'“”」]*\s*$"
)
# The marks alone (◎施淑華 is 施淑華).
LAYOUT_MARKS: Final = "◎○●■□▲△▼▽◆◇☆★※"
_WIKI_LINK: Final = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]")
# A note in brackets after a name: 宋卓然（发自临江）, 王敏 (實習)
_TRAILING_NOTE: Final = re.compile(r"(?<=\S)\s*[(（〔【\[][^()（）〔〕【】\[\]]{1,20}[)）〕】\]]$")


# How a job title or a department ends (a role word before a name, not a
# pen name such as 甲小姐): 主治医师, 社工督导, 儿科, 研究员, 主任, 教授;
# a board's or a congregation's office (总务执事, 理事, 干事) and a shop's owner (老板, 老板娘)
# (the titles of two characters or more, shared with _JOB_TITLE below)
_TITLES: Final = (
    "秘书|督导|主任|教授|医生|顾问|专家|院士|博士|律师|经理|总监|主管|编辑|记者|主席|执事|理事|董事|干事|总务|老板娘?"
)
_TITLE_WORD: Final = re.compile(f"(?:师|员|长|科|{_TITLES})$")
# An honorific or a clergy title after a name: 麥淑儀女士, 林永康牧师, 陈明博士; or the head's
# title of a school, a hospital, a society (何美寶校長, 陳志明院長)
_HONORIFIC: Final = re.compile(
    r"(?:女士|先生|小姐|牧师|神父|修女|法师|博士|教授|老师|医师|医生|律师|校长|院长|园长|馆长|社长|会长|主任)$"
)


# A monastic's title after the dharma name (釋宏覺法師): the name has no surname to shape it
_MONASTIC: Final = ("法师", "禅师")


def monastic_name(word: str) -> bool:
    """Whether ``word`` is a dharma name of two to four Han characters and a
    monastic's title (釋宏覺法師, 淨空法師): a person, though no surname opens it."""
    folded = fold_text(word)
    return folded.endswith(_MONASTIC) and 2 <= len(folded) - 2 <= 4 and HAN_RUN.fullmatch(folded) is not None


def without_honorific(word: str) -> str:
    """A name without the honorific after it, when what is left is a name."""
    m = _HONORIFIC.search(fold_text(word))
    if m and han_name_shaped(word[: m.start()]):
        return word[: m.start()]
    return word


def role_and_name(value: str) -> tuple[str, str] | None:
    """(role, name) when ``value`` is a role word, then a name (志愿者 阿澄,
    社工督导 林佩蓉): a person in their role, not an outlet."""
    words = value.split()
    if len(words) == 2 and han_name_shaped(words[0]) and _AFTER_NAME.fullmatch(fold_text(words[1])):
        return words[1], words[0]  # a name, then a professional title: 何宗翰 律師, 周敏 医师
    if len(words) != 2 or not _HAN_WORD.fullmatch(words[0]) or not 2 <= len(words[0]) <= 5:
        return None
    role, name = words
    folded = fold_text(role)
    if not _ROLE_NOUN.search(folded) or _TITLE_WORD.search(fold_text(name)):
        return None
    if han_name_shaped(role) and not _JOB_TITLE.search(folded):
        return None  # (a name that ends as a title may: 李文科; a job title's two characters do not, 班主任)
    return (role, name) if person_value(name) == name else None


# A name, then what its bearer did (黄慧玲 报道, 刘俊杰 摄影): the role after the name.
# (or the bare 记, who wrote it down: 蘇文彬 記)
WRITES: Final = frozenset(("报道", "報道", "报导", "報導", "撰文", "整理", "采写", "採寫", "记", "記"))
_DEEDS: Final = WRITES | frozenset(("摄影", "攝影", "摄", "攝"))


def name_then_role(part: str) -> tuple[str, str] | None:
    """(role, name) of a part that is a name and the role after it, maybe under
    the bearer's role word (家長義工 鄭慧心 撰文), else None (string tests: a
    pattern with a Han class costs its compile at every start)."""
    words = part.split()
    if len(words) == 3 and words[2] in _DEEDS and role_and_name(f"{words[0]} {words[1]}"):
        words = words[1:]
    if len(words) == 2 and words[1] in _DEEDS and 2 <= len(words[0]) <= 4 and han_name_shaped(words[0]):
        return words[1], words[0]
    return None


# A professional title written after a name, as a word of its own (何宗翰 律師)
_AFTER_NAME: Final = re.compile(
    r"[\u3400-\u9fff]{0,4}(?:律师|医师|医生|教授|老师|博士|会计师|建筑师|营养师|心理师|秘书|顾问)"
)
# A role word: a job title's ending, 者 (志愿者, 讲者) or the owner's 主 (园主, 店主)
_ROLE_NOUN: Final = re.compile(r"[者主]$|义工$|" + _TITLE_WORD.pattern)  # (义工, a volunteer: 志愿者's other word)
# (a job title's ending of two characters or more)
_JOB_TITLE: Final = re.compile(f"(?:志愿者|义工|老师|教练|{_TITLES})$")


def titles_listed(word: str) -> bool:
    """Whether ``word`` lists a person's titles with 、 (店长、资深美容师): each
    a short role word; an account's or an outlet's name lists nothing."""
    parts = word.split("、")
    return len(parts) > 1 and all(0 < len(p) <= _TITLE_MAX and _ROLE_NOUN.search(fold_text(p)) for p in parts)


_TITLE_MAX: Final = 6


def holds_title(word: str) -> bool:
    """Whether ``word`` is a title a person holds and nothing else, a
    department perhaps before it (急诊科主治医师, 总务干事): no name, no outlet."""
    return (
        len(word) <= _HELD_TITLE
        and HAN_RUN.fullmatch(word) is not None
        and _TITLE_WORD.search(fold_text(word)) is not None
        and not han_name_shaped(word)
    )


_HELD_TITLE: Final = 8


def titled_name(word: str) -> str | None:
    """The name in ``word`` when it is a title a person holds written right
    before their name, no space between (職業治療師馮詠詩, 社工督導林佩蓉): the
    name; None for any other word."""
    for size in (3, 2):  # (a name of three characters first: 主任陳明 has two)
        title, name = word[:-size], word[-size:]
        if len(title) >= 2 and holds_title(title) and han_name_shaped(name):
            return name
    return None


def job_titled(word: str) -> bool:
    """Whether ``word`` ends in a job title (置峰地產研究部高級經理, 班主任)."""
    return _JOB_TITLE.search(fold_text(word)) is not None


def tidy_author(value: str | None) -> str | None:
    """An author value without what is around the name: markup (a list
    item's dash, quotes, a wiki link), a note in brackets after it, and
    job titles and departments beside a name-shaped word (社工督導 林佩蓉,
    儿科 主治医师 钱昭然)."""
    if not value:
        return value
    text = _WIKI_LINK.sub(lambda m: m.group(1), _VALUE_MARKUP.sub("", value))
    stem = _TRAILING_NOTE.sub("", text).strip()
    # (after a Latin ID the brackets hold the display name: slowwalker (慢慢走))
    text = stem if _HAN_WORD.search(stem) else text
    words = [without_honorific(w) if _HAN_WORD.fullmatch(w) else w for w in text.split()]
    text = " ".join(words) if words else text
    if len(words) > 1 and all(_HAN_WORD.fullmatch(w) for w in words):
        names = [w for w in words if han_name_shaped(w) or not _TITLE_WORD.search(fold_text(w))]
        if len(names) < len(words) and any(han_name_shaped(w) for w in names):
            text = " ".join(names)
    return text or value


__all__ = [
    "AUTHOR_ROLES",
    "EDITOR_ROLES",
    "LAYOUT_MARKS",
    "OTHER_ROLES",
    "WRITES",
    "clean_hint_author",
    "fold_text",
    "han_name_shaped",
    "is_board",
    "is_category_label",
    "is_unit",
    "job_titled",
    "name_then_role",
    "person_value",
    "role_and_name",
    "tidy_author",
    "without_honorific",
]
