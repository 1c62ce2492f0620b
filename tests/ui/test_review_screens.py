"""History, session detail, compare, progress and export, driven through the real app."""

from __future__ import annotations

import csv
from pathlib import Path
from random import Random
from typing import Any

import pytest
from textual.content import Content
from textual.pilot import Pilot
from textual.widgets import DataTable, Sparkline, Static

from interview_tui.clock import FakeClock
from interview_tui.paths import Paths
from interview_tui.practice.seed import seed_history
from interview_tui.store.database import Store
from interview_tui.tui.app import InterviewApp
from interview_tui.tui.screens.compare import CompareScreen
from interview_tui.tui.screens.history import HistoryScreen
from interview_tui.tui.screens.home import HomeScreen
from interview_tui.tui.screens.progress import ProgressScreen
from interview_tui.tui.screens.rehearse import RehearseScreen
from interview_tui.tui.screens.session_detail import SessionDetailScreen
from tests.helpers import locked_by_another_program
from tests.ui.conftest import AppFactory, until

SIZE = (100, 32)


@pytest.fixture
def seeded(make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths) -> InterviewApp:
    """An app over three weeks of practice on the two small banks (built once, then reopened)."""
    app = make_app()
    store = Store.open(isolated_dirs.database, clock)
    seed_history(store, clock, app.banks.banks, weeks=3, sessions_per_week=2, rng=Random(3))
    store.close()
    return make_app()  # a fresh app, so its clock is now "after" the practice


def plain(widget: Static) -> str:
    """What a person reads in the widget: its markup without the tags."""
    return Content.from_markup(str(widget.content)).plain


async def rows(pilot: Pilot[None], table: DataTable[Any], at_least: int = 1) -> int:
    for _ in range(100):
        if table.row_count >= at_least:
            break
        await pilot.pause(0.02)
    return table.row_count


async def open_history(pilot: Pilot[None], app: InterviewApp, at_least: int = 1) -> DataTable[Any]:
    """Press f2 and wait for history's first ``at_least`` sessions: its table."""
    await pilot.press("f2")
    table = app.screen.query_one("#sessions", DataTable)
    await rows(pilot, table, at_least)
    return table


async def test_history_lists_sessions_newest_first_and_filters(seeded: InterviewApp) -> None:
    async with seeded.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f2")
        await pilot.pause()
        screen = seeded.screen
        assert isinstance(screen, HistoryScreen)
        table = screen.query_one("#sessions", DataTable)
        assert await rows(pilot, table, 6) == 6
        started = [s.started_at for s in screen._loaded]
        assert started == sorted(started, reverse=True)
        assert "6 sessions" in plain(screen.query_one("#history-filters", Static))
        await pilot.press("r")  # interviewee only
        await until(pilot, lambda: table.row_count == 3)
        assert {s.role for s in screen._loaded} == {"interviewee"}
        await pilot.press("r", "b")  # interviewer only, then the first bank
        await until(pilot, lambda: screen.filters.bank_id is not None and table.row_count > 0)
        assert all(screen.filters.bank_id in s.banks for s in screen._loaded)
        assert {s.role for s in screen._loaded} == {"interviewer"}


async def test_open_session_then_compare_the_question(seeded: InterviewApp) -> None:
    async with seeded.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await open_history(pilot, seeded)
        await pilot.press("enter")
        await pilot.pause()
        detail = seeded.screen
        assert isinstance(detail, SessionDetailScreen)
        assert len(detail.attempts) == detail.query_one("#attempts", DataTable).row_count > 0
        head = plain(detail.query_one("#detail-head", Static))
        assert "Goal: be concise" in head and "What went well: kept to the point" in head
        body = plain(detail.query_one("#attempt-body", Static))
        assert detail.attempts[0].answer[:20] in body
        # A finished session offers no "Resume" it would only refuse.
        shown = {b.binding.action for b in detail.active_bindings.values() if b.enabled}
        assert detail.session.finished and "resume" not in shown
        await pilot.press("enter")
        await pilot.pause()
        compare = seeded.screen
        assert isinstance(compare, CompareScreen)
        tries = compare.query_one("#tries", DataTable)
        assert await rows(pilot, tries, 2) >= 2
        assert len(compare.query_one(Sparkline).data or []) == tries.row_count
        verdict = plain(compare.query_one("#compare-verdict", Static))
        assert "rated attempts" in verdict
        assert (compare.old_index, compare.new_index) == (tries.row_count - 2, tries.row_count - 1)
        await pilot.press(*["up"] * tries.row_count, "o")  # the first attempt as the older side
        assert compare.old_index == 0
        old = plain(compare.query_one("#old-head", Static))
        assert old.startswith("Attempt 1 ·")


