"""A novel's chapter page: the names its story introduces are characters,
not people.

A page is a chapter when its title (or its first line) declares one
(第一百二十七章 雪夜问心, 第三回) and its story is told in dialogue. The story
runs from the start to the first section label after it (作者有话说：, 本章说):
what follows (the author's note, the readers' comments) names real people.
A name the story introduces is a character unless some mention of it has a
title or a role before it (a memoir's 外婆陈淑贞, 主播苏念): a history told
chapter by chapter names its people with their offices.
"""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.cast_lines import cast_parts
from reader.core.people.cues import cue_before, title_spans
from reader.core.people.game_heroes import picked_heroes
from reader.core.people.names import CJK, NICKNAME_PREFIXES, is_han
from reader.core.people.table_columns import (
    SPACED_ROW_RE,
    Cell,
    character_columns,
    each_table,
    even_table,
    headed_bar_columns,
    names_in,
    spaced_cells,
)
from reader.core.people.texts import starts

_CHAPTER_RE = re.compile(r"\s*第[0-9０-９〇零一二两三四五六七八九十百千]{1,8}[章回](?:[\s\u3000:：]|$)")
# A line that labels what follows (作者有话说：): short, ending in a colon.
_LABEL_RE = re.compile(r"(?m)^[^\n：:。，！？]{2,12}[：:]$")
# Speech: a quoted line of its own, or a quote opening after a colon or a
# sentence (“小桃呢？”他问).
_SPEECH_RE = re.compile(r"(?m)^[“「]|[：:。，][“「]")
_MIN_SPEECH = 2


def story_end(folded: str, title: str) -> int:
    """Where a chapter's story ends (0 when the page is no chapter)."""
    if not (_CHAPTER_RE.match(title) or _CHAPTER_RE.match(folded.partition("\n")[0])):
        return 0
    label = _LABEL_RE.search(folded)
    end = label.start() if label else len(folded)
    return end if len(_SPEECH_RE.findall(folded, 0, end)) >= _MIN_SPEECH else 0


# A cast note after a role: the actor and 饰 in brackets (沈青山（赖冠宇 饰）);
# or the actor, 饰演 (饰演的), the role (赖冠宇饰演沈青山, 夏侯静饰演的慕容雪), or after the actor 饰 and
# the role in brackets (赖冠宇《雨季》（饰 沈青山）).
_PLAYED_BY_RE = re.compile(r"[（(][^（()）\n]{2,16}?[\s\u3000]*饰[）)]")
# (or dressed as: 扮成喜羊羊和灰太狼, a pair of parts; the role may be quoted: 扮演「孫悟空」; or 扮 alone,
# as Cantonese writes it: 林以諾（扮孫悟空）, not dressing up or pretending: 打扮, 假扮)
_PLAYS_RE = re.compile(r"(?:(?:饰演|扮演|扮成)的?|(?<![打假装乔])扮|[（(]饰)[\s\u3000]*[「“『]?")
# A cast list's role column: the role, then its actor under a label (沈怀安 ——
# 饰演者：欧阳俊杰; a note in brackets may come between); and a character
# named as a work's (《笑傲江湖》里的令狐冲, 《足球小將》入面戴志偉: 里面 and Cantonese 入面, "inside").
_PLAYER_LABEL_RE = re.compile(r"(?:[（(][^（()）\n]{1,16}[）)])?[\s\u3000]*[—–\-－―]*[\s\u3000]*(?:饰演者|扮演者)[：:]")
# (or a book's, a novel's, a play's the sentence has named: 《平凡的世界》的作家路遥 … 书里的孙少平)
_OF_WORK_RE = re.compile(r"(?:》|(?<![读看念])(?:书|小说|剧|戏))(?:[里中]的|[里入]面的?)")
# (or as a writer's: 鲁迅笔下的阿Q, 笔下咸亨酒店里的孔乙己, "under the pen of", a place in the story between)
_OF_PEN_RE = re.compile(r"笔下(?:[^，。；！？、\n]{1,8}?[里中])?的")
# A pair named as a work's with no 的 (《白蛇传》里白娘子和许仙): the work's characters.
_IN_WORK_RE = re.compile(r"》[里中]")
_PAIRED = "和与、"
# An age right after a name (今年才二十三岁, 已经八十岁): a real person's, no story's part.
_AGE_RE = re.compile(r"(?:今年)?(?:才|已经?|刚|都)?[0-9０-９一二三四五六七八九十两]{1,4}[岁歲]")
# A casting call's part: the role, then 一角 (the part of), then its label's colon
# or who plays it (老杜瓦爾一角：王大同).
_PART_RE = re.compile(r"一角(?=[：:，,、\s]|由)")


