"""The numpy fold and script tables give what OpenCC's character-level
conversion gives, character by character (the definition they replaced)."""

from __future__ import annotations

import unicodedata

import opencc
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core import foldtable
from reader.core.folding import fold
from reader.core.script import Script, detect_script

_T2S = opencc.OpenCC("t2s", include_tofu_risk_dictionaries=False)
_S2T = opencc.OpenCC("s2t", include_tofu_risk_dictionaries=False)


def _one(converter: opencc.OpenCC, c: str) -> str:
    if c.isspace() or "\ud800" <= c <= "\udfff":
        return c
    out = converter.convert(c)
    return out if len(out) == 1 else c


def _reference_fold(text: str) -> str:
    out = []
    for c in text:
        c = _one(_T2S, c)
        nfkc = unicodedata.normalize("NFKC", c)
        c = nfkc if len(nfkc) == 1 else c
        lower = c.lower()
        out.append(lower if len(lower) == 1 else c)
    return "".join(out)


def _reference_script(text: str) -> Script:
    trad = sum(1 for c in text if _one(_T2S, c) != c)
    simp = sum(1 for c in text if _one(_T2S, c) == c and _one(_S2T, c) != c)
    if trad + simp == 0:
        return Script.NONE
    share = trad / (trad + simp)
    return Script.TRADITIONAL if share >= 0.8 else Script.SIMPLIFIED if share <= 0.2 else Script.MIXED


_TEXT = st.text(
    st.one_of(
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.characters(codec="utf-8"),
        st.sampled_from("黃仁勛黄仁勋ＡＩ軟體软件𠮷"),
    ),
    max_size=60,
)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_fold_and_detection_match_the_character_level_definition(text: str) -> None:
    assert fold(text) == _reference_fold(text)
    assert foldtable.fold_text(text * 3) == _reference_fold(text * 3)  # the long (numpy) path too
    assert detect_script(text) == _reference_script(text)


def test_tables_survive_export_and_install(tmp_path) -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    sample = "黃仁勛說軟體ＡＩ𠮷 and 黄仁勋"
    foldtable.fold_text(sample * 30)  # learns the character outside the BMP
    saved = tmp_path / "tables.bin"
    saved.write_bytes(foldtable.export())
    assert foldtable.install(b"nonsense") is False
    code = (
        "import sys; from pathlib import Path; from reader.core import foldtable; "
        "from reader.core.folding import fold; from reader.core.script import detect_script; "
        "assert foldtable.install(Path(sys.argv[1]).read_bytes()); "
        "print(fold(sys.argv[2]), detect_script(sys.argv[2]).value, 'opencc' in sys.modules)"
    )
    src = Path(__file__).resolve().parent.parent / "src"
    out = subprocess.run(
        [sys.executable, "-c", code, str(saved), sample],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, PYTHONPATH=str(src)),
    ).stdout.split()
    assert out == [*fold(sample).split(), detect_script(sample).value, "False"]


def test_whole_bmp_tables_match_the_character_level_definition() -> None:
    """Every code point of the Basic Multilingual Plane, each converted on
    its own: the tables are built from OpenCC and ``unicodedata`` in a few
    calls over all of them at once, and must give the same as one call per
    character (NFKC and lowercasing that make a character several, or
    OpenCC's multi-character answers, are where a batch could go wrong)."""
    import numpy as np

    fold_table, mark_table = foldtable._tables()
    codes = np.r_[0:0xD800, 0xE000:0x10000]
    expected_fold = []
    expected_marks = []
    for code in codes.tolist():
        c = chr(code)
        t = _one(_T2S, c)
        s = _one(_S2T, c)
        nfkc = unicodedata.normalize("NFKC", t)
        f = nfkc if len(nfkc) == 1 else t
        lower = f.lower()
        expected_fold.append(ord(lower if len(lower) == 1 else f))
        expected_marks.append(
            foldtable.TRADITIONAL if t != c else foldtable.SIMPLIFIED if s != c else foldtable.NO_MARK
        )
    folded = (codes.astype("<u4") + fold_table[codes]).astype(np.int64)
    assert folded.tolist() == expected_fold
    assert mark_table[codes].tolist() == expected_marks


def test_each_falls_back_to_one_character_at_a_time() -> None:
    """A step that makes a character several (or none) keeps that character
    as it was, and the others as the step gives them, in either batch path."""
    assert foldtable._each(str.lower, "AİB") == "aİb"  # İ lowers to two characters
    assert foldtable._each(lambda t: t.replace("x", ""), "axb") == "axb"  # a character made none: one at a time
    assert foldtable._each(lambda t: t.replace("x", "\n"), "axb") == "a\nb"  # one character each, as on its own
    assert foldtable._each(str.upper, "") == ""


