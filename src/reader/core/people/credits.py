"""People named in an article's byline and credits (记者, 文／, 攝影, 譯者,
責任編輯): they count as people of the article.

Cleaning moves these lines out of the text into the metadata, so the names
are read from the metadata lines, and each mention is a position in its
line (``Mention.field`` names the line). :func:`credit_lines` says which
lines an article has: its ``bylines`` (the metadata lines as written,
kept by cleaning), and its author and source values when no byline holds
them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.core.folding import fold
from reader.core.model import Article
from reader.core.people import lexicon
from reader.core.people.byline_starts import BYLINE_START_RE, credits_of
from reader.core.people.credit_dots import dotted_joined
from reader.core.people.credit_shapes import (
    closing_word,
    compound_surnamed,
    filed_from,
    han_name,
    pen_name,
    posted_at,
    set_off_four,
    set_off_three,
    spelled_name,
    unsurnamed_name,
)
from reader.core.people.names import (
    is_english_stopword,
    is_han,
    is_latin_place,
    surname_length,
)
from reader.core.people.table_columns import person_heading
from reader.core.people.texts import DOT
from reader.core.people.thing_ends import thing_end
from reader.core.surnames import COMMON_SURNAMES

# Words in a credit line that say what someone did, not who they are.
CREDIT_ROLES = tuple(
    sorted(
        "本报记者 本報記者 记者 記者 特约记者 实习记者 实习生 通讯员 通訊員 文 图 圖 撰文 摄影 攝影 摄 攝 编辑 編輯 "
        "责任编辑 責任編輯 责编 責編 主编 主編 校对 校對 译者 譯者 翻译 翻譯 编译 編譯 整理 口述 口译 口譯 采访 採訪 "
        "主播 主持 主持人 作者 来源 來源 报道 報道 报导 報導 本报讯 本報訊 综合报道 綜合報道 发自 發自 视频 視頻 "
        "设计 設計 美编 美編 审核 審核 审校 審校 实习 實習 监制 監製 出品 策划 策劃 撰稿 撰稿人 和 與 与 及 "
        "by and photo photos text editor editors reporter reporting".split(),
        key=len,
        reverse=True,
    )
)
# A single space between Latin letters is inside a name (John Smith).
_SEPARATORS_RE = re.compile(
    r"(?:[\t\n\r\u3000/／|｜,，、;；:：()（）【】\[\]「」《》<>〈〉—·•&＆]| {2,}|(?<![A-Za-z]) | (?![A-Za-z]))+"
)
_LATIN_NAME_RE = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}")
_LATIN_WORD_RE = re.compile(r"[A-Z][a-z]{2,}")
# One-character roles (文／, 攝：) only before a separator (黃文華) and not glued after a Han
# character: there they end a name (沙学文　审核：, 蕭永和 更新). Latin roles only as whole words.
_CONJUNCTIONS, _SEP_AHEAD = "和與与及", r"(?=[\s\u3000/／:：])"
_ROLE_RE = re.compile(
    "|".join(
        (r"(?<=[\s\u3000/／:：、,，])" if r in _CONJUNCTIONS else r"(?<![\u4e00-\u9fff])") + re.escape(r) + _SEP_AHEAD
        if len(r) == 1
        else rf"\b{re.escape(r)}\b"
        if r.isascii()
        else re.escape(r)
        for r in CREDIT_ROLES
    ),
    re.IGNORECASE,
)


def credit_pair_lines(article: Article) -> list[tuple[str, str]]:
    """``credits[i]`` and ``role：name`` for each credit pair of the article."""
    pairs = getattr(article, "credits", None) or ()
    return [(f"credits[{i}]", f"{role}：{name}") for i, (role, name) in enumerate(pairs) if role and name]


def credit_lines(article: Article) -> list[tuple[str, str]]:
    """(field, line) for each metadata line that may credit someone."""
    # One field name per line (bylines[0], bylines[1]): a mention's field
    # says which line its offsets point into.
    lines = [(f"bylines[{i}]", line) for i, line in enumerate(getattr(article, "bylines", None) or ()) if line]
    # The credits cleaning read as (role, name) pairs out of a line it kept
    # nowhere else (（文：贾明远　摄影：邵其东）): each one a line of its own.
    lines += [
        (field, line)
        for field, line in credit_pair_lines(article)
        if not any(line.split("：", 1)[1] in held for _, held in lines)
    ]
    # A title that is a credit line (the cleaning took 本期主播：… for the
    # title, or a dateline row whose fields a byline's role opens, 2026-12-03
    # 19:05　南京晨报　文/褚师锦生): its names are the article's people too.
    title = getattr(article, "title", None) or ""
    if (credits := credits_of(title)) and len(credits.lstrip()) <= MAX_BYLINE and credited_names(credits):
        lines.append(("title", credits))
    # The author and source values, unless a credit line already holds them.
    return lines + [
        (name, value)
        for name in ("author", "source")
        if (value := getattr(article, name, None)) and not any(value in line for _, line in lines)
    ]


# A byline the cleaning left in the text: a short line, or a short part in
# brackets, that holds a credit role (本报记者 滕晓岚 通讯员 岑一鸣,
# （记者冼文杰　阎可）).
MAX_BYLINE = 40
_BYLINE_RES = (
    re.compile(rf"(?m)^[^\n]{{2,{MAX_BYLINE}}}$"),
    re.compile(rf"[（(【\[][^（()）【】\[\]\n]{{2,{MAX_BYLINE}}}[）)】\]]"),
    # a bracket's last clause, where a note closes on its credit (（本页内容由系统自动抓取，编辑：章可）)
    re.compile(rf"(?<=[，,；;])[^（()）【】\[\]\n，,；;]{{2,{MAX_BYLINE}}}(?=[）)】\]])"),
)


def bylines_in_text(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that name people in a byline left in the text."""
    found: set[tuple[int, int]] = set()
    for pattern in _BYLINE_RES:
        for m in pattern.finditer(text):
            segment = m.group()
            if BYLINE_START_RE.match(segment):
                found.update((m.start() + a, m.start() + b) for a, b in credited_names(segment, single_latin=True))
    return sorted(found)


