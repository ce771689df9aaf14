"""Run a bench module in a fresh Python process and read back its JSON.

Used where a figure must not see this process's state: peak RSS, and caches
that must start cold.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run(module: str, args: list[str], env: dict[str, str] | None = None) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", module, *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=dict(os.environ, **(env or {})),
    )
    if done.returncode != 0:
        raise RuntimeError(f"{module} failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout)
