"""Where a name ends: a short name always followed by the same character
is read whole (岑立可); a name run on into the next word is trimmed (何丽才,
阿俊笑說: the shorter form stands elsewhere); a two-character name before
正在 and a time clause takes 正's place (冼志正). Each pass moves the
proposals' last character, by the counts of the forms in the text.
"""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.cues import cue_after, speech_after
from reader.core.people.elder_addresses import elder_run_ons
from reader.core.people.names import (
    ADDRESS_SUFFIXES,
    AFTER_SUBJECT,
    JAPANESE_SURNAMES,
    NICKNAME_PREFIXES,
    PARTICLES,
    SOFT_IN_GIVEN_NAME,
    TRANSLIT_CHARS,
    is_han,
    surname_length,
)
from reader.core.people.texts import DOT, Proposal, Texts, occurrences


def whole_names(t: Texts, forms: set[str]) -> list[Proposal]:
    """岑立 always followed by 可 (岑立可敲了, 鼓手岑立可是): the name is
    岑立可, cut short because 可 is also a stop character. Every mention, two
    at least, must carry the same character, and not as the start of a word
    each time (葉問宗師: the title 宗師 follows the name). Every two-character
    form is looked at, its mentions found in one pass over the text for all
    of them (a search per form was capped at fifty forms, and which fifty
    depended on the set's order: the hash seed)."""
    folded = t.folded
    # (and three characters with no surname, 次仁旺 always before 堆: a Tibetan name's four; a Chinese
    # given name never runs to three after a surname)
    short = {f for f in forms if (len(f) == 2 or (len(f) == 3 and not surname_length(f, 0))) and all(map(is_han, f))}
    if not short:
        return []
    ends: dict[str, list[int]] = {}
    firsts = "".join(sorted({f[0] for f in short}))
    for m in re.finditer(f"[{re.escape(firsts)}]", folded):
        start = m.start()
        for form in (folded[start : start + 2], folded[start : start + 3]):
            if form in short:
                seen = ends.setdefault(form, [])
                if not seen or seen[-1] <= start:  # (apart, as a search for the form finds them: 哈哈哈)
                    seen.append(start + len(form))
    found: list[Proposal] = []
    for form in sorted(ends):
        at = ends[form]
        nexts = {folded[e : e + 1] for e in at}
        if len(at) < 2 or len(nexts) != 1:
            continue
        (c,) = nexts
        if not is_han(c) or c in PARTICLES or any(cue_after(folded, e) for e in at):
            continue
        whole = form + c
        if lexicon.is_common_word(whole) or any(whole in f for f in forms if f != form):
            continue
        if all(lexicon.is_common_word(folded[e : e + 2], lexicon.WORD) for e in at):
            continue
        found += [Proposal(e - len(form), e + 1, whole, True) for e in at]
    return found


def run_ons_trimmed(proposals: list[Proposal], folded: str) -> list[Proposal]:
    """何丽才两岁 … 何丽, 诺丽达·卡西姆提出 … 诺丽达·卡西姆则: where the
    name without its last character is proposed elsewhere, and that
    character is an adverb after the subject or starts a word with the next
    one (提出), or a speech verb follows it (程诺笑说: how she said it), the
    longer form ran a name into the next word. Linear: one
    set of forms, one count per distinct form. A last character doubled
    round 一 after it (藤原拓海比一比) is a verb's, wherever the name stands; so
    is 代 before a verb after 由 and the agent (由女儿刘佳代签: signed on her behalf)."""
    proposals = elder_run_ons(_given_said(proposals, folded), folded)  # (汤老将|卸任)
    proposals = [_verb_end_cut(p, folded) for p in proposals]
    forms = {p.form for p in proposals if not p.latin}
    longer = {
        p.form
        for p in proposals
        if not p.latin
        and p.form[:-1] in forms
        and len(p.form) >= 3
        and p.form[-2] != DOT
        and len(p.form.rsplit(DOT, 1)[-1]) >= 3 - (DOT not in p.form)
        and is_han(p.form[-1])
    }
    if not longer:
        return proposals
    counts = occurrences(folded, longer | {f[:-1] for f in longer})
    out = []
    for p in proposals:
        if p.form in longer and counts[p.form] < counts[p.form[:-1]]:
            last, nxt = p.form[-1], folded[p.end : p.end + 1]
            if last in AFTER_SUBJECT or lexicon.is_common_word(last + nxt, lexicon.WORD) or speech_after(folded, p.end):
                p = Proposal(p.start, p.end - 1, p.form[:-1], p.strong, p.latin)
        out.append(p)
    return out


