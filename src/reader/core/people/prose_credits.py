"""Credits given in the running text rather than on a credit line: the
handle a person goes by (网名“夏天的风”, 以筆名「晨風」), a reader thanked by
a handle (感谢“月下独酌”的打赏), a translator after a book's title
(《百年孤独》，范晔译).
"""

from __future__ import annotations

import re

from reader.core.people import lexicon
from reader.core.people.cued_names import REAL_NAME_WORDS
from reader.core.people.names import PARTICLES, surname_length
from reader.core.people.texts import WordTags

# A screen name, pen name or stage name in quotes after the word that says so
# (网名“夏天的风”, 網名「星塵阿澤」): what a person is called online.
_HANDLE_RE = re.compile(
    r"(?:网名|網名|昵称|暱稱|笔名|筆名|艺名|藝名)(?:是|叫|为|為|叫做)?[「『“\"]([^「」『』“”\"\n，。]{2,10})[」』”\"]"
)


# A real name given right after the name a person goes by (作家南枝（本名许文静）,
# 艺人阿Ken，原名陈家健): the same person.
_REAL_NAME_AFTER_RE = re.compile(
    rf"[（(，,]\s*(?:{REAL_NAME_WORDS})(?:是|叫|为|為)?([\u4e00-\u9fff]{{2,4}}?)(?=[,.;:!?，。、；）)」”\s]|$)"
)


# A reader thanked by the screen name in quotes, for what they gave (感谢“月下
# 独酌”的打赏, 感谢“砚台不是墨”连续投的月票): a person the page names no other way.
_THANKED_HANDLE_RE = re.compile(
    r"(?:感谢|感謝|谢谢|謝謝|鸣谢|鳴謝)(?:读者|讀者|书友|書友|网友|網友)?[「『“\"]([^「」『』“”\"\n，。、]{2,10})[」』”\"]"
    r"(?=的|连续|連續|投|送|打赏|打賞)"
)


def handle_names(folded: str, names: WordTags) -> list[tuple[int, int, str | None]]:
    """(start, end, the name it belongs to or None) for each quoted handle.
    ``names``: the names proposed, by start, as (end, form). The person
    named in the same clause just before (韦春燕，网名“夏天的风”; 黃凱玲，街頭藝名「阿Ling」)
    or just after (以筆名「晨風」發表散文的梁家朗) owns it; else it stands
    for a person the text names no other way (一位網名「星塵阿澤」的大學生).
    A real name after the name a person goes by (南枝（本名许文静）) is
    theirs too."""
    by_end = {end: form for end, form in names.values()}
    found = []
    for m in _HANDLE_RE.finditer(folded):
        owner = None
        for k in range(m.start(), max(-1, m.start() - _OWNER_REACH), -1):
            if k < m.start() and folded[k] in _CLAUSE_ENDS:
                break
            if k in by_end:
                owner = by_end[k]
                break
        if owner is None:
            for k in range(m.end(), min(len(folded), m.end() + _OWNER_REACH * 2)):
                if folded[k] in _CLAUSE_ENDS or folded[k] == "，":
                    break
                if k in names:
                    owner = names[k][1]
                    break
        found.append((m.start(1), m.end(1), owner))
    for m in _REAL_NAME_AFTER_RE.finditer(folded) if "名" in folded else ():
        # (only a real name proposed already, and only with the name it follows)
        if names.get(m.start(1), (0, ""))[0] == m.end(1) and (owner := by_end.get(m.start())) is not None:
            found.append((m.start(1), m.end(1), owner))
    for m in _THANKED_HANDLE_RE.finditer(folded):
        entry = lexicon.lookup(m.group(1))
        if entry is None or entry.is_name:
            found.append((m.start(1), m.end(1), None))
    return found


_OWNER_REACH = 8
_CLAUSE_ENDS = frozenset("。！？；\n")


# A translator's credit after a book's title: 《百年孤独》，范晔译。
_TRANSLATED_RE = re.compile(r"[》〉][，,、 \u3000]?([\u4e00-\u9fff]{2,4}?)[译譯](?=[本。，,；;、）)\s]|$)")


def translator_credits(folded: str) -> list[tuple[int, int]]:
    """Spans of the names credited as translators right after a title."""
    if "》" not in folded and "〉" not in folded:
        return []
    return [m.span(1) for m in _TRANSLATED_RE.finditer(folded) if _credited_given_ok(m.group(1))]


def _credited_given_ok(form: str) -> bool:
    """A surname and a given name no particle breaks; 向 opens given names
    (杨向荣) and the credit says a name stands there."""
    sl = surname_length(form, 0)
    given = form[sl:]
    return sl > 0 and 1 <= len(given) <= 2 and not any(c in PARTICLES and c != "向" for c in given)


__all__ = ["handle_names", "translator_credits"]
