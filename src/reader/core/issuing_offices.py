"""Who a notice's dated line says issues it, after the bare verb's label
(發佈：翠瀾苑管理處｜2029年10月15日): an office of the body the site belongs
to, which is then the source (the site an estate's newsletter, 翠瀾苑住戶通訊),
or a desk of the site itself, which is then a credit (發佈：澳門毽球同樂會賽務組
on 澳門毽球同樂會's page)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final

from reader.core.line_passes import Line
from reader.core.person_values import fold_text, is_unit

_ISSUING: Final = ("发布", "发出")  # (the bare verb, folded: 發佈, 发布, 發出)
_STEM: Final = 3  # (the name a site and an office share: an estate's, 翠瀾苑)


def issued_by(line: str) -> tuple[str, str] | None:
    """The bare verb's label and the name after it in a dated line: who issues it, under that label."""
    if "：" not in line and ":" not in line:
        return None
    for token in line.replace("｜", " ").replace("|", " ").split():
        label, colon, value = token.replace(":", "：").partition("：")
        if colon and value and fold_text(label) in _ISSUING:
            return label, value
    return None


def _dated(lines: Sequence[Line], site: str) -> Iterator[str]:
    """The date lines among ``lines`` that may name the site's office: its first character in them."""
    return (x.text for x in lines if x.meta is not None and x.meta.kind == "date" and site[:1] in x.text)


def office_of(site: str, lines: Sequence[Line]) -> str | None:
    """The office a date line of ``lines`` says issues the page when the site
    is another of that name's: the two share their first word (翠瀾苑), and an
    office's word follows it (管理處)."""
    for text in _dated(lines, site):
        if (pair := issued_by(text)) is not None:
            office = pair[1]
            shared = next((k for k, (a, b) in enumerate(zip(site, office, strict=False)) if a != b), 0)
            return office if shared >= _STEM and is_unit(office[shared:]) else None
    return None


def issuing_desk(site: str | None, lines: Sequence[Line]) -> tuple[tuple[str, str], ...]:
    """The site's desk, with its label, that a date line of ``lines`` says
    issues the page (the site's name, then a desk's word), as the page's credits; or none."""
    if not site:
        return ()
    for text in _dated(lines, site):
        if (pair := issued_by(text)) is not None:
            return (pair,) if pair[1].startswith(site) and is_unit(pair[1][len(site) :]) else ()
    return ()


__all__ = ["issued_by", "issuing_desk", "office_of"]