def test_the_shipped_tables_are_what_building_gives() -> None:
    """``foldtable.bin`` holds every plane's tables as this code builds them
    with the OpenCC and Unicode installed (else regenerate it: ``python -m
    reader.core.foldtable``): the BMP whole, then every other code point
    that folds to another or is marked (the rest fold to themselves)."""
    import numpy as np

    shipped = foldtable.shipped_tables()
    assert shipped is not None, "foldtable.bin is stale: run python -m reader.core.foldtable"
    bmp = np.r_[0:0xD800, 0xE000:0x10000].astype("<u4")
    shift, marks = foldtable._learned(bmp)
    folds = np.frombuffer(shipped, dtype="<u4", count=0x10000)
    assert np.array_equal(folds[bmp], bmp + shift)
    assert np.array_equal(folds[0xD800:0xE000], np.arange(0xD800, 0xE000, dtype="<u4"))
    assert np.array_equal(np.frombuffer(shipped, dtype=np.uint8, offset=0x40000, count=0x10000)[bmp], marks)
    astral = np.arange(0x10000, 0x110000, dtype="<u4")
    shift, marks = foldtable._learned(astral)
    n = (len(shipped) - 0x50000) // 9
    extra = np.frombuffer(shipped, dtype="<u4", offset=0x50000, count=n)
    expected = np.flatnonzero((shift != 0) | (marks != 0)).astype("<u4") + 0x10000
    assert np.array_equal(extra, expected)
    assert np.array_equal(
        np.frombuffer(shipped, dtype="<u4", offset=0x50000 + 4 * n, count=n), extra + shift[extra - 0x10000]
    )
    assert np.array_equal(
        np.frombuffer(shipped, dtype=np.uint8, offset=0x50000 + 8 * n, count=n), marks[extra - 0x10000]
    )


def test_shipped_tables_made_otherwise_are_not_used(tmp_path) -> None:
    """Tables shipped by other code, or for another OpenCC, or damaged, are
    left alone (the tables are then built)."""
    data = foldtable.SHIPPED.read_bytes()
    key, _, packed = data.partition(b"\n")
    for name, content in (
        ("other_source", key.replace(b"source=", b"source=0") + b"\n" + packed),
        ("other_opencc", key.replace(b"opencc=", b"opencc=0.") + b"\n" + packed),
        ("damaged", key + b"\n" + packed[: len(packed) // 2]),
        ("empty", b""),
    ):
        path = tmp_path / name
        path.write_bytes(content)
        assert foldtable.shipped_tables(path) is None, name
    assert foldtable.shipped_tables(tmp_path / "missing") is None
    assert foldtable.shipped_tables() is not None


def test_a_first_start_builds_no_converter(tmp_path) -> None:
    """A cold load (no cache at all) folds and detects scripts with the
    shipped tables: OpenCC is never imported, not even for characters
    outside the BMP (emoji, an Extension B ideograph, a bold math letter)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    folder = tmp_path / "site"
    folder.mkdir()
    texts = (
        "黃仁勛談軟體\n黃仁勛說軟體很好，大家都這樣認為，𠮷野家的𝐀套餐也很好。\n他笑著說：這是真的😀，明天見。\n",
        "黄仁勋谈软件\n黄仁勋说软件很好，大家都这样认为，没有人反对这个说法。\n他笑着说：这是真的🎉，明天见。\n",
    )
    for i, text in enumerate(texts):
        (folder / f"a{i}.txt").write_text(text, "utf-8")
    code = (
        "import sys; from pathlib import Path; from reader.core.corpus import load_corpus; "
        "c = load_corpus([Path(sys.argv[1])], cache=True); "
        "print(sorted(a.script.value for a in c.articles), 'opencc' in sys.modules)"
    )
    src = Path(__file__).resolve().parent.parent / "src"
    env = dict(os.environ, PYTHONPATH=str(src), READER_CACHE_DIR=str(tmp_path / "cache"))
    out = subprocess.run([sys.executable, "-c", code, str(folder)], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split("]")[-1].strip() == "False"
    assert "simplified" in out.stdout and "traditional" in out.stdout


def test_the_opencc_version_read_beside_the_package_is_the_installed_one() -> None:
    from importlib import metadata

    assert foldtable._opencc_version() == metadata.version("opencc")