# A department's, an office's, a section's last character (folded): a credit's unit, no signer's name.
_OFFICE_ENDS = frozenset("部处科室局")


def credited_names(line: str, *, single_latin: bool = False, role_needed: bool = False) -> list[tuple[int, int]]:
    """Spans of ``line`` that name a person: role words and separators cut
    the line into pieces; a piece that is a Chinese name (a surname and one
    or two given characters, no particle, no common word) or a Latin name of
    two or three capitalised words is one. ``single_latin``: one capitalised
    word is a name too (本期主播：蒙一然、Ethan), in a line of the text that
    starts with a person's role; a metadata source field (Reuters) is no
    such line."""
    found: list[tuple[int, int]] = []
    waiting: list[tuple[int, int]] = []  # everyday nouns after a role, names once the line names someone
    # Role words are separators too (记者阎思琪, 文/记者 阎思琪 实习生 谷雨晨).
    # (和 right after a person's role joins no name yet: it opens one, 记者 和晓云, the Naxi surname)
    cut = dotted_joined(_ROLE_RE.sub(lambda m: _blanked(line, m), line))
    for piece in _two_names_apart(line, _pieces(cut)):
        start, end = piece
        text = line[start:end]
        after_name = bool(found) and found[-1][1] == start  # (記者王明李華報道: two names, no space)
        # (a name found right before, past a separator, whose last character is a role's: 記者鄭雅文／高雄報導)
        named = bool(found) and len(line[:start].rstrip(" \u3000:：/／")) == found[-1][1]
        role = _after_person_role(line, start) and not named
        if (_DATELINE_RE.match(fold(line[end : end + 3])) and not role and not after_name) or filed_from(line, start):
            # 記者莊雅婷／南投報導, 发自文昌: where the report was filed from (記者區詠詩報道:
            # right after the role, the reporter)
            continue
        if _after_person_role(line, start) and (head := _before_dateline(fold(text))):
            found.append((start, start + head))  # 記者司徒嘉欣台北15日電: the name before the dateline
            continue
        if found and closing_word(fold(text)):
            continue  # 孝男 陳志明 敬撰: the signer's humble closing verb after the name, no second person
        if start and line[start - 1] in _TITLE_OPENS and line[end : end + 1] in _TITLE_CLOSES:
            continue  # 无人岛乐队《白噪音》专场: a title in 《》 names a work
        if thing_end(fold(text), fold(text), []) or (len(text) >= 3 and fold(text)[-1] in _OFFICE_ENDS):
            continue  # 作者：饮食服务中心, 发布单位：文教股, 車務部: an office, a unit, no name ends so
        if posted_at(fold(text)):
            continue  # 文：何靜儀 發佈於 2028年7月15日: when it was posted, no name
        if line[end : end + 1] in ":：" and person_heading(fold(text)):
            continue  # 張貼者：秘書處: one who does it, a field's label
        if _title_of_next(line, end, fold(text)):
            continue  # 撰文／護理長 葉淑芬, 作者：营运经理 林振华: the title of the name after it
        role = _after_person_role(line, start)
        if role_needed and not role:
            continue  # a source field names a site (柴火堆, 方格子) unless a role says otherwise
        if (
            (
                _LATIN_NAME_RE.fullmatch(text)
                and not any(is_english_stopword(w) for w in re.split("[ -]", text))
                and not is_latin_place(text.split())
            )
            or (han_name(fold(text), role) and (role or not _listed_noun(fold(text))))
            # (a byline of names: after a person's role, or any credit's once a name is found on the line,
            # before or after it, a name that is an everyday noun or a time word: 摄影 高原, 通讯员 周末,
            # 编辑：韩晓雪　审核：高原, 记者 高原　摄影 贺兰)
            or (
                (everyday := (role or _after_credit(line, start)) and han_name(fold(text), role, everyday_noun=True))
                and found
            )
            # (a field's whole value after a person's role and a colon, 攝影：何必, whatever word it makes;
            # or the line's last piece after the role and a space, 記者 向前; or after a work's credit
            # and a colon once the line names someone, 编辑：吴凡　审核：乌日娜)
            or (_whole_value(line, start, end, role, found) and han_name(fold(text), True, any_word=True))
            # (two unknown characters: 记者 央金, 作者：老柴; not 記者翻攝, 作者：佚名, 圖／受訪)
            or (
                unsurnamed_name(fold(text))
                and (_after_person_role(line, start) or _whole_value(line, start, end, False, found))
                and (len(text) > 2 or _two_named(line, start, fold(text), found))
            )
            or DOT in text
            or (role and line[start - 1 : start] in ":：" and spelled_name(fold(text)))
            # (a credit's whole value that a compound surname opens, 责任编辑：东里澈　校对：公祖宁)
            or ((role or _after_credit(line, start)) and _set_off(line, start, end) and compound_surnamed(fold(text)))
            or (role and _set_off(line, start, end) and set_off_four(fold(text)))
            or (
                _whole_value(line, start, end, False, found)
                and _set_off(line, start, end)
                and set_off_three(fold(text))
            )
            or (_after_author(line, start) and pen_name(text) and not _ROLE_RE.match(line, end))
            or (
                single_latin
                and _LATIN_WORD_RE.fullmatch(text)
                and not is_english_stopword(text)
                and _after_role_or_name(line, start, found)
            )
        ):
            # (an English given name before a Chinese surname alone is one name: 攝影：Ken 林)
            surname = _SURNAME_AFTER_RE.match(line, end) if _LATIN_WORD_RE.fullmatch(text) else None
            found.append((start, surname.end()) if surname and surname_length(fold(surname[1]), 0) else piece)
        elif everyday:
            waiting.append(piece)
    return sorted(found + waiting) if found and waiting else found


