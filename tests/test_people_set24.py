"""The twenty-fourth fix pass (tests/data/people/fresh24): married names the
page backs with the husband's surname elsewhere."""

from __future__ import annotations

from reader.core.people.extract import find_people


def _names(text: str) -> list[str]:
    return [p.person.name for p in find_people(text)]


def test_married_name_after_de_backed_by_tai_form() -> None:
    # 羅太 elsewhere: 羅陳美儀 is her married form, not 陳美儀 after 的.
    assert "羅陳美儀" in _names("訪問了三間老店的老闆娘，包括人稱羅太的羅陳美儀。")


def test_married_name_after_furen_backed_by_taitai() -> None:
    assert "林李佩瑶" in _names("现由其夫人林李佩瑶女士主持的基金会管理。是林太太每次来校都会提起的家训。")


def test_uncommon_husband_surname_backed_by_children() -> None:
    # 符 is no common surname, but the children 符家寶, 符家慧 bear it.
    assert "符陳秀英" in _names("遺下妻子符陳秀英、子女符家寶、符家慧及孫兒四人。")


def test_no_evidence_keeps_the_own_name() -> None:
    names = _names("包括人稱老闆娘的羅陳美儀。")
    assert "羅陳美儀" not in names
