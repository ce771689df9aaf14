"""What a reader saw wrong walking through the app at 120x40, 80x24 and
40x12 (and a narrow sidebar): each fix, checked on the screen after keys."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app_support import loaded, make_app, screen_lines, screen_text, search_for, search_results, widget_text

META = "a_long_article_name · 28 hits · in the title too"


def titled(folder: Path, title: str) -> Path:
    folder.mkdir()
    body = "\n\n".join(f"第{n}段：深度学习的研究者说，深度学习的工作很累。" for n in range(14))
    (folder / "a_long_article_name.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    (folder / "short.txt").write_text("短标题\n\n没有那个词的正文，写了好几句话。\n", encoding="utf-8")
    return folder


async def results_width(state_dir: Path, folder: Path, size: tuple[int, int]) -> int:
    app = make_app(state_dir, [titled(folder, "深度学习")])
    async with app.run_test(size=size) as pilot:
        await loaded(pilot)
        await search_for(pilot, "深度学习", typed=False)
        return search_results(app).scrollable_content_region.width


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_a_results_id_and_count_are_never_cut(state_dir: Path, tmp_path: Path, size: tuple[int, int]) -> None:
    # A title just long enough that the line would end after "in the".
    width = await results_width(state_dir, tmp_path / "measure", size)
    cells = width - len(META) - 2 + len(" too")
    title = "深度学习" + "研" * ((cells - 8) // 2) + "x" * ((cells - 8) % 2)
    app = make_app(state_dir, [titled(tmp_path / "pages", title)])
    async with app.run_test(size=size) as pilot:
        await loaded(pilot)
        await search_for(pilot, "深度学习", typed=False)
        lines = screen_lines(app)
        assert sum(META in line for line in lines) == 1, "\n".join(lines)
        assert not any(line.strip("│ ").startswith(("too", "title too")) for line in lines)


async def test_a_narrow_people_list_never_cuts_a_name_or_a_count(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=(40, 12)) as pilot:
        await loaded(pilot)
        await pilot.press("P")
        await pilot.pause()
        people = app.screen.query_one("#corpus-people")
        shown = [line.strip() for line in widget_text(app, people).splitlines()]
        # The count under the name, whole; the aliases broken between names.
        assert "71 mentions in 3 articles" in shown, "\n".join(shown)
        assert any(line.endswith("伊利亚") for line in shown)
        assert not any(line.endswith(("伊利", "·")) for line in shown)


async def test_a_converted_view_says_so_in_the_list_and_the_reading_pane(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        # The first seed is written in Traditional: as written, it says so.
        assert "新智元 · 繁體" in screen_text(app) and "→" not in screen_text(app)
        await pilot.press("s")
        await pilot.pause()
        lines = screen_lines(app)
        # The list (its second line) and the reading pane's details line.
        assert sum("新智元 · 繁體→简体" in line for line in lines) == 1, "\n".join(lines)
        assert any("编辑部 HYZ · 繁體→简体 · 7,310\u00a0chars" in line for line in lines)
        # A Simplified article in the Simplified view is shown as written.
        assert not any("简体→" in line for line in lines)
        await pilot.press("t")
        await pilot.pause()
        lines = screen_lines(app)
        assert any("2024-05-28 · 简体→繁體" in line for line in lines)
        assert any("編輯部 HYZ · 繁體 · 7,310\u00a0chars" in line for line in lines)


async def test_help_at_40x12_shows_keys_with_what_they_do(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=(40, 12)) as pilot:
        await loaded(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        lines = [line.strip("│ ") for line in screen_lines(app)]
        # The whole screen, each key over what it does: four keys in view.
        assert lines[0].startswith("╭") and lines[-1].startswith("╰")
        for key, does in [("^q / q", "Quit the app"), ("? / f1", "Help"), ("d", "Dark/light")]:
            assert key in lines and any(line.startswith(does) for line in lines), "\n".join(lines)
        await pilot.press("end")
        await pilot.pause()
        assert any("Click to choose in a list" in line for line in screen_lines(app))


async def test_search_at_40x12_shows_a_result_and_its_snippet(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=(40, 12)) as pilot:
        await loaded(pilot)
        await search_for(pilot, "AI")
        text = screen_text(app)
        assert "5 articles match" in text
        assert "OpenAI再陷“宫斗”" in text and "GPT-4o发布会之后" in text, text


async def test_the_status_line_at_40_columns_keeps_the_title_while_loading(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=(40, 12)) as pilot:
        await loaded(pilot)
        status = app.main_screen.status
        status.busy = "finding people (265/331)"  # as while a large folder loads
        await pilot.pause()
        first = screen_lines(app)[0]
        # The title first, then the view; what is loading goes before the title.
        assert first.strip().startswith("年僅41歲的谷歌DeepMind…"), first
        assert first.rstrip().endswith("Original   0%"), first
        await pilot.resize_terminal(52, 12)
        await pilot.pause()
        first = screen_lines(app)[0]
        assert first.strip().startswith("年僅41歲的谷歌") and "finding people… Original" in first, first


def with_skipped(folder: Path) -> Path:
    (folder / "notes" / "deep").mkdir(parents=True)
    (folder / "notes" / "an_article.txt").write_text("标题\n\n一段正文，写了好几句话。\n", encoding="utf-8")
    for n in range(3):
        (folder / "notes" / "deep" / f"dev_0{n}_finance_portal.gold.json").write_text("{}", encoding="utf-8")
    (folder / "notes" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    return folder


async def test_a_narrow_screens_notices_take_a_line_or_two_at_its_foot(state_dir: Path, tmp_path: Path) -> None:
    # At 40x12 the default notice box (half the width, padded) wrapped two notices over
    # most of the screen until they timed out: the text under them could not be read.
    from textual.widgets._toast import Toast

    library = with_skipped(tmp_path / "library")
    body = "这是一段完全正常的中文正文，讲的是一个普通的故事。" * 20
    (library / "notes" / "damaged.txt").write_bytes(
        ("坏字节\n\n" + body[:50]).encode() + b"\xff\xfe" + body[50:].encode()
    )
    app = make_app(state_dir, [library])
    async with app.run_test(size=(40, 12), notifications=True) as pilot:
        await loaded(pilot)
        await pilot.pause()
        toasts = list(app.screen.query(Toast))
        assert len(toasts) == 2, screen_text(app)
        assert sum(toast.region.height for toast in toasts) <= 4, screen_text(app)
        assert all(toast.region.width >= 36 and toast.region.y >= 6 for toast in toasts), screen_text(app)


@pytest.mark.parametrize("size", [(120, 40), (80, 24), (40, 12)])
async def test_the_skipped_files_screen_names_the_folder_once_and_every_file_whole(
    state_dir: Path, tmp_path: Path, size: tuple[int, int]
) -> None:
    app = make_app(state_dir, [with_skipped(tmp_path / "library")])
    async with app.run_test(size=size, notifications=True) as pilot:
        await loaded(pilot)
        await pilot.pause()
        assert "press e to see" in screen_text(app)
        await pilot.press("e")
        await pilot.pause()
        text = screen_text(app)
        # The notes that pointed here are gone; the folder is said once
        # (above the files), each file whole on its line, its reason below.
        assert "press e to see" not in text
        assert text.count("notes/") <= 1 and text.count("/deep/") == 0, text
        box = app.screen.query_one("#skipped-box")
        lines = [line.strip("│▂▄▆█▇▅▃▁ ") for line in widget_text(app, box).splitlines()]
        assert "Skipped files" in lines
        for _ in range(4):
            await pilot.press("pagedown")
            await pilot.pause()
            lines += [line.strip("│▂▄▆█▇▅▃▁ ") for line in widget_text(app, box).splitlines()]
        # A name too long for the line breaks after its folder.
        names = (
            ["deep/dev_0{n}_finance_portal.gold.json"]
            if size[0] > 60
            else ["deep/", "dev_0{n}_finance_portal.gold.json"]
        )
        for name in ["image.png", *(name.format(n=n) for n in range(3) for name in names)]:
            assert name in lines, "\n".join(lines)


@pytest.mark.parametrize("size", [(120, 40), (40, 12)])
async def test_one_enter_in_the_title_filter_opens_the_title(state_dir: Path, size: tuple[int, int]) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=size) as pilot:
        await loaded(pilot)
        await pilot.press("ampersand", *"Hinton", "enter")
        await pilot.pause()
        main = app.main_screen
        assert main.current is not None and main.current.title.startswith("Hinton揭秘Ilya")
        assert main.reading.has_focus
        # The text on screen, with the title above it.
        assert screen_lines(app)[0].strip().startswith("Hinton揭秘Ilya")
        assert "Hinton" in widget_text(app, main.reading)


@pytest.mark.parametrize("keys", [["s"], ["t"], ["c", "c", "c"], ["s", "o"]])
async def test_switching_script_keeps_the_readers_place(state_dir: Path, keys: list[str]) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("enter", "space", "space", *"jjj")
        await pilot.pause()
        reading = app.main_screen.reading
        place, top = reading.position, reading.scroll_y
        before = widget_text(app, reading).splitlines()[0]
        assert top > 0 and before.strip("▕▏ ")
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        assert reading.position == place and reading.scroll_y == top
        # The same line on top, in the script now shown.
        after = widget_text(app, reading).splitlines()[0]
        assert len(after.strip("▕▏ ")) == len(before.strip("▕▏ ")), (before, after)


async def test_the_size_never_ends_a_line_without_its_unit(state_dir: Path) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot)
        lines = [line.strip("▕▏▄ ") for line in widget_text(app, app.main_screen.reading).splitlines()]
        assert "7,310\u00a0chars" in lines, "\n".join(lines)
        assert not any(line.endswith("7,310") for line in lines)


@pytest.mark.parametrize("size", [(120, 40), (40, 12)])
async def test_a_blank_line_on_top_stays_on_top_through_a_script_switch(state_dir: Path, size: tuple[int, int]) -> None:
    app = make_app(state_dir)
    async with app.run_test(size=size) as pilot:
        await loaded(pilot)
        await pilot.press("enter", "space")
        reading = app.main_screen.reading

        def top_line() -> str:
            return widget_text(app, reading).splitlines()[0].strip("▕▏▁▂▃▄▅▆▇█ ")

        for _ in range(40):  # down to the blank line between two paragraphs
            await pilot.pause()
            if not top_line():
                break
            await pilot.press("j")
        assert not top_line()
        top, second = reading.scroll_y, widget_text(app, reading).splitlines()[1]
        for key in "sto":
            await pilot.press(key)
            await pilot.pause()
            assert reading.scroll_y == top and not top_line(), key
        assert widget_text(app, reading).splitlines()[1] == second


@pytest.mark.parametrize("size", [(120, 40), (80, 24), (40, 12)])
async def test_a_narrow_list_row_keeps_its_date_and_script_whole(state_dir: Path, size: tuple[int, int]) -> None:
    # Interconnects · 10月26日 23:27 · 简体: the clock time gives way first, then the source.
    app = make_app(state_dir)
    async with app.run_test(size=size) as pilot:
        await loaded(pilot)
        await pilot.press("t")  # (the converted view's label is the longest: 简体→繁體)
        await pilot.press("shift+tab")  # (the list: on a narrow terminal the focused pane fills the width)
        await pilot.pause()
        rows = [line.strip() for line in widget_text(app, app.main_screen.query_one("#article-list")).splitlines()]
        details = next(line for line in rows if "10月26日" in line)
        # The date whole; the source keeps its first cells; every conversion's label whole
        # (繁→简 when the line is short of room, never cut: 简…)
        assert re.search(r"^Inter\S* · 10月26日(?: 23:27)? · 简", details), rows
        labelled = [line for line in rows if "→" in line or re.search(r"[简繁]…$", line)]
        assert labelled and all(line.endswith(("简体→繁體", "简→繁")) for line in labelled), rows
        if size[0] < 120:
            assert details.endswith(("23:27 · 简体→繁體", " · 10月26日 · 简体→繁體", " · 10月26日 · 简→繁")), rows
        # and a short source keeps three characters at least
        assert any(line.startswith(("第一財經 · ", "第一財… · ")) for line in rows), rows


async def test_the_width_keys_on_a_narrow_screen_bring_the_text_forward(state_dir: Path) -> None:
    # At 80x24 one pane shows; with the people list showing, - said
    # "Width 1 cells: at its narrowest" about the hidden reading column.
    app = make_app(state_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await pilot.press("p")
        await pilot.pause()
        assert "[People]" in screen_text(app)
        reading = app.screen.query_one("#reading")
        await pilot.press("minus")
        await pilot.pause()
        assert "[Reading]" in screen_text(app)
        status = screen_lines(app)[0]
        assert "Width 1 cells" not in status and f"Width {reading.column} cells" in status, status
        assert reading.column == min(reading.column_limit, 80) - 4  # (one step narrower than it showed)
