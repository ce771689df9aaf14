"""A byline row of parts each of which is metadata, set apart by spaced dots,
bars or wide gaps: an outlet, a credit, a date (**新城周刊** · 文 / 于小渡 ·
2025-11-19)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from reader.core.credit_lines import is_credit_role
from reader.core.meta_records import MetaLine
from reader.core.pair_lines import section_pair
from reader.core.person_values import fold_text, han_name_shaped

# Parts of a byline row: set apart by a spaced dot or bar, or a wide gap.
_PART_GAP: Final = re.compile(r"\s+[·‧・•|｜]\s+|\u3000+|\s{2,}")
_PART_MARKUP: Final = "*_ "
_EVENT_LABEL: Final = re.compile(r"(?:^|\s)(?:时间|日期|地点|地址)\s*[:：]")
_UNIT_FIELD: Final = re.compile(r"(?:[\u3400-\u9fff]{0,4}(?:单位|机构|部门)|供稿)\s*[:：]\s*[^\s:：]{2,24}")
_OUTLET_PART: Final = re.compile(r"[^\s\d,，。.:：;；!！?？()（）]{2,12}")


def parts_line(line: str, folded: str, parse: Callable[[str, str], MetaLine | None]) -> MetaLine | None:
    """A row of parts each of which is metadata: an outlet, a credit, a
    date (**新城周刊** · 文 / 于小渡 · 2025-11-19; （记者 毛晓琳 通讯员
    吴卫东）　责任编辑：郑丽). One part must name a person."""
    cuts = [m.span() for m in _PART_GAP.finditer(line)]
    if not cuts or len(cuts) > 3:
        return None
    bounds = [0, *(x for c in cuts for x in c), len(line)]
    metas: list[MetaLine] = []
    outlet = None
    for k in range(0, len(bounds), 2):
        a, b = bounds[k], bounds[k + 1]
        part, fpart = line[a:b], folded[a:b]
        lead = len(part) - len(part.lstrip(_PART_MARKUP))
        trail = len(part.rstrip(_PART_MARKUP))
        part, fpart = part[lead:trail], fpart[lead:trail]
        if not part:
            return None
        meta = parse(part, fpart)
        if meta is not None:
            metas.append(meta)
        elif not metas and _OUTLET_PART.fullmatch(part) and (outlet is None or section_pair(fpart, column=True)):
            outlet = outlet or (None if section_pair(fpart) else part)  # (an outlet leads, its column may follow)
        elif _UNIT_FIELD.fullmatch(fpart):
            continue  # (the unit that supplied it, no one: 供稿单位：某某学院)
        else:
            return None
    # (a known role or a reporter names the person: 主讲人：王大明　时间：12月6日
    # is an event's line, and its 时间 is when the event is)
    named = [m for m in metas if m.author and m.kind in ("byline", "editor")]
    # (a credit's role by its shape, 审核：X, is a credit's like the tables' roles)
    odd = any(m.kind == "credit" and not all(is_credit_role(fold_text(r)) for r, _ in m.credits) for m in metas)
    if not named or odd or _EVENT_LABEL.search(folded):
        return None
    if outlet and han_name_shaped(outlet) and all(m.kind == "editor" for m in named):
        # a name leading a row whose other parts credit the editors is who wrote
        # it, not an outlet: 温小禾　|　2025年第6期　|　责任编辑：傅青
        named.insert(0, MetaLine("byline", author=outlet, credits=(("作者", outlet),)))
        metas.insert(0, named[0])
        outlet = None
    byline = next((m for m in named if m.kind != "editor"), named[0])
    return MetaLine(
        "byline" if byline.kind != "editor" else "editor",
        source=outlet or next((m.source for m in metas if m.source), None),
        author=byline.author,
        date=next((m.date for m in metas if m.date), None),
        credits=tuple(c for m in metas for c in m.credits),
    )


__all__ = ["parts_line"]
