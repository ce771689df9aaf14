"""Finding the people of one article: the rules and the tagger propose names, the vetting drops what
is no name, the forms are merged into people, every mention is found, the byline's people are added,
and each person gets the sentence that says who they are."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.folding import fold
from reader.core.model import Article
from reader.core.people.addressed import addresses_merged
from reader.core.people.aliases import Cluster, build_clusters
from reader.core.people.alternation import longest_first
from reader.core.people.clan_names import clan_names
from reader.core.people.compound_kin import compound_kin
from reader.core.people.compound_run_ons import compound_run_ons_cut, compound_tails
from reader.core.people.compound_words import compound_word_names
from reader.core.people.credits import bylines_in_text, credit_lines, credited_names
from reader.core.people.cued_names import cued_names, function_word_glued, only_quoted
from reader.core.people.cues import cue_before, glued_to_neighbours, named_after
from reader.core.people.cyclical_years import cyclical_years
from reader.core.people.display import display_name, is_latin
from reader.core.people.dotted_heads import dotted_heads_cut
from reader.core.people.dotted_names import dotted_names, dotted_starts_kept
from reader.core.people.dotted_parts import dotted_parts_cut
from reader.core.people.english import bracketed_aliases, english_names, person_glossed
from reader.core.people.fiction import characters
from reader.core.people.function_starts import given_shared
from reader.core.people.glued_words import words_unglued
from reader.core.people.han import han_names
from reader.core.people.kin_names import kin_named
from reader.core.people.labels import label_words
from reader.core.people.language_names import language_names
from reader.core.people.latin_things import latin_things
from reader.core.people.list_heads import cut_short, list_heads, listed_run_ons, verb_glued_heads
from reader.core.people.married_glosses import restated_own
from reader.core.people.married_names import inside_dropped, married_names
from reader.core.people.medicine_lists import medicine_items
from reader.core.people.model import ArticlePerson, Mention, Person
from reader.core.people.name_ends import nicknames_trimmed, run_ons_trimmed, while_clause_extended, whole_names
from reader.core.people.names import BEFORE_CUES, NOT_PEOPLE
from reader.core.people.nickname_words import nickname_words
from reader.core.people.org_heads import departments, org_heads
from reader.core.people.owned_entries import owned_entries
from reader.core.people.place_context import places_named
from reader.core.people.priced_rows import priced_items
from reader.core.people.prose_credits import handle_names, translator_credits
from reader.core.people.registry import Registry, registry
from reader.core.people.riddles import riddle_answers
from reader.core.people.role_and_names import role_and_names
from reader.core.people.role_words import role_words
from reader.core.people.rolls import listed_people
from reader.core.people.sponsors import sponsor_names
from reader.core.people.storm_names import storm_names
from reader.core.people.tagged import tagged_names
from reader.core.people.tagged_latin import tagged_latin
from reader.core.people.tagger import tagger, unavailable
from reader.core.people.tails import speaking_place_end, tails_trimmed, things_dropped
from reader.core.people.texts import DOT, Link, Proposal, Texts
from reader.core.people.thing_columns import things_in_columns
from reader.core.people.titled import titled_names
from reader.core.people.traded_things import traded_things
from reader.core.people.translit import listed_with, translit_names
from reader.core.people.verb_copies import verb_copied
from reader.core.people.verb_glued import verb_glued_names
from reader.core.people.vetting import not_a_name, outside, vetted
from reader.core.people.word_fragments import idiom_fragments, titled_cuts_completed, titles_trimmed
from reader.core.people.work_titles import work_titles

_SENTENCE_END = "。！？!?\n"
_CONTEXT_MAX = 80
SENTENCE_REACH = 300
# Words that say what someone is: the titles and jobs the rules use as cues.
_ROLE_WORDS = tuple(c.lower() for c in BEFORE_CUES if len(c) >= 2 and c not in ("对话", "专访", "采访"))


def extract_people(article: Article) -> list[ArticlePerson]:
    """The people ``article`` mentions, most mentioned first.

    Results are cached by the file's content hash when the article has one
    (see :mod:`reader.core.people.cache`).
    """
    from reader.core.people import cache

    reg = registry()
    cached = cache.load(article, reg.fingerprint)
    if cached is not None:
        return cached
    people = people_of(article, reg)
    if unavailable() is None:
        cache.store(article, reg.fingerprint, people)
    return people


def people_of(article: Article, reg: Registry | None = None) -> list[ArticlePerson]:
    """The people of ``article``, its text and its byline, without the cache."""
    return find_people(article.text, reg, credits=credit_lines(article), title=article.title)


def find_people(
    text: str,
    reg: Registry | None = None,
    *,
    credits: Sequence[tuple[str, str]] = (),
    use_tagger: bool = True,
    title: str = "",
) -> list[ArticlePerson]:
    """The people named in ``text`` (no cache). ``credits`` are the article's metadata lines that may name
    people, as (field, line): the byline, the author, the editor. ``use_tagger=False``: the rules alone, as
    when the tagger cannot be loaded. ``title``: the article's (a novel's chapter names characters, see
    :mod:`reader.core.people.fiction`)."""
    reg = reg or registry()
    t = Texts.of(text)
    dotted = dotted_names(t)  # once: the bracket rule reads them too
    bracketed, links, glosses = bracketed_aliases(t, dotted)
    registered = _registry_hits(t, reg)
    proposals = bracketed + dotted + han_names(t) + translit_names(t) + english_names(t, glosses) + registered
    model, firms, tagged = tagger() if use_tagger else None, set[str](), list[tuple[int, int]]()
    words: list[tuple[int, int, str]] = []  # (the tagger's words: a clan's name ends where one does)
    if model is not None:
        spans = model.spans(t.folded)
        tagged, words = spans.people, spans.words
        firms = org_heads(t.folded, proposals, spans.places) | departments(t.folded, proposals, spans)
        proposals = (
            vetted(outside(proposals, spans.places, t.folded), spans, t.folded, frozenset(p.form for p in registered))
            + person_glossed(bracketed)  # (wherever the tagger reads a place or another word)
            + dotted_starts_kept(tagged_names(t, spans.people, spans.words), dotted, t.folded)
            + titled_names(t, spans.words)
            + kin_named(t.folded, spans.people)
            + verb_glued_names(t.folded, spans.words)  # (播|羅文)
            + compound_word_names(t.folded, spans.words)  # (姑娘|上官悦|负责)
            + role_and_names(t.folded, spans.people)  # (队员|和|小勇: 和 the surname)
        )
        married = married_names(t.folded, spans, [(p.start, p.end) for p in proposals if not p.latin])
        proposals = inside_dropped(proposals, married) + married
        links += [Link(a, b) for a, b in restated_own(married, t.folded)]  # (黎陳月好，即係陳月好: one woman)
        known = {p.form for p in proposals if p.latin and p.strong}
        proposals += tagged_latin(t, spans.people, known)
    proposals = [
        p
        for p in proposals
        if p.latin or DOT in p.form or not not_a_name(p.form) or speaking_place_end(p.form, t.folded, p.end)
    ]
    proposals = while_clause_extended(nicknames_trimmed(run_ons_trimmed(proposals, t.folded), t.folded), t.folded)
    proposals = titles_trimmed(things_dropped(tails_trimmed(proposals, t.folded), t.folded), t.folded)
    proposals = dotted_heads_cut(dotted_parts_cut(titled_cuts_completed(proposals, t.folded), t.folded), tagged, t)
    proposals += [
        Proposal(s, e, t.folded[s:e], True, latin=is_latin(t.folded[s:e])) for s, e in bylines_in_text(t.plain)
    ]
    proposals += [Proposal(s, e, t.folded[s:e], True) for s, e in translator_credits(t.folded)]
    proposals += compound_run_ons_cut(cued_names(t), tagged, t.folded)
    named = {p.start: (p.end, p.form) for p in proposals if not p.latin and p.strong}
    handles = set()
    for start, end, owner in handle_names(t.folded, named):
        form = t.folded[start:end]
        handles.add(form)
        proposals.append(Proposal(start, end, form, True, latin=is_latin(form)))
        if owner is not None:
            links.append(Link(owner, form))
    forms = _accepted(proposals, reg)
    proposals += whole_names(t, forms)
    forms = _accepted(proposals, reg)
    forms -= _place_names(t.folded, forms, reg) | firms | sponsor_names(t.folded, forms)
    forms -= _glossed_words(proposals, bracketed, links, forms)
    forms -= function_word_glued(forms) | riddle_answers(t.folded, forms) | role_words(t.folded, forms)
    forms -= given_shared(t.folded, forms)  # (死党志豪, 祝志豪 beside 认识志豪)
    forms -= label_words(t.folded, forms) | cyclical_years(t.folded, forms) | language_names(t.folded, forms)
    forms -= only_quoted(t.folded, forms - handles, {(p.start, p.end) for p in proposals})
    forms -= work_titles(t.folded, forms, {p.form for p in registered})
    listed = listed_with(t, {f for f in forms if not is_latin(f)})
    forms |= {p.form for p in listed}
    listed += listed_people(t, forms) + (heads := list_heads(t, forms))
    listed += compound_kin(t.folded, seen := forms | {p.form for p in listed}) + clan_names(t.folded, seen, words)
    forms = (forms | (items := {p.form for p in listed})) - cut_short(t.folded, heads, forms, items)
    forms -= listed_run_ons(forms, items, t.folded) | verb_glued_heads(forms, items, t.folded)
    forms -= characters(t.folded, title, forms) | idiom_fragments(t.folded, forms) | places_named(t.folded, forms)
    forms -= things_in_columns(t.folded, forms) | medicine_items(t.folded, forms) | firms  # (a list may read a firm)
    forms -= priced_items(t.folded, forms) | owned_entries(t.folded, forms)  # (夏桑菊 $16; 文心蘭「朱古力」（李志安）)
    forms -= latin_things(t, forms)  # (《Advanced Energy Materials》, 雾港回声 Foghaven Echoes)
    forms -= verb_copied(t.folded, forms) | traded_things(t.folded, forms)  # (顧火顧出: a task; 飲王老吉)
    forms -= storm_names(t.folded, forms) | nickname_words(t.folded, forms)  # (颱風瑪莉亞: a typhoon; 阿兵哥)
    forms -= compound_tails(forms)  # (姓范名姜德明 beside 范姜德明)
    forms = words_unglued(t.folded, {f for f in forms if any(c.isalpha() for c in f)})  # (10:00's 00; 成绩可登录)
    clusters = build_clusters(forms, links, t, reg)
    # A rule's or the tagger's name is one even if its end makes a word with the next (蔡亚水上世纪: 水上).
    proposed = {(p.start, p.end) for p in proposals + listed if p.form in forms}
    return addresses_merged(_with_credits(_people(text, t, clusters, proposed), credits), t.folded)


def _with_credits(people: list[ArticlePerson], credits: Sequence[tuple[str, str]]) -> list[ArticlePerson]:
    """Add each byline name to the person the text already knows by it, or
    as a person of their own (the reporter is rarely named in the text)."""
    by_form = {fold(a): i for i, p in enumerate(people) for a in p.person.aliases}
    added: dict[str, int] = {}
    for field, line in credits:
        # One Latin word is a name in a credit line (主播：Ethan), not in a source or author field (Reuters, admin).
        # A source field names a person only after a role (新华社记者王明).
        for start, end in credited_names(
            line, single_latin=field not in ("source", "author"), role_needed=field == "source"
        ):
            alias = line[start:end]
            form = fold(alias)
            mention = Mention(start, end, alias, field)
            if form in by_form:
                i = by_form[form]
                p = people[i]
                people[i] = ArticlePerson(p.person, p.mentions, (*p.credits, mention))
            elif form in added:
                i = added[form]
                p = people[i]
                people[i] = ArticlePerson(p.person, p.mentions, (*p.credits, mention))
            else:
                added[form] = len(people)
                people.append(ArticlePerson(Person(form, alias, (alias,), line.strip()), (), (mention,)))
    # Still most mentioned first: a name in two credit lines counts twice (stable).
    people.sort(key=lambda p: -p.count)
    return _distinct_keys(people)


def _glossed_words(
    proposals: list[Proposal], bracketed: list[Proposal], links: list[Link], forms: set[str]
) -> set[str]:
    """豐年祭（Ilisin）: one Latin word in brackets is the other name of the
    Chinese word before it (陳立恆（Leo）), so a person only if that word is
    one; nothing else proposing it."""
    from_brackets = {id(p) for p in bracketed}
    elsewhere = {p.form for p in proposals if p.latin and id(p) not in from_brackets}
    return {
        link.b
        for link in links
        if " " not in link.b and is_latin(link.b) and link.a not in forms and link.b not in elsewhere
    }


def _accepted(proposals: list[Proposal], reg: Registry) -> set[str]:
    strong = [p for p in proposals if p.strong]
    forms = {p.form for p in strong}
    # Headline-only names count if the article or the registry confirms them.
    forms |= {p.form for p in proposals if not p.strong and (reg.find(p.form) is not None)}
    # A form only ever proposed inside a longer name at the same place (罗克曼 inside 布罗克曼) is a fragment,
    # not a person. Sweep by start (longest first at a start): a span is inside one that reaches as far earlier.
    inside: set[tuple[int, int]] = set()
    reach = -1
    for start, end in sorted({(p.start, p.end) for p in strong}, key=lambda s: (s[0], -s[1])):
        if reach >= end:
            inside.add((start, end))
        reach = max(reach, end)
    standalone = {p.form for p in strong if (p.start, p.end) not in inside}
    return {f for f in forms if (f in standalone or reg.find(f) is not None) and f not in NOT_PEOPLE}


# A unit or a settlement after a name makes it a place (高雄市, 沙奇萊部落; 部落格 is a blog) unless the two
# make a title (市长, 县委); so does an area after it (南屯一带) unless 一带 starts a verb (陈一带领), and a
# direction one comes from or goes to (由何文田方向: a person's 方向 is a line of research, 田渊栋方向).
_PLACE_AFTER_RE = "(?=[市县省区乡镇](?![长委])|部落(?!格)|一带(?![领头动队])|峰(?![会回]))"  # (卓奥友峰: a peak)
# (a list's first item too: 往何文田、太子方向; and a hometown: 来自何文田，)
_TOWARDS = "(?<=[由从往向朝])({forms})(?={items}方向)|(?<=来自)({forms})(?=[，,；;])"
# The first item of a list of branches or an area (黃大仙、太子及大坑分店, 金馬崙、甘文丁一帶): places;
# or before a transit line (黃大仙及彩虹线; a name alone before 线 may be a word's start).
_ITEMS = "(?:[、及和与][^、,，。;\n]{1,4}){0,5}"
_BRANCH_ENDS = "分店|分行|分校|分院|校区|门市|门店|一带(?![领头动队])"
_BRANCHES = _ITEMS + "(?:" + _BRANCH_ENDS + ")|(?:[、及和与][^、,，。;\n]{1,4}){1,5}线(?![人索上下条])"


def _place_names(folded: str, forms: set[str], reg: Registry) -> set[str]:
    """Chinese forms the text also writes as a place: 高雄 of 高雄市 (one
    pass over the text for all forms)."""
    han = sorted((f for f in forms if not is_latin(f) and DOT not in f and reg.find(f) is None), key=len, reverse=True)
    if not han:
        return set()
    forms_re = longest_first(han)
    pattern = f"(?:{forms_re})(?:{_PLACE_AFTER_RE}|(?={_BRANCHES}))|" + _TOWARDS.format(forms=forms_re, items=_ITEMS)
    return {m.group() for m in re.finditer(pattern, folded)}


_patterns: dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = {}


def _registry_patterns(reg: Registry) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    if reg.fingerprint in _patterns:
        return _patterns[reg.fingerprint]
    han = sorted(
        {fold(a).replace("・", DOT) for e in reg.entries for a in e.aliases if not is_latin(a)}, key=len, reverse=True
    )
    latin = sorted({a for e in reg.entries for a in e.aliases if is_latin(a)}, key=len, reverse=True)
    han_re = re.compile(longest_first(han)) if han else None
    latin_re = re.compile(r"(?<![A-Za-zÀ-ÿ0-9])(?:" + longest_first(latin) + r")(?![A-Za-zÀ-ÿ0-9])") if latin else None
    _patterns[reg.fingerprint] = (han_re, latin_re)
    return han_re, latin_re


def _registry_hits(t: Texts, reg: Registry) -> list[Proposal]:
    han_re, latin_re = _registry_patterns(reg)
    found = []
    if han_re is not None:
        for m in han_re.finditer(t.folded):
            if not glued_to_neighbours(t.folded, m.start(), m.end()):
                found.append(Proposal(m.start(), m.end(), m.group(), True))
    if latin_re is not None:
        for m in latin_re.finditer(t.plain):
            found.append(Proposal(m.start(), m.end(), m.group(), True, latin=True))
    return found


def _mentions(t: Texts, clusters: list[Cluster], proposed: set[tuple[int, int]]) -> dict[int, list[tuple[int, int]]]:
    """Every place any form of any person appears, longest form first."""
    owner: dict[str, int] = {}
    for i, cluster in enumerate(clusters):
        for form in cluster.forms:
            owner[form] = i
    found: dict[int, list[tuple[int, int]]] = {}
    han = sorted((f for f in owner if not is_latin(f)), key=len, reverse=True)
    latin = sorted((f for f in owner if is_latin(f)), key=len, reverse=True)
    if han:
        for m in re.finditer(longest_first(han), t.folded):
            if len(m.group()) <= 3 and m.span() not in proposed and glued_to_neighbours(t.folded, m.start(), m.end()):
                continue
            if named_after(t.folded, m.end()):
                continue  # 图灵奖, 普朗克研究所: a prize or a place named after them
            found.setdefault(owner[m.group()], []).append((m.start(), m.end()))
    if latin:
        pattern = r"(?<![A-Za-zÀ-ÿ0-9])(?:" + longest_first(latin) + r")(?![A-Za-zÀ-ÿ0-9])"
        for m in re.finditer(pattern, t.plain):
            found.setdefault(owner[m.group()], []).append((m.start(), m.end()))
    return found


def _people(text: str, t: Texts, clusters: list[Cluster], proposed: set[tuple[int, int]]) -> list[ArticlePerson]:
    found = _mentions(t, clusters, proposed)
    people = []
    for i, spans in found.items():
        spans.sort()
        mentions = tuple(Mention(s, e, text[s:e]) for s, e in spans)
        aliases = tuple(dict.fromkeys(m.alias for m in mentions))
        name = display_name(aliases)
        person = Person(_key(clusters[i], aliases, name), name, aliases, _context(text, t.folded, spans))
        people.append(ArticlePerson(person, mentions))
    people.sort(key=lambda p: (-p.count, p.mentions[0].start))
    return _distinct_keys(people)


def _key(cluster: Cluster, aliases: tuple[str, ...], name: str) -> str:
    if cluster.registry_key:
        return cluster.registry_key
    english = [a for a in aliases if is_latin(a) and " " in a]
    if english:
        return fold(max(english, key=len))
    dots: dict[str, str | int | None] = {d: DOT for d in "‧・•"}
    return fold(name).translate(str.maketrans(dots))


def _distinct_keys(people: list[ArticlePerson]) -> list[ArticlePerson]:
    """Keys must be unique within an article; a clash (two clusters that the
    registry could not tell apart) gets a suffix rather than a merge."""
    seen: set[str] = set()
    result = []
    for p in people:
        key = p.person.key
        n = 2
        while key in seen:
            key = f"{p.person.key}#{n}"
            n += 1
        seen.add(key)
        if key != p.person.key:
            p = ArticlePerson(Person(key, p.person.name, p.person.aliases, p.person.context), p.mentions, p.credits)
        result.append(p)
    return result


def _context(text: str, folded: str, spans: list[tuple[int, int]]) -> str:
    """Who they are: the first sentence that gives them a title right before
    the name (中国围棋国手芈昱廷), else the first that names a role at all,
    else the first; cut around the mention when long."""
    sentences = [_sentence(text, start, end) for start, end in spans[:20]]
    titled = next((s for s, (start, _) in zip(sentences, spans[:20], strict=True) if cue_before(folded, start)), None)
    if titled is None:
        titled = next((s for s in sentences[:8] if any(cue in folded[s[0] : s[1]] for cue in _ROLE_WORDS)), None)
    return _clip(text, *(titled or sentences[0]))


def _sentence(text: str, start: int, end: int) -> tuple[int, int, int]:
    # Looked for within SENTENCE_REACH: a page without full stops must not
    # cost a scan of the whole text per person.
    lo, hi = max(0, start - SENTENCE_REACH), min(len(text), end + SENTENCE_REACH)
    left = max(max(text.rfind(c, lo, start) for c in _SENTENCE_END) + 1, lo)
    rights = [i for i in (text.find(c, end, hi) for c in _SENTENCE_END) if i != -1]
    return left, (min(rights) + 1 if rights else hi), start


def _clip(text: str, left: int, right: int, start: int) -> str:
    sentence = text[left:right].strip()
    if len(sentence) <= _CONTEXT_MAX:
        return sentence
    a = max(left, start - _CONTEXT_MAX // 2)
    b = min(right, a + _CONTEXT_MAX)
    return ("…" if a > left else "") + text[a:b].strip() + ("…" if b < right else "")
