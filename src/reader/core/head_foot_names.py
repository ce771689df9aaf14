"""Which of the site's two names, the masthead's or the © line's, when one
extends the other.

The foot may name the organisation the masthead's shorter name stands for
(海濱花園 over © 海濱花園業主立案法團): the longer, unless what it adds is a
company's legal form or its trade (远航科技 over © 远航科技股份有限公司 stays, 启明培优
over © 启明培优教育) and the article
does not sign with the full name (a notice's signer, 岭澄高速公路有限公司). Or the
masthead may add to the © name what the site offers (澳門慈雲堂骨灰龕 over
© 澳門慈雲堂, its columbarium): when the article's own lines name the
shorter alone (its sign-off, 澳門慈雲堂管理處　謹啟), that is the name the
page gives itself. A masthead that writes a unit's name after the © name, a
space apart (澳門街坊互助會 頤康長者中心 over © 澳門街坊互助會), is the unit of
the organisation that owns the page: the © name. A first line that writes
the © name with its place before it (槟城 + 浮罗山背郭氏宗祠) is the masthead.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.line_passes import Line
from reader.core.pair_lines import issuing_unit
from reader.core.person_values import fold_text

_HAN_MORE: Final = re.compile(r"[\u3400-\u9fff]{2,12}")
# (or the trade a company's registered name puts after its brand, its legal form left off in the ©
# line: 启明培优 over © 启明培优教育, of 启明培优教育科技有限公司)
_LEGAL_FORM: Final = re.compile(r"集团|股份|有限|公司|^(?:教育|科技|文化|传媒|网络|信息|咨询|实业|控股|贸易)$")
_TOP: Final = 5  # (the masthead's lines)
_CUTS: Final = " \u3000·・|｜"


def head_or_foot(head: str | None, foot: str | None, lines: list[Line]) -> str | None:
    """The masthead's name ``head``, or the © line's ``foot`` where one
    extends the other (see the module's note)."""
    if not (head and foot) or head == foot:
        return head
    # (or after a dot: 川流 over © 川流·简梓川官方后援会)
    if (
        foot.startswith(head)
        and _HAN_MORE.fullmatch(foot.replace("·", "", 1), len(head))
        and not _said_over(head, foot, lines)
    ):
        # (unless the article signs with the full name: 岭澄高速公路有限公司 over its notice's date)
        return head if _LEGAL_FORM.search(fold_text(foot[len(head) :])) and not _signed(foot, lines) else foot
    if head.startswith(foot) and _HAN_MORE.fullmatch(head, len(foot)) and _named_alone(foot, head, lines):
        return foot
    # (or a unit's name after the © name, a space apart, that the foot writes without the unit:
    # the unit's organisation, the page's owner)
    if (
        head.startswith(foot)
        and head[len(foot) : len(foot) + 1] in _CUTS
        and _HAN_MORE.fullmatch(head[len(foot) :].lstrip(_CUTS))
        and any(foot in x.text and head not in x.text for x in lines[-_TOP:])
    ):
        return foot
    # (or two names of one place, the masthead's its website's and the foot's the body that signs the
    # article: 雅濤花園業主網 over © 雅濤花園管理處, the notice signed 雅濤花園管理處; a company signing
    # keeps the masthead's name, as above: 江淮铁路客运服务网 over © 江淮城际铁路有限公司)
    if (
        head[:_SHARED] == foot[:_SHARED]
        and _signed(foot, lines)
        and not _signed(head, lines)
        and not _LEGAL_FORM.search(fold_text(foot))
    ):
        return foot
    return head


_SHARED: Final = 2  # (the place's name the two share, its first characters at least)


def placed_foot(foot: str | None, lines: list[Line]) -> str | None:
    """The page's first line when it goes and writes the © line's name with
    its place before it (槟城浮罗山背郭氏宗祠 over © 浮罗山背郭氏宗祠): the
    masthead's fuller name, whatever the menu under it looks like."""
    if not foot or not lines or not (first := lines[0]).bad or not first.text.endswith(foot):
        return None
    return first.text if _PLACE.fullmatch(first.text, 0, len(first.text) - len(foot)) else None


_PLACE: Final = re.compile(r"[\u3400-\u9fff]{2,3}")


def _said_over(head: str, foot: str, lines: list[Line]) -> bool:
    """The masthead gives ``head`` and, after it, what the foot's name adds to it (港灣記憶
    Harbour Memories｜香港水上人家口述歷史計劃 over © 港灣記憶口述歷史計劃): the foot's
    name is the masthead's name and its description, and the masthead's the name."""
    # (not the masthead's own next word, 沙溪·半山小院 over © 沙溪半山小院: one name cut in two; nor
    # the foot's whole name, 岭澄高速 | 岭澄高速公路有限公司官方网站: the masthead's two names)
    more = foot[len(head) :].lstrip(_CUTS)
    return any(
        x.text.startswith(head)
        and more in (after := x.text[len(head) :])
        and not after.lstrip(_CUTS).startswith(more)
        and foot not in after
        for x in lines[:_TOP]
    )


def _signed(name: str, lines: list[Line]) -> bool:
    """Whether a kept line of the article is ``name`` alone: the notice's signer."""
    return any(line.kept and line.text.strip() == name for line in lines)


def _named_alone(name: str, longer: str, lines: list[Line]) -> bool:
    """Whether a kept line of the article names ``name`` without ``longer``."""
    return any(line.kept and name in line.text and longer not in line.text for line in lines)


_HEAD, _FOOT = 12, 4  # (the head's lines, where the date's line stands; the foot's, where the site signs)


def issuer_in_foot(lines: list[Line]) -> str | None:
    """The unit the date's line labels as the issuer (发布单位：某物业服务中心　日期：…) when the page's
    foot names it too (某物业服务中心 ｜ 客服热线 …): the site is the unit's own."""
    for line in lines[:_HEAD]:
        if line.meta is not None and (unit := issuing_unit(line.text, line.folded or fold_text(line.text))):
            return unit if any(x.bad and x.text.startswith(unit) for x in lines[-_FOOT:]) else None
    return None


__all__ = ["head_or_foot", "issuer_in_foot", "placed_foot"]