async def test_progress_shows_trend_calendar_and_practises_the_weakest(
    seeded: InterviewApp,
) -> None:
    async with seeded.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f3")
        screen = seeded.screen
        assert isinstance(screen, ProgressScreen)
        await rows(pilot, screen.query_one("#weakest", DataTable))
        assert screen.data is not None
        assert len(screen.data.trend) >= 3
        assert screen.data.trend[-1].mean > screen.data.trend[0].mean
        assert sum(screen.data.days.values()) == 6 * 2  # the small banks hold two questions
        assert "↑" in plain(screen.query_one("#overall-text", Static))
        assert screen.query_one("#by-bank", DataTable).row_count == 2
        await pilot.press("p")
        await pilot.pause()
        rehearse = seeded.screen
        assert isinstance(rehearse, RehearseScreen)
        first = screen.data.weakest[0]
        assert rehearse.rehearsal.current.question_id == first.question_id


async def test_delete_a_session_after_confirmation(
    seeded: InterviewApp, clock: FakeClock, isolated_dirs: Paths
) -> None:
    async with seeded.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = await open_history(pilot, seeded, 6)
        doomed = seeded.screen._loaded[0].id  # type: ignore[attr-defined]
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("escape")  # changed my mind
        await pilot.pause()
        assert seeded.store.session(doomed) is not None
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("y")  # "Delete" is not the default: it takes a deliberate key
        # The delete and the reload run in workers: give a loaded machine time.
        await until(pilot, lambda: seeded.store.session(doomed) is None, timeout=15)
        await until(pilot, lambda: table.row_count == 5, timeout=15)
    store = Store.open(isolated_dirs.database, clock)
    assert store.query("SELECT count(*) FROM attempts WHERE session_id = ?", (doomed,))[0][0] == 0


async def test_delete_an_attempt(seeded: InterviewApp) -> None:
    async with seeded.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await open_history(pilot, seeded)
        await pilot.press("enter")
        await pilot.pause()
        detail = seeded.screen
        assert isinstance(detail, SessionDetailScreen)
        before = len(detail.attempts)
        doomed = detail.attempts[0].id
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert len(detail.attempts) == before - 1
        assert seeded.store.attempt(doomed) is None


async def test_export_from_the_tui(seeded: InterviewApp, tmp_path: Path) -> None:
    target = tmp_path / "out" / "practice.csv"
    async with seeded.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await open_history(pilot, seeded)
        newest = seeded.store.sessions()[0].id
        await pilot.press("e")
        await pilot.pause()
        dialog = seeded.screen
        dialog.query_one("#csv").value = True  # type: ignore[attr-defined]
        await pilot.pause()
        dialog.query_one("#export-path").value = str(target)  # type: ignore[attr-defined]
        dialog.query_one("#export-path").focus()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(seeded.screen, HistoryScreen))
        assert target.exists()
    with target.open(newline="", encoding="utf-8") as handle:
        exported = list(csv.DictReader(handle))
    assert len(exported) == 2  # the selected session's two answers
    assert {row["session_id"] for row in exported} == {str(newest)}


async def test_review_is_reachable_from_the_palette(seeded: InterviewApp) -> None:
    async with seeded.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(seeded.screen, HomeScreen)
        titles = {command.title for command in seeded.get_system_commands(seeded.screen)}
        assert {"History", "Progress", "Role", "Start session"} <= titles
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Progress")
        # The palette searches in the background: wait for the match, then choose it.
        await until(
            pilot,
            lambda: any(
                "Progress" in str(o.prompt)
                for o in seeded.screen.query("CommandList").first().options
            ),  # type: ignore[attr-defined]
        )
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(seeded.screen, ProgressScreen))