def played_roles(folded: str, forms: set[str]) -> set[str]:
    """The roles a recap names with the actor who plays them: characters,
    whatever title the story gives them (日本商人石原一郎（松本悠真 饰）)."""
    # (each pattern run once, not once a form: a long text has thousands)
    of_work = [(m.start(), m.end()) for m in _OF_WORK_RE.finditer(folded)]
    titled = [(start, end) for start, end in of_work if folded[start] == "》"]
    after_work = [end for _, end in of_work]
    if "笔下" in folded:
        after_work += [m.end() for m in _OF_PEN_RE.finditer(folded)]
    before_part = [m.start() for m in _PART_RE.finditer(folded)]
    found = {f for f in forms if any(folded.startswith(f, at) for at in after_work)}
    if found:  # (a child named after the hero fills a results table's 选手 column: a person)
        found -= {text for column in headed_bar_columns(folded) for _, _, text in column}
        # (and one whose age the text gives: 《五将》里的吕长寿今年才二十三岁, a performer of the piece)
        found = {f for f in found if not _aged(folded, f)}
    # (and one joined to the work's: 段誉和《天龙八部》里的大理段氏, both the novel's)
    joined = [o - 1 for o in (folded.rfind("《", 0, start) for start, _ in titled) if folded[o - 1 : o] in "和与及"]
    found |= {f for f in forms if any(at > 0 and folded.endswith(f, 0, at) for at in joined)}
    found |= {f for f in forms if any(folded.endswith(f, 0, at) for at in before_part)}
    if "》" in folded:
        found |= _work_pairs(folded, forms)
    if "饰" not in folded and "扮" not in folded:
        return found
    for m in _PLAYED_BY_RE.finditer(folded):
        found |= {f for f in forms if folded.endswith(f, 0, m.start())}
    # (the one who plays is no role: 孙悟同学饰演孙悟空 names the child 孙悟,
    # whose name the role's only starts with)
    actors = {f for m in _PLAYS_RE.finditer(folded) for f in forms if _plays(folded, f, m.start())}
    for m in _PLAYS_RE.finditer(folded):
        firsts = [f for f in forms - actors if folded.startswith(f, m.end())]
        found.update(firsts, *(_second(folded, forms, m.end() + len(f)) for f in firsts))
        if not firsts:  # (扮成海绵宝宝和派大星: a first part no rule reads, then the pair's second)
            found |= _second(folded, forms, _first_part_end(folded, m.end()))
    for f in forms:
        at = folded.find(f)
        while at != -1:
            if _PLAYER_LABEL_RE.match(folded, at + len(f)):
                found.add(f)
                break
            at = folded.find(f, at + 1)
    return found


_PART_MAX = 6  # (a part's name before the pair's joiner: 海绵宝宝, 喜羊羊)


def _first_part_end(folded: str, at: int) -> int:
    """Where the Han word right after a verb of playing ends at a pair's joiner, or ``at``."""
    k = at
    while k < len(folded) and k - at < _PART_MAX and is_han(folded[k]) and folded[k] not in _PAIRED:
        k += 1
    return k if k - at >= 2 else at


def _aged(folded: str, form: str) -> bool:
    return any(_AGE_RE.match(folded, at + len(form)) for at in starts(folded, form))


def _work_pairs(folded: str, forms: set[str]) -> set[str]:
    """The two forms of a pair right after a work's 里 (《珍珠塔》里方卿和陈翠娥), and a form
    the tagger glued to the 里 (里方卿): a story's pair of characters, no reader's."""
    found = set()
    for m in _IN_WORK_RE.finditer(folded):
        firsts = [f for f in forms if folded.startswith(f, m.end()) or folded.startswith(f, m.end() - 1)]
        for first in firsts:
            if seconds := _second(folded, forms, folded.find(first, m.end() - 1) + len(first)):
                found |= seconds | {first}
    return found


def _second(folded: str, forms: set[str], at: int) -> set[str]:
    """The forms right after a pair's joiner at ``at`` (和许仙), or none."""
    if folded[at : at + 1] not in _PAIRED or at >= len(folded):
        return set()
    return {f for f in forms if folded.startswith(f, at + 1)}


