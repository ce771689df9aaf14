"""A screen that drops the layout and repaint requests its last full
layout or full paint answered already, and does not style its widgets again
when it is first shown (a mixin of :class:`~reader.ui.screens.main.MainScreen`).

A widget that changes asks the screen, when it is next idle, for a layout
(its geometry: a list given its rows, a line of text set, a pane shown) or
a repaint (its content), by posting ``Layout`` or ``Update``. The screen
lays out everything on it whenever it lays out at all, and a full paint
draws every widget as it is then, so a request posted before either began
was answered by it. Textual handles each all the same: at a warm start the
main screen's widgets, composed and filled with every title, post theirs
before the first layout and the screen takes them after it, laying the
whole screen out again and composing every pane a second time (~5 ms of the
UI thread) before the first frame is done.

Textual also styles every widget of a screen again whenever the screen is
shown (``ScreenResume``), for what changed while another screen was on top.
When the screen is first shown nothing has: each widget was styled as it
was mounted, after all of its siblings were registered (Textual restyles
the order-dependent ones itself when more are mounted), and every change
of classes, focus or theme since restyled what it touched. That second
pass over the main screen's widgets took ~10 ms of the UI thread before a
warm start's first frame.
"""

from __future__ import annotations

import time

from textual import events, messages
from textual.geometry import Size
from textual.screen import Screen


class StaleRequests(Screen[None]):
    # When the last full layout and the last full paint began (time.monotonic:
    # the clock Textual stamps its messages with).
    _laid_out_at = float("-inf")
    _painted_at = float("-inf")
    _shown_before = False

    def _refresh_layout(self, size: Size | None = None, scroll: bool = False) -> None:
        # (Screen._refresh_layout lays out everything unless it only scrolls, or has no size)
        if (size if size is not None else self.outer_size) and not (scroll and not self._layout_widgets):
            self._laid_out_at = time.monotonic()
        super()._refresh_layout(size, scroll)

    def _compositor_refresh(self) -> None:
        # (the compositor paints it all when the whole screen is dirty)
        compositor = self._compositor
        if self is self.app.screen and compositor.size.region in compositor._dirty_regions:
            self._painted_at = time.monotonic()
        super()._compositor_refresh()

    # Each runs before Screen's own handler (the handlers' order follows the
    # classes'), and a stale request goes no further.

    async def _on_layout(self, message: messages.Layout) -> None:
        if message.time < self._laid_out_at:
            message.stop()
            message.prevent_default()

    async def _on_update(self, message: messages.Update) -> None:
        if message.time < self._painted_at:
            message.stop()
            message.prevent_default()

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        # (Screen's handler runs next, and restyles only if asked)
        if not self._shown_before:
            self._shown_before = True
            event.refresh_styles = False


__all__ = ["StaleRequests"]