async def test_review_starts_at_history(make_app: AppFactory) -> None:
    app = make_app()
    app.start = "history"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        assert "Nothing here yet" in plain(app.screen.query_one("#history-hint", Static))


@pytest.mark.parametrize("size", [(40, 12), (80, 24)])
async def test_review_screens_at_small_sizes(seeded: InterviewApp, size: tuple[int, int]) -> None:
    async with seeded.run_test(size=size) as pilot:
        await pilot.pause()
        await open_history(pilot, seeded)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(seeded.screen, CompareScreen))
        await pilot.press("escape", "escape", "escape", "f3")
        await until(pilot, lambda: isinstance(seeded.screen, ProgressScreen))


async def test_each_screen_reads_the_database_once_when_shown(
    seeded: InterviewApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Resume is also sent on a screen's first showing: loading on mount too doubled the reads."""
    loads: list[str] = []
    for screen in (HomeScreen, HistoryScreen, SessionDetailScreen):
        name = "refresh_banks" if screen is HomeScreen else "reload"
        original = getattr(screen, name)

        def counted(self: Any, *args: Any, _original: Any = original, **kwargs: Any) -> Any:
            loads.append(type(self).__name__)
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(screen, name, counted)
    async with seeded.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await open_history(pilot, seeded)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(seeded.screen, SessionDetailScreen))
        await pilot.pause(0.1)
    assert loads == ["HomeScreen", "HistoryScreen", "SessionDetailScreen"]


async def test_deleting_while_the_database_is_locked_keeps_the_screen_live(
    seeded: InterviewApp, isolated_dirs: Paths
) -> None:

    async with seeded.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = await open_history(pilot, seeded, 6)
        doomed = seeded.screen._loaded[0].id  # type: ignore[attr-defined]
        with locked_by_another_program(seeded.store, isolated_dirs.database):
            await pilot.press("x")
            await pilot.pause()
            await pilot.press("y")
            # The delete waits in a worker: the app says so, and its keys still work.
            await until(
                pilot, lambda: any("Waiting for" in n.message for n in seeded._notifications)
            )
            await pilot.press("down")
            assert table.cursor_row == 1
        await until(pilot, lambda: seeded.store.session(doomed) is None, timeout=10)
        await until(pilot, lambda: table.row_count == 5)


def test_a_long_criterion_label_is_cut_so_the_scores_stay_in_one_column() -> None:
    from rich.cells import cell_len

    from interview_tui.store.records import AttemptRecord
    from interview_tui.tui.screens.compare import LABEL_CELLS, side_markup

    labels = {"depth": "Depth of domain knowledge shown", "clarity": "Clarity"}
    attempt = AttemptRecord(
        1, 1, 0, "b", "q", "Q?", "c", "an answer", "submitted", "2026-11-01T10:00:00",
        "2026-11-01T10:02:00", 120.0, 180, 4.0, False, "", {"depth": 4, "clarity": 5},
    )  # fmt: skip
    rows = Content.from_markup(side_markup("Attempt 1", attempt, None, labels)).plain
    depth, clarity = rows.splitlines()[-2:]
    assert depth.startswith("Depth of domain…") and clarity.startswith("Clarity")
    assert depth.index(" 4") == clarity.index(" 5") == LABEL_CELLS
    assert cell_len(depth) == cell_len(clarity)


async def test_a_page_read_before_a_reload_never_fills_the_list_after_it(
    seeded: InterviewApp,
) -> None:
    """The confirm dialog closing reloads history, and the delete's own reload follows: the
    first page (read before the delete) must not be the one the list keeps."""
    from interview_tui.tui.screens.history import PageLoaded

    async with seeded.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = await open_history(pilot, seeded, 6)
        screen = seeded.screen
        assert isinstance(screen, HistoryScreen)
        before = list(screen._loaded)
        screen.reload()
        # The older reload's page, arriving late with what the list held before.
        screen.post_message(PageLoaded(screen.filters, before[:2], 0, 2, screen._reloads - 1))
        await until(pilot, lambda: table.row_count == 6)
        await pilot.pause()
        assert len(screen._loaded) == 6