# A drama's or a novel's synopsis, a line of its own under its label
# (剧情简介：民国年间，…少东家沈怀安与…): the people in it are the story's.
_SYNOPSIS_RE = re.compile(r"(?m)^[\s\u3000]*(?:剧情|故事)(?:简介|梗概|介绍|大纲)[：:][^\n]*")


_ACTOR_GAP = 2  # (an address between the actor and the verb: 同学, 先生)


def _plays(folded: str, form: str, verb: int) -> bool:
    """``form`` ends right before the verb at ``verb``, or an address before it."""
    return any(folded.endswith(form, 0, verb - gap) for gap in range(_ACTOR_GAP + 1))


def synopsis_names(folded: str, forms: set[str]) -> set[str]:
    """The forms a synopsis line names."""
    return {f for m in _SYNOPSIS_RE.finditer(folded) for f in forms if f in m.group()}


# A page about playing parts (扮演, 扮, cos, 饰, 角色): a weak gate, the table's shape decides.
_PLAYING = ("扮", "cos", "饰", "角色")
_WORK_CELL_RE = re.compile(r"《[^《》\n]+》")


def costume_roles(folded: str, forms: set[str]) -> set[str]:
    """The parts a results table names in the column right before a column
    of works in title marks, after a column of people (亞軍　夏侯紫晴　愛德華·艾力克
    《鋼之鍊金術師》), on a page about playing parts: characters, unless a
    mention gives one a person's title (扮演已故武打巨星李小龍), and so is
    such a part with a word glued before it in prose (比愛德華·艾力克本人)."""
    if "《" not in folded or not any(w in folded for w in _PLAYING):
        return set()
    parts: set[str] = set()

    def collect(table: list[list[Cell]]) -> list[list[Cell]]:
        if not even_table(table):
            return []
        for i in range(1, len(table[0]) - 1):
            if not all(_WORK_CELL_RE.fullmatch(row[i + 1][2]) for row in table):
                continue
            people = [sum(n in forms for row in table for _, _, n in names_in(row[j])) for j in range(i)]
            if any(n * 2 >= len(table) for n in people):
                parts.update(n for row in table for _, _, n in names_in(row[i]))
        return []

    each_table(SPACED_ROW_RE, folded, spaced_cells, collect)
    roles = {f for f in forms & parts if not any(cue_before(folded, at) for at in starts(folded, f))}
    return roles | {f for f in forms if f[1:] in roles and f[0] not in NICKNAME_PREFIXES}


# A part named right after a bare 演 (这次演周仁, 演了三十年李慧娘), not after 导演 or 主演 (the
# director's and the star's names).
# A cast list's 饰 (饰演) too, not a decoration's (装饰, 服饰, 首饰); spaces may set the part off (饰　婆婆露西亚).
_ACTS_RE = re.compile(
    r"(?:(?<![导主表])演[了过]?(?:[0-9一二两三四五六七八九十百几多]{1,4}[年次场回遍]的?)?|(?<![装服修首配掩])饰演?) *"
)
_JOINS = ("、", "和", "与")
_CLAUSE_ENDS = frozenset(",，。;；!！?？、”」\n（(的") | {""}  # (a gloss, or 饰演X的Y: the actor after)
_GLOSS_MAX = 40
_RELATION = range(1, 4)  # (a word for who the part is may come first: 饰 婆婆露西亚, 饰 大女儿玛嘉烈)
_FORM_LENGTHS = range(8, 1, -1)  # (a part's name, longest first)


