"""Remember CPython's character-class optimisation across patterns.

CPython's regex compiler expands every range of a class code point by code
point in Python when the class holds a character beyond Latin-1 (a loop over
27,136 code points for the Han range; CPython issue gh-149427). Cleaning and
the people finder compile about 600 patterns at import, most with the same
few Han and full-width classes, and spent ~190 ms of a ~390 ms import there.
The optimisation is a pure function of the class and the flags' case tables,
so its answer is kept by those and handed out again: the compiled code is
the same word for word (a test compares every pattern of the package).

If a later CPython renames or re-signs the function, nothing is installed
and patterns compile as before.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

# private and unstubbed: reached by name, checked by install() before use
_compiler: Any = importlib.import_module("re._compiler")

_PARAMETERS = ["charset", "iscased", "fixup", "fixes"]
_Optimize = Callable[..., tuple[list[Any], bool]]


def _remembering(optimize: _Optimize) -> _Optimize:
    answers: dict[tuple[Any, ...], tuple[tuple[Any, ...], bool]] = {}

    def remembered(
        charset: list[Any], iscased: Any = None, fixup: Any = None, fixes: Any = None
    ) -> tuple[list[Any], bool]:
        try:
            # fixes is one module-level table or None: its identity is the key
            key = (tuple(charset), iscased, fixup, id(fixes) if fixes is not None else None)
            answer = answers.get(key)
        except TypeError:  # an unhashable item: never seen in practice, still safe
            return optimize(charset, iscased, fixup, fixes)
        if answer is None:
            out, hascased = optimize(charset, iscased, fixup, fixes)
            answer = answers[key] = (tuple(out), hascased)
        # a fresh list each time: the caller owns what it is given
        return list(answer[0]), answer[1]

    remembered.original = optimize  # type: ignore[attr-defined]
    return remembered


def install() -> bool:
    """Remember the optimiser's answers from now on; True if it is installed."""
    optimize = getattr(_compiler, "_optimize_charset", None)
    if optimize is None:
        return False
    if hasattr(optimize, "original"):
        return True
    code = getattr(optimize, "__code__", None)
    if code is None or list(code.co_varnames[: code.co_argcount]) != _PARAMETERS:
        return False
    _compiler._optimize_charset = _remembering(optimize)
    return True
