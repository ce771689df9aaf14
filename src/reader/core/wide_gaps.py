"""Where a row's items part: ideographic spaces, or two spaces or more
(日期　服务时间　备注). Its own module: the reading view draws such rows as a
table at startup, and the cleaning rules' modules cost milliseconds to import."""

from __future__ import annotations

import re

WIDE_GAP = re.compile(r"\u3000+|\s{2,}")

__all__ = ["WIDE_GAP"]
