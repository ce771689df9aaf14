"""The team's rule: a module holds at most 400 lines; a longer one is split
by what is inside. The few still over it are named here, so that no other
module grows past it unnoticed and these cannot grow further."""

from __future__ import annotations

from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "reader"
LIMIT = 400

# Over the limit, to be split (owner's work); their current length is a ceiling.
# None now: each was split by what is inside.
KNOWN_OVER: dict[str, int] = {}


def _lengths() -> dict[str, int]:
    return {
        path.relative_to(SRC).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in SRC.rglob("*.py")
    }


def test_modules_hold_at_most_400_lines() -> None:
    over = {name: n for name, n in _lengths().items() if n > LIMIT and name not in KNOWN_OVER}
    assert not over, f"modules over {LIMIT} lines: {over}"


def test_the_known_long_modules_do_not_grow() -> None:
    lengths = _lengths()
    grown = {name: lengths[name] for name, ceiling in KNOWN_OVER.items() if lengths.get(name, 0) > ceiling}
    assert not grown, f"grew past their ceiling: {grown}"
