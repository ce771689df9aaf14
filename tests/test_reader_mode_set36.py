"""Reader mode on the shapes the thirty-sixth held-out set showed: a list's
short row that states a bound (N or above), a listing headline under the
owner's row."""

from __future__ import annotations

from reader.core.cleaning import clean


def _same(line: str) -> str:
    return "".join(line.split())


def _kept(text: str) -> list[str]:
    return [_same(p) for p in clean(text).paragraphs]


_INTRO = "每年冬天，社區中心都會為長者舉辦免費健康檢查，由註冊護士和義工一同主持，檢查包括血壓、血糖和視力，結果即場解說。"
_NOTE = "今年名額比去年多，歡迎家人代為報名，報名後中心會致電確認時間，請留意來電，如未能出席請提早通知職員。"


def test_a_bound_in_a_list_is_a_condition_not_a_counter() -> None:
    # (a number and a few words reads as a counter, 12 評論; but a bound, N
    # or above, is a condition a page's body states and no counter does)
    text = "\n".join(
        [
            "社區長者免費健康檢查 即日起接受報名",
            _INTRO,
            "參加資格",
            "60歲或以上",
            "居住本區滿一年",
            "檢查日期",
            "3月2日至3月30日　逢星期二、四",
            _NOTE,
        ]
    )
    assert _same("60歲或以上") in _kept(text)
