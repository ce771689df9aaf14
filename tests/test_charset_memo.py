"""The remembered class optimiser compiles every pattern to the same code."""

from __future__ import annotations

import importlib
import pkgutil
import re
import re._compiler as compiler
import re._parser as parser
from typing import Any

import pytest

import reader.core
from reader.core import charset_memo


def _patterns_of(value: Any, depth: int = 0) -> list[re.Pattern[str]]:
    if isinstance(value, re.Pattern):
        return [value]
    if depth < 2 and isinstance(value, (tuple, list, frozenset, set)):
        return [p for item in value for p in _patterns_of(item, depth + 1)]
    if depth < 2 and isinstance(value, dict):
        return [p for item in value.values() for p in _patterns_of(item, depth + 1)]
    return []


def _core_patterns() -> list[re.Pattern[str]]:
    found: dict[tuple[Any, int], re.Pattern[str]] = {}
    for info in pkgutil.walk_packages(reader.core.__path__, "reader.core."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            for pattern in _patterns_of(value):
                found[(pattern.pattern, pattern.flags)] = pattern
    return list(found.values())


def _code(pattern: re.Pattern[str]) -> list[int]:
    return compiler._code(parser.parse(pattern.pattern, pattern.flags), pattern.flags)  # type: ignore[attr-defined, no-any-return]


def test_the_core_installs_it() -> None:
    assert hasattr(compiler._optimize_charset, "original")
    assert charset_memo.install()  # a second call keeps the one installed


def test_every_core_pattern_compiles_to_the_same_code(monkeypatch: pytest.MonkeyPatch) -> None:
    patterns = _core_patterns()
    assert len(patterns) > 300  # the walk reached cleaning and the people finder
    remembered = [_code(p) for p in patterns]
    monkeypatch.setattr(compiler, "_optimize_charset", compiler._optimize_charset.original)
    assert [_code(p) for p in patterns] == remembered


def test_a_class_is_optimised_once_across_patterns_and_flags_are_kept_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[Any] = []
    original = compiler._optimize_charset.original

    def counting(*args: Any) -> Any:
        if (parser.RANGE, (0x3400, 0x9FFF)) in args[0]:
            calls.append(args[0])
        return original(*args)

    monkeypatch.setattr(compiler, "_optimize_charset", charset_memo._remembering(counting))
    han = "[\u3400-\u9fff·]"
    a = re.compile(rf"^{han}{{2,4}}先生$")
    b = re.compile(rf"(?:{han}+)\s*女士")
    assert len(calls) == 1
    c = re.compile(rf"{han}x", re.IGNORECASE)  # case tables differ: optimised anew
    assert len(calls) == 2
    assert a.match("王小明先生") and b.search("李 女士") and c.search("王X")
    assert not a.match("Wang先生")


def test_an_answer_handed_out_is_the_callers_own() -> None:
    remembered = charset_memo._remembering(compiler._optimize_charset.original)
    charset = [(parser.RANGE, (0x4E00, 0x9FFF))]
    first, _ = remembered(list(charset))
    first.clear()
    again, _ = remembered(list(charset))
    assert again and again == compiler._optimize_charset.original(list(charset))[0]


def test_an_optimiser_of_another_shape_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    def other(charset: Any, flags: Any) -> Any:
        return charset, False

    monkeypatch.setattr(compiler, "_optimize_charset", other)
    assert not charset_memo.install()
    assert compiler._optimize_charset is other
    monkeypatch.delattr(compiler, "_optimize_charset")
    assert not charset_memo.install()
