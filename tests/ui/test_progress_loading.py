"""The progress screen while it reads a long history: it shows at once, says it is loading,
and every key works meanwhile.

A long read is made by holding the database's review queries at a gate until the test opens
it: what the user sees while 100,000 answers are read, without timing anything.
"""

from __future__ import annotations

import threading
from random import Random
from typing import Any

import pytest
from textual.widgets import DataTable, Static
from textual.worker import get_current_worker

from interview_tui.clock import FakeClock
from interview_tui.paths import Paths
from interview_tui.practice.seed import seed_history
from interview_tui.review.history import Filters
from interview_tui.store.connection import StoreError
from interview_tui.store.database import Store
from interview_tui.tui.app import InterviewApp
from interview_tui.tui.screens.home import HomeScreen
from interview_tui.tui.screens.progress import LOADING, ProgressScreen
from tests.ui.conftest import AppFactory, until

SIZE = (100, 32)


class Gate:
    """Holds the queries of worker threads until opened; remembers what progress asked."""

    def __init__(self, store: Store) -> None:
        self.open = threading.Event()
        self.waiting = threading.Event()
        self.asked: list[tuple[str, list[Any]]] = []
        self.failure: StoreError | None = None
        self._query = store.query

    def query(self, sql: str, parameters: Any = ()) -> list[Any]:
        if threading.current_thread() is not threading.main_thread():
            self.waiting.set()
            self.open.wait(timeout=10)
            if get_current_worker().group == "progress":
                self.asked.append((sql, list(parameters)))
            if self.failure is not None:
                raise self.failure
        return self._query(sql, parameters)


@pytest.fixture
def seeded(make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths) -> InterviewApp:
    app = make_app()
    store = Store.open(isolated_dirs.database, clock)
    seed_history(store, clock, app.banks.banks, weeks=3, sessions_per_week=2, rng=Random(3))
    store.close()
    return make_app()


async def open_gated(app: InterviewApp, pilot: Any, monkeypatch: pytest.MonkeyPatch) -> Gate:
    """Home settled, then the gate shut and F3 pressed: progress is reading, held."""
    await until(pilot, lambda: isinstance(app.screen, HomeScreen))
    await app.workers.wait_for_complete()  # home's own reading, before the gate shuts
    gate = Gate(app.store)
    monkeypatch.setattr(app.store, "query", gate.query)
    await pilot.press("f3")
    await until(pilot, gate.waiting.is_set)
    return gate


def status(screen: ProgressScreen) -> str:
    widget = screen.query_one("#progress-status", Static)
    return str(widget.content) if widget.display else ""


async def test_progress_shows_at_once_saying_it_is_loading(
    seeded: InterviewApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with seeded.run_test(size=SIZE) as pilot:
        gate = await open_gated(seeded, pilot, monkeypatch)
        screen = seeded.screen
        assert isinstance(screen, ProgressScreen)
        assert status(screen) == LOADING
        assert screen.query_one("#weakest", DataTable).row_count == 0
        # `p` while loading says so; it does not claim there is nothing rated.
        await pilot.press("p")
        messages = [n.message for n in seeded._notifications]
        assert any("Still loading" in m for m in messages), messages
        assert not any("No rated questions" in m for m in messages)
        assert seeded.screen is screen
        gate.open.set()
        await until(pilot, lambda: screen.data is not None)
        assert status(screen) == ""  # the line gave way to the numbers
        assert screen.query_one("#weakest", DataTable).row_count > 0


async def test_escape_leaves_while_it_loads_and_the_late_result_is_dropped(
    seeded: InterviewApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with seeded.run_test(size=SIZE) as pilot:
        gate = await open_gated(seeded, pilot, monkeypatch)
        screen = seeded.screen
        assert isinstance(screen, ProgressScreen)
        await pilot.press("escape")
        assert isinstance(seeded.screen, HomeScreen)  # at once: the read is still held
        asked = len(gate.asked)
        gate.open.set()
        await seeded.workers.wait_for_complete()
        await pilot.pause()
        # The abandoned read stopped at its next query instead of reading on.
        assert len(gate.asked) <= asked + 1
        assert screen.data is None
        assert isinstance(seeded.screen, HomeScreen)


async def test_role_keys_while_loading_cancel_the_previous_read(
    seeded: InterviewApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with seeded.run_test(size=SIZE) as pilot:
        gate = await open_gated(seeded, pilot, monkeypatch)
        screen = seeded.screen
        assert isinstance(screen, ProgressScreen)
        await pilot.press("r", "r")  # all roles → interviewee → interviewer, in a burst
        assert screen.filters == Filters(role="interviewer")
        assert "interviewer" in str(screen.query_one("#progress-filters", Static).content)
        assert status(screen) == LOADING
        gate.open.set()
        await until(pilot, lambda: screen.data is not None)
        await screen.workers.wait_for_complete()
        # Only the last choice was read to the end: the two before stopped at their next query.
        roles = [p for _, parameters in gate.asked for p in parameters if p in ("interviewee",)]
        assert len(roles) <= 2, gate.asked
        assert all(role == "interviewer" for role, _ in screen.data.criteria)
        assert screen.data.banks and all(b.name == "asks" for b in screen.data.banks)


async def test_a_database_error_while_loading_is_one_line(
    seeded: InterviewApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with seeded.run_test(size=SIZE) as pilot:
        gate = await open_gated(seeded, pilot, monkeypatch)
        screen = seeded.screen
        assert isinstance(screen, ProgressScreen)
        gate.failure = StoreError("the database is locked; close the other program and retry")
        gate.open.set()
        await until(pilot, lambda: status(screen) != LOADING)
        line = status(screen)
        assert line.startswith("Could not read your progress: the database is locked")
        assert "\n" not in line and screen.data is None
        await pilot.press("escape")
        assert isinstance(seeded.screen, HomeScreen)
