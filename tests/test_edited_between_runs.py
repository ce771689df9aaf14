"""A file edited while the reader was closed (a typo fixed, a paragraph
added) reopens where its reader was, not at the top: positions are saved by
the file's digest, which the edit changed, but the cached listing shows the
version read first and the file's new text replaces it as a live edit does,
carrying the place."""

from __future__ import annotations

from pathlib import Path

from app_support import loaded, make_app

BODY = "这是一篇关于{0}的文章，讲述了{0}在今年的发展与变化，以及人们对它的看法。记者走访了几位读者，他们各有各的说法。"


def _text(topic: str, paragraphs: int) -> str:
    return "\n\n".join(f"第{i}段：" + BODY.format(topic) for i in range(paragraphs))


async def test_a_file_edited_between_runs_reopens_where_its_reader_was(state_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("甲文\n\n" + _text("苹果", 60), "utf-8")
    (folder / "b.txt").write_text("乙文\n\n" + _text("香蕉", 3), "utf-8")
    app = make_app(state_dir, [folder])
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        article = app.library.get("a")
        assert article is not None
        app.main_screen.open_article(article, article.text.index("第40段："))
        await pilot.pause()
        await pilot.press("q")
    # A new first paragraph and a typo fixed, with the reader closed.
    text = (folder / "a.txt").read_text("utf-8")
    (folder / "a.txt").write_text(text.replace("\n\n", "\n\n新的第一段。\n\n", 1).replace("第5段", "第五段"), "utf-8")
    app = make_app(state_dir, [folder])
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        current = app.main_screen.current
        assert current is not None and current.id == "a" and "新的第一段" in current.text
        assert app.main_screen.reading.position == current.text.index("第40段：")
        await pilot.press("q")
