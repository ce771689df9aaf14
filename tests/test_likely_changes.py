"""A draft of each likely change touches one place, and everything follows.

Each test copies the package, makes the draft change as ONE edit in ONE
file (plus, where the change is new code, a new module that nothing else
names), and checks in a fresh interpreter on that copy that the rest of
the reader follows: the keys, the help, the command palette, loading, the
CLI. A change that needed a second edit somewhere would fail here.

- "add a Hong Kong view": one member in ``reader/core/views.py``;
- "add a key": one binding (and its action) on ``MainScreen``;
- "open .epub": one entry in ``reader/core/formats.py``'s suffix table;
- "swap the search engine": ``engine_type`` in ``reader/core/search_engine.py``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from reader.core.corpus import load_corpus
from reader.core.resources import seeds_dir

SRC = Path(__file__).resolve().parent.parent / "src"
TESTS = Path(__file__).resolve().parent


def drafted(tmp_path: Path, file: str, old: str, new: str, modules: dict[str, str] | None = None) -> Path:
    """A copy of the package with ``old`` replaced by ``new`` in ``file``
    (it must occur there exactly once), and ``modules`` (name: code) added
    beside the package as new files. Returns the folder to import from."""
    root = tmp_path / "draft"
    shutil.copytree(SRC / "reader", root / "reader", ignore=shutil.ignore_patterns("__pycache__"))
    path = root / "reader" / file
    text = path.read_text("utf-8")
    assert text.count(old) == 1, f"the draft's anchor is not once in {file}"
    path.write_text(text.replace(old, new), "utf-8")
    for name, code in (modules or {}).items():
        (root / f"{name}.py").write_text(textwrap.dedent(code), "utf-8")
    return root


def run(root: Path, args: list[str], **env: str) -> str:
    """``python args`` importing the reader from ``root`` (and the tests'
    helpers); its output. Fails the test if it fails."""
    environ = {**os.environ, **env, "PYTHONPATH": os.pathsep.join([str(root), str(TESTS)])}
    done = subprocess.run([sys.executable, *args], env=environ, capture_output=True, text=True, timeout=300, cwd=root)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def check(root: Path, code: str, **env: str) -> str:
    return run(root, ["-c", textwrap.dedent(code)], **env)


# An app on one folder, driven by Pilot in the drafted copy; BODY runs with
# ``app``, ``pilot`` and ``main`` (the main screen) once everything loaded.
APP = """
import asyncio, sys
from pathlib import Path
from app_support import loaded, make_app, widget_text
from reader.ui.screens.help import help_entries
from reader.ui.screens.main import MainScreen

async def drive():
    app = make_app(Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]])
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        main = app.main_screen
{body}

asyncio.run(drive())
"""


def check_app(root: Path, body: str, state: Path, *paths: Path, **env: str) -> str:
    script = root / "drive_app.py"
    script.write_text(APP.format(body=textwrap.indent(textwrap.dedent(body), " " * 8)), "utf-8")
    return run(root, [str(script), str(state), *map(str, paths)], **env)


def test_a_hong_kong_view_is_one_line_in_the_views_table(tmp_path: Path) -> None:
    line = '    TRADITIONAL = "traditional", "繁體", "t", "Traditional (繁體)", "s2twp"\n'
    root = drafted(
        tmp_path, "core/views.py", line, line + '    HONG_KONG = "hongkong", "港", "h", "Hong Kong (香港)", "s2hk"\n'
    )
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "simplified.txt").write_text("买软件\n\n他买了新的软件和鼠标，回家以后装在电脑上。\n", "utf-8")
    check_app(
        root,
        """
        from reader.core.views import View
        hong_kong = View("hongkong")
        assert main.view is View.ORIGINAL
        for _ in range(3):  # the cycle key goes through it, after 繁體
            await pilot.press("c")
        await pilot.pause()
        assert main.view is hong_kong, main.view
        assert main.status.view_label == "港"
        await pilot.pause(0.2)
        text = widget_text(app, main.reading)
        assert "軟件" in text and "鼠標" in text, text  # Hong Kong phrasing (Taiwan's: 軟體, 滑鼠)
        await pilot.press("c")
        assert main.view is View.ORIGINAL
        await pilot.press("h")  # its own key
        assert main.view is hong_kong
        entries = {e.description: e.keys for e in help_entries(MainScreen)}
        assert entries["Hong Kong (香港)"] == ("h",), entries
        assert "Hong Kong (香港)" in [c.title for c in app.get_system_commands(main)]
        cycle = next(d for d in entries if d.startswith("Cycle the script"))
        assert cycle.endswith("→ 港"), cycle
        print("ok")
        """,
        tmp_path / "state",
        folder,
    )
    shown = run(root, ["-m", "reader", "show", "simplified", "--script", "hongkong", "--corpus", str(folder)])
    assert "軟件" in shown and "鼠標" in shown, shown


def test_a_key_is_one_binding_on_the_screen(tmp_path: Path) -> None:
    root = drafted(
        tmp_path,
        "ui/screens/main.py",
        "    BINDINGS = [\n",
        "    def action_drafted(self) -> None:\n"
        '        self.status.say("The drafted key did its work")\n\n'
        "    BINDINGS = [\n"
        '        Binding("y", "drafted", "Drafted", tooltip="A key added in one place"),\n',
    )
    check_app(
        root,
        """
        entries = {e.action: e for e in help_entries(MainScreen)}
        assert entries["drafted"].keys == ("y",) and entries["drafted"].description == "A key added in one place"
        await pilot.press("question_mark")
        await pilot.pause()
        shown = widget_text(app, app.screen.query_one("#help-box"))
        assert "A key added in one place" in shown, shown
        await pilot.press("escape")
        commands = {c.title: c.help for c in app.get_system_commands(main)}
        assert commands["Drafted"] == "A key added in one place (y)", commands
        await pilot.press("y")
        await pilot.pause()
        assert "The drafted key did its work" in widget_text(app, main.status)
        print("ok")
        """,
        tmp_path / "state",
        seeds_dir(),
    )


EPUB_READER = """
    import os
    from pathlib import Path

    from reader.core.decoding import decode_bytes
    from reader.core.metadata import Hints
    from reader.core.readers import Page


    def read_epub(data: bytes, path: Path) -> Page:
        # A stand-in: the draft's book is plain text; a real one would unzip.
        with open(os.environ["DRAFT_LOG"], "a", encoding="utf-8") as log:
            log.write(f"read {path.name}\\n")
        return Page(decode_bytes(data).text, Hints(name=path.stem), plain=False)
