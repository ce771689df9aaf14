"""Startup stays lean: the app's modules import nothing heavy.

OpenCC, jieba and the core's search and people modules load in the loader's
thread (started when the app is mounted), never on the UI thread; the CLI
does not even import Textual.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HEAVY = ["opencc", "jieba", "numpy", "reader.core.search", "reader.core.people", "reader.core.corpus"]


def imported_after(statement: str) -> set[str]:
    code = f"import sys, json\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return set(json.loads(out.stdout))


def test_app_module_is_lean() -> None:
    modules = imported_after("import reader.ui.app")
    assert "textual.app" in modules
    assert not [name for name in HEAVY if name in modules]


def test_cli_is_lean() -> None:
    modules = imported_after("import reader.cli, reader.cli.app")
    assert not [name for name in [*HEAVY, "textual"] if name in modules]


def test_the_reading_view_loads_no_cleaning_rules() -> None:
    # The page model draws tables (rows parted by wide gaps) before the first
    # frame; the cleaning rules' modules compile patterns over the Han range
    # (title_shapes took ~9 ms to import on the UI thread).
    modules = imported_after("import reader.core.page")
    assert not [name for name in modules if name in ("reader.core.cleaning", "reader.core.title_shapes")]


def test_the_reading_view_draws_a_plain_article_without_the_table_drawing() -> None:
    # The first article is drawn before the first frame, most often plain
    # text: Markdown's and the gap tables' drawing (~1.3 ms to import) is
    # imported by the first article that has them.
    modules = imported_after(
        "from pathlib import Path\n"
        "import reader.ui.screens.main\n"
        "from reader.core.model import Article, Paragraphs\n"
        "from reader.core.page import PageText\n"
        "from reader.core.views import View\n"
        "from reader.core.script import Script\n"
        "text = Paragraphs.join(['第一段，说了一些话。', '- 一项', '- 二项', '日期：今天'])\n"
        "article = Article(id='a', path=Path('a.txt'), title='标题', paragraphs=text, script=Script.SIMPLIFIED)\n"
        "PageText.of(article, View.ORIGINAL)\n"
    )
    assert "reader.core.page" in modules
    assert "reader.core.markdown_tables" not in modules
    drawn = imported_after(
        "from pathlib import Path\n"
        "from reader.core.model import Article, Paragraphs\n"
        "from reader.core.page import PageText\n"
        "from reader.core.views import View\n"
        "from reader.core.script import Script\n"
        "text = Paragraphs.join(['日期　服务时间　备注', '周一　九点　无', '周二　十点　有'])\n"
        "article = Article(id='a', path=Path('a.txt'), title='标题', paragraphs=text, script=Script.SIMPLIFIED)\n"
        "page = PageText.of(article, View.ORIGINAL)\n"
        "assert '│' in page.paragraphs[0], page.paragraphs\n"
    )
    assert "reader.core.markdown_tables" in drawn


def test_a_converted_view_does_not_load_the_people_finder() -> None:
    # The reading view converts the first article on the UI thread when the
    # app opens in Simplified or Traditional: the phrase file's path must not
    # pull in the people package (its patterns took ~50 ms to compile).
    modules = imported_after(
        "from reader.core.conversion import convert_paragraphs\n"
        "from reader.core.views import View\n"
        "convert_paragraphs(('联合报', '臺灣'), View.TRADITIONAL)\n"
        "convert_paragraphs(('聯合報',), View.SIMPLIFIED)"
    )
    assert "opencc" in modules
    assert "reader.core.people" not in modules


def test_cleaning_a_byline_does_not_load_the_people_finder() -> None:
    # A byline's value is checked against the surname tables; cleaning
    # reads them from reader.core.surnames, so a cold load does not compile
    # the people rules (a fifth of a cold load's instructions when it did).
    modules = imported_after(
        "from reader.core.cleaning import clean\n"
        "meta = clean('标题\\n文／王小明　攝影／李大華\\n正文第一段，内容很长很长很长很长很长很长。').metadata\n"
        "assert meta.author == '王小明', meta\n"
    )
    assert "reader.core.cleaning" in modules
    assert not [name for name in modules if name.startswith("reader.core.people")]


def test_a_first_launch_reads_every_file_without_loading_the_people_finder() -> None:
    # With no people cached at all, the child finds them; the people
    # package's import (~0.3 s of CPU) would compete with the cleaning for
    # the loader's GIL before search is ready.
    modules = imported_after(
        "import os, tempfile, pathlib\n"
        "os.environ['READER_CACHE_DIR'] = tempfile.mkdtemp()\n"
        "import reader.session.handover_pace as pace\n"
        "pace.BATCH_SECONDS = 0  # (a batch after every file: the first one's check runs)\n"
        "from reader.session.people_worker import PeopleProcess\n"
        "PeopleProcess.start = lambda self, **kw: None\n"
        "from reader.session.load_events import AllRead, Found\n"
        "from reader.session.loader import load_events\n"
        "folder = pathlib.Path(tempfile.mkdtemp())\n"
        "for i in range(3):\n"
        "    (folder / f'{i}.txt').write_text(f'标题{i}\\n\\n教练王涛说，球队已经准备好了。', encoding='utf-8')\n"
        "found = 0\n"
        "for event in load_events([folder]):\n"
        "    found += len(event.items) if isinstance(event, Found) else 0\n"
        "    if isinstance(event, AllRead):\n"
        "        break\n"
        "assert found == 3, found\n"
    )
    assert "reader.core.cleaning" in modules
    assert "reader.core.people" not in modules


def test_taking_in_a_listing_does_not_load_the_loader() -> None:
    # A warm start's listing is taken in on the UI thread before the first
    # frame; the loader's modules (the people finder's process, the revision
    # of a listing, ~2 ms) are the loader thread's to import, once the titles
    # are painted.
    modules = imported_after(
        "import os, tempfile\n"
        "os.environ['READER_STATE_DIR'] = tempfile.mkdtemp()\n"
        "from reader.ui.app import ReaderApp\n"
        "from reader.session.load_events import AllRead, Found\n"
        "app = ReaderApp([])\n"
        "app._apply(Found(()))\n"
    )
    assert "reader.session.load_events" in modules
    assert "reader.session.loader" not in modules


def test_a_warm_start_takes_everyones_people_without_the_finders_rules(tmp_path: Path) -> None:
    # Everyone's people on a warm start come from the people cache into the
    # corpus index: neither needs the finder's rules (~25 MB of the app's
    # memory and ~0.2 s of the loader's CPU to import and compile), jieba
    # or the tagger.
    modules = imported_after(
        "import os\n"
        f"os.environ['READER_CACHE_DIR'] = {str(tmp_path)!r}\n"
        "from pathlib import Path\n"
        "from reader.core.model import Article\n"
        "from reader.core.people import PeopleIndex, cached_people_many\n"
        "from reader.core.script import Script\n"
        "article = Article('a', Path('a.txt'), '标题', ('王小明说，今天下雨。',), Script.SIMPLIFIED)\n"
        "index = PeopleIndex()\n"
        "for article, people in zip([article], cached_people_many([article])):\n"
        "    index.add(article, people or [])\n"
        "index.people()\n"
    )
    assert "reader.core.people.index" in modules
    assert "reader.core.people.extract" not in modules
    assert "jieba" not in modules