def _blanked(line: str, m: re.Match[str]) -> str:
    keep = m.group() in _CONJUNCTIONS and _after_person_role(line, m.start())
    return m.group() if keep else " " * len(m.group())


_SURNAME_AFTER_RE = re.compile(r" ([\u4e00-\u9fff])(?![\u4e00-\u9fff:：/／])")  # (not a role: Ken 文：X)


# A surname-led name after a space, ending the piece (撰文／護理長 葉淑芬).
_NEXT_NAME_RE = re.compile(r"[ \u3000]+([\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])")


def _title_of_next(line: str, end: int, form: str) -> bool:
    """A piece with no surname that a surname-led name follows after a space is
    that person's title or job (烘豆師 許維倫, 课程主理人 沈嘉禾), not a second
    person: a byline writes two people apart with 、 or a role between."""
    if DOT in form or surname_length(form, 0) or not all(is_han(c) for c in form):
        return False
    m = _NEXT_NAME_RE.match(line, end)
    return m is not None and han_name(fold(m.group(1)))


_TITLE_OPENS = "《〈"
_TITLE_CLOSES = "》〉"


def _listed_noun(form: str) -> bool:
    """原创, 楼主: two characters the dictionary lists as a word that is no
    name (a label of the page, not a person, unless a role stands before)."""
    entry = lexicon.lookup(form)
    return len(form) == 2 and entry is not None and not entry.is_name and entry.freq >= lexicon.LISTED


