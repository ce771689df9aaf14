"""The listing's JSON decoded in pieces: what json.loads gives, errors too."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core import json_pieces

_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
_values = st.recursive(
    _scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4)
)
_documents = st.dictionaries(st.text(), st.lists(_values, max_size=6) | _values, max_size=5) | _values


@settings(max_examples=300, deadline=None)
@given(_documents, st.sampled_from([(",", ":"), (", ", ": "), (" ,\n", " :\t")]), st.booleans())
def test_it_gives_what_json_loads_gives(document: Any, separators: tuple[str, str], ascii: bool) -> None:
    text = json.dumps(document, separators=separators, ensure_ascii=ascii)
    for data in (text, text.encode(), f" \n{text}\t ".encode()):
        assert json_pieces.loads(data) == json.loads(data)


def test_multibyte_characters_across_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_pieces, "CHUNK", 7)
    document = {"walk": None, "items": [["第一篇", "標題：𠀋字"], ["二", 2]] * 5, "x": "\ud800"}
    data = json.dumps(document, ensure_ascii=False).encode("utf-8", "surrogatepass")
    assert json_pieces.loads(data) == json.loads(data) == document


@pytest.mark.parametrize(
    "bad",
    [b"", b"{", b'{"a":[1,2', b'{"a":[1,,2]}', b'{"a":[1] "b":2}', b'{"a":[1]}x', b"{'a':1}", b'{"a":[01]}'],
)
def test_what_json_loads_refuses_it_refuses_the_same_way(bad: bytes) -> None:
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(bad)
    with pytest.raises(json.JSONDecodeError) as got:
        json_pieces.loads(bad)
    assert str(got.value) == str(expected.value)


def test_other_encodings_and_a_bom_go_to_json_loads() -> None:
    document = {"items": [["甲", 1]]}
    for data in (json.dumps(document).encode("utf-16"), b"\xef\xbb\xbf" + json.dumps(document).encode()):
        assert json_pieces.loads(data) == document


def test_an_arrays_elements_are_decoded_one_call_each(monkeypatch: pytest.MonkeyPatch) -> None:
    # One C call per element (another thread may take the GIL between them),
    # not one for the whole array.
    calls: list[int] = []
    scan = json_pieces._SCAN

    def counted(text: str, at: int) -> tuple[Any, int]:
        calls.append(at)
        return scan(text, at)

    monkeypatch.setattr(json_pieces, "_SCAN", counted)
    items = [[f"id{n}", "題", n] for n in range(1000)]
    assert json_pieces.loads(json.dumps({"walk": [[1]] * 10, "items": items}).encode()) == {
        "walk": [[1]] * 10,
        "items": items,
    }
    assert len(calls) == 1010
