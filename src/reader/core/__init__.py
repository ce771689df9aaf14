"""The core: loading, cleaning, script conversion, search, people and state.

Nothing under this package may import Textual; the CLI and the UI both sit on it.
"""