def _two_names_apart(line: str, pieces: Iterable[tuple[int, int]]) -> Iterable[tuple[int, int]]:
    """记者王明李华报道: four characters that are two two-character names,
    each with a common surname, are two people (佘陳玉蓮, a married name, has
    a rarer second surname; 次仁多吉 has none)."""
    for start, end in pieces:
        form = fold(line[start:end])
        if (
            len(form) == 4
            and form[0] in COMMON_SURNAMES
            and form[2] in COMMON_SURNAMES
            and han_name(form[:2])
            and han_name(form[2:])
            and lexicon.lookup(form) is None
            and not compound_surnamed(form)  # (通讯员 侯莫陈悦: a surname of three and one given character)
        ):
            yield start, start + 2
            yield start + 2, end
        else:
            yield start, end


def _after_role_or_name(line: str, start: int, found: list[tuple[int, int]]) -> bool:
    """Right after a role (主播：Ethan) or a name in the same list (蒙一然、
    Ethan), not after a date (2025-12-14 | Vancouver: a place)."""
    before = line[:start].rstrip(" \u3000:：/／、,，")
    return bool(found and found[-1][1] == len(before)) or before.lower().endswith(CREDIT_ROLES)


# What follows a dateline's place (台北报导, 北京电, 香港讯).
_DATELINE_RE = re.compile(r"报道|报导|电|讯")


# A dateline glued to the reporter's name: a place, maybe a day, and 电/讯/报道.
_DATELINE_TAIL_RE = re.compile(
    r"[\u4e00-\u9fff]{2,5}?(?:[0-9０-９]{1,2}日|[一二三四五六七八九十]{1,3}日)?(?:电|讯|报道|报导)"
)


def _before_dateline(form: str) -> int:
    """How long the name is in 司徒嘉欣台北15日电 (a name, then a dateline
    with no separator), or 0."""
    for n in (4, 3, 2):
        if n < len(form) and han_name(form[:n]) and _DATELINE_TAIL_RE.fullmatch(form, n):
            return n
    return 0


def _pieces(cut: str) -> Iterable[tuple[int, int]]:
    pos = 0
    for m in _SEPARATORS_RE.finditer(cut):
        if m.start() > pos:
            yield pos, m.start()
        pos = m.end()
    if pos < len(cut):
        yield pos, len(cut)


