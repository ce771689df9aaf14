"""The split1 review pass: the signer's closing words are listed once."""

from __future__ import annotations

from reader.core.folding import fold
from reader.core.row_ends import CLOSING_FORMS, SIGN_OFF
from reader.core.signatures import CLOSING_WORDS


def test_the_closing_words_are_the_folded_forms_of_the_sign_off() -> None:
    assert CLOSING_WORDS.split("|") == ["谨启", "敬启", "敬上", "谨上", "拜上", "顿首"]
    assert set(CLOSING_WORDS.split("|")) == {fold(w) for w in CLOSING_FORMS}


def test_the_sign_off_takes_both_scripts_as_written() -> None:
    for word in ("謹啟", "谨启", "頓首", "敬上"):
        assert SIGN_OFF.search(f"福安宮管理委員會　主任委員 吳清標　{word}")
    assert not SIGN_OFF.search("敬启者：")
