"""What a name credited in a byline looks like (see :mod:`reader.core.people.credits`):
a Chinese name whose given name may hold 为 or 于 (车可为), a name with no
Chinese surname after a person's role (拉巴次仁), a pen name after 作者 (青山不语),
and not a site's, an outlet's or an office's name (金羊网, 宣传科)."""

from __future__ import annotations

import re

from reader.core.folding import fold
from reader.core.people import lexicon
from reader.core.people.lexicon import FREQUENT, WORD
from reader.core.people.names import HARD_NOT_IN_GIVEN_NAME, NOT_LAST, NOT_PEOPLE, PARTICLES, is_han, surname_length
from reader.core.people.org_heads import office_word
from reader.core.surnames import COMPOUND_SURNAMES

VERBS_LET_IN = frozenset("为于")
_NOT_IN_CREDITED_NAME = (HARD_NOT_IN_GIVEN_NAME | PARTICLES) - VERBS_LET_IN

# A screen name with a digit or an underscore (jasmine0812, koala_mom).
_LATIN_HANDLE_RE = re.compile(r"[A-Za-z][A-Za-z0-9_.]{2,19}")


# A writer's humble closing after the name (陳志明 敬撰, 王明 谨书, 某某 拜上): an adverb of respect and a
# verb of writing or presenting, how a memorial, a preface or a letter is signed; no person of its own.
_CLOSING_RE = re.compile("[敬谨拜恭][撰书述识题启上呈赠挽]")


def closing_word(form: str) -> bool:
    """敬撰, 谨识, 拜上: the signer's closing verb, folded."""
    return _CLOSING_RE.fullmatch(form) is not None


def pen_name(text: str) -> bool:
    """作者：青山不语, 作者 jasmine0812: right after 作者 a pen name or a
    screen name stands for the writer, whatever words it is made of; not a
    word the dictionary lists (管理员, 原创) nor a site's or a desk's name;
    two characters (佚名, 小编) only as a name (:func:`han_name`)."""
    if _LATIN_HANDLE_RE.fullmatch(text):
        return any(c.isdigit() or c == "_" for c in text)
    form = fold(text)
    if not 3 <= len(form) <= 6 or not all(is_han(c) for c in form) or form in NOT_PEOPLE:
        return False
    if form[-1] in _ORG_ENDINGS or form[-1] in NOT_LAST:
        return False
    entry = lexicon.lookup(form)
    return entry is None or entry.is_name


def unsurnamed_name(form: str) -> bool:
    """摄影/拉巴次仁: a name without a Chinese surname (Tibetan, Uyghur), three or four characters no
    dictionary knows as a common word, right after a person's role (or two it does not know: 记者 央金)."""
    if not 2 <= len(form) <= 4 or not all(is_han(c) for c in form) or form in NOT_PEOPLE:
        return False
    if any(c in _NOT_IN_CREDITED_NAME or c in _ORG_ENDINGS for c in form):
        return False
    if form[0] in VERBS_LET_IN:
        return False  # 作者为建筑师: "is", then what the writer is (为 sits only inside a surnamed name: 车可为)
    if lexicon.is_common_word(form[-2:], FREQUENT):
        return False  # 文/驰评汽车: a site or a company ends in a common noun (汽车)
    entry = lexicon.lookup(form)
    return entry is None or (len(form) > 2 and (entry.is_name or entry.freq < FREQUENT))


def set_off_three(form: str) -> bool:
    """审核：木光明: three characters a work credit gives as its whole value, set off by a colon and a
    space, a bracket or the line's end, once the line named someone: a name even without a surname the
    rules know (木, a Naxi one) and even ending in a common word, if the dictionary lists no word of the
    three, none is a unit's or an office's end, a particle or a stop, and none ends a place."""
    if len(form) != 3 or not all(is_han(c) for c in form) or form in NOT_PEOPLE:
        return False
    if lexicon.lookup(form) or office_word(form):
        return False
    if any(c in _NOT_IN_CREDITED_NAME or c in _ORG_ENDINGS or c in PARTICLES for c in form):
        return False
    return form[0] not in VERBS_LET_IN and form[-1] not in NOT_LAST