def _given_said(proposals: list[Proposal], folded: str) -> list[Proposal]:
    """麥家明 … 家明笑言：: four characters, no surname first, whose first two are the given name of a
    surname-led name proposed elsewhere and whose last two a speech verb: the given name alone, then
    how it was said (the name is never run into its verb)."""
    givens = {p.form[1:] for p in proposals if len(p.form) == 3 and not p.latin and surname_length(p.form, 0) == 1}
    # 王李玉英 … 玉英笑說: a married or compound-surnamed name's last two, one character, a speech verb
    ends = {p.form[2:] for p in proposals if len(p.form) == 4 and not p.latin and is_han(p.form[0])} | givens
    out = []
    for p in proposals:
        form = p.form
        said = len(form) == 4 and form[:2] in givens and not surname_length(form, 0) and cue_after(folded, p.start + 2)
        if said or (len(form) == 3 and form[:2] in ends and cue_after(folded, p.end)):
            p = Proposal(p.start, p.start + 2, form[:2], p.strong, p.latin)
        out.append(p)
    return out


# How far before a name 由 may stand, a kin word or a role between (由女儿刘佳代签).
_AGENT_REACH = 4
_NOW_VERBS = "为任年居住"


def _verb_end_cut(p: Proposal, folded: str) -> Proposal:
    if len(p.form) < 3 or p.latin or p.form[-2] == DOT:
        return p
    last, nxt = p.form[-1], folded[p.end : p.end + 2]
    doubled = nxt == "一" + last
    on_behalf = last == "代" and is_han(nxt[:1] or "a") and "由" in folded[max(0, p.start - _AGENT_REACH) : p.start]
    # (现 'now' before what one is now: 儿子钟声现为退休干部, 现任, 现年八十, 现居台北)
    now = last == "现" and nxt[:1] in _NOW_VERBS
    return Proposal(p.start, p.end - 1, p.form[:-1], p.strong, p.latin) if doubled or on_behalf or now else p


def nicknames_trimmed(proposals: list[Proposal], folded: str) -> list[Proposal]:
    """阿俊笑說 where 「阿俊」 stands alone elsewhere: a nickname (阿X, 小X,
    老X, or a surname and 哥 or 姐: 牛哥笑称) takes no verb after it; the character between it and a speech verb
    says how it was said (笑說, 嘆道). Not a Japanese surname (小林). 阿 opens
    no surname: 阿傑住台北 beside 阿傑說 runs 阿傑 on into any verb. So does a given name and
    an elder's address written alone elsewhere (水源伯笑說 beside 叫他水源伯), and one character and an
    elder's address written alone more often than with the two after (水伯个仔 beside 叫佢水伯)."""
    nick = {
        p.form
        for p in proposals
        if not p.latin
        and (
            (len(p.form) == 3 and (p.form[0] in NICKNAME_PREFIXES or p.form[1] in "哥姐"))
            or (len(p.form) == 4 and p.form[2] in _ELDERS and cue_after(folded, p.end))
            or _elder_run_on(p.form)
            or _nickname_run_on(p.form)
        )
        and p.form[:2] not in JAPANESE_SURNAMES
        and is_han(p.form[-1])
        and (_trimmed(p, folded) or _elder_run_on(p.form))
    }
    if not nick:
        return proposals
    counts = occurrences(folded, nick | {f[:-1] for f in nick} | {f[:2] for f in nick})
    out = []
    for p in proposals:
        short, long = (counts[p.form[:2]], counts[p.form]) if p.form in nick else (0, 0)
        if p.form in nick and (_nickname_run_on(p.form, short, long) or (_elder_run_on(p.form) and short > long)):
            p = Proposal(p.start, p.start + 2, p.form[:2], p.strong, p.latin)
        elif p.form in nick and counts[p.form[:-1]] > counts[p.form] and _trimmed(p, folded):
            p = Proposal(p.start, p.end - 1, p.form[:-1], p.strong, p.latin)
        out.append(p)
    return out