# Roles only a person has (not 来源 or 出品, which a site or a company may fill).
_PERSON_ROLES = tuple(
    sorted(
        "记者 記者 摄影 攝影 撰文 撰稿 撰稿人 翻译 翻譯 译者 譯者 作者 主播 编辑 編輯 通讯员 通訊員 "
        "实习生 實習生 文 图 圖 摄 攝".split(),
        key=len,
        reverse=True,
    )
)


def _after_person_role(line: str, start: int) -> bool:
    return line[:start].rstrip(" \u3000:：/／").endswith(_PERSON_ROLES)


# The credits that name who did a piece's work (审核, 校对), not where it came from (来源, 本报讯).
_SOURCE_CREDITS = frozenset("来源 來源 本报讯 本報訊 综合报道 綜合報道 发自 發自 报道 報道 报导 報導 出品".split())
_WORK_CREDITS = tuple(r for r in CREDIT_ROLES if not r.isascii() and len(r) >= 2 and r not in _SOURCE_CREDITS)


_WORD_ROLES = tuple(r for r in _PERSON_ROLES if len(r) >= 2)


def _whole_value(line: str, start: int, end: int, role: bool, found: list[tuple[int, int]]) -> bool:
    """The piece is all a credit gives its role: after a person's role and a colon, or a space
    with the line ending after it and more of a byline before the role; after a work's credit
    and a colon once the line named someone."""
    before = line[start - 1 : start]
    if role:
        # (alone after a bare role, 记者 高原, the word may be the line's topic)
        # (or closed by the byline's slash, before the next field or the dateline: 記者莊嚴／高雄報導)
        # (a slash after a role's word sets off a value of three as a colon does: 攝影／陳港都; not after
        # 文／ or 圖／, a one-character role, where the dateline's place or 受訪 may follow)
        return (
            before in ":："
            or (before in "/／" and end - start == 3 and line[: start - 1].endswith(_WORD_ROLES))
            or (before in " \u3000" and not line[end:].strip() and len(line[:start].split()) > 1)
            or line[end : end + 1] in ("/", "／")
        )
    return before in ":：" and bool(found) and _after_credit(line, start)


def _set_off(line: str, start: int, end: int) -> bool:
    """A field's whole value: a colon, a slash or a space before it (實習／步六孤寧), a space, a closing
    bracket or the line's end after."""
    before = line[start - 1 : start]
    return bool(before) and before in ":：/／ \u3000" and (not line[end:].strip() or line[end] in " \u3000)）")


def _after_credit(line: str, start: int) -> bool:
    return line[:start].rstrip(" \u3000:：/／").endswith(_WORK_CREDITS)


# Staff a byline credits by their job, always a person (a credit's verb, 图, 摄影, may take 翻攝, 受訪).
_STAFF = ("记者", "記者", "通讯员", "通訊員", "实习生", "實習生")


def _two_named(line: str, start: int, form: str, found: list[tuple[int, int]]) -> bool:
    """Whether two unknown characters after a role name a person: after a staff member's job (记者
    央金, 通讯员 排山; not the credit's verb), after 作者 addressing a surname, or as a work credit's
    whole value after a colon once the line named someone (编辑：杨丽　审核：排生, as 乌日娜 there);
    as the byline's last value after a person's role once the line named someone (记者 欧阳晓晨　摄影
    舞阳, a place's name too); elsewhere they are words for no one (佚名, 受訪)."""
    if _after_author(line, start):
        return bool(surname_length(form, 1))
    if _whole_value(line, start, start + len(form), False, found) and _set_off(line, start, start + len(form)):
        return True
    if found and _after_person_role(line, start) and _whole_value(line, start, start + len(form), True, found):
        return not form.endswith("摄")  # 记者 欧阳晓晨　摄影 舞阳: the byline's last value, its names before it
    return line[:start].rstrip(" \u3000:：/／").endswith(_STAFF) and not form.endswith("摄")


def _after_author(line: str, start: int) -> bool:
    """作者：青山不语 (a separator between: 作者有话说 is a heading)."""
    before = line[:start]
    return before[-1:] in " \u3000:：/／" and before.rstrip(" \u3000:：/／").endswith("作者")
