"""The core: loading, cleaning, script conversion, search, people and state.

Nothing under this package may import Textual; the CLI and the UI both sit on it.
"""

from reader.core import charset_memo

# before any core module compiles its patterns (see charset_memo)
charset_memo.install()