def set_off_four(form: str) -> bool:
    """记者 阿苏伍各　马海燕, 责任编辑：阿说拉且　审核: four characters a person's role credits as
    its whole value, set off by a space or a colon before and a space or the line's end after, that
    no dictionary lists whole, by three of them or in any two in use (a Yi name: 阿苏伍各, 沙马日火,
    阿说拉且, a clan name and a given name, with characters prose uses as particles or time words).
    The field's frame vouches as it does for 哈斯也提; words (今日报道, 本报资料) hold a word."""
    if len(form) != 4 or not all(is_han(c) for c in form) or form in NOT_PEOPLE:
        return False
    if form[0] in _ORG_ENDINGS or form[-1] in _ORG_ENDINGS or form[0] in PARTICLES or form[-1] in NOT_LAST:
        return False
    parts = [form, form[:3], form[1:]]
    pairs = [form[i : i + 2] for i in range(3)]
    return all(lexicon.lookup(p) is None for p in parts) and not any(lexicon.is_common_word(p, WORD) for p in pairs)


# Compound surnames of the old clan registers that are also words or places (东里, a quarter; 青阳, a
# county; 公祖, an official; the 百家姓's 司寇, 南门, 东门, 公羊, 微生): read only where a credit vouches
# for a name (责任编辑：东里澈), never in prose, where the word is the likelier reading. Kept here, not in
# reader.core.surnames, whose tables the cleaning reads too.
CREDITED_COMPOUND_SURNAMES = frozenset(
    "司寇 南门 东门 公羊 微生 褚师 青阳 子桑 东里 公祖 公仪 公乘 公叔 公伯 公山 公输 公皙 北宫 南郭 东野 "
    "主父 即墨 贺兰 尔朱 斛律 叱干 乞伏 秃发 沮渠 士孙 子服 王孙 "
    # the 百家姓's 谯笪; the northern clans of the Wei and Liao registers (耶律, 贺拔, 库狄, 斛斯, 乙弗, 素和,
    # 呼衍, 达奚, 胡母) and old ones of the 通志's clan list (墨台, 高堂, 南荣, 东宫, 成公, 陆费, 乌孙)
    "谯笪 耶律 贺拔 库狄 斛斯 乙弗 素和 呼衍 达奚 胡母 墨台 高堂 南荣 东宫 成公 陆费 乌孙 "
    # and the Xianbei and Turkic surnames of three characters (侯莫陈悦, 步六孤宁, 破六韩拔陵, 阿史那社尔)
    "侯莫陈 步六孤 可足浑 破六韩 阿史那 阿史德".split()
)
_LONGEST_SURNAME = 3


def compound_surnamed(form: str) -> bool:
    """责任编辑：东里澈, 文/褚师锦生, 通讯员 侯莫陈悦: a compound surname of the old registers, of two characters
    or three (东里 and 公祖 are words too: only a credit's frame says a name), then one or two given characters
    no stop and no unit's end, the whole no word."""
    if not 3 <= len(form) <= 5 or not all(is_han(c) for c in form) or form in NOT_PEOPLE:
        return False
    sl = next(
        (n for n in range(_LONGEST_SURNAME, 1, -1) if form[:n] in COMPOUND_SURNAMES | CREDITED_COMPOUND_SURNAMES), 0
    )
    given = form[sl:]
    if not sl or not 1 <= len(given) <= 2:
        return False
    if any(c in HARD_NOT_IN_GIVEN_NAME or c in _ORG_ENDINGS for c in given) or form[-1] in NOT_LAST:
        return False
    entry = lexicon.lookup(form)
    return (entry is None or entry.is_name) and not lexicon.is_common_word(given, WORD)


def spelled_name(form: str) -> bool:
    """编辑：哈斯也提: a field's whole value of three or four characters with no Chinese surname that
    spells a name by sound, a particle (也) only inside it, no dictionary word whole or in any two of it."""
    if not 3 <= len(form) <= 4 or not all(is_han(c) for c in form) or surname_length(form, 0):
        return False
    if form[0] in _NOT_IN_CREDITED_NAME or form[-1] in _NOT_IN_CREDITED_NAME or form[-1] in _ORG_ENDINGS:
        return False
    if any(c in HARD_NOT_IN_GIVEN_NAME - PARTICLES for c in form):
        return False
    pairs = [form[i : i + 2] for i in range(len(form) - 1)]
    return lexicon.lookup(form) is None and not any(lexicon.is_common_word(p, lexicon.LISTED) for p in pairs)


# What ends the name of a newspaper, an agency, a site or an office (新华社,
# 金羊网, 撰文：行政組 莊雅婷, 作者：人事处 王佳, 作者：宣传科 林晓).
_ORG_ENDINGS = frozenset("社网網报報台站刊组處处部室科")