def acted_parts(folded: str, forms: set[str]) -> set[str]:
    """The forms each mention of which is a part: after a bare 演, in a run of
    names after a work's 里的, or inside a work's title (《周仁回府》); unless a
    mention has a person's cue (老师李慧娘)."""
    if "演" not in folded and "》" not in folded and "饰" not in folded:
        return set()
    # (the places a part starts, found once a text; then only the forms starting at one)
    at_part = {m.end() for m in _ACTS_RE.finditer(folded)}
    # (the part is the verb's whole object, its clause ending there: 选演唐涤生名剧 names the playwright;
    # each place's few slices looked up, not each form sought at each place)
    candidates: set[str] = set()
    related: set[int] = set()  # (after a relation word, its cue is the part's: 饰 婆婆露西亚)
    for at in list(at_part):
        for j in (0, *_RELATION):
            # (the verb's own word is no relation: 演员庞子轩, 演出)
            if j and (not is_han(folded[at + j - 1 : at + j] or "a") or lexicon.lookup(folded[at - 1 : at + 1])):
                break
            hit = next(
                (
                    w
                    for k in _FORM_LENGTHS
                    if (w := folded[at + j : at + j + k]) in forms
                    and (
                        folded[at + j + k : at + j + k + 1] in _CLAUSE_ENDS
                        or (j > 0 and _fills_part(folded, at + j + k))
                    )
                ),
                None,
            )
            if hit is not None:
                candidates.add(hit)
                (at_part if j == 0 else related).add(at + j)
                break
    # (a run of names after a work's 里的: 《三滴血》里的周天佑、贾莲香, each the work's)
    for m in _OF_WORK_RE.finditer(folded):
        at = m.end()
        while hit := next((w for k in _FORM_LENGTHS if (w := folded[at : at + k]) in forms), None):
            candidates.add(hit)
            at_part.add(at)
            at += len(hit)
            if not folded.startswith(_JOINS, at):
                break
            at += 1
    spans = title_spans(folded) if candidates else []
    parts = {
        f
        for f in candidates
        if all(
            at in related
            or ((at in at_part or any(s <= at and at + len(f) <= e for s, e in spans)) and not cue_before(folded, at))
            for at in starts(folded, f)
        )
        and not _aged(folded, f)
    }
    if not parts:
        return parts
    lowered = {f.lower(): f for f in forms}  # (a Latin form keeps its capitals; the folded text has none)
    glosses = {_gloss_after(folded, at + len(f)) for f in parts for at in starts(folded, f)}
    return parts | {lowered[g] for g in glosses if g in lowered}


def _fills_part(folded: str, end: int) -> bool:
    """A cast row's part, after its relation word, ends the line within one more character
    (女婿肥仔成: the nickname 肥仔 read short of it is the part)."""
    return folded[end + 1 : end + 2] in ("\n", "")


def _gloss_after(folded: str, end: int) -> str:
    """The bracketed other name right after a part (露西亚（Nhonha Lúcia）): the part's too."""
    if folded[end : end + 1] not in ("(", "（"):
        return ""
    close = folded.find(")" if folded[end] == "(" else "）", end, end + _GLOSS_MAX)
    return folded[end + 1 : close] if close != -1 else ""


# A cast list's row: the part, a leader of dots, who plays it (黃五娘……林玉嬋, 小廝……許家祥、許家瑞).
_LEADER_ROW_RE = re.compile(
    rf"(?m)^[ \t\u3000]*(?P<part>[{CJK}]{{2,6}})[ \t\u3000]*(?:[…⋯]+|[.．·]{{3,}})[ \t\u3000]*(?P<who>[^\n]+)$"
)
_LEADER_ROWS = 3


def leader_parts(folded: str, forms: set[str]) -> set[str]:
    """The parts of a cast list's rows set off by a leader of dots from who plays them, when two rows
    or more open their value with a found name: characters, unless a mention gives one a person's title
    (a table of contents leads to page numbers, a menu to prices: no name there)."""
    if "…" not in folded and "⋯" not in folded and "..." not in folded:
        return set()
    rows = list(_LEADER_ROW_RE.finditer(folded))
    played = sum(any(m.group("who").startswith(f) for f in forms) for m in rows)
    if len(rows) < _LEADER_ROWS or played < 2:
        return set()
    parts = {m.group("part") for m in rows} & forms
    return {f for f in parts if not any(cue_before(folded, at) for at in starts(folded, f))}


def characters(folded: str, title: str, forms: set[str]) -> set[str]:
    """The forms a chapter's story introduces with no title or role, and
    the roles a cast note, a cast table, a costume contest's results or a
    synopsis names, and a game's heroes."""
    played = played_roles(folded, forms) | synopsis_names(folded, forms) | picked_heroes(folded, forms)
    played |= costume_roles(folded, forms) | acted_parts(folded, forms) | leader_parts(folded, forms)
    played |= forms & {text for column in character_columns(folded) for _, _, text in column}
    played |= cast_parts(folded, forms)
    end = story_end(folded, title) if forms else 0
    if not end:
        return played
    found = played
    for form in forms:
        at = starts(folded, form)
        if at and at[0] < end and not any(cue_before(folded, s) for s in at):
            found.add(form)
    return found
