"""Where compiled code lets another thread have the GIL.

The interpreter hands the GIL to a thread that waits for it (the UI) every
few milliseconds (``sys.getswitchinterval``), but only between bytecodes.
Code compiled with mypyc (the wheel's cleaning modules, hatch_build.py) runs
none, so it keeps the GIL for as long as it runs: cleaning a 2 M-character
article held it ~90 ms in one stretch while the UI waited. :func:`turn` is
interpreted (never compiled: hatch_build.NOT_COMPILED), so calling it runs
the interpreter's loop, which hands the GIL over there if a thread asked for
it. A call costs ~0.1 µs, and nothing where the caller is interpreted.
"""

from __future__ import annotations


def turn() -> None:
    """Give the GIL to a thread that asked for it (see the module)."""


__all__ = ["turn"]
