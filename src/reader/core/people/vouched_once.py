"""What lets the tagger's name of a person's shape count at its one mention
(the shape rules would want a second): a Japanese name the tagger reads
whole, a field's whole value on a line of fields, a kinship word before it."""

from __future__ import annotations

from reader.core.people.field_values import field_value
from reader.core.people.japanese_tagged import japanese_tagged
from reader.core.people.kin_names import kin_before


def vouched_once(folded: str, start: int, end: int, before: tuple[str, str] | None) -> bool:
    """``before``: the tagger's word ending at ``start``, as (text, tag)."""
    return japanese_tagged(folded, start, end, before) or field_value(folded, start, end) or kin_before(folded, start)
