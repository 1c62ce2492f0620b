"""A locked database never freezes the screen: writes wait in a worker, and the app says so."""

from __future__ import annotations

import sqlite3

from interview_tui.paths import Paths
from interview_tui.tui.app import PracticeRequest
from interview_tui.tui.screens.rate import RateScreen
from interview_tui.tui.screens.rehearse import RehearseScreen
from tests.helpers import locked_by_another_program
from tests.ui.conftest import AppFactory, until


async def test_submit_while_locked_keeps_the_screen_live_and_then_goes_on(
    make_app: AppFactory, isolated_dirs: Paths
) -> None:
    app = make_app(practice=PracticeRequest("mini", 1, "sequential"))
    async with app.run_test(size=(100, 32)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, RehearseScreen))
        screen = app.screen
        assert isinstance(screen, RehearseScreen)
        await pilot.press(*"an answer")
        with locked_by_another_program(app.store, isolated_dirs.database):
            await pilot.press("ctrl+s")
            guidance = screen._guidance
            await pilot.press("ctrl+g")  # handled at once: the event loop is not blocked
            assert screen._guidance is not guidance
            assert screen.rehearsal.pending is None  # ... while the write still waits
            await until(pilot, lambda: any("Waiting for" in n.message for n in app._notifications))
            await pilot.press("ctrl+s")  # a second submit while the first waits: ignored
        await until(pilot, lambda: isinstance(app.screen, RateScreen), timeout=10)
        assert screen.rehearsal.pending is not None
        await pilot.press("4", "4", "4", "4", "enter")
    with sqlite3.connect(isolated_dirs.database) as db:
        rows = db.execute("SELECT answer, status FROM attempts").fetchall()
    assert rows == [("an answer", "submitted")]


async def test_finishing_the_reflection_while_locked_keeps_the_screen_live(
    make_app: AppFactory, isolated_dirs: Paths
) -> None:
    from textual.widgets import TextArea

    from interview_tui.tui.screens.reflect import ReflectScreen

    app = make_app(practice=PracticeRequest("mini", 1, "sequential"))
    async with app.run_test(size=(100, 32)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, RehearseScreen))
        await pilot.press(*"an answer", "ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, RateScreen))
        await pilot.press("4", "4", "4", "4", "enter")
        await until(pilot, lambda: isinstance(app.screen, ReflectScreen))
        reflect = app.screen
        await pilot.press(*"calm")
        with locked_by_another_program(app.store, isolated_dirs.database):
            await pilot.press("ctrl+s")
            # The event loop is not blocked: the app says it is waiting, and keys typed now
            # are refused by the text being saved rather than accepted and then dropped.
            await until(pilot, lambda: any("Waiting for" in n.message for n in app._notifications))
            await pilot.press(*" and clear")
            assert reflect.query_one("#went_well", TextArea).text == "calm"
            assert app.screen is reflect
        await until(pilot, lambda: app.screen is not reflect, timeout=10)
    with sqlite3.connect(isolated_dirs.database) as db:
        rows = db.execute("SELECT went_well, ended_at IS NOT NULL FROM sessions").fetchall()
    assert rows == [("calm", 1)]
