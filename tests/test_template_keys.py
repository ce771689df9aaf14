"""The keys a folder's template is counted by, against their definitions:
every line (raw for the count, fixed as cleaning sees it for the probe)
through ``template_key``, kept up to ``TEMPLATE_LINE`` characters; and the
stored hashes the same with and without a folder's shared hashes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.line_fix import fix_lines
from reader.core.template_keys import (
    TEMPLATE_LINE,
    counted_keys,
    key_hash,
    key_hashes,
    probed_keys,
    template_key,
)

# Lines of every length around the limit, with the whitespace str.split knows
# (ideographic and no-break spaces too), tags, entities and tone marks.
_PIECES = st.sampled_from(
    [
        "新闻",
        "首页",
        "a",
        "Ab",
        " ",
        "\u3000",
        "\xa0",
        "\t",
        "\r",
        "<p>",
        "</div>",
        "&amp;",
        "&nbsp;",
        "現(xiàn)",
        "。",
        "x" * 40,
        "字" * 39,
    ]
)
_LINE = st.lists(_PIECES, max_size=8).map("".join)
_TEXT = st.lists(_LINE, max_size=12).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_counted_and_probed_keys_are_their_definitions(text: str) -> None:
    counted = {key for raw in text.split("\n") if 0 < len(key := template_key(raw)) <= TEMPLATE_LINE}
    probed = {key for fixed in fix_lines(text) if len(key := template_key(fixed)) <= TEMPLATE_LINE}
    assert counted_keys(text) == counted
    assert probed_keys(text) == probed


@given(st.lists(st.lists(_LINE, max_size=6), max_size=5))
def test_hashes_shared_across_files_are_the_hashes_taken_one_by_one(files: list[list[str]]) -> None:
    known: dict[str, int] = {}
    for keys in files:
        assert key_hashes(keys, known) == key_hashes(keys)
        assert list(key_hashes(keys)) == sorted({key_hash(k) for k in keys})
    assert all(key_hash(k) == h for k, h in known.items())


def test_fix_lines_gives_a_list_of_its_own_each_time() -> None:
    """Fixed lines are kept for the same text asked for again (cleaning,
    then the cache's template keys), each caller getting its own list."""
    text = "<b>首页</b>\n  正文  \n"
    first = fix_lines(text)
    first.append("changed")
    assert fix_lines(text) == ["首页", "正文"]
    assert fix_lines(text + "x") == ["首页", "正文", "x"]
