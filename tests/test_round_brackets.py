from reader.core.round_brackets import CLOSERS, last_open


def test_last_open_finds_either_width_whichever_is_last() -> None:
    assert last_open("阿達（邱建達）") == 2
    assert last_open("Lee (李明)") == 4
    assert last_open("甲（乙）丙(丁)") == 5
    assert last_open("甲(乙)丙（丁）") == 5
    assert last_open("没有括号") == -1


def test_closers_are_both_widths() -> None:
    assert "烘干（以湿谷计）".endswith(CLOSERS)
    assert "A4 (colour)".endswith(CLOSERS)
    assert not "（注）后".endswith(CLOSERS)
