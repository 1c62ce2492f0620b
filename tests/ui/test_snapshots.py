"""The look of the key screens, pinned at 100x32 (pytest-textual-snapshot).

Update after an intended change with `pytest tests/ui/test_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

from random import Random
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Digits

from interview_tui.clock import FakeClock
from interview_tui.paths import Paths
from interview_tui.practice.seed import seed_history
from interview_tui.store.database import Store
from interview_tui.tui.app import InterviewApp, PracticeRequest
from interview_tui.tui.screens.home import HomeScreen
from tests.ui.conftest import AppFactory, until

SIZE = (100, 32)


def test_home(snap_compare: Any, make_app: AppFactory) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE)


def test_home_interviewer(snap_compare: Any, make_app: AppFactory) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE, press=["ctrl+r"])


async def _home_ready(pilot: Pilot[None]) -> None:
    """Wait for home's bank list: a snapshot's pilot starts before the first screen is up."""
    home = pilot.app.screen
    await until(
        pilot, lambda: isinstance(home, HomeScreen) and home.is_mounted and home.selected_bank()
    )


def test_setup_dialog(snap_compare: Any, make_app: AppFactory) -> None:
    async def opened(pilot: Pilot[None]) -> None:
        await _home_ready(pilot)
        await pilot.press("enter")
        await until(pilot, lambda: pilot.app.screen.query("#goal"))
        await pilot.press(*"one story per minute")

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=opened)


async def _clock_shows(pilot: Pilot[None], text: str) -> None:
    """Wait for the countdown to show ``text``: its refresh runs on a timer, not at once."""
    for _ in range(200):
        if str(pilot.app.screen.query_one(Digits).value) == text:
            return
        await pilot.pause(0.02)
    raise AssertionError(f"the countdown never showed {text!r}")


def test_rehearse(snap_compare: Any, make_app: AppFactory, clock: FakeClock) -> None:
    async def typed(pilot: Pilot[None]) -> None:
        await pilot.pause()
        clock.advance(37)
        await pilot.press(*"I was the one who raised it first.")
        await _clock_shows(pilot, "0:53")

    app = make_app(practice=PracticeRequest("mini", 2, "sequential"))
    assert snap_compare(app, terminal_size=SIZE, run_before=typed)


def test_rehearse_overtime_interviewer(
    snap_compare: Any, make_app: AppFactory, clock: FakeClock
) -> None:
    async def late(pilot: Pilot[None]) -> None:
        await pilot.pause()
        clock.advance(75)
        await _clock_shows(pilot, "+0:15")

    app = make_app(practice=PracticeRequest("asks", 2, "sequential"))
    assert snap_compare(app, terminal_size=SIZE, run_before=late)


def test_rate(snap_compare: Any, make_app: AppFactory, clock: FakeClock) -> None:
    async def rating(pilot: Pilot[None]) -> None:
        await pilot.pause()
        await pilot.press(*"We disagreed about the schema; I wrote both options down.")
        clock.advance(64)
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("4", "3")
        await pilot.pause()

    app = make_app(practice=PracticeRequest("mini", 2, "sequential"))
    assert snap_compare(app, terminal_size=SIZE, run_before=rating)


def test_reflect(snap_compare: Any, make_app: AppFactory, clock: FakeClock) -> None:
    async def reflect(pilot: Pilot[None]) -> None:
        await pilot.pause()
        for text, seconds in (("A clear story.", 50), ("Ran long.", 130)):
            await pilot.press(*text)
            clock.advance(seconds)
            await pilot.press("ctrl+s")
            await pilot.pause()
            await pilot.press("4", "4", "3", "5", "enter")
            await pilot.pause()
        await pilot.press(*"Specific examples")
        await pilot.pause()

    app = make_app(practice=PracticeRequest("mini", 2, "sequential"))
    assert snap_compare(app, terminal_size=SIZE, run_before=reflect)


def _seeded(make_app: AppFactory, clock: FakeClock, paths: Paths) -> InterviewApp:
    app = make_app()
    store = Store.open(paths.database, clock)
    seed_history(store, clock, app.banks.banks, weeks=3, sessions_per_week=2, rng=Random(3))
    store.close()
    return make_app()


async def _wait_rows(pilot: Pilot[None], selector: str) -> None:
    for _ in range(100):
        table = pilot.app.screen.query(selector)
        if table and table.first().row_count:  # type: ignore[attr-defined]
            break
        await pilot.pause(0.02)
    await pilot.pause(0.1)


def test_history(
    snap_compare: Any, make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    async def open_history(pilot: Pilot[None]) -> None:
        await _home_ready(pilot)
        await pilot.press("f2")
        await _wait_rows(pilot, "#sessions")

    app = _seeded(make_app, clock, isolated_dirs)
    assert snap_compare(app, terminal_size=SIZE, run_before=open_history)


def test_compare(
    snap_compare: Any, make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    async def open_compare(pilot: Pilot[None]) -> None:
        await _home_ready(pilot)
        pilot.app.open_compare("mini", "conflict")  # type: ignore[attr-defined]
        await _wait_rows(pilot, "#tries")

    app = _seeded(make_app, clock, isolated_dirs)
    assert snap_compare(app, terminal_size=SIZE, run_before=open_compare)


def test_progress(
    snap_compare: Any, make_app: AppFactory, clock: FakeClock, isolated_dirs: Paths
) -> None:
    async def open_progress(pilot: Pilot[None]) -> None:
        await _home_ready(pilot)
        await pilot.press("f3")
        await _wait_rows(pilot, "#weakest")

    app = _seeded(make_app, clock, isolated_dirs)
    assert snap_compare(app, terminal_size=SIZE, run_before=open_progress)