def _elder_run_on(form: str) -> bool:
    """水伯个仔, 水伯摸住: one character and an elder's address, then two the tagger ran on into (个仔 'his
    son', 摸住 'touching'); no name has a given name after an address."""
    return len(form) == 4 and form[1] in _ELDERS and surname_length(form, 0) != 2


def _nickname_run_on(form: str, short: int = 1, long: int = 0) -> bool:
    """阿叔|学, 阿坤|头也: 阿 and an elder's address, then a character no address is (跟阿叔学: a verb); or
    阿 and a name, then two characters no transliteration holds, the two alone written more often (阿坤
    beside 阿坤头也没抬). ``short``, ``long``: how often the two and the form are written."""
    if form[:1] != "阿":
        return False
    if len(form) == 3:
        return form[1] in _ELDERS and form[2] not in _ELDERS and not form.endswith(ADDRESS_SUFFIXES) and short >= long
    return len(form) == 4 and not any(c in TRANSLIT_CHARS for c in form[2:]) and short > long


def _trimmed(p: Proposal, folded: str) -> bool:
    return cue_after(folded, p.end) or _a_run_on(p.form, folded[p.end : p.end + 1])


def _a_run_on(form: str, nxt: str) -> bool:
    """阿傑住: 阿 and a name, then any character but what people call her
    (阿綢姨, 阿嬌嬤: the address is her name's form), or a master (阿雄師,
    unless 師 starts a word with the next: 阿明師傅, 阿明師從)."""
    # (阿莫迪: a transliteration, whole)
    return (
        form[0] == "阿"
        and not form.endswith(ADDRESS_SUFFIXES)
        and form[2] not in "姨嬷"
        and not (form[2] == _MASTER and not lexicon.is_common_word(_MASTER + nxt))
        and form[2] not in TRANSLIT_CHARS
    )


_MASTER = "师"
# An elder's address after a given name (水源伯, 金花婶).
_ELDERS = frozenset("伯叔婶姨嬷婆公")


# 在…时 then a speech verb: the time clause of a news report (在开场发言时表示).
_WHILE_RE = re.compile(r"在[^，。！？；：、\s]{1,10}?[时時]")


def while_clause_extended(proposals: list[Proposal], folded: str) -> list[Proposal]:
    """局长冼志|正在开场发言时表示: a two-character name before 正在 and a
    time clause (在…时) closed by a speech verb is three characters: reports
    write "NAME在…时表示", not "NAME正在…时表示", so the character that
    makes 正在 is the name's last."""
    out = []
    for p in proposals:
        end = p.end
        if (
            not p.latin
            and len(p.form) == 2
            and surname_length(folded, p.start) == 1
            and folded[end : end + 1] in SOFT_IN_GIVEN_NAME
            and (m := _WHILE_RE.match(folded, end + 1)) is not None
            and cue_after(folded, m.end())
        ):
            p = Proposal(p.start, end + 1, folded[p.start : end + 1], p.strong)
        out.append(p)
    return out


__all__ = ["nicknames_trimmed", "run_ons_trimmed", "while_clause_extended", "whole_names"]