# Surnames that are conjunctions in prose (the Naxi 和), so no rule reads them there.
_FIELD_SURNAMES = frozenset("和")
# Adverbs that open a predicate, so at a whole value's end they are a given character (港都).
_CLAUSE_ADVERBS = frozenset("也都就还又")
# Ends of an office's or a team's name (農糧署, 文字组) among the place ends no name has.
_UNIT_ENDS = frozenset("署组")


# The preposition a verb takes before when or where it was done (发布于, 刊登于).
_AT = "于"


def posted_at(form: str) -> bool:
    """发布于: a verb the dictionary lists and 于, when or where it was done (文：何靜儀 發佈於 2028年7月15日)."""
    entry = lexicon.lookup(form[:2]) if len(form) == 3 and form[2] == _AT else None
    return entry is not None and entry.tag == "v" and entry.freq >= lexicon.WORD


# What a byline says the report was sent from (记者 司马瑞 发自文昌): a place follows, no name.
_FILED_FROM = ("发自", "發自")


def filed_from(line: str, start: int) -> bool:
    """The piece at ``start`` is where the report was sent from: 发自 right before it, or a space between."""
    return line[:start].rstrip(" \u3000").endswith(_FILED_FROM)


def han_name(form: str, after_role: bool = False, everyday_noun: bool = False, any_word: bool = False) -> bool:
    if not 2 <= len(form) <= 4 or not all(is_han(c) for c in form) or form in NOT_PEOPLE:
        return False
    # (a field's whole value after a person's role, a surname and one character, names the one who did it
    # even ending as a place's name does: 摄影 马路; or a surname and two, the three no word the dictionary
    # lists, 撰稿：江小路, though not an office's or a team's end: 编辑：文字组)
    whole = any_word and after_role
    whole = whole and (len(form) == 2 or (len(form) == 3 and form[-1] not in _UNIT_ENDS and not lexicon.lookup(form)))
    place_end = form[-1] in NOT_LAST and not whole
    if place_end or office_word(form):
        return False  # 發布單位：農糧署: an agency; 作者：宣传科 林晓: an office
    # (a whole Japanese surname, 攝影：高山, reads as a Chinese surname and a given name too)
    sl = surname_length(form, 0) if surname_length(form, 0) < len(form) else surname_length(form[:1], 0)
    if not sl and any_word and len(form) == 3 and form[0] in _FIELD_SURNAMES and lexicon.lookup(form[:2]) is None:
        sl = 1  # (a field's whole value: 责任编辑：和丽娟, the conjunction joins nothing there)
    elif not sl and after_role and len(form) == 3 and form[0] in _FIELD_SURNAMES:
        # (right after a person's role, 记者 和晓云, when neither the first two nor the last two are a word)
        sl = int(lexicon.lookup(form[:2]) is None and lexicon.lookup(form[1:]) is None)
    given = form[sl:]
    # Roles and separators mark where a credited name ends, so 为 and 于, which
    # stop names in running text, may sit in one here (车可为, 詹于萱); the other stop
    # characters still rule a given name out (来源：金羊网 is a site).
    # A piece ends where a separator does: 和 there is the name's (实习生 宗和).
    inner = given[:-1] if given.endswith("和") else given
    if whole and given[-1] in _CLAUSE_ADVERBS:
        inner = given[:-1]  # (an adverb wants a verb after it, none at a field's end: 攝影／陳港都)
    # Right after a person's role (摄影：邵其东) only particles do.
    ruled_out = PARTICLES if after_role else _NOT_IN_CREDITED_NAME
    if not sl or not 1 <= len(given) <= 2 or any(c in ruled_out for c in inner):
        return False
    if len(given) == 2 and given[-1] in _ORG_ENDINGS and lexicon.is_common_word(given, WORD):
        return False  # 来源：松原晚报: a place and an outlet's word (晚报, 电台), a paper's name
    entry = lexicon.lookup(form)
    if entry is not None and len(form) >= 3 and entry.tag == "n":
        return False  # 文／鍾孟璇（樂評人）: a common noun the dictionary lists (a role), however rare
    return (
        entry is None
        or entry.is_name
        or entry.freq < FREQUENT
        or (everyday_noun and (entry.tag.startswith("n") or entry.tag == "t"))
        or any_word
    )


__all__ = [
    "VERBS_LET_IN",
    "filed_from",
    "han_name",
    "pen_name",
    "posted_at",
    "set_off_three",
    "spelled_name",
    "unsurnamed_name",
]
