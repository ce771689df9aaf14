"""Reader mode on the shapes the fifty-second held-out set showed: a note set
whole in brackets under an afterword's last paragraph, ..."""

from __future__ import annotations

from cleaning_support import kept_set, same

_AFTERWORD = [
    "某某文化 編輯室部落格",
    "首頁　新書　作家　譯者專欄　線上書店",
    "譯後記｜在海邊翻譯一本關於風的小說",
    "文／王小明　2027/03/01",
    "接下這本書的翻譯邀約時，我正好在海邊的小鎮住了第二個冬天，每天早上煮一壺茶，然後和書裡的老船長對坐。",
    "譯完最後一章那天，風停了，港口的燈一盞一盞亮起來。希望讀者也能在書頁之間聽見它。",
]
_TAIL = ["責任編輯：李小華", "標籤：#譯後記 #海洋文學", "© 2027 某某文化事業有限公司　版權所有，轉載請註明出處"]


def test_a_note_in_brackets_under_the_last_paragraph_stays() -> None:
    # (set whole in brackets right under the prose: the piece's own word on where it ran)
    note = "（本文為《風的形狀》中文版譯後記，經某某文化授權刊登。）"
    kept = kept_set("\n".join([*_AFTERWORD, note, *_TAIL]))
    assert same(note) in kept


def test_the_same_note_bare_under_the_last_paragraph_goes() -> None:
    # (no brackets: the site's notice, as ever)
    note = "本文經原作者授權翻譯刊登，原文刊載於作者個人電子報。"
    kept = kept_set("\n".join([*_AFTERWORD, note, *_TAIL]))
    assert same(_AFTERWORD[-1]) in kept
    assert same(note) not in kept
