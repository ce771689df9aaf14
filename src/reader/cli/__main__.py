"""``python -m reader.cli``: the same command as ``reader`` and ``python -m reader``."""

from reader.cli import main

raise SystemExit(main())
