"""A locked database never freezes the screen: writes wait in a worker, and the app says so."""

from __future__ import annotations

import sqlite3

from interview_tui.paths import Paths
from interview_tui.tui.app import PracticeRequest
from interview_tui.tui.screens.rate import RateScreen
from interview_tui.tui.screens.rehearse import RehearseScreen
from tests.ui.conftest import AppFactory, until


async def test_submit_while_locked_keeps_the_screen_live_and_then_goes_on(
    make_app: AppFactory, isolated_dirs: Paths
) -> None:
    app = make_app(practice=PracticeRequest("mini", 1, "sequential"))
    async with app.run_test(size=(100, 32)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, RehearseScreen))
        screen = app.screen
        assert isinstance(screen, RehearseScreen)
        # Long enough that the write is surely still waiting while the keys below run.
        app.store._db.execute("PRAGMA busy_timeout = 30000")
        await pilot.press(*"an answer")
        blocker = sqlite3.connect(isolated_dirs.database, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        try:
            await pilot.press("ctrl+s")
            guidance = screen._guidance
            await pilot.press("ctrl+g")  # handled at once: the event loop is not blocked
            assert screen._guidance is not guidance
            assert screen.rehearsal.pending is None  # ... while the write still waits
            await until(pilot, lambda: any("Waiting for" in n.message for n in app._notifications))
            await pilot.press("ctrl+s")  # a second submit while the first waits: ignored
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
        await until(pilot, lambda: isinstance(app.screen, RateScreen), timeout=10)
        assert screen.rehearsal.pending is not None
        await pilot.press("4", "4", "4", "4", "enter")
    with sqlite3.connect(isolated_dirs.database) as db:
        rows = db.execute("SELECT answer, status FROM attempts").fetchall()
    assert rows == [("an answer", "submitted")]
