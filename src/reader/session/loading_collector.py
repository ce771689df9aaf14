"""The cycle collector while the corpus loads, in the loader's thread.

The collector's full passes over the growing corpus (0.2 s each at 2,000
articles, holding the GIL) were the longest UI stalls while loading.
Loading makes few cycles: the collector waits until everyone's people are
in (or :data:`COLLECT_AFTER_INDEX_SECONDS` after the index, when they are
being found, not read from the cache), then the loaded objects are frozen
out of its passes for good. (Back on at the index, it made a full pass over
everyone's people as they arrived: 44 ms of the UI thread's CPU at 2,000
articles.) People still found after that (a cold start) pile up too, so
each batch is frozen as it comes, once the young garbage is collected: a
full pass sees only what came since (over them all, passes took 30-70 ms
at 20,000 articles).
"""

from __future__ import annotations

import gc
import time
from types import TracebackType

from reader.session.load_events import IndexDone, LoadEvent, PeopleDone

# The collector is back this long after the index at the latest, even if
# everyone's people are still being found.
COLLECT_AFTER_INDEX_SECONDS = 10.0


class LoadingCollector:
    """Off while loading (``with``), back at the right event (:meth:`saw`),
    and back at the end whatever happened; ``collecting``: whether it is to
    come back at all (it was on before loading)."""

    def __init__(self, collecting: bool) -> None:
        self.collecting = collecting
        self._indexed: float | None = None

    def __enter__(self) -> LoadingCollector:
        gc.disable()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self.collecting:
            _back()

    def saw(self, event: LoadEvent) -> None:
        """What the loader gave next, before it is handed over."""
        if not self.collecting:
            return
        if isinstance(event, IndexDone):
            self._indexed = time.monotonic()
        late = self._indexed is not None and time.monotonic() - self._indexed > COLLECT_AFTER_INDEX_SECONDS
        if not gc.isenabled():
            if isinstance(event, PeopleDone) or late:
                _back()
        else:
            gc.collect(1)
            gc.freeze()


def _back() -> None:
    """The collector on again, if it is off, with what was loaded frozen."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


__all__ = ["COLLECT_AFTER_INDEX_SECONDS", "LoadingCollector"]
