"""A C library function the app calls through ctypes (glibc's malloc
settings), or None on a C library without it."""

from __future__ import annotations

import ctypes
from typing import Any


def libc_function(name: str, argtypes: tuple[type[Any], ...], restype: type[Any]) -> Any | None:
    """The loaded C library's ``name``, typed, or None if it has none (not
    glibc). Called through it, the GIL is released."""
    try:
        # The symbols already loaded (libc's among them): no search for the
        # library, which runs ldconfig (~40 ms before the first frame).
        function = getattr(ctypes.CDLL(None), name)
    except (OSError, AttributeError):
        return None
    function.argtypes = argtypes
    function.restype = restype
    return function


__all__ = ["libc_function"]
