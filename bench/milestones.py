"""When the reader app has reached each startup milestone, read from its state."""

from __future__ import annotations

READER_MILESTONES: dict = {}