"""


def test_epub_is_one_entry_in_the_formats_table(tmp_path: Path) -> None:
    folder = tmp_path / "books"
    folder.mkdir()
    (folder / "book.epub").write_text("第一章\n\n天色已晚，他合上书本，走到窗前看着外面的雨。\n", "utf-8")
    (folder / "note.txt").write_text("便條\n\n明天早上八點在車站見面，別忘了帶上那本書。\n", "utf-8")
    # Today, without the draft, the book is skipped.
    before = load_corpus([folder])
    assert [s.path.name for s in before.skipped] == ["book.epub"]
    root = drafted(
        tmp_path,
        "core/formats.py",
        '    ".htm": _HTML,\n',
        '    ".htm": _HTML,\n    ".epub": Format("epub", "epub_draft:read_epub", plain=False),\n',
        {"epub_draft": EPUB_READER},
    )
    log = tmp_path / "log.txt"
    check(
        root,
        f"""
        from pathlib import Path
        from reader.core.corpus import EXTENSIONS, load_corpus
        corpus = load_corpus([Path({str(folder)!r})])
        assert [a.id for a in corpus] == ["book", "note"], [a.id for a in corpus]
        assert corpus.skipped == [], corpus.skipped
        assert corpus.get("book").title == "第一章"
        assert ".epub" in EXTENSIONS  # the folder watcher's suffixes too
        """,
        DRAFT_LOG=str(log),
    )
    assert log.read_text("utf-8") == "read book.epub\n"
    listed = run(root, ["-m", "reader", "list", "--corpus", str(folder)], DRAFT_LOG=str(log))
    assert "book" in listed and "第一章" in listed, listed


ENGINE = '''
    import os

    from reader.core.search import SearchIndex


    def _log(line: str) -> None:
        with open(os.environ["DRAFT_LOG"], "a", encoding="utf-8") as log:
            log.write(line + "\\n")


    class DraftEngine:
        """Today's index behind a door that writes down who came in."""

        def __init__(self, articles) -> None:
            self._index = SearchIndex.build(articles)
            _log("built")

        @classmethod
        def build(cls, articles, store=None):
            return cls(articles)

        def add(self, article) -> None:
            self._index.add(article)

        def search(self, query, limit=None):
            _log(f"search {query}")
            return self._index.search(query, limit)

        def hits_in(self, article, query):
            _log(f"hits {query}")
            return self._index.hits_in(article, query)

        def __len__(self) -> int:
            return len(self._index)

        def __contains__(self, article_id) -> bool:
            return article_id in self._index
'''


def test_a_search_engine_is_swapped_in_the_factory(tmp_path: Path) -> None:
    root = drafted(
        tmp_path,
        "core/search_engine.py",
        "    from reader.core.search import SearchIndex\n\n    return SearchIndex\n",
        "    from engine_draft import DraftEngine\n\n    return DraftEngine\n",
        {"engine_draft": ENGINE},
    )
    log = tmp_path / "log.txt"
    found = run(root, ["-m", "reader", "search", "中国"], DRAFT_LOG=str(log))
    assert "中国" in found or "中國" in found, found
    assert log.read_text("utf-8").splitlines() == ["built", "search 中国"]
    log.unlink()
    check_app(
        root,
        """
        from engine_draft import DraftEngine
        assert isinstance(app.library.index, DraftEngine)
        await pilot.press("slash")
        await pilot.pause()
        app.screen.query_one("#search-input").value = "中国"
        for _ in range(100):
            await pilot.pause(0.05)
            if "search 中国" in open(__import__("os").environ["DRAFT_LOG"], encoding="utf-8").read():
                break
        await pilot.press("enter")
        await pilot.pause(0.2)
        print("ok")
        """,
        tmp_path / "state",
        seeds_dir(),
        DRAFT_LOG=str(log),
    )
    lines = log.read_text("utf-8").splitlines()
    assert lines[0] == "built"
    assert "search 中国" in lines  # the search screen asked the drafted engine
    assert "hits 中国" in lines  # and opening a result highlighted its hits through it
