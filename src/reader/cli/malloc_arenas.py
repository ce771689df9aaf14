"""How many malloc arenas the app's threads share.

glibc gives each thread that allocates under contention an arena of its own
(up to eight per core). The app's loader, search and people threads each
allocate the large strings of articles and results in theirs, and the
memory one frees stays mapped in its arena: on the 2,000-article bench
corpus the app's peak RSS was ~11 MB higher than with two arenas, and
another ~11 MB higher with two than with one once the user had typed a
dozen one-character queries (peak 155-157 MB against 144-146 MB, three
launches each), and no slower beyond a shared machine's noise (one bench
run each): the threads take the GIL for nearly every allocation anyway.
"""

from __future__ import annotations

import ctypes
import os

from reader.libc import libc_function

# glibc's mallopt parameter (malloc.h: #define M_ARENA_MAX -8).
M_ARENA_MAX = -8
ARENAS = 1
# The user's own setting wins (glibc reads it at start).
ENV = "MALLOC_ARENA_MAX"


def limit_arenas(arenas: int = ARENAS) -> bool:
    """Limit glibc's malloc to ``arenas`` arenas, before any thread starts;
    whether it was done (not on another C library, nor when the user set
    MALLOC_ARENA_MAX)."""
    if os.environ.get(ENV):
        return False
    mallopt = libc_function("mallopt", (ctypes.c_int, ctypes.c_int), ctypes.c_int)
    return mallopt is not None and bool(mallopt(M_ARENA_MAX, arenas))
